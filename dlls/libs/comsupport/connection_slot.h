// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * The connection a FaxServer holds (faxcom's and FaxComEx's alike): Connect resolves the
 * server name (connection_settings.h), logs in and replaces the previous connection, which is
 * closed; Disconnect closes it; the destructor closes it without failing.
 */
#ifndef FAXCOM_CONNECTION_SLOT_H
#define FAXCOM_CONNECTION_SLOT_H

#include <memory>
#include <string>

#include "comsupport/fax_service_config.h"
#include "comsupport/server_connection.h"
#include "comsupport/shared_state.h"

namespace faxcom {

class ConnectionSlot {
  public:
    explicit ConnectionSlot(FaxServiceFactory make_service) : make_service_(std::move(make_service)) {}
    ~ConnectionSlot();
    ConnectionSlot(const ConnectionSlot &) = delete;
    ConnectionSlot &operator=(const ConnectionSlot &) = delete;

    /* `utf8_name` as Connect takes it; the new connection only replaces the old one once it
     * is logged in. */
    Status connect(const std::string &utf8_name);
    /* not_connected when there is no connection. */
    Status disconnect();
    /* The live connection, or null. */
    std::shared_ptr<ServerConnection> get() const { return connection_.get(); }

  private:
    const FaxServiceFactory make_service_;
    SharedState<ServerConnection> connection_;
};

} // namespace faxcom

#endif
