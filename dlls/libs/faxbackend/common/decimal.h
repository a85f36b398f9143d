// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * Checked decimal numbers from the server: digits only (no sign, blank or exponent), and a
 * value that fits where it goes.  What does not fit is refused, never clamped.
 *
 * Job ids: faxcom hands them to COM callers as a long (32 bits on Windows), so a job id
 * is usable only as a positive decimal number up to 2147483647.  This is the one place
 * that decides it; the COM layer converts only ids that passed here.
 */
#ifndef FAXCOM_BACKEND_DECIMAL_H
#define FAXCOM_BACKEND_DECIMAL_H

#include <cstdint>
#include <optional>
#include <string_view>

#include "common/result.h"

namespace faxcom {

constexpr long max_job_id = 2147483647;

/* The value of `text` when it is one or more decimal digits worth at most `max`. */
std::optional<uint64_t> parse_decimal(std::string_view text, uint64_t max);

/* A usable job id (1..max_job_id); anything else is a protocol error naming it. */
Result<long> parse_job_id(std::string_view text);

} // namespace faxcom

#endif
