#include "fax_port_identity.h"

#include <cstdint>

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

PortIdentity port_identity(const ModemInfo &modem)
{
    return PortIdentity{modem.name, stable_device_id(modem.name), modem.local_id, modem.running};
}

} // namespace faxcom
