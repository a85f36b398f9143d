// SPDX-License-Identifier: LGPL-2.1-or-later
#include "comsupport/registry_values.h"

#include <vector>

#include <windows.h>

#include "common/utf8.h"

namespace faxcom {

const wchar_t fax_registry_key[] = L"Software\\Wine\\Fax";

namespace {

std::string to_utf8(const wchar_t *text, size_t length)
{
    return utf16_to_utf8(std::u16string_view(reinterpret_cast<const char16_t *>(text), length));
}

std::wstring to_wide(const std::string &utf8)
{
    std::u16string wide = utf8_to_utf16(utf8);
    return std::wstring(wide.begin(), wide.end());
}

} // namespace

std::optional<std::string> read_registry_string(const wchar_t *name)
{
    DWORD type = 0, size = 0;
    if (RegGetValueW(HKEY_CURRENT_USER, fax_registry_key, name, RRF_RT_REG_SZ, &type, nullptr, &size) !=
            ERROR_SUCCESS ||
        size < sizeof(wchar_t))
        return std::nullopt;
    std::vector<wchar_t> buffer(size / sizeof(wchar_t) + 1);
    if (RegGetValueW(HKEY_CURRENT_USER, fax_registry_key, name, RRF_RT_REG_SZ, &type, buffer.data(), &size) !=
        ERROR_SUCCESS)
        return std::nullopt;
    return to_utf8(buffer.data(), wcsnlen(buffer.data(), buffer.size()));
}

std::optional<long> read_registry_number(const wchar_t *name)
{
    DWORD value = 0, size = sizeof(value);
    if (RegGetValueW(HKEY_CURRENT_USER, fax_registry_key, name, RRF_RT_REG_DWORD, nullptr, &value, &size) ==
        ERROR_SUCCESS)
        return static_cast<long>(value);
    std::optional<std::string> text = read_registry_string(name);
    if (!text || text->empty())
        return std::nullopt;
    char *end = nullptr;
    long parsed = std::strtol(text->c_str(), &end, 10);
    if (*end)
        return std::nullopt;
    return parsed;
}

bool write_registry_string(const wchar_t *name, const std::string &utf8)
{
    std::wstring wide = to_wide(utf8);
    return RegSetKeyValueW(HKEY_CURRENT_USER, fax_registry_key, name, REG_SZ, wide.c_str(),
                           static_cast<DWORD>((wide.size() + 1) * sizeof(wchar_t))) == ERROR_SUCCESS;
}

bool write_registry_number(const wchar_t *name, long value)
{
    DWORD dword = static_cast<DWORD>(value);
    return RegSetKeyValueW(HKEY_CURRENT_USER, fax_registry_key, name, REG_DWORD, &dword, sizeof(dword)) ==
           ERROR_SUCCESS;
}

std::optional<std::string> read_environment(const wchar_t *name)
{
    DWORD length = GetEnvironmentVariableW(name, nullptr, 0);
    if (!length)
        return std::nullopt;
    std::vector<wchar_t> buffer(length);
    length = GetEnvironmentVariableW(name, buffer.data(), length);
    if (!length)
        return std::nullopt;
    return to_utf8(buffer.data(), length);
}

} // namespace faxcom
