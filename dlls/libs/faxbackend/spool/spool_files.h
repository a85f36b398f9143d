// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * The few file-system operations the local fax queue needs, behind one small interface.
 *
 * Paths are UTF-8.  spool_files_posix.cpp implements them with POSIX calls (native builds),
 * spool_files_windows.cpp with the wide-character Win32 API (the PE DLL).  Nothing else in
 * the queue knows which platform it runs on.
 */
#ifndef FAXCOM_SPOOL_FILES_H
#define FAXCOM_SPOOL_FILES_H

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "common/result.h"

namespace faxcom::spool {

struct DirectoryEntry {
    std::string name; /* never "." or ".." */
    bool is_directory = false;
};

/* A new file open for writing; closed (without syncing) when destroyed. */
class OutputFile {
  public:
    /* Creates the file; an existing file of that name is an io error. */
    static Result<OutputFile> create_new(const std::string &utf8_path);
    OutputFile(OutputFile &&other) noexcept;
    OutputFile &operator=(OutputFile &&) = delete;
    OutputFile(const OutputFile &) = delete;
    ~OutputFile();

    Status write(const void *data, size_t length);
    /* Flushes the data to stable storage and closes the file. */
    Status sync_and_close();

  private:
    OutputFile(std::string path, intptr_t handle) : path_(std::move(path)), handle_(handle) {}
    std::string path_;
    intptr_t handle_; /* a file descriptor or a HANDLE; -1 once closed */
};

/* An exclusive lock on a file (created when missing), held until destroyed; blocks until granted.
 * It excludes other processes and other FileLock objects in this process. */
class FileLock {
  public:
    static Result<FileLock> acquire(const std::string &utf8_path);
    FileLock(FileLock &&other) noexcept;
    FileLock &operator=(FileLock &&) = delete;
    FileLock(const FileLock &) = delete;
    ~FileLock();

  private:
    explicit FileLock(intptr_t handle) : handle_(handle) {}
    intptr_t handle_;
};

/* Creates a directory; Result is false when it already existed as a directory. */
Result<bool> make_directory(const std::string &utf8_path);
/* Renames a file or directory; an existing target file is replaced atomically. */
Status rename_path(const std::string &from, const std::string &to);
/* Makes the entries of a directory (creations, renames) durable; a no-op where not needed. */
Status sync_directory(const std::string &utf8_path);
Result<std::vector<DirectoryEntry>> list_directory(const std::string &utf8_path);
Status remove_file(const std::string &utf8_path);
Status remove_empty_directory(const std::string &utf8_path);
bool is_directory(const std::string &utf8_path);
unsigned long current_process_id();

} // namespace faxcom::spool

#endif
