// SPDX-License-Identifier: LGPL-2.1-or-later
#include "hylafax/deadline.h"

#include <algorithm>

namespace faxcom::hylafax {

TimePoint time_after(int timeout_ms)
{
    return std::chrono::steady_clock::now() + std::chrono::milliseconds(std::max(timeout_ms, 0));
}

int milliseconds_until(TimePoint end)
{
    TimePoint now = std::chrono::steady_clock::now();
    if (end <= now)
        return 0;
    /* Round up, so that time left never means "wait 0 ms". */
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(end - now).count() + 1;
    return static_cast<int>(std::min<long long>(left, 0x7fffffff));
}

Deadline::Deadline(int timeout_ms, std::string setting, std::string what)
    : end_(time_after(timeout_ms)), timeout_ms_(timeout_ms), setting_(std::move(setting)),
      what_(std::move(what))
{
}

Error Deadline::expired_error() const
{
    return make_error(ErrorKind::timeout, what_ + " did not complete within " + setting_ + " (" +
                                              std::to_string(timeout_ms_) + " ms)");
}

Error Deadline::explain(const Error &error) const
{
    return error.kind == ErrorKind::timeout ? expired_error() : error;
}

} // namespace faxcom::hylafax
