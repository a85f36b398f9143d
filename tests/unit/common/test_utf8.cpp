// SPDX-License-Identifier: LGPL-2.1-or-later
#include "cmocka_cpp.h"

#include <cstring>

#include "common/utf8.h"

using namespace faxcom;

static void assert_utf16(const std::u16string &actual, const std::u16string &expected)
{
    if (actual != expected) {
        std::string shown;
        for (char16_t unit : actual)
            shown += std::to_string(static_cast<unsigned>(unit)) + " ";
        fail_msg("unexpected UTF-16 units: %s", shown.c_str());
    }
}

static void text_round_trips(void **)
{
    const char *texts[] = {"",
                           "plain ASCII",
                           "Gr\xc3\xbc\xc3\x9f"
                           "e",                                     /* Grüße */
                           "\xe6\x97\xa5\xe6\x9c\xac",              /* 日本 */
                           "fax \xf0\x9f\x98\x80 \xf4\x8f\xbf\xbf", /* U+1F600, U+10FFFF */
                           "\xef\xbf\xbd"};                         /* U+FFFD itself */
    for (const char *text : texts)
        assert_string_equal(utf16_to_utf8(utf8_to_utf16(text)).c_str(), text);
}

static void supplementary_characters_become_surrogate_pairs(void **)
{
    assert_utf16(utf8_to_utf16("\xf0\x9f\x98\x80"), u"\xD83D\xDE00");
    assert_utf16(utf8_to_utf16("a\xf4\x8f\xbf\xbf"), u"a\xDBFF\xDFFF");
    assert_string_equal(utf16_to_utf8(u"\xD83D\xDE00").c_str(), "\xf0\x9f\x98\x80");
    assert_utf16(utf8_to_utf16("\xc3\xa9\xe2\x82\xac"), u"\x00E9\x20AC");
}

static void invalid_utf8_becomes_replacement_characters(void **)
{
    assert_utf16(utf8_to_utf16("\xff"), u"\xFFFD");
    assert_utf16(utf8_to_utf16("a\x80z"), u"a\xFFFDz"); /* lone continuation byte */
    assert_utf16(utf8_to_utf16("\xe6\x97"
                               "A"),
                 u"\xFFFD"
                 u"A");                                         /* truncated sequence */
    assert_utf16(utf8_to_utf16("\xe6\x97"), u"\xFFFD");         /* truncated at the end */
    assert_utf16(utf8_to_utf16("\xc0\xaf"), u"\xFFFD");         /* overlong '/' */
    assert_utf16(utf8_to_utf16("\xe0\x80\xaf"), u"\xFFFD");     /* overlong, 3 bytes */
    assert_utf16(utf8_to_utf16("\xed\xa0\x80"), u"\xFFFD");     /* encoded surrogate */
    assert_utf16(utf8_to_utf16("\xf4\x90\x80\x80"), u"\xFFFD"); /* above U+10FFFF */
    assert_utf16(utf8_to_utf16("\xf8\x88\x80\x80\x80"), u"\xFFFD\xFFFD\xFFFD\xFFFD\xFFFD");
}

static void unpaired_surrogates_become_replacement_characters(void **)
{
    assert_string_equal(utf16_to_utf8(u"\xD800"
                                      u"A")
                            .c_str(),
                        "\xef\xbf\xbd"
                        "A");
    assert_string_equal(utf16_to_utf8(u"\xDC00").c_str(), "\xef\xbf\xbd");
    assert_string_equal(utf16_to_utf8(u"x\xD83D").c_str(), "x\xef\xbf\xbd");
    assert_string_equal(utf16_to_utf8(u"\xDE00\xD83D").c_str(), "\xef\xbf\xbd\xef\xbf\xbd");
}

static void latin1_round_trips_every_byte(void **)
{
    std::string all;
    for (int byte = 1; byte < 256; byte++)
        all += static_cast<char>(byte);
    std::string utf8 = latin1_to_utf8(all);
    assert_int_equal(utf8.size(), 127 + 2 * 128);
    Result<std::string> back = utf8_to_latin1(utf8);
    assert_true(back.ok());
    assert_true(back.value() == all);
    assert_string_equal(latin1_to_utf8("caf\xe9").c_str(), "caf\xc3\xa9");
}

static void character_outside_latin1_is_an_error_naming_it(void **)
{
    Result<std::string> euro = utf8_to_latin1("price: 5 \xe2\x82\xac");
    assert_false(euro.ok());
    assert_int_equal(static_cast<int>(euro.error().kind), static_cast<int>(ErrorKind::bad_input));
    assert_non_null(strstr(euro.error().message.c_str(), "U+20AC"));

    Result<std::string> emoji = utf8_to_latin1("\xf0\x9f\x98\x80");
    assert_false(emoji.ok());
    assert_non_null(strstr(emoji.error().message.c_str(), "U+1F600"));

    /* Invalid UTF-8 decodes to U+FFFD, which Latin-1 cannot hold either. */
    Result<std::string> invalid = utf8_to_latin1("\xff");
    assert_false(invalid.ok());
    assert_non_null(strstr(invalid.error().message.c_str(), "U+FFFD"));
}

int main()
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(text_round_trips),
        cmocka_unit_test(supplementary_characters_become_surrogate_pairs),
        cmocka_unit_test(invalid_utf8_becomes_replacement_characters),
        cmocka_unit_test(unpaired_surrogates_become_replacement_characters),
        cmocka_unit_test(latin1_round_trips_every_byte),
        cmocka_unit_test(character_outside_latin1_is_an_error_naming_it),
    };
    return cmocka_run_group_tests(tests, nullptr, nullptr);
}
