// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * UTF-8 <-> UTF-16 conversion for the backend boundary.  BSTRs are UTF-16; the backend
 * speaks UTF-8.  Malformed input (invalid UTF-8 bytes, unpaired surrogates) becomes
 * U+FFFD rather than being dropped silently or crashing.
 */
#ifndef FAXCOM_BACKEND_UTF8_H
#define FAXCOM_BACKEND_UTF8_H

#include <string>
#include <string_view>

#include "common/result.h"

namespace faxcom {

std::u16string utf8_to_utf16(std::string_view utf8);
std::string utf16_to_utf8(std::u16string_view utf16);

/* ISO-8859-1 for servers configured with that character set; a character outside
 * Latin-1 is a bad_input error naming it. */
Result<std::string> utf8_to_latin1(std::string_view utf8);
std::string latin1_to_utf8(std::string_view latin1);

} // namespace faxcom

#endif
