/*
 * Where FaxServer.Connect takes what the server name leaves open, in this order (later
 * sources only fill what earlier ones did not set):
 *   1. the Wine registry, HKCU\Software\Wine\Fax: Server (host or host:port), Port, User,
 *      Password, AdminPassword, ConnectTimeout / ReplyTimeout / TransferTimeout (ms),
 *      Charset ("utf-8" or "iso-8859-1");
 *   2. HylaFAX's environment conventions: FAXSERVER ([user@]host[:port]), FAXUSER;
 *   3. localhost:4559 and the user's login name.
 */
#ifndef FAXCOM_CONNECTION_SETTINGS_H
#define FAXCOM_CONNECTION_SETTINGS_H

#include <string>

#include "server_name.h"

namespace faxcom {

Result<ConnectionDefaults> load_connection_defaults();

/* This computer's name, which Connect treats like an empty name. */
std::string local_computer_name();

} // namespace faxcom

#endif
