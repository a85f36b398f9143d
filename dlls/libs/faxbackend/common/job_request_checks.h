// SPDX-License-Identifier: LGPL-2.1-or-later
/* The checks every backend makes on a JobRequest before it acts on it. */
#ifndef FAXCOM_BACKEND_JOB_REQUEST_CHECKS_H
#define FAXCOM_BACKEND_JOB_REQUEST_CHECKS_H

#include <ctime>
#include <optional>

#include "common/fax_service.h"

namespace faxcom {

/* bad_input naming the field when `value` is outside [low, high]. */
Status check_range(int value, int low, int high, const char *what);

/* A number to dial, something to send, every count and size in range. */
Status check_job_request(const JobRequest &request);

/* The calendar time in UTC, on every platform; nothing when `when` cannot be represented. */
std::optional<std::tm> utc_calendar_time(std::time_t when);

} // namespace faxcom

#endif
