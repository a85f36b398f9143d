// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * DiscountSend: when the next discount (cheap-rate) period starts, in local time.
 *
 * The period is [start, end) on the local wall clock and may wrap midnight (20:00-07:00).
 * start == end means the whole day is discounted.  A start time that does not exist on
 * the day (skipped by a daylight-saving change) gives the first moment after the gap.
 */
#ifndef FAXCOM_BACKEND_DISCOUNT_PERIOD_H
#define FAXCOM_BACKEND_DISCOUNT_PERIOD_H

#include <ctime>

#include "common/result.h"

namespace faxcom {

/* `now` when it lies in the period, otherwise the next start.  Hours must be 0-23 and
 * minutes 0-59 (bad_input naming the field otherwise). */
Result<std::time_t> next_discount_time(std::time_t now, int start_hour, int start_minute, int end_hour,
                                       int end_minute);

} // namespace faxcom

#endif
