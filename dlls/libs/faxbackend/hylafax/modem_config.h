// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * A HylaFAX modem configuration file (etc/config.<modem>) and the SITE CONFIG command
 * that changes one parameter.
 *
 * The file is lines of "Name: value" (any blank space after the colon); '#' starts a
 * comment outside double quotes; a value may be double-quoted with \" and \\ escapes.
 * Parameter names are case-insensitive for HylaFAX; `ModemConfig::all` keeps them as
 * written.  Lines that are not "Name: value" are skipped, never fatal.
 */
#ifndef FAXCOM_HYLAFAX_MODEM_CONFIG_H
#define FAXCOM_HYLAFAX_MODEM_CONFIG_H

#include <string>
#include <string_view>

#include "common/fax_service.h"

namespace faxcom::hylafax {

/* The largest configuration file accepted, and the most parameters kept from it. */
constexpr size_t max_modem_config_bytes = 256 * 1024;
constexpr size_t max_modem_config_entries = 4096;

/* bad_format when the text is too large or holds NUL bytes; numbers that do not parse
 * leave HylaFAX's default and stay in `all`. */
Result<ModemConfig> parse_modem_config(std::string_view text);

/* bad_input unless the name is a plain modem name (no '/', no spaces, not "." or ".."). */
Status check_modem_name(std::string_view modem);

/* HylaFAX's name for a modem given as a device path: '/' becomes '_' ("/dev/ttyS0" ->
 * "_dev_ttyS0"); the configuration file is etc/config.<that name>. */
std::string canonical_modem_name(std::string_view modem);

/* The configuration file text with `parameter` set to `value` ("Parameter:<tab>value", the
 * value quoted when it holds blank space, quotes, backslashes or control bytes): the lines
 * setting it are replaced, or the setting is appended.  bad_input for a parameter name that
 * is not 1-64 letters and digits or a value with CR, LF or NUL. */
Result<std::string> config_with_parameter(std::string_view text, std::string_view parameter,
                                          std::string_view value);

} // namespace faxcom::hylafax

#endif
