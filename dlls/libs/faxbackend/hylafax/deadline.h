// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * The time an exchange with the server may take as a whole.  Each operation computes a
 * Deadline from the configured timeout when it starts (a reply: ReplyTimeout; a listing
 * download, a received fax or an upload: TransferTimeout) and passes it down, so that every
 * wait on the transport is bounded by the time left, not by the full timeout again: a
 * server that drips one byte at a time cannot keep an operation alive.
 */
#ifndef FAXCOM_HYLAFAX_DEADLINE_H
#define FAXCOM_HYLAFAX_DEADLINE_H

#include <chrono>
#include <string>

#include "common/result.h"

namespace faxcom::hylafax {

using TimePoint = std::chrono::steady_clock::time_point;

/* The moment `timeout_ms` from now. */
TimePoint time_after(int timeout_ms);
/* Milliseconds left until `end`: 0 once it has passed, at least 1 before. */
int milliseconds_until(TimePoint end);

class Deadline {
  public:
    /* `setting` names the configured limit ("ReplyTimeout"), `what` the exchange it bounds
     * ("the reply to PASV"); both go into the error. */
    Deadline(int timeout_ms, std::string setting, std::string what);

    /* Milliseconds left, 0 when expired. */
    int remaining_ms() const { return milliseconds_until(end_); }
    bool expired() const { return remaining_ms() == 0; }
    /* The timeout error naming this deadline. */
    Error expired_error() const;
    /* A transport timeout within this deadline is this deadline expiring: other errors are
     * passed through. */
    Error explain(const Error &error) const;

    /* The deadline that expires first. */
    static const Deadline &earlier(const Deadline &a, const Deadline &b) { return b.end_ < a.end_ ? b : a; }

  private:
    TimePoint end_;
    int timeout_ms_;
    std::string setting_, what_;
};

} // namespace faxcom::hylafax

#endif
