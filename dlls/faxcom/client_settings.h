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

/* One setting by its property name: validated, then stored. */
enum class SettingKind { number, flag, text };
struct SettingDescriptor {
    const wchar_t *name;
    SettingKind kind;
    long ClientSettings::*number;
    bool ClientSettings::*flag;
    std::string ClientSettings::*text;
    long minimum, maximum;
};
const SettingDescriptor &setting_descriptor(const wchar_t *name);
Status store_number_setting(const SettingDescriptor &setting, long value);
Status store_flag_setting(const SettingDescriptor &setting, bool value);
Status store_text_setting(const SettingDescriptor &setting, const std::string &value);

} // namespace faxcom

#endif
