// SPDX-License-Identifier: LGPL-2.1-or-later
#include "cmocka_cpp.h"

#include "common/result.h"

using namespace faxcom;

static Result<int> parse_digit(char c)
{
    if (c < '0' || c > '9')
        return make_error(ErrorKind::bad_input, std::string("not a digit: ") + c);
    return c - '0';
}

static void result_holds_value_or_error(void **)
{
    Result<int> good = parse_digit('7');
    assert_true(good.ok());
    assert_int_equal(good.value(), 7);

    Result<int> bad = parse_digit('x');
    assert_false(bad.ok());
    assert_int_equal(static_cast<int>(bad.error().kind), static_cast<int>(ErrorKind::bad_input));
    assert_string_equal(bad.error().message.c_str(), "not a digit: x");
}

static void every_error_kind_has_a_name(void **)
{
    for (int kind = 0; kind <= static_cast<int>(ErrorKind::not_connected); kind++)
        assert_string_not_equal(error_kind_name(static_cast<ErrorKind>(kind)), "unknown");
    assert_string_equal(error_kind_name(ErrorKind::server_refused), "server refused");
}

int main()
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(result_holds_value_or_error),
        cmocka_unit_test(every_error_kind_has_a_name),
    };
    return cmocka_run_group_tests(tests, nullptr, nullptr);
}
