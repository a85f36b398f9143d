// SPDX-License-Identifier: LGPL-2.1-or-later
#include "hylafax/command_text.h"

#include <cstdio>

namespace faxcom::hylafax {

Status check_value(std::string_view value, std::string_view what)
{
    for (char c : value) {
        if (c == '\r' || c == '\n' || c == '\0')
            return make_error(ErrorKind::bad_input,
                              std::string(what) + " contains a line break or NUL character; refused");
    }
    return success();
}

Result<std::string> quote_value(std::string_view value, std::string_view what)
{
    Status checked = check_value(value, what);
    if (!checked)
        return checked.error();
    std::string quoted;
    quoted.reserve(value.size() + 2);
    quoted += '"';
    for (char c : value) {
        auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            quoted += '\\';
            quoted += c;
        } else if (byte < 0x20 || byte == 0x7f || byte == 0xff) {
            char octal[5];
            std::snprintf(octal, sizeof octal, "\\%03o", byte);
            quoted += octal;
        } else {
            quoted += c;
        }
    }
    quoted += '"';
    return quoted;
}

Status check_token(std::string_view token, std::string_view what)
{
    if (token.empty())
        return make_error(ErrorKind::bad_input, std::string(what) + " is empty");
    for (char c : token) {
        auto byte = static_cast<unsigned char>(c);
        if (byte <= 0x20 || byte >= 0x7f || c == '"' || c == '\\')
            return make_error(ErrorKind::bad_input,
                              std::string(what) + " contains a character not allowed here");
    }
    return success();
}

Status check_command_length(std::string_view line)
{
    if (line.size() > max_command_length)
        return make_error(ErrorKind::bad_input, "command too long for the server (" +
                                                    std::to_string(line.size()) + " bytes, at most " +
                                                    std::to_string(max_command_length) + ")");
    return success();
}

} // namespace faxcom::hylafax
