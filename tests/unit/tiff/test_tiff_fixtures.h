// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * Test TIFFs for the TIFF unit tests: the files of tests/fixtures/make-test-tiffs, generated
 * once per test program into the directory meson passes, and small TIFFs built in memory.
 */
#ifndef FAXCOM_TESTS_TIFF_FIXTURES_H
#define FAXCOM_TESTS_TIFF_FIXTURES_H

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

/* argv[1] = the make-test-tiffs script, argv[2] = its output directory.  Runs the script;
 * false (after printing why) when the arguments are missing or the script fails. */
bool generate_test_tiffs(int argc, char **argv);

/* The path of a generated file, e.g. test_tiff("fax-hylafax.tif"). */
std::string test_tiff(const std::string &name);

/* Writes a one-page little-endian TIFF holding the given ASCII tags (each value gets its
 * terminating NUL) into the output directory; returns its path. */
std::string write_ascii_tags_tiff(const std::string &name,
                                  const std::vector<std::pair<uint16_t, std::string>> &tags);

#endif
