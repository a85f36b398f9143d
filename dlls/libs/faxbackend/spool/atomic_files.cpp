// SPDX-License-Identifier: LGPL-2.1-or-later
#include "spool/atomic_files.h"

#include <atomic>
#include <functional>
#include <vector>

#include "common/file_reader.h"
#include "spool/spool_files.h"

namespace faxcom::spool {

namespace {

constexpr size_t copy_chunk_bytes = 64 * 1024;

/* Writes the bytes `produce` hands over to a temporary file, then renames it into place. */
Status write_via_temporary(const std::string &directory, const std::string &name,
                           const std::function<Status(OutputFile &)> &produce)
{
    const std::string temporary = join_path(directory, temporary_name(name));
    Result<OutputFile> file = OutputFile::create_new(temporary);
    if (!file)
        return file.error();
    Status written = produce(file.value());
    if (written)
        written = file.value().sync_and_close();
    if (written)
        written = rename_path(temporary, join_path(directory, name));
    if (written)
        written = sync_directory(directory);
    if (!written) {
        {
            OutputFile closing = std::move(file.value());
        } /* closed before removal (Windows needs it) */
        (void)remove_file(temporary);
    }
    return written;
}

} // namespace

bool is_temporary_name(std::string_view name)
{
    return name.substr(0, temporary_prefix.size()) == temporary_prefix;
}

std::string temporary_name(std::string_view final_name)
{
    static std::atomic<unsigned long> counter{0};
    return std::string(temporary_prefix) + std::to_string(current_process_id()) + "-" +
           std::to_string(++counter) + "-" + std::string(final_name);
}

std::string join_path(const std::string &directory, std::string_view name)
{
    if (directory.empty())
        return std::string(name);
    char last = directory.back();
    if (last == '/' || last == '\\')
        return directory + std::string(name);
    return directory + "/" + std::string(name);
}

Status write_file_atomically(const std::string &directory, const std::string &name, std::string_view bytes)
{
    return write_via_temporary(directory, name,
                               [bytes](OutputFile &out) { return out.write(bytes.data(), bytes.size()); });
}

Status copy_file_atomically(const std::string &source_path, const std::string &directory,
                            const std::string &name, uint64_t max_bytes)
{
    Result<FileReader> source = FileReader::open(source_path);
    if (!source)
        return source.error();
    const FileReader &reader = source.value();
    if (reader.size() > max_bytes)
        return make_error(ErrorKind::bad_input,
                          source_path + " is larger than " + std::to_string(max_bytes) + " bytes");
    return write_via_temporary(directory, name, [&reader](OutputFile &out) -> Status {
        std::vector<uint8_t> buffer(copy_chunk_bytes);
        for (uint64_t offset = 0; offset < reader.size();) {
            uint64_t left = reader.size() - offset;
            size_t count = left < buffer.size() ? static_cast<size_t>(left) : buffer.size();
            Status read = reader.read_at(offset, buffer.data(), count);
            if (!read)
                return read;
            Status written = out.write(buffer.data(), count);
            if (!written)
                return written;
            offset += count;
        }
        return success();
    });
}

Result<std::string> read_whole_file(const std::string &path, uint64_t max_bytes)
{
    Result<FileReader> file = FileReader::open(path);
    if (!file)
        return file.error();
    Result<std::vector<uint8_t>> bytes = file.value().read_all(max_bytes);
    if (!bytes)
        return bytes.error();
    return std::string(bytes.value().begin(), bytes.value().end());
}

Status remove_tree(const std::string &path)
{
    Result<std::vector<DirectoryEntry>> entries = list_directory(path);
    if (!entries)
        return entries.error();
    for (const DirectoryEntry &entry : entries.value()) {
        const std::string child = join_path(path, entry.name);
        Status removed = entry.is_directory ? remove_tree(child) : remove_file(child);
        if (!removed)
            return removed;
    }
    return remove_empty_directory(path);
}

} // namespace faxcom::spool
