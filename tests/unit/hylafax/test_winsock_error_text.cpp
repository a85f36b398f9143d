// SPDX-License-Identifier: LGPL-2.1-or-later
/* Winsock error codes in words: what a caller reads in an error description. */
#include "cmocka_cpp.h"

#include <set>
#include <string>

#include "hylafax/winsock_error_text.h"

using namespace faxcom::hylafax;

namespace {

bool contains(const std::string &text, const char *part)
{
    return text.find(part) != std::string::npos;
}

void test_common_errors_are_words_name_and_number(void **)
{
    std::string reset = winsock_error_text(10054);
    assert_string_equal(reset.c_str(), "connection reset by the server (WSAECONNRESET, 10054)");
    assert_true(contains(winsock_error_text(10061), "refused (WSAECONNREFUSED, 10061)"));
    assert_true(contains(winsock_error_text(10060), "timed out (WSAETIMEDOUT, 10060)"));
    assert_true(
        contains(winsock_error_text(10053), "connection aborted on this computer (WSAECONNABORTED, 10053)"));
    assert_true(contains(winsock_error_text(10065), "(WSAEHOSTUNREACH, 10065)"));
    assert_true(contains(winsock_error_text(10051), "(WSAENETUNREACH, 10051)"));
    assert_true(contains(winsock_error_text(11001), "host not found (WSAHOST_NOT_FOUND, 11001)"));
    assert_true(contains(winsock_error_text(10093), "(WSANOTINITIALISED, 10093)"));
}

void test_every_known_code_has_its_own_text(void **)
{
    /* No two codes read alike, and none is the bare number. */
    std::set<std::string> seen;
    for (int code = 10000; code < 11100; ++code) {
        std::string text = winsock_error_text(code);
        assert_false(text.empty());
        if (text == "Winsock error " + std::to_string(code))
            continue;
        assert_true(contains(text, (", " + std::to_string(code) + ")").c_str()));
        assert_true(contains(text, "(WSA"));
        assert_true(seen.insert(text.substr(0, text.find(" (WSA"))).second);
    }
}

void test_unknown_code_keeps_its_number(void **)
{
    assert_string_equal(winsock_error_text(12345).c_str(), "Winsock error 12345");
    assert_string_equal(winsock_error_text(0).c_str(), "Winsock error 0");
}

} // namespace

int main()
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_common_errors_are_words_name_and_number),
        cmocka_unit_test(test_every_known_code_has_its_own_text),
        cmocka_unit_test(test_unknown_code_keeps_its_number),
    };
    return cmocka_run_group_tests(tests, nullptr, nullptr);
}
