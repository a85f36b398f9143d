// SPDX-License-Identifier: LGPL-2.1-or-later
#include "client_settings.h"

#include <cstddef>
#include <cwchar>

#include "comsupport/registry_values.h"
#include "common/utf8.h"

namespace faxcom {

namespace {

/* A setting: its property (and registry value) name, where ClientSettings holds it and, for
 * numbers, the range it accepts. */
template <typename Id, typename Value> struct SettingEntry {
    Id id;
    const wchar_t *name;
    Value ClientSettings::*member;
    long minimum = 0, maximum = 0;
};

constexpr SettingEntry<NumberSetting, long> number_settings[] = {
    {NumberSetting::retries, L"Retries", &ClientSettings::retries, 0, 255},
    /* HylaFAX's RETRYTIME holds minutes 0-59 */
    {NumberSetting::retry_delay, L"RetryDelay", &ClientSettings::retry_delay, 0, 59},
    {NumberSetting::dirty_days, L"DirtyDays", &ClientSettings::dirty_days, 0, 365},
    {NumberSetting::discount_rate_start_hour, L"DiscountRateStartHour", &ClientSettings::discount_start_hour,
     0, 23},
    {NumberSetting::discount_rate_start_minute, L"DiscountRateStartMinute",
     &ClientSettings::discount_start_minute, 0, 59},
    {NumberSetting::discount_rate_end_hour, L"DiscountRateEndHour", &ClientSettings::discount_end_hour, 0,
     23},
    {NumberSetting::discount_rate_end_minute, L"DiscountRateEndMinute", &ClientSettings::discount_end_minute,
     0, 59},
};
constexpr SettingEntry<FlagSetting, bool> flag_settings[] = {
    {FlagSetting::branding, L"Branding", &ClientSettings::branding},
    {FlagSetting::use_device_tsid, L"UseDeviceTsid", &ClientSettings::use_device_tsid},
    {FlagSetting::server_coverpage, L"ServerCoverpage", &ClientSettings::server_coverpage},
    {FlagSetting::pause_server_queue, L"PauseServerQueue", &ClientSettings::pause_server_queue},
    {FlagSetting::archive_outbound_faxes, L"ArchiveOutboundFaxes", &ClientSettings::archive_outbound},
};
constexpr SettingEntry<TextSetting, std::string> text_settings[] = {
    {TextSetting::archive_directory, L"ArchiveDirectory", &ClientSettings::archive_directory},
    {TextSetting::server_mapi_profile, L"ServerMapiProfile", &ClientSettings::mapi_profile},
};

/* Every enumerator has its entry, at its own index: a missing or misplaced one does not compile. */
template <typename Id, typename Value, size_t n>
constexpr bool indexed_by_enum(const SettingEntry<Id, Value> (&table)[n])
{
    if (n != static_cast<size_t>(Id::count))
        return false;
    for (size_t i = 0; i < n; ++i)
        if (static_cast<size_t>(table[i].id) != i)
            return false;
    return true;
}
static_assert(indexed_by_enum(number_settings), "one entry per NumberSetting, in its order");
static_assert(indexed_by_enum(flag_settings), "one entry per FlagSetting, in its order");
static_assert(indexed_by_enum(text_settings), "one entry per TextSetting, in its order");

const SettingEntry<NumberSetting, long> &entry(NumberSetting setting)
{
    return number_settings[static_cast<size_t>(setting)];
}
const SettingEntry<FlagSetting, bool> &entry(FlagSetting setting)
{
    return flag_settings[static_cast<size_t>(setting)];
}
const SettingEntry<TextSetting, std::string> &entry(TextSetting setting)
{
    return text_settings[static_cast<size_t>(setting)];
}

/* "FaxServer.Retries" */
std::string property_name(const wchar_t *name)
{
    return "FaxServer." + utf16_to_utf8(std::u16string(name, name + std::wcslen(name)));
}

Status stored_or_error(bool stored, const wchar_t *name)
{
    if (!stored)
        return make_error(ErrorKind::io, "cannot store " + property_name(name) + " in the registry");
    return success();
}

} // namespace

long read_setting(NumberSetting setting)
{
    const auto &d = entry(setting);
    std::optional<long> value = read_registry_number(d.name);
    return value && *value >= d.minimum && *value <= d.maximum ? *value : ClientSettings{}.*d.member;
}

bool read_setting(FlagSetting setting)
{
    const auto &d = entry(setting);
    std::optional<long> value = read_registry_number(d.name);
    return value && (*value == 0 || *value == 1) ? *value != 0 : ClientSettings{}.*d.member;
}

std::string read_setting(TextSetting setting)
{
    const auto &d = entry(setting);
    std::optional<std::string> value = read_registry_string(d.name);
    return value ? std::move(*value) : ClientSettings{}.*d.member;
}

ClientSettings load_client_settings()
{
    ClientSettings settings;
    for (const auto &d : number_settings)
        settings.*d.member = read_setting(d.id);
    for (const auto &d : flag_settings)
        settings.*d.member = read_setting(d.id);
    for (const auto &d : text_settings)
        settings.*d.member = read_setting(d.id);
    return settings;
}

Status store_setting(NumberSetting setting, long value)
{
    const auto &d = entry(setting);
    if (value < d.minimum || value > d.maximum)
        return make_error(ErrorKind::bad_input,
                          property_name(d.name) + " must be between " + std::to_string(d.minimum) + " and " +
                              std::to_string(d.maximum) + ", not " + std::to_string(value));
    return stored_or_error(write_registry_number(d.name, value), d.name);
}

Status store_setting(FlagSetting setting, bool value)
{
    const auto &d = entry(setting);
    return stored_or_error(write_registry_number(d.name, value ? 1 : 0), d.name);
}

Status store_setting(TextSetting setting, const std::string &value)
{
    const auto &d = entry(setting);
    if (value.find('\0') != std::string::npos)
        return make_error(ErrorKind::bad_input, property_name(d.name) + " cannot contain a NUL character");
    return stored_or_error(write_registry_string(d.name, value), d.name);
}

} // namespace faxcom
