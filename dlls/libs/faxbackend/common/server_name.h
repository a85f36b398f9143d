// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * FaxServer.Connect(ServerName): which HylaFAX server a name means.
 *
 * Accepted forms (values the name does not give come from ConnectionDefaults):
 *   ""  or the local computer's name (case-insensitive)   the defaults
 *   host            host:port            [v6addr]  [v6addr]:port   (a bare "::1" is a v6 address)
 *   \\host   \\host\Fax                  (a leading "\\" as .NET samples pass; the share part is ignored)
 *   hylafax://[user[:password]@]host[:port][/]   (user and password are %-decoded)
 * Anything else is a bad_input error whose message names the problem.  Messages never
 * contain the password (nor, for hylafax:// names, any other part that might be one).
 */
#ifndef FAXCOM_BACKEND_SERVER_NAME_H
#define FAXCOM_BACKEND_SERVER_NAME_H

#include <cstdint>
#include <string>
#include <string_view>

#include "common/fax_service.h"
#include "common/result.h"

namespace faxcom {

struct ConnectionDefaults {
    std::string host = "localhost";
    uint16_t port = 4559;
    std::string user, password, admin_password;
    int connect_timeout_ms = 10000, reply_timeout_ms = 30000, transfer_timeout_ms = 60000;
    Charset charset = Charset::utf8;
};

/* The name as traces may show it: a password in "scheme://user:password@host" becomes "***". */
std::string redact_server_name(std::string_view name);

Result<ConnectionConfig> parse_server_name(std::string_view name, const ConnectionDefaults &defaults,
                                           std::string_view local_computer_name);

} // namespace faxcom

#endif
