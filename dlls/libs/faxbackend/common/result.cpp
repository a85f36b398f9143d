// SPDX-License-Identifier: LGPL-2.1-or-later
#include "common/result.h"

namespace faxcom {

const char *error_kind_name(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::connection: return "connection";
    case ErrorKind::authentication: return "authentication";
    case ErrorKind::protocol: return "protocol";
    case ErrorKind::server_refused: return "server refused";
    case ErrorKind::bad_input: return "bad input";
    case ErrorKind::timeout: return "timeout";
    case ErrorKind::not_found: return "not found";
    case ErrorKind::io: return "i/o";
    case ErrorKind::bad_format: return "bad format";
    case ErrorKind::not_supported: return "not supported";
    case ErrorKind::access_denied: return "access denied";
    case ErrorKind::not_connected: return "not connected";
    }
    return "unknown";
}

} // namespace faxcom
