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

#include "fax_service.h"

namespace faxcom::hylafax {

/* The largest configuration file accepted, and the most parameters kept from it. */
constexpr size_t max_modem_config_bytes = 256 * 1024;
constexpr size_t max_modem_config_entries = 4096;

/* bad_format when the text is too large or holds NUL bytes; numbers that do not parse
 * leave HylaFAX's default and stay in `all`. */
Result<ModemConfig> parse_modem_config(std::string_view text);

/* bad_input unless the name is a plain modem name (no '/', no spaces, not "." or ".."). */
Status check_modem_name(std::string_view modem);

/* "SITE CONFIG <modem> <parameter>: <value>", the value quoted when it holds blank space,
 * quotes or backslashes (or is empty).  bad_input for a parameter outside [A-Za-z0-9]+,
 * a value with CR/LF/NUL, or a line longer than hfaxd reads. */
Result<std::string> site_config_command(std::string_view modem, std::string_view parameter,
                                        std::string_view value);

} // namespace faxcom::hylafax

#endif
