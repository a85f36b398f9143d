// SPDX-License-Identifier: LGPL-2.1-or-later
/* What identifies a fax port (a HylaFAX modem) for FaxPort, FaxStatus and the routing methods. */
#ifndef FAXCOM_FAX_PORT_IDENTITY_H
#define FAXCOM_FAX_PORT_IDENTITY_H

#include <string>

#include "common/fax_service.h"

namespace faxcom {

class ServerConnection;

struct PortIdentity {
    std::string name;
    long device_id = 0;   /* stable: derived from the name alone */
    std::string local_id; /* LocalIdentifier: the TSI/CSI */
    bool running = false; /* a faxgetty serves the modem */
    long position = 1;    /* 1-based, in the server's modem listing */
};

PortIdentity port_identity(const ModemInfo &modem, long position);

/* What the port's modem is doing now (FaxPort.GetStatus, FaxStatus.Refresh). */
Result<ModemActivity> modem_activity(const ServerConnection &connection, const std::string &modem_name);

/* A positive 31-bit number from the modem name (FNV-1a), the same in every session and process. */
long stable_device_id(const std::string &modem_name);

} // namespace faxcom

#endif
