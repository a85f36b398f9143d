// SPDX-License-Identifier: LGPL-2.1-or-later
#include "comsupport/connection_settings.h"

#include <cctype>
#include <vector>

#include <windows.h>

#include "comsupport/registry_values.h"
#include "common/utf8.h"

namespace faxcom {

namespace {

std::string login_name()
{
    WCHAR name[256];
    DWORD size = ARRAYSIZE(name);
    if (GetUserNameW(name, &size) && size > 1)
        return utf16_to_utf8(std::u16string_view(reinterpret_cast<const char16_t *>(name), size - 1));
    return "faxcom";
}

/* Applies a "[user@]host[:port]" server value over the defaults. */
Status apply_server_value(ConnectionDefaults &defaults, const std::string &value, const char *source)
{
    /* HylaFAX's own form allows a "user@" in front; the URL form carries it the same way. */
    std::string name = value.find('@') != std::string::npos && value.find("://") == std::string::npos
                           ? "hylafax://" + value
                           : value;
    Result<ConnectionConfig> parsed = parse_server_name(name, defaults, "");
    if (!parsed.ok())
        return make_error(ErrorKind::bad_input, std::string("the fax server configured in ") + source +
                                                    " is not usable: " + parsed.error().message);
    defaults.host = parsed.value().server.host;
    defaults.port = parsed.value().server.port;
    defaults.user = parsed.value().user;
    return success();
}

Status apply_timeout(int &target, const wchar_t *name, const char *label)
{
    std::optional<long> value = read_registry_number(name);
    if (!value)
        return success();
    if (*value < 100 || *value > 3600000)
        return make_error(ErrorKind::bad_input, std::string("the registry value ") + label +
                                                    " must be between 100 and 3600000 milliseconds");
    target = static_cast<int>(*value);
    return success();
}

} // namespace

Result<ConnectionDefaults> load_connection_defaults()
{
    ConnectionDefaults defaults;
    defaults.user = login_name();

    if (std::optional<std::string> user = read_environment(L"FAXUSER"); user && !user->empty())
        defaults.user = *user;
    if (std::optional<std::string> server = read_environment(L"FAXSERVER"); server && !server->empty()) {
        Status applied = apply_server_value(defaults, *server, "the FAXSERVER environment variable");
        if (!applied.ok())
            return applied.error();
    }

    const char *registry = "HKCU\\Software\\Wine\\Fax";
    if (std::optional<std::string> server = read_registry_string(L"Server"); server && !server->empty()) {
        Status applied = apply_server_value(defaults, *server, registry);
        if (!applied.ok())
            return applied.error();
    }
    if (std::optional<long> port = read_registry_number(L"Port")) {
        if (*port < 1 || *port > 65535)
            return make_error(ErrorKind::bad_input, "the registry value Port must be between 1 and 65535");
        defaults.port = static_cast<uint16_t>(*port);
    }
    if (std::optional<std::string> user = read_registry_string(L"User"); user && !user->empty())
        defaults.user = *user;
    if (std::optional<std::string> password = read_registry_string(L"Password"))
        defaults.password = *password;
    if (std::optional<std::string> admin = read_registry_string(L"AdminPassword"))
        defaults.admin_password = *admin;
    for (Status applied :
         {apply_timeout(defaults.connect_timeout_ms, L"ConnectTimeout", "ConnectTimeout"),
          apply_timeout(defaults.reply_timeout_ms, L"ReplyTimeout", "ReplyTimeout"),
          apply_timeout(defaults.transfer_timeout_ms, L"TransferTimeout", "TransferTimeout")})
        if (!applied.ok())
            return applied.error();
    if (std::optional<std::string> charset = read_registry_string(L"Charset")) {
        if (*charset == "utf-8" || *charset == "UTF-8")
            defaults.charset = Charset::utf8;
        else if (*charset == "iso-8859-1" || *charset == "ISO-8859-1" || *charset == "latin1")
            defaults.charset = Charset::iso_8859_1;
        else
            return make_error(ErrorKind::bad_input,
                              "the registry value Charset must be \"utf-8\" or \"iso-8859-1\", not \"" +
                                  *charset + "\"");
    }
    return defaults;
}

namespace {

bool starts_with_spool(const std::string &name)
{
    static const char prefix[] = "spool:";
    if (name.size() < sizeof(prefix) - 1)
        return false;
    for (size_t i = 0; i < sizeof(prefix) - 1; i++)
        if (std::tolower(static_cast<unsigned char>(name[i])) != prefix[i])
            return false;
    return true;
}

bool same_computer(const std::string &a, const std::string &b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); i++)
        if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i])))
            return false;
    return true;
}

std::string default_spool_directory()
{
    if (std::optional<std::string> dir = read_registry_string(L"SpoolDirectory"); dir && !dir->empty())
        return *dir;
    if (std::optional<std::string> dir = read_environment(L"FAXCOM_SPOOL"); dir && !dir->empty())
        return *dir;
    for (const wchar_t *base : {L"LOCALAPPDATA", L"APPDATA", L"USERPROFILE"})
        if (std::optional<std::string> dir = read_environment(base); dir && !dir->empty())
            return *dir + "\\faxcom\\queue";
    return "C:\\faxcom\\queue";
}

bool spool_is_default()
{
    std::optional<std::string> backend = read_registry_string(L"Backend");
    if (!backend || backend->empty())
        backend = read_environment(L"FAXCOM_BACKEND");
    return backend && (*backend == "spool" || *backend == "SPOOL");
}

} // namespace

Result<FaxServiceConfig> resolve_fax_service(const std::string &name)
{
    FaxServiceConfig config;
    std::string local = local_computer_name();
    bool default_server = name.empty() || same_computer(name, local);
    if (starts_with_spool(name) || (default_server && spool_is_default())) {
        config.kind = FaxServiceConfig::Kind::spool;
        std::string dir = starts_with_spool(name) ? name.substr(6) : std::string();
        config.spool.queue_dir = dir.empty() ? default_spool_directory() : dir;
        config.spool.owner = login_name();
        std::optional<long> delay = read_registry_number(L"SpoolDeliveryDelay");
        if (!delay)
            if (std::optional<std::string> text = read_environment(L"FAXCOM_SPOOL_DELIVERY_DELAY"))
                delay = std::strtol(text->c_str(), nullptr, 10);
        if (delay && (*delay < 0 || *delay > 86400))
            return make_error(ErrorKind::bad_input, "the spool delivery delay must be 0 to 86400 seconds");
        config.spool.delivery_delay_seconds = delay ? static_cast<int>(*delay) : 0;
        return config;
    }
    Result<ConnectionDefaults> defaults = load_connection_defaults();
    if (!defaults.ok())
        return defaults.error();
    Result<ConnectionConfig> hylafax = parse_server_name(name, defaults.value(), local);
    if (!hylafax.ok())
        return hylafax.error();
    config.hylafax = std::move(hylafax).value();
    return config;
}

std::string local_computer_name()
{
    WCHAR name[256];
    DWORD size = ARRAYSIZE(name);
    if (GetComputerNameW(name, &size))
        return utf16_to_utf8(std::u16string_view(reinterpret_cast<const char16_t *>(name), size));
    return {};
}

} // namespace faxcom
