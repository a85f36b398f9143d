/*
 * The FaxServer configuration properties that faxcom applies on the client side, to every
 * job it submits (HylaFAX keeps no per-server equivalent a client can read).  Stored per
 * user in HKCU\Software\Wine\Fax; a FaxDoc takes a copy when it is created.
 */
#ifndef FAXCOM_CLIENT_SETTINGS_H
#define FAXCOM_CLIENT_SETTINGS_H

namespace faxcom {

struct ClientSettings {
    short discount_start_hour = 20, discount_start_minute = 0; /* Windows' default cheap period */
    short discount_end_hour = 7, discount_end_minute = 0;
};

/* The stored settings, or the defaults where nothing (valid) is stored. */
ClientSettings load_client_settings();

} // namespace faxcom

#endif
