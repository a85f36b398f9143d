// SPDX-License-Identifier: LGPL-2.1-or-later
/* Quoting of command values, the job-tag record, text to PostScript. */
#include "cmocka_cpp.h"

#include <string>

#include "hylafax/command_text.h"
#include "hylafax/job_tag.h"
#include "documents/text_to_postscript.h"

using namespace faxcom;
using namespace faxcom::hylafax;

namespace {

void test_quote_value_escapes(void **)
{
    Result<std::string> quoted = quote_value("a\"b\\c\x01\xff\tz", "v");
    assert_true(quoted.ok());
    assert_string_equal(quoted.value().c_str(), "\"a\\\"b\\\\c\\001\\377\\011z\"");
    assert_string_equal(quote_value("", "v").value().c_str(), "\"\"");
    assert_string_equal(quote_value("caf\xc3\xa9", "v").value().c_str(), "\"caf\xc3\xa9\"");
}

void test_line_breaks_and_nul_are_refused(void **)
{
    for (std::string bad :
         {std::string("555\r\nJKILL 1"), std::string("a\rb"), std::string("a\nb"), std::string("a\0b", 3)}) {
        Result<std::string> quoted = quote_value(bad, "fax number");
        assert_false(quoted.ok());
        assert_int_equal(static_cast<int>(quoted.error().kind), static_cast<int>(ErrorKind::bad_input));
        assert_true(quoted.error().message.find("fax number") != std::string::npos);
    }
    assert_false(check_token("1 2", "job").ok());
    assert_false(check_token("", "job").ok());
    assert_true(check_token("123", "job").ok());
    /* hfaxd answers a 510-byte line twice (see command_text.h). */
    assert_true(check_command_length(std::string(509, 'x')).ok());
    assert_false(check_command_length(std::string(510, 'x')).ok());
}

void test_job_tag_round_trip(void **)
{
    JobTagFields fields{"Q3; 100% = done",
                        "B\x1f"
                        "7",
                        "ACME",
                        "Sales",
                        "+1 555",
                        "1",
                        "3"};
    std::string tag = encode_job_tag(fields);
    assert_true(tag.find('\x1f') == std::string::npos);
    JobTagFields back = decode_job_tag(tag);
    assert_string_equal(back.display_name.c_str(), fields.display_name.c_str());
    assert_string_equal(back.billing_code.c_str(), fields.billing_code.c_str());
    assert_string_equal(back.sender_company.c_str(), "ACME");
    assert_string_equal(back.sender_department.c_str(), "Sales");
    assert_string_equal(back.tsi.c_str(), "+1 555");
    assert_string_equal(back.discount.c_str(), "1");
    assert_string_equal(back.pages.c_str(), "3");
}

void test_job_tag_plain_names(void **)
{
    assert_string_equal(encode_job_tag({"Just a name", "", "", "", "", "", ""}).c_str(), "Just a name");
    assert_string_equal(decode_job_tag("sendfax -i tag; with=signs").display_name.c_str(),
                        "sendfax -i tag; with=signs");
    /* A name that looks like the record is encoded so that it survives. */
    JobTagFields tricky{"faxcom:name=x", "", "", "", "", "", ""};
    assert_string_equal(decode_job_tag(encode_job_tag(tricky)).display_name.c_str(), "faxcom:name=x");
    /* Broken escapes and unknown keys are tolerated. */
    JobTagFields odd = decode_job_tag("faxcom:name=a%2;zzz=1;billing");
    assert_string_equal(odd.display_name.c_str(), "a%2");
    assert_string_equal(odd.billing_code.c_str(), "");
}

size_t count(const std::string &text, const std::string &what)
{
    size_t n = 0;
    for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
        ++n;
    return n;
}

void test_text_to_postscript_pages_and_escapes(void **)
{
    std::string ps =
        text_to_postscript("Hello (world) \\ back\n\tTabbed\fPage two caf\xc3\xa9 \xe2\x82\xac\n");
    assert_true(ps.compare(0, 4, "%!PS") == 0);
    assert_int_equal(count(ps, "showpage"), 2);
    assert_true(ps.find("(Hello \\(world\\) \\\\ back)") != std::string::npos);
    assert_true(ps.find("(        Tabbed)") != std::string::npos);
    assert_true(ps.find("(Page two caf\\351 ?)") != std::string::npos);
    assert_true(ps.find("ISOLatin1Encoding") != std::string::npos);
    assert_true(ps.find("%%Pages: 2") != std::string::npos);
}

void test_text_to_postscript_wraps_and_paginates(void **)
{
    std::string long_line(200, 'x');
    std::string ps = text_to_postscript(long_line);
    /* 595 pt page, 54 pt margins, 6 pt per character: 81 columns. */
    assert_true(ps.find("(" + std::string(81, 'x') + ")") != std::string::npos);
    std::string many_lines;
    for (int i = 0; i < 200; ++i)
        many_lines += "line\n";
    /* 734 pt usable height / 11.5 pt leading: 63 lines a page -> 4 pages. */
    assert_int_equal(count(text_to_postscript(many_lines), "showpage"), 4);
    assert_int_equal(count(text_to_postscript(""), "showpage"), 1);
    /* Invalid UTF-8 is read as Latin-1, not dropped. */
    assert_true(text_to_postscript("a\xe9z").find("(a\\351z)") != std::string::npos);
}

} // namespace

int main()
{
    const CMUnitTest tests[] = {
        cmocka_unit_test(test_quote_value_escapes),
        cmocka_unit_test(test_line_breaks_and_nul_are_refused),
        cmocka_unit_test(test_job_tag_round_trip),
        cmocka_unit_test(test_job_tag_plain_names),
        cmocka_unit_test(test_text_to_postscript_pages_and_escapes),
        cmocka_unit_test(test_text_to_postscript_wraps_and_paginates),
    };
    return cmocka_run_group_tests(tests, nullptr, nullptr);
}
