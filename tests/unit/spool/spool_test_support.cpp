// SPDX-License-Identifier: LGPL-2.1-or-later
#include "spool_test_support.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include <dirent.h>
#include <sys/stat.h>

namespace {

std::vector<std::string> &scratch_directories()
{
    static std::vector<std::string> dirs;
    return dirs;
}

void remove_scratch_directories()
{
    for (const std::string &dir : scratch_directories())
        std::system(("rm -rf '" + dir + "'").c_str());
}

} // namespace

std::string make_scratch_directory()
{
    const char *base = std::getenv("TMPDIR");
    std::string pattern = std::string(base && *base ? base : "/tmp") + "/faxcom-spool-test-XXXXXX";
    if (!mkdtemp(pattern.data()))
        throw std::runtime_error("mkdtemp failed");
    if (scratch_directories().empty())
        std::atexit(remove_scratch_directories);
    scratch_directories().push_back(pattern);
    return pattern;
}

void write_test_file(const std::string &path, const std::string &bytes)
{
    std::ofstream out(path, std::ios::binary);
    out << bytes;
}

std::string read_test_file(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

bool test_path_exists(const std::string &path)
{
    struct stat info;
    return stat(path.c_str(), &info) == 0;
}

std::vector<std::string> test_directory_names(const std::string &path)
{
    std::vector<std::string> names;
    if (DIR *dir = opendir(path.c_str())) {
        while (struct dirent *entry = readdir(dir))
            if (std::string(entry->d_name) != "." && std::string(entry->d_name) != "..")
                names.push_back(entry->d_name);
        closedir(dir);
    }
    std::sort(names.begin(), names.end());
    return names;
}
