// SPDX-License-Identifier: LGPL-2.1-or-later
#include "tiff/tiff_value_text.h"

#include <charconv>
#include <cstring>

#include "tiff/tiff_byte_order.h"
#include "common/utf8.h"

namespace faxcom {

namespace {

/* Shortest decimal text that reads back as the same value; locale-independent. */
template <typename Float> std::string shortest_decimal(Float value)
{
    char text[64];
    std::to_chars_result result = std::to_chars(text, text + sizeof(text), value);
    return std::string(text, result.ptr);
}

std::string rational_text(int64_t numerator, int64_t denominator)
{
    if (denominator == 0)
        return std::to_string(numerator) + "/0";
    if (numerator % denominator == 0)
        return std::to_string(numerator / denominator);
    return shortest_decimal(static_cast<double>(numerator) / static_cast<double>(denominator));
}

bool is_valid_utf8(const std::string &text)
{
    /* The converter replaces every malformed sequence with U+FFFD, so only valid UTF-8
     * survives the round trip unchanged. */
    return utf16_to_utf8(utf8_to_utf16(text)) == text;
}

std::string ascii_text(uint32_t count, const uint8_t *bytes)
{
    std::string text(reinterpret_cast<const char *>(bytes), count);
    while (!text.empty() && text.back() == '\0')
        text.pop_back();
    for (char &c : text) {
        if (c == '\0')
            c = '\n';
    }
    if (!is_valid_utf8(text))
        return latin1_to_utf8(text);
    return text;
}

std::string value_text(TiffType type, const uint8_t *p, TiffByteOrder order)
{
    switch (type) {
    case TiffType::byte_: return std::to_string(p[0]);
    case TiffType::sbyte: return std::to_string(static_cast<int8_t>(p[0]));
    case TiffType::short_: return std::to_string(order.u16(p));
    case TiffType::sshort: return std::to_string(static_cast<int16_t>(order.u16(p)));
    case TiffType::long_:
    case TiffType::ifd: return std::to_string(order.u32(p));
    case TiffType::slong: return std::to_string(static_cast<int32_t>(order.u32(p)));
    case TiffType::rational: return rational_text(order.u32(p), order.u32(p + 4));
    case TiffType::srational:
        return rational_text(static_cast<int32_t>(order.u32(p)), static_cast<int32_t>(order.u32(p + 4)));
    case TiffType::float_: {
        uint32_t bits = order.u32(p);
        float value;
        std::memcpy(&value, &bits, sizeof(value));
        return shortest_decimal(value);
    }
    case TiffType::double_: {
        uint64_t bits = order.u64(p);
        double value;
        std::memcpy(&value, &bits, sizeof(value));
        return shortest_decimal(value);
    }
    case TiffType::undefined: {
        static const char digits[] = "0123456789abcdef";
        return std::string{digits[p[0] >> 4], digits[p[0] & 0xF]};
    }
    case TiffType::ascii: break; /* handled as a whole by ascii_text */
    }
    return std::string();
}

} // namespace

size_t tiff_type_size(uint16_t type_code)
{
    switch (static_cast<TiffType>(type_code)) {
    case TiffType::byte_:
    case TiffType::ascii:
    case TiffType::sbyte:
    case TiffType::undefined: return 1;
    case TiffType::short_:
    case TiffType::sshort: return 2;
    case TiffType::long_:
    case TiffType::slong:
    case TiffType::float_:
    case TiffType::ifd: return 4;
    case TiffType::rational:
    case TiffType::srational:
    case TiffType::double_: return 8;
    }
    return 0;
}

const char *tiff_type_name(TiffType type)
{
    switch (type) {
    case TiffType::byte_: return "BYTE";
    case TiffType::ascii: return "ASCII";
    case TiffType::short_: return "SHORT";
    case TiffType::long_: return "LONG";
    case TiffType::rational: return "RATIONAL";
    case TiffType::sbyte: return "SBYTE";
    case TiffType::undefined: return "UNDEFINED";
    case TiffType::sshort: return "SSHORT";
    case TiffType::slong: return "SLONG";
    case TiffType::srational: return "SRATIONAL";
    case TiffType::float_: return "FLOAT";
    case TiffType::double_: return "DOUBLE";
    case TiffType::ifd: return "IFD";
    }
    return "unknown";
}

std::string tiff_value_text(TiffType type, uint32_t count, const uint8_t *bytes, bool big_endian)
{
    if (count == 0)
        return std::string();
    if (type == TiffType::ascii)
        return ascii_text(count, bytes);
    TiffByteOrder order{big_endian};
    size_t size = tiff_type_size(static_cast<uint16_t>(type));
    std::string text;
    for (uint32_t i = 0; i < count; i++) {
        if (i > 0)
            text += ' ';
        text += value_text(type, bytes + static_cast<size_t>(i) * size, order);
    }
    return text;
}

} // namespace faxcom
