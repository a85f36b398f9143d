// SPDX-License-Identifier: LGPL-2.1-or-later
#include "hylafax/job_tag.h"
#include "common/hex_digit.h"

#include <cstdio>
#include <utility>
#include <vector>

namespace faxcom::hylafax {

namespace {

constexpr std::string_view tag_marker = "faxcom:";

bool needs_escape(unsigned char byte)
{
    return byte < 0x20 || byte == 0x7f || byte == '%' || byte == ';' || byte == '=';
}

std::string escape(std::string_view value)
{
    std::string out;
    for (char c : value) {
        auto byte = static_cast<unsigned char>(c);
        if (needs_escape(byte)) {
            char hex[4];
            std::snprintf(hex, sizeof hex, "%%%02X", byte);
            out += hex;
        } else {
            out += c;
        }
    }
    return out;
}

std::string unescape(std::string_view value)
{
    std::string out;
    for (size_t i = 0; i < value.size(); ++i) {
        if (value[i] == '%' && i + 2 < value.size() && hex_digit_value(value[i + 1]) >= 0 &&
            hex_digit_value(value[i + 2]) >= 0) {
            out += static_cast<char>(hex_digit_value(value[i + 1]) * 16 + hex_digit_value(value[i + 2]));
            i += 2;
        } else {
            out += value[i];
        }
    }
    return out;
}

/* Key names on the wire, in encoding order. */
std::vector<std::pair<const char *, std::string JobTagFields::*>> field_keys()
{
    return {{"name", &JobTagFields::display_name},
            {"billing", &JobTagFields::billing_code},
            {"company", &JobTagFields::sender_company},
            {"dept", &JobTagFields::sender_department},
            {"tsi", &JobTagFields::tsi},
            {"discount", &JobTagFields::discount},
            {"pages", &JobTagFields::pages}};
}

} // namespace

std::string encode_job_tag(const JobTagFields &fields)
{
    bool only_name = fields.billing_code.empty() && fields.sender_company.empty() &&
                     fields.sender_department.empty() && fields.tsi.empty() && fields.discount.empty() &&
                     fields.pages.empty();
    if (only_name && fields.display_name.compare(0, tag_marker.size(), tag_marker) != 0)
        return fields.display_name;
    std::string tag(tag_marker);
    bool first = true;
    for (const auto &[key, member] : field_keys()) {
        const std::string &value = fields.*member;
        if (value.empty())
            continue;
        if (!first)
            tag += ';';
        first = false;
        tag += key;
        tag += '=';
        tag += escape(value);
    }
    return tag;
}

JobTagFields decode_job_tag(std::string_view tag)
{
    JobTagFields fields;
    if (tag.compare(0, tag_marker.size(), tag_marker) != 0) {
        fields.display_name = std::string(tag);
        return fields;
    }
    std::string_view rest = tag.substr(tag_marker.size());
    while (!rest.empty()) {
        size_t end = rest.find(';');
        std::string_view item = rest.substr(0, end);
        rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
        size_t equals = item.find('=');
        if (equals == std::string_view::npos)
            continue;
        std::string_view key = item.substr(0, equals);
        for (const auto &[name, member] : field_keys())
            if (key == name)
                fields.*member = unescape(item.substr(equals + 1));
    }
    return fields;
}

} // namespace faxcom::hylafax
