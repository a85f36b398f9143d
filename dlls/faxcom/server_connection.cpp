#include "server_connection.h"

#include "debug_channel.h"
#include "hylafax_service.h"

namespace faxcom {

namespace {

void trace_backend(TraceLevel level, const std::string &message)
{
    switch (level) {
    case TraceLevel::error: ERR("%s\n", message.c_str()); break;
    case TraceLevel::warning: WARN("%s\n", message.c_str()); break;
    case TraceLevel::info:
    case TraceLevel::debug: TRACE("%s\n", message.c_str()); break;
    }
}

Error not_connected_error()
{
    return make_error(
        ErrorKind::not_connected,
        "not connected to a fax server: call FaxServer.Connect first (or again, after Disconnect)");
}

} // namespace

std::unique_ptr<FaxService> create_fax_service(const ConnectionConfig &config)
{
    return std::make_unique<hylafax::HylafaxService>(config, trace_backend);
}

ServerConnection::ServerConnection(ConnectionConfig config) : config_(std::move(config)) {}

Status ServerConnection::open()
{
    std::shared_ptr<FaxService> service = create_fax_service(config_);
    Status connected = service->connect();
    if (!connected.ok())
        return connected;
    std::lock_guard<std::mutex> guard(lock_);
    service_ = std::move(service);
    return success();
}

void ServerConnection::close()
{
    std::shared_ptr<FaxService> service;
    {
        std::lock_guard<std::mutex> guard(lock_);
        service = std::move(service_);
    }
    if (service)
        service->disconnect();
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
    return create_fax_service(config_);
}

std::string ServerConnection::description() const
{
    return config_.server.host + ":" + std::to_string(config_.server.port) + " as " + config_.user;
}

} // namespace faxcom
