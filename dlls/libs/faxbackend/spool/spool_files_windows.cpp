// SPDX-License-Identifier: LGPL-2.1-or-later
/* The queue's file operations on Windows (the PE DLL): wide-character Win32 calls. */
#include "spool/spool_files.h"

#include <windows.h>

#include "common/utf8.h"

namespace faxcom::spool {

namespace {

std::wstring wide(const std::string &utf8)
{
    std::u16string text = utf8_to_utf16(utf8);
    return std::wstring(text.begin(), text.end());
}

HANDLE handle_of(intptr_t value)
{
    return reinterpret_cast<HANDLE>(value);
}

Error io_error(const std::string &what, const std::string &path, DWORD code)
{
    ErrorKind kind =
        code == ERROR_FILE_NOT_FOUND || code == ERROR_PATH_NOT_FOUND ? ErrorKind::not_found : ErrorKind::io;
    return make_error(kind, what + " " + path + ": Windows error " + std::to_string(code));
}

} // namespace

Result<OutputFile> OutputFile::create_new(const std::string &utf8_path)
{
    HANDLE file = CreateFileW(wide(utf8_path).c_str(), GENERIC_WRITE, 0, nullptr, CREATE_NEW,
                              FILE_ATTRIBUTE_NORMAL, nullptr);
    if (file == INVALID_HANDLE_VALUE)
        return io_error("cannot create", utf8_path, GetLastError());
    return OutputFile(utf8_path, reinterpret_cast<intptr_t>(file));
}

OutputFile::OutputFile(OutputFile &&other) noexcept : path_(std::move(other.path_)), handle_(other.handle_)
{
    other.handle_ = -1;
}

OutputFile::~OutputFile()
{
    if (handle_ != -1)
        CloseHandle(handle_of(handle_));
}

Status OutputFile::write(const void *data, size_t length)
{
    const char *bytes = static_cast<const char *>(data);
    while (length > 0) {
        DWORD chunk = length > 0x40000000 ? 0x40000000 : static_cast<DWORD>(length);
        DWORD written = 0;
        if (!WriteFile(handle_of(handle_), bytes, chunk, &written, nullptr) || written == 0)
            return io_error("cannot write", path_, GetLastError());
        bytes += written;
        length -= written;
    }
    return success();
}

Status OutputFile::sync_and_close()
{
    HANDLE file = handle_of(handle_);
    handle_ = -1;
    bool synced = FlushFileBuffers(file) != 0;
    DWORD code = GetLastError();
    bool closed = CloseHandle(file) != 0;
    if (!synced || !closed)
        return io_error("cannot flush", path_, synced ? GetLastError() : code);
    return success();
}

Result<FileLock> FileLock::acquire(const std::string &utf8_path)
{
    HANDLE file =
        CreateFileW(wide(utf8_path).c_str(), GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE,
                    nullptr, OPEN_ALWAYS, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (file == INVALID_HANDLE_VALUE)
        return io_error("cannot open the lock file", utf8_path, GetLastError());
    OVERLAPPED whole_file{};
    if (!LockFileEx(file, LOCKFILE_EXCLUSIVE_LOCK, 0, MAXDWORD, MAXDWORD, &whole_file)) {
        DWORD code = GetLastError();
        CloseHandle(file);
        return io_error("cannot lock", utf8_path, code);
    }
    return FileLock(reinterpret_cast<intptr_t>(file));
}

FileLock::FileLock(FileLock &&other) noexcept : handle_(other.handle_)
{
    other.handle_ = -1;
}

FileLock::~FileLock()
{
    if (handle_ != -1) {
        OVERLAPPED whole_file{};
        UnlockFileEx(handle_of(handle_), 0, MAXDWORD, MAXDWORD, &whole_file);
        CloseHandle(handle_of(handle_));
    }
}

Result<bool> make_directory(const std::string &utf8_path)
{
    if (CreateDirectoryW(wide(utf8_path).c_str(), nullptr))
        return true;
    DWORD code = GetLastError();
    if (code == ERROR_ALREADY_EXISTS && is_directory(utf8_path))
        return false;
    return io_error("cannot create the directory", utf8_path, code);
}

Status rename_path(const std::string &from, const std::string &to)
{
    if (!MoveFileExW(wide(from).c_str(), wide(to).c_str(),
                     MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
        return io_error("cannot rename " + from + " to", to, GetLastError());
    return success();
}

Status sync_directory(const std::string &)
{
    return success(); /* MOVEFILE_WRITE_THROUGH already makes renames durable */
}

Result<std::vector<DirectoryEntry>> list_directory(const std::string &utf8_path)
{
    WIN32_FIND_DATAW found;
    HANDLE search = FindFirstFileW(wide(utf8_path + "\\*").c_str(), &found);
    if (search == INVALID_HANDLE_VALUE)
        return io_error("cannot list", utf8_path, GetLastError());
    std::vector<DirectoryEntry> entries;
    do {
        std::u16string name16(reinterpret_cast<const char16_t *>(found.cFileName));
        std::string name = utf16_to_utf8(name16);
        if (name == "." || name == "..")
            continue;
        entries.push_back({name, (found.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY) != 0});
    } while (FindNextFileW(search, &found));
    DWORD code = GetLastError();
    FindClose(search);
    if (code != ERROR_NO_MORE_FILES)
        return io_error("cannot list", utf8_path, code);
    return entries;
}

Status remove_file(const std::string &utf8_path)
{
    if (!DeleteFileW(wide(utf8_path).c_str()))
        return io_error("cannot remove", utf8_path, GetLastError());
    return success();
}

Status remove_empty_directory(const std::string &utf8_path)
{
    if (!RemoveDirectoryW(wide(utf8_path).c_str()))
        return io_error("cannot remove the directory", utf8_path, GetLastError());
    return success();
}

bool is_directory(const std::string &utf8_path)
{
    DWORD attributes = GetFileAttributesW(wide(utf8_path).c_str());
    return attributes != INVALID_FILE_ATTRIBUTES && (attributes & FILE_ATTRIBUTE_DIRECTORY) != 0;
}

unsigned long current_process_id()
{
    return GetCurrentProcessId();
}

} // namespace faxcom::spool
