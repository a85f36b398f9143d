// SPDX-License-Identifier: LGPL-2.1-or-later
#include "common/file_reader.h"

#include <atomic>
#include <cerrno>
#include <cstring>

#ifdef _WIN32
#include "common/utf8.h"
#else
#include <sys/stat.h>
#endif

namespace faxcom {

namespace {

std::atomic<FileOpenObserver> open_observer{nullptr};

std::FILE *open_binary(const std::string &utf8_path)
{
#ifdef _WIN32
    std::u16string wide = utf8_to_utf16(utf8_path);
    return _wfopen(reinterpret_cast<const wchar_t *>(wide.c_str()), L"rb");
#else
    return std::fopen(utf8_path.c_str(), "rb");
#endif
}

bool seek(std::FILE *file, uint64_t offset)
{
#ifdef _WIN32
    return _fseeki64(file, static_cast<__int64>(offset), SEEK_SET) == 0;
#else
    return fseeko(file, static_cast<off_t>(offset), SEEK_SET) == 0;
#endif
}

int64_t tell(std::FILE *file)
{
#ifdef _WIN32
    return _ftelli64(file);
#else
    return ftello(file);
#endif
}

} // namespace

Result<FileReader> FileReader::open(const std::string &utf8_path)
{
    if (utf8_path.empty())
        return make_error(ErrorKind::bad_input, "no file name was given");
    if (utf8_path.find('\0') != std::string::npos)
        return make_error(ErrorKind::bad_input, "the file name contains a NUL character");

    std::FILE *file = open_binary(utf8_path);
    if (!file) {
        int saved = errno;
        if (saved == ENOENT || saved == ENOTDIR)
            return make_error(ErrorKind::not_found, "file not found: " + utf8_path);
        return make_error(ErrorKind::io, "cannot open " + utf8_path + ": " + std::strerror(saved));
    }
    if (FileOpenObserver observer = open_observer.load(std::memory_order_relaxed))
        observer(utf8_path);
    FileReader reader(utf8_path, file, 0);
#ifndef _WIN32
    struct stat info;
    if (fstat(fileno(file), &info) != 0 || !S_ISREG(info.st_mode))
        return make_error(ErrorKind::io, utf8_path + " is not a regular file");
#endif
    int64_t end = -1;
    if (std::fseek(file, 0, SEEK_END) == 0)
        end = tell(file);
    if (end < 0)
        return make_error(ErrorKind::io,
                          "cannot determine the size of " + utf8_path + " (is it a directory?)");
    reader.size_ = static_cast<uint64_t>(end);
    return reader;
}

Status FileReader::read_at(uint64_t offset, void *buffer, size_t length) const
{
    if (offset > size_ || length > size_ - offset)
        return make_error(ErrorKind::io, "read past the end of " + path_);
    if (length == 0)
        return success();
    if (!seek(file_.get(), offset) || std::fread(buffer, 1, length, file_.get()) != length)
        return make_error(ErrorKind::io, "cannot read " + path_);
    return success();
}

Result<std::vector<uint8_t>> FileReader::read_all(uint64_t max_bytes) const
{
    if (size_ > max_bytes)
        return make_error(ErrorKind::bad_input,
                          path_ + " is larger than the limit of " + std::to_string(max_bytes) + " bytes");
    std::vector<uint8_t> bytes(static_cast<size_t>(size_));
    Status read = read_at(0, bytes.data(), bytes.size());
    if (!read.ok())
        return read.error();
    return bytes;
}

void observe_file_opens(FileOpenObserver observer)
{
    open_observer.store(observer, std::memory_order_relaxed);
}

bool file_exists(const std::string &utf8_path)
{
    Result<FileReader> reader = FileReader::open(utf8_path);
    return reader.ok();
}

} // namespace faxcom
