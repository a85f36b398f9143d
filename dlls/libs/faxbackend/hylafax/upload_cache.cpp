// SPDX-License-Identifier: LGPL-2.1-or-later
#include "hylafax/upload_cache.h"

#include <cstdio>

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

std::string upload_key(const std::string &form, std::string_view bytes)
{
    const uint64_t hash = fnv1a(fnv_offset, reinterpret_cast<const uint8_t *>(bytes.data()), bytes.size());
    const uint64_t size = bytes.size();
    char text[64];
    std::snprintf(text, sizeof text, ":%llu:%016llx", static_cast<unsigned long long>(size),
                  static_cast<unsigned long long>(hash));
    return form + text;
}

std::string UploadCache::find(uint64_t generation, const std::string &key)
{
    if (generation != generation_)
        return std::string();
    auto found = names_.find(key);
    return found == names_.end() ? std::string() : found->second;
}

void UploadCache::remember(uint64_t generation, const std::string &key, const std::string &remote_name)
{
    if (generation != generation_ || names_.size() >= max_entries) {
        names_.clear();
        generation_ = generation;
    }
    names_[key] = remote_name;
}

} // namespace faxcom::hylafax
