// SPDX-License-Identifier: LGPL-2.1-or-later
#include "cmocka_cpp.h"

#include "tiff/fax_tiff_info.h"
#include "test_tiff_fixtures.h"

using namespace faxcom;

static FaxTiffInfo info_of(const std::string &path)
{
    Result<TiffFile> tiff = TiffFile::open(path);
    if (!tiff.ok())
        fail_msg("%s", tiff.error().message.c_str());
    return read_fax_tiff_info(tiff.value());
}

static void assert_field(const std::optional<std::string> &field, const char *expected)
{
    if (!field)
        fail_msg("expected \"%s\", the field is empty", expected);
    assert_string_equal(field->c_str(), expected);
}

static void assert_never_from_hylafax(const FaxTiffInfo &info)
{
    assert_false(info.csid.has_value());
    assert_false(info.recipient_name.has_value());
    assert_false(info.recipient_number.has_value());
}

static void hylafax_fax_maps_to_fields(void **)
{
    for (const char *name : {"fax-hylafax.tif", "fax-hylafax-bigendian.tif"}) {
        FaxTiffInfo info = info_of(test_tiff(name));
        assert_field(info.tsid, "+1 555 0100");
        assert_field(info.caller_id, "5550100");
        assert_field(info.sender_name, "JOHN DOE");
        assert_field(info.routing, "4711");
        assert_field(info.receive_time, "2024-03-05 14:07:09");
        assert_true(info.receive_date_time.has_value());
        const FaxDateTime &time = *info.receive_date_time;
        assert_int_equal(time.year, 2024);
        assert_int_equal(time.month, 3);
        assert_int_equal(time.day, 5);
        assert_int_equal(time.hour, 14);
        assert_int_equal(time.minute, 7);
        assert_int_equal(time.second, 9);
        assert_never_from_hylafax(info);
    }
}

static void sender_without_tsi_leaves_fields_empty(void **)
{
    FaxTiffInfo info = info_of(test_tiff("fax-hylafax-no-tsi.tif"));
    assert_false(info.tsid.has_value()); /* "<UNSPECIFIED>" */
    assert_false(info.caller_id.has_value());
    assert_false(info.sender_name.has_value());
    assert_false(info.routing.has_value());
    assert_false(info.receive_time.has_value()); /* "2024:13:45 25:00:00" is no date */
    assert_false(info.receive_date_time.has_value());
    assert_never_from_hylafax(info);
}

static void plain_tiff_has_no_fax_fields(void **)
{
    FaxTiffInfo info = info_of(test_tiff("fax-g4-2pages.tif"));
    assert_false(info.tsid || info.caller_id || info.sender_name || info.routing || info.receive_time ||
                 info.receive_date_time);
    assert_never_from_hylafax(info);
}

static void description_lines_are_trimmed_and_empty_ones_absent(void **)
{
    FaxTiffInfo info = info_of(write_ascii_tags_tiff(
        "description-blank-number.tif",
        {{270, "  +49 30 1234  \n\nANNA SMITH \n0301234"}, {34909, "   "}, {306, "2024:02:29 23:59:59"}}));
    assert_field(info.tsid, "+49 30 1234");
    assert_false(info.caller_id.has_value());
    assert_field(info.sender_name, "ANNA SMITH");
    assert_false(info.routing.has_value());
    assert_field(info.receive_time, "2024-02-29 23:59:59");

    info = info_of(write_ascii_tags_tiff("description-tsi-only.tif", {{270, "FAX 0815"}}));
    assert_field(info.tsid, "FAX 0815");
    assert_false(info.caller_id.has_value());
    assert_false(info.sender_name.has_value());

    info = info_of(write_ascii_tags_tiff("description-no-tsi.tif", {{270, "\n5550199"}}));
    assert_false(info.tsid.has_value());
    assert_field(info.caller_id, "5550199");
}

static void date_time_must_be_a_real_moment(void **)
{
    std::optional<FaxDateTime> time = parse_tiff_date_time("1999:12:31 00:00:00");
    assert_true(time.has_value());
    assert_string_equal(format_fax_date_time(*time).c_str(), "1999-12-31 00:00:00");
    assert_true(parse_tiff_date_time("2000:02:29 12:00:00").has_value()); /* leap year (400) */
    assert_true(parse_tiff_date_time("1601:01:01 00:00:00").has_value());
    assert_true(parse_tiff_date_time("9999:12:31 23:59:59").has_value());

    static const char *const invalid[] = {
        "",
        "2024:03:05",
        "2024:03:05 14:07:09 ", /* trailing space */
        "2024-03-05 14:07:09",  /* wrong separators */
        "2024:03:05T14:07:09",
        "2024:3:05 14:07:09 ",
        "0000:00:00 00:00:00", /* EXIF's "unknown" */
        "2023:02:29 12:00:00", /* not a leap year */
        "1900:02:29 12:00:00", /* not a leap year (100) */
        "2024:04:31 12:00:00",
        "2024:00:10 12:00:00",
        "2024:13:10 12:00:00",
        "2024:01:00 12:00:00",
        "2024:01:10 24:00:00",
        "2024:01:10 12:60:00",
        "2024:01:10 12:00:60",
        "1600:12:31 23:59:59",
        "20x4:01:10 12:00:00",
        "2024:01:10 12:0-:00",
    };
    for (const char *text : invalid) {
        if (parse_tiff_date_time(text))
            fail_msg("\"%s\" was accepted as a date and time", text);
    }
    FaxTiffInfo info = info_of(write_ascii_tags_tiff("bad-date.tif", {{306, "yesterday"}}));
    assert_false(info.receive_time.has_value());
    assert_false(info.receive_date_time.has_value());
}

int main(int argc, char **argv)
{
    if (!generate_test_tiffs(argc, argv))
        return 1;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(hylafax_fax_maps_to_fields),
        cmocka_unit_test(sender_without_tsi_leaves_fields_empty),
        cmocka_unit_test(plain_tiff_has_no_fax_fields),
        cmocka_unit_test(description_lines_are_trimmed_and_empty_ones_absent),
        cmocka_unit_test(date_time_must_be_a_real_moment),
    };
    return cmocka_run_group_tests(tests, nullptr, nullptr);
}
