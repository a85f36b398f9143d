// SPDX-License-Identifier: LGPL-2.1-or-later
#include "common/server_name.h"
#include "common/hex_digit.h"

#include <cctype>

namespace faxcom {

namespace {

constexpr std::string_view url_scheme = "hylafax://";

Error bad_name(const std::string &problem)
{
    return make_error(ErrorKind::bad_input, "server name: " + problem);
}

bool equals_ignoring_case(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i])))
            return false;
    return true;
}

ConnectionConfig config_from_defaults(const ConnectionDefaults &defaults)
{
    ConnectionConfig config;
    config.server.host = defaults.host;
    config.server.port = defaults.port;
    config.user = defaults.user;
    config.password = defaults.password;
    config.admin_password = defaults.admin_password;
    config.connect_timeout_ms = defaults.connect_timeout_ms;
    config.reply_timeout_ms = defaults.reply_timeout_ms;
    config.transfer_timeout_ms = defaults.transfer_timeout_ms;
    config.charset = defaults.charset;
    return config;
}

/* How much of the caller's text an error message may repeat: none of a hylafax:// name,
 * which may carry a password. */
struct Quoting {
    bool allowed;
    std::string quote(std::string_view text) const { return allowed ? " '" + std::string(text) + "'" : ""; }
};

Result<uint16_t> parse_port(std::string_view text, const Quoting &quoting)
{
    if (text.empty())
        return bad_name("the port after ':' is missing");
    unsigned long value = 0;
    for (char c : text) {
        if (c < '0' || c > '9' || value > 65535)
            return bad_name("the port" + quoting.quote(text) + " is not a number from 1 to 65535");
        value = value * 10 + static_cast<unsigned>(c - '0');
    }
    if (value < 1 || value > 65535)
        return bad_name("the port" + quoting.quote(text) + " is not a number from 1 to 65535");
    return static_cast<uint16_t>(value);
}

bool is_host_name_char(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '.' || c == '_';
}

bool is_ipv6_char(char c)
{
    return std::isxdigit(static_cast<unsigned char>(c)) || c == ':' || c == '.';
}

Status check_host(std::string_view host, bool ipv6, const Quoting &quoting)
{
    if (host.empty())
        return bad_name("the host name is empty");
    if (host.size() > 253)
        return bad_name("the host name is longer than 253 characters");
    for (char c : host)
        if (!(ipv6 ? is_ipv6_char(c) : is_host_name_char(c)))
            return bad_name((ipv6 ? "the IPv6 address" : "the host name") + quoting.quote(host) +
                            " contains a character that is not allowed there");
    return success();
}

/* host, host:port, [v6], [v6]:port, or a bare v6 address (two or more ':'). */
Status parse_host_and_port(std::string_view text, const Quoting &quoting, ConnectionConfig &config)
{
    std::string_view host = text;
    std::string_view port;
    bool ipv6 = false;
    bool has_port = false;
    if (!text.empty() && text.front() == '[') {
        size_t close = text.find(']');
        if (close == std::string_view::npos)
            return bad_name("the '[' of an IPv6 address has no matching ']'");
        host = text.substr(1, close - 1);
        ipv6 = true;
        std::string_view rest = text.substr(close + 1);
        if (!rest.empty()) {
            if (rest.front() != ':')
                return bad_name("unexpected text after the ']' of the IPv6 address");
            port = rest.substr(1);
            has_port = true;
        }
    } else {
        size_t first = text.find(':');
        if (first != std::string_view::npos) {
            if (text.find(':', first + 1) != std::string_view::npos) {
                ipv6 = true; /* a bare IPv6 address cannot carry a port */
            } else {
                host = text.substr(0, first);
                port = text.substr(first + 1);
                has_port = true;
            }
        }
    }
    if (Status checked = check_host(host, ipv6, quoting); !checked)
        return checked;
    config.server.host = std::string(host);
    if (has_port) {
        Result<uint16_t> number = parse_port(port, quoting);
        if (!number)
            return number.error();
        config.server.port = number.value();
    }
    return success();
}

/* what: "user name" or "password"; names only the part, never its text. */
Result<std::string> percent_decode(std::string_view text, const char *what)
{
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '%') {
            out += text[i];
            continue;
        }
        int high = i + 2 < text.size() ? hex_digit_value(text[i + 1]) : -1;
        int low = i + 2 < text.size() ? hex_digit_value(text[i + 2]) : -1;
        if (high < 0 || low < 0)
            return bad_name(std::string("the ") + what + " has a '%' that is not followed by two hex digits");
        out += static_cast<char>(high * 16 + low);
        i += 2;
    }
    for (char c : out) {
        auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || byte == 0x7f)
            return bad_name(std::string("the ") + what + " contains a control character");
    }
    return out;
}

Result<ConnectionConfig> parse_url(std::string_view rest, ConnectionConfig config)
{
    const Quoting quoting{false};
    size_t slash = rest.find('/');
    std::string_view authority = rest.substr(0, slash);
    if (slash != std::string_view::npos && slash + 1 != rest.size())
        return bad_name("a hylafax:// name has no path (only an optional trailing '/')");
    size_t at = authority.rfind('@');
    if (at != std::string_view::npos) {
        std::string_view user_info = authority.substr(0, at);
        size_t colon = user_info.find(':');
        Result<std::string> user = percent_decode(user_info.substr(0, colon), "user name");
        if (!user)
            return user.error();
        if (user.value().empty())
            return bad_name("the user name before '@' is empty");
        config.user = std::move(user.value());
        if (colon != std::string_view::npos) {
            Result<std::string> password = percent_decode(user_info.substr(colon + 1), "password");
            if (!password)
                return password.error();
            config.password = std::move(password.value());
        }
        authority = authority.substr(at + 1);
    }
    if (Status parsed = parse_host_and_port(authority, quoting, config); !parsed)
        return parsed.error();
    return config;
}

} // namespace

Result<ConnectionConfig> parse_server_name(std::string_view name, const ConnectionDefaults &defaults,
                                           std::string_view local_computer_name)
{
    ConnectionConfig config = config_from_defaults(defaults);
    for (char c : name) {
        auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || byte == 0x7f)
            return bad_name("it contains a control character");
        if (c == ' ')
            return bad_name("it contains a space");
        if (byte >= 0x80)
            return bad_name("it contains a non-ASCII character (use the host's ASCII name or address)");
    }
    size_t scheme_end = name.find("://");
    if (scheme_end != std::string_view::npos) {
        if (!equals_ignoring_case(name.substr(0, url_scheme.size()), url_scheme))
            return bad_name("unknown scheme '" + std::string(name.substr(0, scheme_end)) +
                            "' (only hylafax:// is supported)");
        return parse_url(name.substr(url_scheme.size()), std::move(config));
    }
    const Quoting quoting{name.find('@') == std::string_view::npos};
    if (!quoting.allowed)
        return bad_name("it contains '@': give a user name and password as hylafax://user:password@host");
    std::string_view host_part = name;
    if (host_part.substr(0, 2) == "\\\\") {
        host_part.remove_prefix(2);
        host_part = host_part.substr(0, host_part.find('\\'));
        if (host_part.empty())
            return bad_name("no host after '\\\\'");
    }
    if (host_part.find('\\') != std::string_view::npos || host_part.find('/') != std::string_view::npos)
        return bad_name("'" + std::string(name) + "' is not a host, host:port or hylafax:// name");
    if (host_part.empty() ||
        (!local_computer_name.empty() && equals_ignoring_case(host_part, local_computer_name)))
        return config;
    if (Status parsed = parse_host_and_port(host_part, quoting, config); !parsed)
        return parsed.error();
    return config;
}

std::string redact_server_name(std::string_view name)
{
    size_t scheme = name.find("://");
    if (scheme == std::string_view::npos)
        return std::string(name);
    size_t user_begin = scheme + 3;
    size_t at = name.find('@', user_begin);
    if (at == std::string_view::npos)
        return std::string(name);
    /* The last '@' ends the user part: a password may contain '@' but a host cannot. */
    at = name.rfind('@');
    size_t colon = name.find(':', user_begin);
    if (colon == std::string_view::npos || colon > at)
        return std::string(name);
    return std::string(name.substr(0, colon + 1)) + "***" + std::string(name.substr(at));
}

} // namespace faxcom
