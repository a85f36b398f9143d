// SPDX-License-Identifier: LGPL-2.1-or-later
#include "cmocka_cpp.h"
#include "temp_directory.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

#include "common/file_reader.h"

using namespace faxcom;

static TempDirectory test_dir;

static std::string write_file(const std::string &name, const std::string &content)
{
    return test_dir.write(name, content);
}

static void assert_kind(ErrorKind actual, ErrorKind expected)
{
    if (actual != expected)
        fail_msg("expected a %s error, got %s", error_kind_name(expected), error_kind_name(actual));
}

static void missing_file_is_not_found(void **)
{
    std::string path = test_dir.path() + "/missing.tif";
    Result<FileReader> reader = FileReader::open(path);
    assert_false(reader.ok());
    assert_kind(reader.error().kind, ErrorKind::not_found);
    assert_non_null(strstr(reader.error().message.c_str(), path.c_str()));
    assert_false(file_exists(path));

    Result<FileReader> in_missing_dir = FileReader::open(test_dir.path() + "/missing/x.tif");
    assert_kind(in_missing_dir.error().kind, ErrorKind::not_found);
}

static void directory_is_an_io_error(void **)
{
    Result<FileReader> reader = FileReader::open(test_dir.path());
    assert_false(reader.ok());
    assert_kind(reader.error().kind, ErrorKind::io);
    assert_false(file_exists(test_dir.path()));
}

static void bad_names_are_bad_input(void **)
{
    assert_kind(FileReader::open("").error().kind, ErrorKind::bad_input);
    assert_kind(FileReader::open(std::string("a\0b", 3)).error().kind, ErrorKind::bad_input);
}

static void reads_ranges_inside_the_file(void **)
{
    std::string path = write_file("digits.bin", "0123456789");
    Result<FileReader> reader = FileReader::open(path);
    assert_true(reader.ok());
    assert_true(file_exists(path));
    assert_int_equal(reader.value().size(), 10);
    assert_string_equal(reader.value().path().c_str(), path.c_str());
    char buffer[4] = {};
    assert_true(reader.value().read_at(3, buffer, 3).ok());
    assert_string_equal(buffer, "345");
    assert_true(reader.value().read_at(6, buffer, 4).ok());
    assert_memory_equal(buffer, "6789", 4);
    assert_true(reader.value().read_at(10, buffer, 0).ok()); /* empty read at the end */
}

static void read_past_the_end_is_an_io_error(void **)
{
    Result<FileReader> reader = FileReader::open(write_file("short.bin", "abcdef"));
    assert_true(reader.ok());
    char buffer[16];
    const struct {
        uint64_t offset;
        size_t length;
    } ranges[] = {{0, 7}, {6, 1}, {7, 0}, {3, 4}, {UINT64_MAX, 1}, {1, SIZE_MAX}, {UINT64_MAX - 2, 4}};
    for (const auto &range : ranges) {
        Status read = reader.value().read_at(range.offset, buffer, range.length);
        if (read.ok())
            fail_msg("reading %zu bytes at %llu was accepted", range.length,
                     static_cast<unsigned long long>(range.offset));
        assert_kind(read.error().kind, ErrorKind::io);
    }
}

static void read_all_respects_its_limit(void **)
{
    Result<FileReader> reader = FileReader::open(write_file("ten.bin", "0123456789"));
    assert_true(reader.ok());
    Result<std::vector<uint8_t>> all = reader.value().read_all(10);
    assert_true(all.ok());
    assert_int_equal(all.value().size(), 10);
    assert_memory_equal(all.value().data(), "0123456789", 10);

    Result<std::vector<uint8_t>> over = reader.value().read_all(9);
    assert_false(over.ok());
    assert_kind(over.error().kind, ErrorKind::bad_input);
    assert_non_null(strstr(over.error().message.c_str(), "9 bytes"));

    Result<FileReader> empty = FileReader::open(write_file("empty.bin", ""));
    assert_true(empty.ok());
    assert_int_equal(empty.value().size(), 0);
    assert_true(empty.value().read_all(0).ok());
    assert_true(empty.value().read_all(0).value().empty());
}

static void non_ascii_names_open(void **)
{
    std::string path = write_file("f\xc3\xa4x \xe6\x97\xa5.tif", "II*");
    Result<FileReader> reader = FileReader::open(path);
    assert_true(reader.ok());
    assert_int_equal(reader.value().size(), 3);
}

static int make_temp_dir(void **)
{
    return test_dir.create("faxcom-file-reader");
}

static int remove_temp_dir(void **)
{
    return test_dir.remove();
}

int main()
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(missing_file_is_not_found),
        cmocka_unit_test(directory_is_an_io_error),
        cmocka_unit_test(bad_names_are_bad_input),
        cmocka_unit_test(reads_ranges_inside_the_file),
        cmocka_unit_test(read_past_the_end_is_an_io_error),
        cmocka_unit_test(read_all_respects_its_limit),
        cmocka_unit_test(non_ascii_names_open),
    };
    return cmocka_run_group_tests(tests, make_temp_dir, remove_temp_dir);
}
