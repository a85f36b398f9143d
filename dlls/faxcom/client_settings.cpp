// SPDX-License-Identifier: LGPL-2.1-or-later
#include "client_settings.h"

#include <cwchar>
#include <stdexcept>

#include "comsupport/registry_values.h"
#include "common/utf8.h"

namespace faxcom {

namespace {

#define NUMBER(name, member, low, high)                                                                      \
    {                                                                                                        \
        L## #name, SettingKind::number, &ClientSettings::member, nullptr, nullptr, low, high                 \
    }
#define FLAG(name, member)                                                                                   \
    {                                                                                                        \
        L## #name, SettingKind::flag, nullptr, &ClientSettings::member, nullptr, 0, 1                        \
    }
#define TEXT(name, member)                                                                                   \
    {                                                                                                        \
        L## #name, SettingKind::text, nullptr, nullptr, &ClientSettings::member, 0, 0                        \
    }
const SettingDescriptor descriptors[] = {
    NUMBER(Retries, retries, 0, 255),
    NUMBER(RetryDelay, retry_delay, 0, 59), /* HylaFAX's RETRYTIME holds minutes 0-59 */
    NUMBER(DirtyDays, dirty_days, 0, 365),
    FLAG(Branding, branding),
    FLAG(UseDeviceTsid, use_device_tsid),
    FLAG(ServerCoverpage, server_coverpage),
    FLAG(PauseServerQueue, pause_server_queue),
    FLAG(ArchiveOutboundFaxes, archive_outbound),
    TEXT(ArchiveDirectory, archive_directory),
    TEXT(ServerMapiProfile, mapi_profile),
    NUMBER(DiscountRateStartHour, discount_start_hour, 0, 23),
    NUMBER(DiscountRateStartMinute, discount_start_minute, 0, 59),
    NUMBER(DiscountRateEndHour, discount_end_hour, 0, 23),
    NUMBER(DiscountRateEndMinute, discount_end_minute, 0, 59),
};
#undef NUMBER
#undef FLAG
#undef TEXT

std::string utf8_name(const wchar_t *name)
{
    std::u16string wide(name, name + std::wcslen(name));
    return utf16_to_utf8(wide);
}

} // namespace

const SettingDescriptor &setting_descriptor(const wchar_t *name)
{
    for (const SettingDescriptor &descriptor : descriptors)
        if (!std::wcscmp(descriptor.name, name))
            return descriptor;
    throw std::logic_error("unknown FaxServer setting");
}

ClientSettings load_client_settings()
{
    ClientSettings settings;
    for (const SettingDescriptor &d : descriptors) {
        if (d.kind == SettingKind::text) {
            if (std::optional<std::string> value = read_registry_string(d.name))
                settings.*d.text = *value;
            continue;
        }
        std::optional<long> value = read_registry_number(d.name);
        if (!value || *value < d.minimum || *value > d.maximum)
            continue;
        if (d.kind == SettingKind::number)
            settings.*d.number = *value;
        else
            settings.*d.flag = *value != 0;
    }
    return settings;
}

Status store_number_setting(const SettingDescriptor &d, long value)
{
    if (value < d.minimum || value > d.maximum)
        return make_error(ErrorKind::bad_input,
                          "FaxServer." + utf8_name(d.name) + " must be between " + std::to_string(d.minimum) +
                              " and " + std::to_string(d.maximum) + ", not " + std::to_string(value));
    if (!write_registry_number(d.name, value))
        return make_error(ErrorKind::io, "cannot store FaxServer." + utf8_name(d.name) + " in the registry");
    return success();
}

Status store_flag_setting(const SettingDescriptor &d, bool value)
{
    if (!write_registry_number(d.name, value ? 1 : 0))
        return make_error(ErrorKind::io, "cannot store FaxServer." + utf8_name(d.name) + " in the registry");
    return success();
}

Status store_text_setting(const SettingDescriptor &d, const std::string &value)
{
    if (value.find('\0') != std::string::npos)
        return make_error(ErrorKind::bad_input,
                          "FaxServer." + utf8_name(d.name) + " cannot contain a NUL character");
    if (!write_registry_string(d.name, value))
        return make_error(ErrorKind::io, "cannot store FaxServer." + utf8_name(d.name) + " in the registry");
    return success();
}

} // namespace faxcom
