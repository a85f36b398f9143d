#include "connection_settings.h"

#include <vector>

#include <windows.h>

#include "registry_values.h"
#include "utf8.h"

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

std::string local_computer_name()
{
    WCHAR name[256];
    DWORD size = ARRAYSIZE(name);
    if (GetComputerNameW(name, &size))
        return utf16_to_utf8(std::u16string_view(reinterpret_cast<const char16_t *>(name), size));
    return {};
}

} // namespace faxcom
