// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * Bounded random-access reading of a local file named by a UTF-8 path.
 *
 * Portable: on Windows (the PE DLL) the UTF-8 path is converted to UTF-16 and opened with
 * _wfopen so non-ASCII file names work; elsewhere it is opened with fopen.  Reads never go
 * past the end of the file: a short read is an error value, not a silent truncation.
 */
#ifndef FAXCOM_BACKEND_FILE_READER_H
#define FAXCOM_BACKEND_FILE_READER_H

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "common/result.h"

namespace faxcom {

class FileReader {
  public:
    /* not_found when the file does not exist, io when it cannot be opened or sized. */
    static Result<FileReader> open(const std::string &utf8_path);

    uint64_t size() const { return size_; }
    const std::string &path() const { return path_; }

    /* Reads exactly `length` bytes at `offset`; a range past the end is an io error. */
    Status read_at(uint64_t offset, void *buffer, size_t length) const;

    /* Reads the whole file, refusing files larger than `max_bytes` (bad_input). */
    Result<std::vector<uint8_t>> read_all(uint64_t max_bytes) const;

  private:
    struct Closer {
        void operator()(std::FILE *file) const { std::fclose(file); }
    };
    FileReader(std::string path, std::FILE *file, uint64_t size)
        : path_(std::move(path)), file_(file), size_(size)
    {
    }

    std::string path_;
    std::unique_ptr<std::FILE, Closer> file_;
    uint64_t size_ = 0;
};

/* A test seam: `observer` (none by default) is called with the path of every file
 * FileReader opens from now on, so that the unit tests can count how often a Send opens its
 * document.  Set it while no other thread opens files. */
using FileOpenObserver = void (*)(const std::string &utf8_path);
void observe_file_opens(FileOpenObserver observer);

/* True when a regular file exists at the UTF-8 path. */
bool file_exists(const std::string &utf8_path);

} // namespace faxcom

#endif
