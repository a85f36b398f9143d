// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * A scratch directory for the unit tests that need files: created by a CMocka group setup,
 * removed by its teardown.
 *
 *     static int setup(void **) { return test_dir.create("faxcom-cover"); }
 *     static int teardown(void **) { return test_dir.remove(); }
 *     std::string path = test_dir.write("letter.txt", "Dear ...");
 */
#ifndef FAXCOM_TESTS_TEMP_DIRECTORY_H
#define FAXCOM_TESTS_TEMP_DIRECTORY_H

#include <cstdio>
#include <cstdlib>
#include <string>
#include <unistd.h>

#include "cmocka_cpp.h"

class TempDirectory {
  public:
    /* 0 on success, as CMocka's setup functions return. */
    int create(const char *prefix)
    {
        std::string pattern = std::string("/tmp/") + prefix + ".XXXXXX";
        if (!mkdtemp(pattern.data()))
            return -1;
        path_ = pattern;
        return 0;
    }

    int remove() const { return std::system(("rm -rf '" + path_ + "'").c_str()) == 0 ? 0 : -1; }

    const std::string &path() const { return path_; }

    /* Writes `content` to `name` in the directory and returns the file's path. */
    std::string write(const std::string &name, const std::string &content) const
    {
        std::string file_path = path_ + "/" + name;
        std::FILE *file = std::fopen(file_path.c_str(), "wb");
        assert_non_null(file);
        assert_int_equal(std::fwrite(content.data(), 1, content.size(), file), content.size());
        std::fclose(file);
        return file_path;
    }

  private:
    std::string path_;
};

#endif
