// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * Crash-safe file writing for the local fax queue, built on spool_files.h.
 *
 * A file is written under a temporary name in its own directory (".tmp-<pid>-<n>-<name>"),
 * flushed to stable storage, then renamed over its final name and the directory flushed:
 * after a crash a reader sees either the old file or the complete new one, never a part.
 */
#ifndef FAXCOM_SPOOL_ATOMIC_FILES_H
#define FAXCOM_SPOOL_ATOMIC_FILES_H

#include <cstdint>
#include <string>
#include <string_view>

#include "common/result.h"

namespace faxcom::spool {

/* The prefix of every temporary name the queue makes; listings skip such entries. */
inline constexpr std::string_view temporary_prefix = ".tmp-";
bool is_temporary_name(std::string_view name);
/* A fresh temporary name for `final_name`, unique within this process and among processes. */
std::string temporary_name(std::string_view final_name);

std::string join_path(const std::string &directory, std::string_view name);

Status write_file_atomically(const std::string &directory, const std::string &name, std::string_view bytes);
/* Reads a whole file of at most `max_bytes`. */
Result<std::string> read_whole_file(const std::string &path, uint64_t max_bytes);
/* Removes a directory and everything in it (the queue's directories hold no links). */
Status remove_tree(const std::string &path);

} // namespace faxcom::spool

#endif
