// SPDX-License-Identifier: LGPL-2.1-or-later
#include "common/discount_period.h"

#include <mutex>
#include <string>

namespace faxcom {

namespace {

/* std::localtime returns a shared buffer: copy it out under a lock. */
std::mutex local_time_lock;

bool to_local_time(std::time_t time, std::tm &out)
{
    std::lock_guard<std::mutex> guard(local_time_lock);
    const std::tm *local = std::localtime(&time);
    if (!local)
        return false;
    out = *local;
    return true;
}

Status check_range(int value, int max, const char *field)
{
    if (value < 0 || value > max)
        return make_error(ErrorKind::bad_input, std::string("discount period: ") + field + " " +
                                                    std::to_string(value) + " is not between 0 and " +
                                                    std::to_string(max));
    return success();
}

} // namespace

Result<std::time_t> next_discount_time(std::time_t now, int start_hour, int start_minute, int end_hour,
                                       int end_minute)
{
    for (Status checked :
         {check_range(start_hour, 23, "start hour"), check_range(start_minute, 59, "start minute"),
          check_range(end_hour, 23, "end hour"), check_range(end_minute, 59, "end minute")})
        if (!checked)
            return checked.error();

    const int start = start_hour * 60 + start_minute;
    const int end = end_hour * 60 + end_minute;
    if (start == end)
        return now;

    std::tm local{};
    if (!to_local_time(now, local))
        return make_error(ErrorKind::bad_input, "discount period: the current time has no local-time form");
    const int minute_of_day = local.tm_hour * 60 + local.tm_min;
    const bool inside = start < end ? (minute_of_day >= start && minute_of_day < end)
                                    : (minute_of_day >= start || minute_of_day < end);
    if (inside)
        return now;

    for (int days_ahead = 0; days_ahead <= 2; ++days_ahead) {
        std::tm candidate = local;
        candidate.tm_mday += days_ahead;
        candidate.tm_hour = start_hour;
        candidate.tm_min = start_minute;
        candidate.tm_sec = 0;
        candidate.tm_isdst = -1; /* let mktime decide for that day */
        std::time_t time = std::mktime(&candidate);
        if (time == static_cast<std::time_t>(-1))
            return make_error(ErrorKind::bad_input, "discount period: the start time has no calendar form");
        if (time > now)
            return time;
    }
    return make_error(ErrorKind::bad_input, "discount period: no start time found in the next two days");
}

} // namespace faxcom
