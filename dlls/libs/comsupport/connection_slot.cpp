// SPDX-License-Identifier: LGPL-2.1-or-later
#include "comsupport/connection_slot.h"

#include "common/server_name.h"
#include "comsupport/connection_settings.h"
#include "comsupport/debug_channel.h"

namespace faxcom {

ConnectionSlot::~ConnectionSlot()
{
    try {
        if (std::shared_ptr<ServerConnection> connection = connection_.exchange(nullptr))
            connection->close();
    } catch (...) {
        /* a destructor cannot fail: the connection's session is dropped unclosed */
    }
}

Status ConnectionSlot::connect(const std::string &utf8_name)
{
    TRACE("%s.\n", debug::str(redact_server_name(utf8_name)).c_str());
    Result<FaxServiceConfig> config = resolve_fax_service(utf8_name);
    if (!config.ok())
        return config.error();
    auto connection = std::make_shared<ServerConnection>(std::move(config).value(), make_service_);
    Status opened = connection->open();
    if (!opened.ok())
        return opened;
    TRACE("connected to %s.\n", connection->description().c_str());
    if (std::shared_ptr<ServerConnection> previous = connection_.exchange(std::move(connection)))
        previous->close();
    return success();
}

Status ConnectionSlot::disconnect()
{
    std::shared_ptr<ServerConnection> connection = connection_.exchange(nullptr);
    if (!connection)
        return make_error(ErrorKind::not_connected, "Disconnect: not connected to a fax server");
    connection->close();
    return success();
}

} // namespace faxcom
