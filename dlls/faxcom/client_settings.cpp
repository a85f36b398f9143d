#include "client_settings.h"

#include "registry_values.h"

namespace faxcom {

namespace {

void load_bounded(short &target, const wchar_t *name, long low, long high)
{
    std::optional<long> value = read_registry_number(name);
    if (value && *value >= low && *value <= high)
        target = static_cast<short>(*value);
}

} // namespace

ClientSettings load_client_settings()
{
    ClientSettings settings;
    load_bounded(settings.discount_start_hour, L"DiscountRateStartHour", 0, 23);
    load_bounded(settings.discount_start_minute, L"DiscountRateStartMinute", 0, 59);
    load_bounded(settings.discount_end_hour, L"DiscountRateEndHour", 0, 23);
    load_bounded(settings.discount_end_minute, L"DiscountRateEndMinute", 0, 59);
    return settings;
}

} // namespace faxcom
