// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * Building protocol command lines from caller-supplied values.
 *
 * hfaxd reads a command line into a 512-byte buffer and splits longer lines into several
 * commands, and it reads any CR or LF as the end of a command: a value carrying them could
 * smuggle in a second command.  Values with CR, LF or NUL are refused (bad_input); values
 * are sent as quoted strings with '"' and '\' escaped and every other control byte and
 * 0xFF (Telnet IAC) written as a three-digit octal escape, which hfaxd decodes.
 */
#ifndef FAXCOM_HYLAFAX_COMMAND_TEXT_H
#define FAXCOM_HYLAFAX_COMMAND_TEXT_H

#include <string>
#include <string_view>

#include "common/result.h"

namespace faxcom::hylafax {

/* The longest command line hfaxd reads as one command, without CRLF.  hfaxd's getCmdLine
 * stores at most 511 bytes of a line and needs room for the CR before it sees the LF: a
 * 510-byte command is executed, but its LF is then read as a second, empty command that
 * draws an extra "500 Syntax error" reply and shifts every later reply by one (verified
 * against hfaxd 6.0.7). */
constexpr size_t max_command_length = 509;

/* bad_input naming `what` when the value holds CR, LF or NUL. */
Status check_value(std::string_view value, std::string_view what);

/* `"value"` with escapes; bad_input as check_value. */
Result<std::string> quote_value(std::string_view value, std::string_view what);

/* A bare token (job id, file name, queue name): printable ASCII without spaces or
 * quotes, non-empty; anything else is bad_input. */
Status check_token(std::string_view token, std::string_view what);

/* bad_input when the finished line is longer than hfaxd accepts. */
Status check_command_length(std::string_view line);

} // namespace faxcom::hylafax

#endif
