// SPDX-License-Identifier: LGPL-2.1-or-later
#include "common/utf8.h"

#include <cstdint>
#include <cstdio>

namespace faxcom {

namespace {

constexpr char32_t replacement = 0xFFFD;

/* Decodes one code point starting at `pos`, advancing it; malformed input yields U+FFFD. */
char32_t decode_utf8(std::string_view text, size_t &pos)
{
    auto byte = [&](size_t i) { return static_cast<uint8_t>(text[i]); };
    uint8_t lead = byte(pos++);
    if (lead < 0x80)
        return lead;
    int extra;
    char32_t cp;
    char32_t minimum;
    if ((lead & 0xE0) == 0xC0) {
        extra = 1, cp = lead & 0x1F, minimum = 0x80;
    } else if ((lead & 0xF0) == 0xE0) {
        extra = 2, cp = lead & 0x0F, minimum = 0x800;
    } else if ((lead & 0xF8) == 0xF0) {
        extra = 3, cp = lead & 0x07, minimum = 0x10000;
    } else {
        return replacement;
    }
    for (int i = 0; i < extra; i++) {
        if (pos >= text.size() || (byte(pos) & 0xC0) != 0x80)
            return replacement;
        cp = (cp << 6) | (byte(pos++) & 0x3F);
    }
    if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return replacement;
    return cp;
}

void encode_utf8(char32_t cp, std::string &out)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

} // namespace

std::u16string utf8_to_utf16(std::string_view utf8)
{
    std::u16string out;
    out.reserve(utf8.size());
    for (size_t pos = 0; pos < utf8.size();) {
        char32_t cp = decode_utf8(utf8, pos);
        if (cp >= 0x10000) {
            cp -= 0x10000;
            out += static_cast<char16_t>(0xD800 | (cp >> 10));
            out += static_cast<char16_t>(0xDC00 | (cp & 0x3FF));
        } else {
            out += static_cast<char16_t>(cp);
        }
    }
    return out;
}

std::string utf16_to_utf8(std::u16string_view utf16)
{
    std::string out;
    out.reserve(utf16.size());
    for (size_t i = 0; i < utf16.size(); i++) {
        char32_t unit = utf16[i];
        if (unit >= 0xD800 && unit <= 0xDBFF && i + 1 < utf16.size() && utf16[i + 1] >= 0xDC00 &&
            utf16[i + 1] <= 0xDFFF) {
            unit = 0x10000 + ((unit - 0xD800) << 10) + (utf16[i + 1] - 0xDC00);
            i++;
        } else if (unit >= 0xD800 && unit <= 0xDFFF) {
            unit = replacement;
        }
        encode_utf8(unit, out);
    }
    return out;
}

Result<std::string> utf8_to_latin1(std::string_view utf8)
{
    std::string out;
    out.reserve(utf8.size());
    for (size_t pos = 0; pos < utf8.size();) {
        char32_t cp = decode_utf8(utf8, pos);
        if (cp > 0xFF) {
            char name[16];
            std::snprintf(name, sizeof(name), "U+%04X", static_cast<unsigned>(cp));
            return make_error(ErrorKind::bad_input, std::string("character ") + name +
                                                        " cannot be sent in the ISO-8859-1 character set");
        }
        out += static_cast<char>(cp);
    }
    return out;
}

std::string latin1_to_utf8(std::string_view latin1)
{
    std::string out;
    out.reserve(latin1.size());
    for (char c : latin1)
        encode_utf8(static_cast<uint8_t>(c), out);
    return out;
}

} // namespace faxcom
