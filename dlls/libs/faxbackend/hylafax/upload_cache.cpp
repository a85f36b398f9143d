// SPDX-License-Identifier: LGPL-2.1-or-later
#include "hylafax/upload_cache.h"

#include <cstdio>
#include <vector>

namespace faxcom::hylafax {

namespace {

constexpr uint64_t fnv_offset = 14695981039346656037ull;
constexpr uint64_t fnv_prime = 1099511628211ull;

uint64_t fnv1a(uint64_t hash, const uint8_t *bytes, size_t length)
{
    for (size_t i = 0; i < length; ++i)
        hash = (hash ^ bytes[i]) * fnv_prime;
    return hash;
}

} // namespace

Result<std::string> upload_key(const std::string &form, const std::string *memory, const FileReader *file)
{
    uint64_t hash = fnv_offset;
    uint64_t size = 0;
    if (memory) {
        size = memory->size();
        hash = fnv1a(hash, reinterpret_cast<const uint8_t *>(memory->data()), memory->size());
    } else {
        size = file->size();
        if (size > max_cached_upload_bytes)
            return std::string();
        std::vector<uint8_t> chunk(64 * 1024);
        for (uint64_t offset = 0; offset < size;) {
            size_t count = size - offset < chunk.size() ? static_cast<size_t>(size - offset) : chunk.size();
            Status read = file->read_at(offset, chunk.data(), count);
            if (!read)
                return read.error();
            hash = fnv1a(hash, chunk.data(), count);
            offset += count;
        }
    }
    char text[64];
    std::snprintf(text, sizeof text, ":%llu:%016llx", static_cast<unsigned long long>(size),
                  static_cast<unsigned long long>(hash));
    return form + text;
}

std::string UploadCache::find(uint64_t generation, const std::string &key)
{
    if (generation != generation_ || key.empty())
        return std::string();
    auto found = names_.find(key);
    return found == names_.end() ? std::string() : found->second;
}

void UploadCache::remember(uint64_t generation, const std::string &key, const std::string &remote_name)
{
    if (key.empty())
        return;
    if (generation != generation_ || names_.size() >= max_entries) {
        names_.clear();
        generation_ = generation;
    }
    names_[key] = remote_name;
}

} // namespace faxcom::hylafax
