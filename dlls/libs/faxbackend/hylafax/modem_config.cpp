// SPDX-License-Identifier: LGPL-2.1-or-later
#include "hylafax/modem_config.h"

#include <cerrno>
#include <cstdlib>
#include <limits>

#include "hylafax/command_text.h"

namespace faxcom::hylafax {

namespace {

bool is_blank(char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

std::string_view trim(std::string_view text)
{
    while (!text.empty() && is_blank(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && is_blank(text.back()))
        text.remove_suffix(1);
    return text;
}

bool is_name_char(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

bool equal_ignoring_case(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        char x = a[i], y = b[i];
        if (x >= 'A' && x <= 'Z')
            x = static_cast<char>(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z')
            y = static_cast<char>(y - 'A' + 'a');
        if (x != y)
            return false;
    }
    return true;
}

/* The value after the colon: quoted (escapes resolved, the rest of the line ignored) or
 * bare up to a comment. */
std::string parse_value(std::string_view raw)
{
    raw = trim(raw);
    std::string value;
    if (!raw.empty() && raw.front() == '"') {
        for (size_t i = 1; i < raw.size(); ++i) {
            char c = raw[i];
            if (c == '"')
                break;
            if (c == '\\' && i + 1 < raw.size())
                c = raw[++i];
            value += c;
        }
        return value;
    }
    size_t comment = raw.find('#');
    return std::string(trim(raw.substr(0, comment)));
}

/* A decimal integer in int range, or nothing. */
std::optional<int> parse_int(const std::string &text)
{
    if (text.empty() || text.size() > 11)
        return std::nullopt;
    errno = 0;
    char *end = nullptr;
    long value = std::strtol(text.c_str(), &end, 10);
    if (errno != 0 || *end != '\0' || value < std::numeric_limits<int>::min() ||
        value > std::numeric_limits<int>::max())
        return std::nullopt;
    return static_cast<int>(value);
}

const std::string *find_parameter(const ModemConfig &config, std::string_view name)
{
    for (const auto &[key, value] : config.all)
        if (equal_ignoring_case(key, name))
            return &value;
    return nullptr;
}

} // namespace

Result<ModemConfig> parse_modem_config(std::string_view text)
{
    if (text.size() > max_modem_config_bytes)
        return make_error(ErrorKind::bad_format, "the modem configuration is larger than " +
                                                     std::to_string(max_modem_config_bytes) + " bytes");
    if (text.find('\0') != std::string_view::npos)
        return make_error(ErrorKind::bad_format, "the modem configuration holds NUL bytes");
    ModemConfig config;
    while (!text.empty()) {
        size_t end = text.find('\n');
        std::string_view line = trim(text.substr(0, end));
        text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
        if (line.empty() || line.front() == '#')
            continue;
        size_t colon = line.find(':');
        if (colon == std::string_view::npos || colon == 0)
            continue;
        std::string_view name = trim(line.substr(0, colon));
        bool plain_name = !name.empty();
        for (char c : name)
            plain_name = plain_name && is_name_char(c);
        if (!plain_name)
            continue;
        if (config.all.size() >= max_modem_config_entries)
            return make_error(ErrorKind::bad_format, "the modem configuration has more than " +
                                                         std::to_string(max_modem_config_entries) +
                                                         " parameters");
        /* A later line wins, as HylaFAX reads the file top to bottom. */
        config.all[std::string(name)] = parse_value(line.substr(colon + 1));
    }

    if (const std::string *rings = find_parameter(config, "RingsBeforeAnswer"))
        if (std::optional<int> n = parse_int(*rings); n && *n >= 0)
            config.rings_before_answer = *n;
    if (const std::string *priority = find_parameter(config, "ModemPriority"))
        if (std::optional<int> n = parse_int(*priority); n && *n >= 0 && *n <= 255)
            config.priority = *n;
    if (const std::string *id = find_parameter(config, "LocalIdentifier"))
        config.local_identifier = *id;
    if (const std::string *number = find_parameter(config, "FAXNumber"))
        config.fax_number = *number;
    config.answers_calls = config.rings_before_answer > 0;
    return config;
}

Status check_modem_name(std::string_view modem)
{
    Status token = check_token(modem, "modem name");
    if (!token)
        return token;
    if (modem.find('/') != std::string_view::npos || modem == "." || modem == "..")
        return make_error(ErrorKind::bad_input, "modem name must not contain '/': " + std::string(modem));
    return success();
}

std::string canonical_modem_name(std::string_view modem)
{
    std::string name(modem);
    for (char &c : name)
        if (c == '/')
            c = '_';
    return name;
}

Result<std::string> config_with_parameter(std::string_view text, std::string_view parameter,
                                          std::string_view value)
{
    bool plain = !parameter.empty() && parameter.size() <= 64;
    for (char c : parameter)
        plain = plain && is_name_char(c);
    if (!plain)
        return make_error(ErrorKind::bad_input,
                          "configuration parameter name must be 1-64 letters and digits: " +
                              std::string(parameter.substr(0, 64)));
    Status value_ok = check_value(value, "configuration value");
    if (!value_ok)
        return value_ok.error();
    if (text.size() > max_modem_config_bytes)
        return make_error(ErrorKind::bad_format, "the modem configuration is too large to change");
    /* Quoted when it holds blank space, quotes, backslashes or control bytes. */
    bool needs_quotes = value.empty() || value.find_first_of(" \t\"\\") != std::string_view::npos;
    for (unsigned char c : value)
        needs_quotes = needs_quotes || c < 0x20 || c == 0x7f || c == 0xff;
    std::string written(value);
    if (needs_quotes) {
        Result<std::string> quoted = quote_value(value, "configuration value");
        if (!quoted)
            return quoted.error();
        written = quoted.value();
    }
    std::string setting = std::string(parameter) + ":\t" + written;

    /* Every uncommented line setting the parameter is replaced (HylaFAX reads the last one);
     * when there is none, the setting is appended. */
    std::string out;
    bool replaced = false;
    while (!text.empty()) {
        size_t end = text.find('\n');
        std::string_view line = text.substr(0, end);
        text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
        std::string_view trimmed = trim(line);
        size_t colon = trimmed.find(':');
        bool sets_it = !trimmed.empty() && trimmed.front() != '#' && colon != std::string_view::npos &&
                       equal_ignoring_case(trim(trimmed.substr(0, colon)), parameter);
        if (sets_it) {
            if (!replaced)
                out += setting + "\n";
            replaced = true;
        } else {
            out += std::string(line) + "\n";
        }
    }
    if (!replaced)
        out += setting + "\n";
    return out;
}

} // namespace faxcom::hylafax
