// SPDX-License-Identifier: LGPL-2.1-or-later
#include "tiff/fax_tiff_info.h"

#include <cstdio>
#include <vector>

namespace faxcom {

namespace {

constexpr uint16_t tag_image_description = 270;
constexpr uint16_t tag_date_time = 306;
constexpr uint16_t tag_fax_subaddress = 34909;

/* What HylaFAX writes as the TSI when the sender sent none. */
constexpr std::string_view unspecified_tsi = "<UNSPECIFIED>";

std::optional<std::string> non_empty_trimmed(std::string_view text)
{
    const char *blanks = " \t\r\n";
    size_t first = text.find_first_not_of(blanks);
    if (first == std::string_view::npos)
        return std::nullopt;
    size_t last = text.find_last_not_of(blanks);
    return std::string(text.substr(first, last - first + 1));
}

std::vector<std::string_view> split_lines(std::string_view text)
{
    std::vector<std::string_view> lines;
    size_t start = 0;
    for (;;) {
        size_t end = text.find('\n', start);
        lines.push_back(
            text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
        if (end == std::string_view::npos)
            return lines;
        start = end + 1;
    }
}

/* A field of exactly `width` decimal digits starting at `pos`; -1 when it is not. */
int digits_at(std::string_view text, size_t pos, size_t width)
{
    int value = 0;
    for (size_t i = pos; i < pos + width; i++) {
        if (text[i] < '0' || text[i] > '9')
            return -1;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

int days_in_month(int year, int month)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

void map_image_description(std::string_view description, FaxTiffInfo &info)
{
    std::vector<std::string_view> lines = split_lines(description);
    std::optional<std::string> tsid = non_empty_trimmed(lines[0]);
    if (tsid && *tsid != unspecified_tsi)
        info.tsid = tsid;
    if (lines.size() > 1)
        info.caller_id = non_empty_trimmed(lines[1]);
    if (lines.size() > 2)
        info.sender_name = non_empty_trimmed(lines[2]);
}

} // namespace

std::optional<FaxDateTime> parse_tiff_date_time(std::string_view text)
{
    /* "YYYY:MM:DD HH:MM:SS" */
    if (text.size() != 19 || text[4] != ':' || text[7] != ':' || text[10] != ' ' || text[13] != ':' ||
        text[16] != ':')
        return std::nullopt;
    FaxDateTime time{digits_at(text, 0, 4),  digits_at(text, 5, 2),  digits_at(text, 8, 2),
                     digits_at(text, 11, 2), digits_at(text, 14, 2), digits_at(text, 17, 2)};
    if (time.year < 1601 || time.year > 9999 || time.month < 1 || time.month > 12 || time.day < 1 ||
        time.day > days_in_month(time.year, time.month) || time.hour < 0 || time.hour > 23 ||
        time.minute < 0 || time.minute > 59 || time.second < 0 || time.second > 59)
        return std::nullopt;
    return time;
}

std::string format_fax_date_time(const FaxDateTime &time)
{
    char text[32];
    std::snprintf(text, sizeof(text), "%04d-%02d-%02d %02d:%02d:%02d", time.year, time.month, time.day,
                  time.hour, time.minute, time.second);
    return text;
}

FaxTiffInfo read_fax_tiff_info(const TiffFile &tiff)
{
    FaxTiffInfo info;
    if (std::optional<std::string> description = tiff.tag_string(tag_image_description))
        map_image_description(*description, info);
    if (std::optional<std::string> subaddress = tiff.tag_string(tag_fax_subaddress))
        info.routing = non_empty_trimmed(*subaddress);
    if (std::optional<std::string> date_time = tiff.tag_string(tag_date_time)) {
        info.receive_date_time = parse_tiff_date_time(*date_time);
        if (info.receive_date_time)
            info.receive_time = format_fax_date_time(*info.receive_date_time);
    }
    return info;
}

} // namespace faxcom
