// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * Reads FTP-style (RFC 959) replies from a Transport: single-line "NNN text", multi-line
 * "NNN-first" ... "NNN last", Telnet IAC sequences removed.  Lines and whole replies are
 * bounded; anything malformed, oversized or cut short is a protocol error.
 */
#ifndef FAXCOM_HYLAFAX_REPLY_READER_H
#define FAXCOM_HYLAFAX_REPLY_READER_H

#include <string>
#include <vector>

#include "hylafax/deadline.h"
#include "common/result.h"
#include "hylafax/transport.h"

namespace faxcom::hylafax {

struct Reply {
    int code = 0;
    std::vector<std::string> lines; /* text of each line, code and separator removed */

    /* The text of all lines joined by newlines. */
    std::string text() const;
    /* The text of the last line. */
    const std::string &last_line() const;
    bool positive_preliminary() const { return code >= 100 && code < 200; }
    bool positive_completion() const { return code >= 200 && code < 300; }
    bool positive_intermediate() const { return code >= 300 && code < 400; }
};

struct ReplyLimits {
    size_t max_line_bytes = 8192;
    size_t max_reply_bytes = 1024 * 1024;
};

class ReplyReader {
  public:
    explicit ReplyReader(ReplyLimits limits = {}) : limits_(limits) {}

    /* Reads one complete reply.  Connection closed before a complete reply: connection
     * error; the whole reply not there by `deadline`: timeout error naming it; malformed:
     * protocol error. */
    Result<Reply> read(Transport &transport, const Deadline &deadline);

    /* True when bytes of a reply not yet read are buffered. */
    bool has_buffered_input() const { return !buffer_.empty() || !pending_iac_.empty(); }

    /* Drops buffered bytes (after the connection is replaced). */
    void reset();

  private:
    Result<std::string> read_line(Transport &transport, const Deadline &deadline);
    Status fill(Transport &transport, const Deadline &deadline);

    ReplyLimits limits_;
    std::string buffer_;      /* received bytes not yet consumed, IAC already removed */
    std::string pending_iac_; /* an IAC sequence cut at a receive boundary */
};

} // namespace faxcom::hylafax

#endif
