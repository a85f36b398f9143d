// SPDX-License-Identifier: LGPL-2.1-or-later
#include "fax_port_identity.h"

#include <cstdint>

#include "comsupport/server_connection.h"

namespace faxcom {

long stable_device_id(const std::string &modem_name)
{
    uint32_t hash = 2166136261u;
    for (unsigned char c : modem_name) {
        hash ^= c;
        hash *= 16777619u;
    }
    long id = static_cast<long>(hash & 0x7fffffff);
    return id ? id : 1;
}

Result<ModemActivity> modem_activity(const ServerConnection &connection, const std::string &modem_name)
{
    return connection.with_service([&](FaxService &service) { return service.modem_activity(modem_name); });
}

PortIdentity port_identity(const ModemInfo &modem, long position)
{
    return PortIdentity{modem.name, stable_device_id(modem.name), modem.local_id, modem.running, position};
}

} // namespace faxcom
