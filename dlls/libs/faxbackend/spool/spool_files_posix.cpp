// SPDX-License-Identifier: LGPL-2.1-or-later
/* The queue's file operations on POSIX systems. */
#include "spool/spool_files.h"

#include <cerrno>
#include <cstring>

#include <dirent.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace faxcom::spool {

namespace {

Error io_error(const std::string &what, const std::string &path, int error_number)
{
    ErrorKind kind = error_number == ENOENT || error_number == ENOTDIR ? ErrorKind::not_found : ErrorKind::io;
    return make_error(kind, what + " " + path + ": " + std::strerror(error_number));
}

} // namespace

Result<OutputFile> OutputFile::create_new(const std::string &utf8_path)
{
    int fd = ::open(utf8_path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0)
        return io_error("cannot create", utf8_path, errno);
    return OutputFile(utf8_path, fd);
}

OutputFile::OutputFile(OutputFile &&other) noexcept : path_(std::move(other.path_)), handle_(other.handle_)
{
    other.handle_ = -1;
}

OutputFile::~OutputFile()
{
    if (handle_ >= 0)
        ::close(static_cast<int>(handle_));
}

Status OutputFile::write(const void *data, size_t length)
{
    const char *bytes = static_cast<const char *>(data);
    while (length > 0) {
        ssize_t written = ::write(static_cast<int>(handle_), bytes, length);
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return io_error("cannot write", path_, written < 0 ? errno : ENOSPC);
        bytes += written;
        length -= static_cast<size_t>(written);
    }
    return success();
}

Status OutputFile::sync_and_close()
{
    int fd = static_cast<int>(handle_);
    handle_ = -1;
    bool synced = ::fsync(fd) == 0;
    int saved = errno;
    bool closed = ::close(fd) == 0;
    if (!synced || !closed)
        return io_error("cannot flush", path_, synced ? errno : saved);
    return success();
}

Result<FileLock> FileLock::acquire(const std::string &utf8_path)
{
    int fd = ::open(utf8_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0)
        return io_error("cannot open the lock file", utf8_path, errno);
    while (::flock(fd, LOCK_EX) != 0) {
        if (errno == EINTR)
            continue;
        int saved = errno;
        ::close(fd);
        return io_error("cannot lock", utf8_path, saved);
    }
    return FileLock(fd);
}

FileLock::FileLock(FileLock &&other) noexcept : handle_(other.handle_)
{
    other.handle_ = -1;
}

FileLock::~FileLock()
{
    if (handle_ >= 0)
        ::close(static_cast<int>(handle_)); /* closing the descriptor releases the lock */
}

Result<bool> make_directory(const std::string &utf8_path)
{
    if (::mkdir(utf8_path.c_str(), 0755) == 0)
        return true;
    int saved = errno;
    if (saved == EEXIST && is_directory(utf8_path))
        return false;
    return io_error("cannot create the directory", utf8_path, saved);
}

Status rename_path(const std::string &from, const std::string &to)
{
    if (::rename(from.c_str(), to.c_str()) != 0)
        return io_error("cannot rename " + from + " to", to, errno);
    return success();
}

Status sync_directory(const std::string &utf8_path)
{
    int fd = ::open(utf8_path.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return io_error("cannot open the directory", utf8_path, errno);
    bool synced = ::fsync(fd) == 0;
    int saved = errno;
    ::close(fd);
    if (!synced)
        return io_error("cannot flush the directory", utf8_path, saved);
    return success();
}

Result<std::vector<DirectoryEntry>> list_directory(const std::string &utf8_path)
{
    DIR *dir = ::opendir(utf8_path.c_str());
    if (!dir)
        return io_error("cannot list", utf8_path, errno);
    std::vector<DirectoryEntry> entries;
    errno = 0;
    while (struct dirent *entry = ::readdir(dir)) {
        std::string name = entry->d_name;
        if (name == "." || name == "..")
            continue;
        entries.push_back({name, is_directory(utf8_path + "/" + name)});
    }
    int saved = errno;
    ::closedir(dir);
    if (saved != 0)
        return io_error("cannot list", utf8_path, saved);
    return entries;
}

Status remove_file(const std::string &utf8_path)
{
    if (::unlink(utf8_path.c_str()) != 0)
        return io_error("cannot remove", utf8_path, errno);
    return success();
}

Status remove_empty_directory(const std::string &utf8_path)
{
    if (::rmdir(utf8_path.c_str()) != 0)
        return io_error("cannot remove the directory", utf8_path, errno);
    return success();
}

bool is_directory(const std::string &utf8_path)
{
    struct stat info;
    return ::lstat(utf8_path.c_str(), &info) == 0 && S_ISDIR(info.st_mode);
}

unsigned long current_process_id()
{
    return static_cast<unsigned long>(::getpid());
}

} // namespace faxcom::spool
