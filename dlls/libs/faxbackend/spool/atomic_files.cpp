// SPDX-License-Identifier: LGPL-2.1-or-later
#include "spool/atomic_files.h"

#include <atomic>
#include <vector>

#include "common/file_reader.h"
#include "spool/spool_files.h"

namespace faxcom::spool {

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

/* Written under a temporary name, then renamed into place. */
Status write_file_atomically(const std::string &directory, const std::string &name, std::string_view bytes)
{
    const std::string temporary = join_path(directory, temporary_name(name));
    Result<OutputFile> file = OutputFile::create_new(temporary);
    if (!file)
        return file.error();
    Status written = file.value().write(bytes.data(), bytes.size());
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
