// SPDX-License-Identifier: LGPL-2.1-or-later
#include "comsupport/server_connection.h"

#include "comsupport/debug_channel.h"

namespace faxcom {

namespace {

Error not_connected_error()
{
    return make_error(
        ErrorKind::not_connected,
        "not connected to a fax server: call FaxServer.Connect first (or again, after Disconnect)");
}

} // namespace

ServerConnection::ServerConnection(FaxServiceConfig config, FaxServiceFactory make_service)
    : config_(std::move(config)), make_service_(std::move(make_service))
{
}

Status ServerConnection::open()
{
    std::shared_ptr<FaxService> service = make_service_(config_);
    Status connected = service->connect();
    if (!connected.ok())
        return connected;
    std::lock_guard<std::mutex> guard(lock_);
    service_ = std::move(service);
    return success();
}

void ServerConnection::close() noexcept
{
    std::shared_ptr<FaxService> service;
    {
        std::lock_guard<std::mutex> guard(lock_);
        service = std::move(service_);
    }
    if (!service)
        return;
    try {
        service->disconnect();
    } catch (...) {
        try { /* tracing allocates */
            WARN("logging out failed with an exception; the session is dropped.\n");
        } catch (...) {
        }
    }
}

Result<std::shared_ptr<FaxService>> ServerConnection::service() const
{
    std::lock_guard<std::mutex> guard(lock_);
    if (!service_)
        return not_connected_error();
    return service_;
}

Result<std::unique_ptr<FaxService>> ServerConnection::fresh_service() const
{
    {
        std::lock_guard<std::mutex> guard(lock_);
        if (!service_)
            return not_connected_error();
    }
    return make_service_(config_);
}

std::string ServerConnection::description() const
{
    if (config_.kind == FaxServiceConfig::Kind::spool)
        return config_.location() + " as " + config_.spool.owner;
    return config_.location() + " as " + config_.hylafax.user;
}

} // namespace faxcom
