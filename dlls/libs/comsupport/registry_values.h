// SPDX-License-Identifier: LGPL-2.1-or-later
/* Reading and writing this project's values under HKCU\Software\Wine\Fax. */
#ifndef FAXCOM_REGISTRY_VALUES_H
#define FAXCOM_REGISTRY_VALUES_H

#include <optional>
#include <string>

namespace faxcom {

/* The key under HKEY_CURRENT_USER that holds faxcom's configuration. */
extern const wchar_t fax_registry_key[];

std::optional<std::string> read_registry_string(const wchar_t *name); /* UTF-8 */
std::optional<long> read_registry_number(const wchar_t *name);        /* REG_DWORD, or a decimal REG_SZ */
bool write_registry_string(const wchar_t *name, const std::string &utf8);
bool write_registry_number(const wchar_t *name, long value);

/* A Windows environment variable (Wine passes the Unix environment through), UTF-8. */
std::optional<std::string> read_environment(const wchar_t *name);

} // namespace faxcom

#endif
