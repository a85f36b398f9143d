// SPDX-License-Identifier: LGPL-2.1-or-later
/* The value of one hexadecimal digit, for the percent-escapes of server names and job tags. */
#ifndef FAXCOM_BACKEND_HEX_DIGIT_H
#define FAXCOM_BACKEND_HEX_DIGIT_H

namespace faxcom {

/* 0 to 15 for 0-9, a-f and A-F; -1 for any other character. */
inline int hex_digit_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace faxcom

#endif
