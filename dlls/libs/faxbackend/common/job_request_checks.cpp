// SPDX-License-Identifier: LGPL-2.1-or-later
#include "common/job_request_checks.h"

namespace faxcom {

Status check_range(int value, int low, int high, const char *what)
{
    if (value < low || value > high)
        return make_error(ErrorKind::bad_input, std::string(what) + " must be between " +
                                                    std::to_string(low) + " and " + std::to_string(high));
    return success();
}

Status check_job_request(const JobRequest &request)
{
    if (request.dial_string.empty())
        return make_error(ErrorKind::bad_input, "no fax number to dial");
    if (request.documents.empty() && !request.cover_postscript)
        return make_error(ErrorKind::bad_input, "a job needs a document or a cover page");
    for (Status s : {check_range(request.retries, 0, 254, "retries"),
                     check_range(request.max_dials, 1, 255, "max dials"),
                     check_range(request.give_up_after_days, 0, 99, "give-up time (days)"),
                     check_range(request.page_width_mm, 1, 10000, "page width"),
                     check_range(request.page_length_mm, 1, 10000, "page length"),
                     check_range(request.page_count, 0, 1000000, "page count"),
                     /* HylaFAX's RETRYTIME holds minutes 0-59 */
                     check_range(request.retry_delay_minutes, 0, 59, "retry delay in minutes")})
        if (!s)
            return s;
    if (request.send_time && (*request.send_time < 0 || !utc_calendar_time(*request.send_time)))
        return make_error(ErrorKind::bad_input, "send time out of range");
    return success();
}

std::optional<std::tm> utc_calendar_time(std::time_t when)
{
    std::tm utc{};
#ifdef _WIN32
    if (gmtime_s(&utc, &when) != 0)
        return std::nullopt;
#else
    if (!gmtime_r(&when, &utc))
        return std::nullopt;
#endif
    return utc;
}

} // namespace faxcom
