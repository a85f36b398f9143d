// SPDX-License-Identifier: LGPL-2.1-or-later
/* Scratch queue directories and small file helpers for the local-queue tests. */
#ifndef FAXCOM_TESTS_SPOOL_TEST_SUPPORT_H
#define FAXCOM_TESTS_SPOOL_TEST_SUPPORT_H

#include <string>
#include <vector>

/* A fresh empty directory under $TMPDIR (or /tmp); removed with its contents at exit. */
std::string make_scratch_directory();
void write_test_file(const std::string &path, const std::string &bytes);
std::string read_test_file(const std::string &path);
bool test_path_exists(const std::string &path);
std::vector<std::string> test_directory_names(const std::string &path);

#endif
