// SPDX-License-Identifier: LGPL-2.1-or-later
#include "cmocka_cpp.h"

#include <cstdlib>
#include <cstring>
#include <ctime>

#include "common/discount_period.h"

using namespace faxcom;

/* Central European time as a POSIX rule, so the test needs no tz database. */
static void use_time_zone(const char *tz)
{
    setenv("TZ", tz, 1);
    tzset();
}

static const char *const berlin = "CET-1CEST,M3.5.0,M10.5.0/3";
static const std::time_t hour = 3600;

static std::time_t next(std::time_t now, int sh, int sm, int eh, int em)
{
    Result<std::time_t> time = next_discount_time(now, sh, sm, eh, em);
    if (!time)
        fail_msg("refused: %s", time.error().message.c_str());
    return time.value();
}

static void inside_the_period_is_now(void **)
{
    use_time_zone("UTC0");
    const std::time_t noon = 1718452800; /* 2024-06-15 12:00 UTC */
    assert_int_equal(next(noon, 9, 0, 17, 0), noon);
    assert_int_equal(next(noon, 12, 0, 12, 1), noon); /* start minute itself is inside */
    assert_int_equal(next(noon, 20, 0, 13, 0), noon); /* wraps midnight, before the end */
    assert_int_equal(next(noon + 30, 12, 0, 12, 1), noon + 30);
    assert_int_equal(next(noon, 0, 0, 0, 0), noon); /* start == end: the whole day */
    assert_int_equal(next(noon, 13, 17, 13, 17), noon);
}

static void outside_the_period_is_the_next_start(void **)
{
    use_time_zone("UTC0");
    const std::time_t noon = 1718452800;                                 /* 2024-06-15 12:00 UTC */
    assert_int_equal(next(noon, 20, 0, 7, 0), noon + 8 * hour);          /* later today */
    assert_int_equal(next(noon, 8, 0, 11, 0), noon + 20 * hour);         /* tomorrow */
    assert_int_equal(next(noon, 11, 0, 12, 0), noon + 23 * hour);        /* the end is exclusive */
    assert_int_equal(next(noon + 59, 12, 1, 13, 0), noon + 60);          /* seconds are dropped */
    const std::time_t five = 1718427600;                                 /* 05:00 */
    assert_int_equal(next(five, 22, 30, 5, 0), five + 17 * hour + 1800); /* wrapped, at its end */
    assert_int_equal(next(five, 22, 30, 5, 1), five);                    /* wrapped, inside */
}

static void local_time_zone_is_used(void **)
{
    use_time_zone(berlin);
    const std::time_t noon_utc = 1718452800; /* 14:00 CEST */
    assert_int_equal(next(noon_utc, 14, 0, 15, 0), noon_utc);
    assert_int_equal(next(noon_utc, 20, 0, 7, 0), noon_utc + 6 * hour);
    use_time_zone("EST5EDT,M3.2.0,M11.1.0");
    assert_int_equal(next(noon_utc, 8, 0, 9, 0), noon_utc); /* 08:00 EDT */
}

static void daylight_saving_changes(void **)
{
    use_time_zone(berlin);
    /* Spring: 2024-03-31 02:00 CET becomes 03:00 CEST; that day has 23 hours. */
    assert_int_equal(next(1711791000 /* 03-30 10:30 CET */, 9, 0, 10, 0), 1711868400 /* 03-31 09:00 CEST */);
    /* A start inside the skipped hour gives the first moment after the gap (03:00-03:30 CEST). */
    std::time_t gap = next(1711839600 /* 03-31 00:00 CET */, 2, 30, 2, 45);
    if (gap < 1711846800 || gap > 1711848600)
        fail_msg("start in the DST gap gave %lld", static_cast<long long>(gap));
    /* Autumn: 2024-10-27 03:00 CEST becomes 02:00 CET; that day has 25 hours. */
    assert_int_equal(next(1729931400 /* 10-26 10:30 CEST */, 9, 0, 10, 0), 1730016000 /* 10-27 09:00 CET */);
}

static void bad_values_name_the_field(void **)
{
    use_time_zone("UTC0");
    const struct {
        int sh, sm, eh, em;
        const char *field;
    } cases[] = {
        {24, 0, 7, 0, "start hour 24"}, {-1, 0, 7, 0, "start hour -1"},  {20, 60, 7, 0, "start minute 60"},
        {20, 0, 24, 0, "end hour 24"},  {20, 0, 7, -5, "end minute -5"},
    };
    for (const auto &c : cases) {
        Result<std::time_t> time = next_discount_time(1718452800, c.sh, c.sm, c.eh, c.em);
        assert_false(time.ok());
        assert_int_equal(static_cast<int>(time.error().kind), static_cast<int>(ErrorKind::bad_input));
        if (!strstr(time.error().message.c_str(), c.field))
            fail_msg("message '%s' does not name '%s'", time.error().message.c_str(), c.field);
    }
}

int main()
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(inside_the_period_is_now),  cmocka_unit_test(outside_the_period_is_the_next_start),
        cmocka_unit_test(local_time_zone_is_used),   cmocka_unit_test(daylight_saving_changes),
        cmocka_unit_test(bad_values_name_the_field),
    };
    return cmocka_run_group_tests(tests, nullptr, nullptr);
}
