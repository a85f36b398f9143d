// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * FaxServer.Connect(name) chooses the fax service:
 *   "spool:DIRECTORY" (or "spool:" for the configured one)  faxcom's local fax queue;
 *   "" or this computer's name                               the configured default: the local
 *        queue when Backend (registry) / FAXCOM_BACKEND is "spool", else the HylaFAX server;
 *   anything else                                            a HylaFAX server name (server_name.h).
 * The local queue's directory: SpoolDirectory (registry), FAXCOM_SPOOL, else
 * %LOCALAPPDATA%\faxcom\queue.  A queued job is delivered to the outbox once it is
 * SpoolDeliveryDelay (registry) / FAXCOM_SPOOL_DELIVERY_DELAY seconds old (default 0: on the
 * next listing after it was sent, so GetJobs shows it once).
 *
 * Where a HylaFAX connection takes what the server name leaves open, in this order (later
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

#include "comsupport/fax_service_config.h"
#include "common/server_name.h"

namespace faxcom {

Result<ConnectionDefaults> load_connection_defaults();

/* The service FaxServer.Connect(name) means (see above). */
Result<FaxServiceConfig> resolve_fax_service(const std::string &name);

/* This computer's name, which Connect treats like an empty name. */
std::string local_computer_name();

} // namespace faxcom

#endif
