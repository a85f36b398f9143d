// SPDX-License-Identifier: LGPL-2.1-or-later
#include "cmocka_cpp.h"

#include <cstring>
#include <sys/stat.h>

#include "test_tiff_fixtures.h"
#include "tiff/tiff_file.h"

using namespace faxcom;

static TiffFile open_ok(const std::string &name)
{
    Result<TiffFile> tiff = TiffFile::open(test_tiff(name));
    if (!tiff.ok())
        fail_msg("%s: %s", name.c_str(), tiff.error().message.c_str());
    return std::move(tiff).value();
}

static void assert_tag(const TiffFile &tiff, uint16_t tag, const char *expected, size_t page = 0)
{
    std::optional<std::string> value = tiff.tag_string(tag, page);
    if (!value)
        fail_msg("tag %u on page %zu is missing", tag, page);
    if (*value != expected)
        fail_msg("tag %u on page %zu: expected \"%s\", got \"%s\"", tag, page, expected, value->c_str());
}

static void assert_error(const std::string &name, ErrorKind kind, const char *message_part)
{
    Result<TiffFile> tiff = TiffFile::open(test_tiff(name));
    if (tiff.ok())
        fail_msg("%s was accepted", name.c_str());
    const Error &error = tiff.error();
    if (error.kind != kind)
        fail_msg("%s: expected a %s error, got %s: %s", name.c_str(), error_kind_name(kind),
                 error_kind_name(error.kind), error.message.c_str());
    if (error.message.find(message_part) == std::string::npos)
        fail_msg("%s: \"%s\" does not say \"%s\"", name.c_str(), error.message.c_str(), message_part);
}

static void missing_file_is_not_found(void **)
{
    assert_error("no-such-file.tif", ErrorKind::not_found, "no-such-file.tif");
}

static void directory_is_an_io_error(void **)
{
    std::string dir = test_tiff("a-directory.tif");
    mkdir(dir.c_str(), 0755);
    assert_error("a-directory.tif", ErrorKind::io, "a-directory.tif");
}

static void plain_fax_has_two_pages_of_fax_tags(void **)
{
    TiffFile tiff = open_ok("fax-g4-2pages.tif");
    assert_false(tiff.big_endian());
    assert_int_equal(tiff.page_count(), 2);
    for (size_t page = 0; page < 2; page++) {
        assert_tag(tiff, 256, "1728", page);
        assert_tag(tiff, 259, "4", page); /* CCITT G4 */
        assert_tag(tiff, 266, "2", page);
        assert_tag(tiff, 282, "204", page);
        assert_tag(tiff, 283, "98", page);
        assert_tag(tiff, 296, "2", page);
    }
    assert_int_equal(*tiff.tag_uint32(256), 1728);
    assert_int_equal(*tiff.tag_uint32(257, 1), 1100);
    assert_false(tiff.has_tag(270));
    assert_false(tiff.tag_string(270).has_value());
    assert_false(tiff.tag_string(256, 2).has_value());
    assert_true(tiff.tags(2).empty());
    assert_false(tiff.tag_uint32(282).has_value()); /* RATIONAL is not an unsigned integer */
}

static void tags_are_listed_in_file_order(void **)
{
    TiffFile tiff = open_ok("fax-g4-2pages.tif");
    std::vector<TiffTagInfo> tags = tiff.tags(1);
    assert_true(tags.size() >= 10);
    assert_int_equal(tags[0].tag, 256);
    assert_int_equal(static_cast<int>(tags[0].type), static_cast<int>(TiffType::short_));
    assert_int_equal(tags[0].count, 1);
    assert_true(tags[0].value_loaded);
    for (size_t i = 1; i < tags.size(); i++)
        assert_true(tags[i - 1].tag < tags[i].tag);
}

static void big_endian_file_reads_the_same(void **)
{
    TiffFile little = open_ok("fax-hylafax.tif");
    TiffFile big = open_ok("fax-hylafax-bigendian.tif");
    assert_true(big.big_endian());
    assert_int_equal(big.page_count(), 2);
    for (uint16_t tag : {256, 257, 259, 270, 282, 283, 305, 306, 34908, 34909, 34910, 34911}) {
        std::optional<std::string> expected = little.tag_string(tag, 1);
        assert_true(expected.has_value());
        assert_tag(big, tag, expected->c_str(), 1);
    }
    assert_tag(big, 34908, "4198401");
    assert_int_equal(*big.tag_uint32(34910), 17);
}

static void hylafax_tags_read_as_written(void **)
{
    TiffFile tiff = open_ok("fax-hylafax.tif");
    assert_tag(tiff, 270, "+1 555 0100\n5550100\nJOHN DOE");
    assert_tag(tiff, 305, "HylaFAX (tm) Version 6.0.7");
    assert_tag(tiff, 306, "2024:03:05 14:07:09");
    assert_tag(tiff, 34909, "4711", 1);
    assert_tag(tiff, 34910, "17");
    assert_tag(tiff, 34911, "00 46 E4 80 11");
    assert_false(tiff.tag_uint32(270).has_value());
}

static void every_field_type_is_formatted(void **)
{
    static const struct {
        uint16_t tag;
        const char *text;
    } expected[] = {
        {65000, "0 1 255"},                    /* BYTE */
        {65001, "hello"},                      /* ASCII, trailing NUL dropped */
        {65002, "one\ntwo"},                   /* ASCII, two strings */
        {65003, "abc"},                        /* ASCII held in the entry itself */
        {65004, "caf\xc3\xa9"},                /* ASCII, Latin-1 byte read as ISO-8859-1 */
        {65005, "1 65535 3"},                  /* SHORT */
        {65006, "4294967295 7"},               /* LONG */
        {65007, "204 0.5 0.3333333333333333"}, /* RATIONAL */
        {65008, "-128 5 127"},                 /* SBYTE */
        {65009, "00 1f ff 80 7f"},             /* UNDEFINED */
        {65010, "-32768 32767"},               /* SSHORT */
        {65011, "-2147483648 1"},              /* SLONG */
        {65012, "-0.75 5"},                    /* SRATIONAL */
        {65013, "1.5 0.1"},                    /* FLOAT */
        {65014, "0.1 -2.5e+300"},              /* DOUBLE */
        {65015, "8"},                          /* IFD */
        {65016, "123456"},                     /* LONG held in the entry itself */
        {65017, "Gr\xc3\xbc\xc3\x9f"
                "e\n"}, /* ASCII, valid UTF-8 kept */
    };
    for (const char *name : {"all-types-le.tif", "all-types-be.tif"}) {
        TiffFile tiff = open_ok(name);
        assert_int_equal(tiff.big_endian(), std::strcmp(name, "all-types-be.tif") == 0);
        assert_int_equal(tiff.page_count(), 1);
        for (const auto &tag : expected)
            assert_tag(tiff, tag.tag, tag.text);
        assert_int_equal(*tiff.tag_uint32(65000), 0);
        assert_int_equal(*tiff.tag_uint32(65006), 4294967295u);
        assert_int_equal(*tiff.tag_uint32(65015), 8);
        assert_false(tiff.tag_uint32(65011).has_value()); /* signed */
    }
}

static void type_names_are_tiffs(void **)
{
    assert_string_equal(tiff_type_name(TiffType::srational), "SRATIONAL");
    assert_string_equal(tiff_type_name(TiffType::undefined), "UNDEFINED");
    assert_string_equal(tiff_type_name(static_cast<TiffType>(99)), "unknown");
}

static void unknown_type_is_skipped(void **)
{
    TiffFile tiff = open_ok("unknown-type.tif");
    assert_false(tiff.has_tag(65021));
    assert_tag(tiff, 256, "1728");
    assert_tag(tiff, 257, "1");
}

static void oversized_value_is_listed_but_not_loaded(void **)
{
    TiffFile tiff = open_ok("large-tag.tif");
    assert_true(tiff.has_tag(65020));
    assert_false(tiff.tag_string(65020).has_value());
    bool listed = false;
    for (const TiffTagInfo &tag : tiff.tags()) {
        if (tag.tag == 65020) {
            listed = true;
            assert_int_equal(tag.count, 2 * 1024 * 1024);
            assert_false(tag.value_loaded);
        }
    }
    assert_true(listed);
    assert_tag(tiff, 256, "1728");
}

static void hostile_files_are_refused_with_a_reason(void **)
{
    static const struct {
        const char *file;
        const char *message;
    } cases[] = {
        {"empty.tif", "not a TIFF file (the file is empty)"},
        {"not-a-tiff.tif", "not a TIFF file (it does not start with II or MM)"},
        {"truncated-header.tif", "truncated TIFF header (4 bytes, 8 needed)"},
        {"bigtiff.tif", "BigTIFF files are not supported"},
        {"ifd-offset-in-header.tif", "IFD at offset 4 (page 1) overlaps the TIFF header"},
        {"ifd-past-end.tif", "IFD at offset 1000000 (page 1) is past the end of the file (38 bytes)"},
        {"ifd-entries-past-end.tif", "truncated IFD at offset 8 (page 1): its 500 entries need 6006 bytes"},
        {"huge-count.tif", "tag 270 (page 1) claims 4294967280 values"},
        {"count-overflow.tif", "tag 65022 (page 1) claims 536870913 values (4294967304 bytes)"},
        {"ifd-loop.tif", "IFD chain loops back to offset 8 (after page 2)"},
        {"ifd-self-loop.tif", "IFD chain loops back to offset 8 (after page 1)"},
        {"too-many-pages.tif", "it has more than 4096 pages"},
        {"overlapping-values.tif", "its tag values add up to more than 16777216 bytes"},
    };
    for (const auto &hostile : cases) {
        assert_error(hostile.file, ErrorKind::bad_format, hostile.message);
        Result<TiffFile> tiff = TiffFile::open(test_tiff(hostile.file));
        /* The message names the file, so a user knows which one is broken. */
        assert_true(tiff.error().message.rfind(test_tiff(hostile.file) + ": ", 0) == 0);
    }
}

int main(int argc, char **argv)
{
    if (!generate_test_tiffs(argc, argv))
        return 1;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(missing_file_is_not_found),
        cmocka_unit_test(directory_is_an_io_error),
        cmocka_unit_test(plain_fax_has_two_pages_of_fax_tags),
        cmocka_unit_test(tags_are_listed_in_file_order),
        cmocka_unit_test(big_endian_file_reads_the_same),
        cmocka_unit_test(hylafax_tags_read_as_written),
        cmocka_unit_test(every_field_type_is_formatted),
        cmocka_unit_test(type_names_are_tiffs),
        cmocka_unit_test(unknown_type_is_skipped),
        cmocka_unit_test(oversized_value_is_listed_but_not_loaded),
        cmocka_unit_test(hostile_files_are_refused_with_a_reason),
    };
    return cmocka_run_group_tests(tests, nullptr, nullptr);
}
