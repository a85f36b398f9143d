// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * FaxServer's configuration properties.  HylaFAX has no server configuration a client can
 * read or write for most of them, so faxcom keeps them per user in the Wine registry
 * (HKCU\Software\Wine\Fax, value names = property names) and applies them itself to every
 * job it submits:
 *
 *   Retries               -> MAXTRIES = Retries + 1 (tries in all)            default 2
 *   RetryDelay (minutes)  -> RETRYTIME (0-59: HylaFAX's limit)                default 0 = server's
 *   DirtyDays             -> LASTTIME: give up DirtyDays days after sending   default 0 = 3 hours
 *   Branding              -> TAGLINE "From %%l|%c|Page %%P of %%T" on every page  default FALSE (server's)
 *   UseDeviceTsid         -> no TSI is sent: the modem's LocalIdentifier is used  default FALSE
 *   ServerCoverpage       -> stored; HylaFAX has no server cover pages (no effect)  default FALSE
 *   PauseServerQueue      -> new jobs are left suspended (Paused) until resumed  default FALSE
 *   ArchiveOutboundFaxes  -> DONEOP archive: HylaFAX archives the finished job  default FALSE
 *   ArchiveDirectory      -> stored; HylaFAX archives into its spool's archive/  default ""
 *   ServerMapiProfile     -> stored; there is no MAPI (no effect)             default ""
 *   DiscountRate*         -> the discount period of FaxDoc.DiscountSend       default 20:00-07:00
 *
 * Values out of range are refused: hours 0-23, minutes 0-59, counts 0-255 (Retries),
 * 0-59 (RetryDelay), 0-365 (DirtyDays).
 */
#ifndef FAXCOM_CLIENT_SETTINGS_H
#define FAXCOM_CLIENT_SETTINGS_H

#include <string>

#include "common/result.h"

namespace faxcom {

struct ClientSettings {
    long retries = 2, retry_delay = 0, dirty_days = 0;
    bool branding = false, use_device_tsid = false, server_coverpage = false, pause_server_queue = false,
         archive_outbound = false;
    std::string archive_directory, mapi_profile;
    long discount_start_hour = 20, discount_start_minute = 0; /* Windows' default cheap period */
    long discount_end_hour = 7, discount_end_minute = 0;
};

/* The stored settings; a stored value that is out of range is ignored (default used). */
ClientSettings load_client_settings();

/* The 14 settings, one enumerator each, by the type of their value.  Each is a FaxServer
 * property whose name is also its registry value's; client_settings.cpp holds the table
 * (names, ClientSettings members, ranges) indexed by these enums. */
enum class NumberSetting {
    retries,
    retry_delay,
    dirty_days,
    discount_rate_start_hour,
    discount_rate_start_minute,
    discount_rate_end_hour,
    discount_rate_end_minute,
    count
};
enum class FlagSetting {
    branding,
    use_device_tsid,
    server_coverpage,
    pause_server_queue,
    archive_outbound_faxes,
    count
};
enum class TextSetting { archive_directory, server_mapi_profile, count };

/* One setting as stored, or its default when it is not stored or out of range. */
long read_setting(NumberSetting setting);
bool read_setting(FlagSetting setting);
std::string read_setting(TextSetting setting);

/* One setting validated, then stored. */
Status store_setting(NumberSetting setting, long value);
Status store_setting(FlagSetting setting, bool value);
Status store_setting(TextSetting setting, const std::string &value);

} // namespace faxcom

#endif
