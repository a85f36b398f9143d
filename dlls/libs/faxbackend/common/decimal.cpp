// SPDX-License-Identifier: LGPL-2.1-or-later
#include "common/decimal.h"

#include <string>

namespace faxcom {

std::optional<uint64_t> parse_decimal(std::string_view text, uint64_t max)
{
    if (text.empty())
        return std::nullopt;
    uint64_t value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        unsigned digit = static_cast<unsigned>(c - '0');
        if (digit > max || value > (max - digit) / 10)
            return std::nullopt;
        value = value * 10 + digit;
    }
    return value;
}

Result<long> parse_job_id(std::string_view text)
{
    std::optional<uint64_t> value = parse_decimal(text, static_cast<uint64_t>(max_job_id));
    if (!value || *value == 0)
        return make_error(ErrorKind::protocol,
                          "the server gave the job id \"" + std::string(text.substr(0, 40)) +
                              "\", which is not a number from 1 to " + std::to_string(max_job_id));
    return static_cast<long>(*value);
}

} // namespace faxcom
