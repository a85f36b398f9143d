// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * FaxComEx.FaxServer (IFaxServer2): Connect and Disconnect take the same server names,
 * registry defaults and environment as faxcom's FaxServer (comsupport/connection_settings.h);
 * APIVersion is fsAPI_VERSION_3, what Microsoft's samples require.  Every other member answers
 * E_NOTIMPL with a description and a FIXME until it is implemented (make_unimplemented.py).
 */
#include <memory>
#include <string>

#include "common/server_name.h"
#include "comsupport/com_object.h"
#include "comsupport/connection_settings.h"
#include "comsupport/fax_service_config.h"
#include "comsupport/server_connection.h"
#include "fxscomex_interfaces.h"

namespace faxcom::fxscomex {

namespace {

class FaxServer final
    : public ComObject<FaxServer, IFaxServer2, TypeInfoId::fax_server, Unimplemented_IFaxServer2<FaxServer>> {
  public:
    static constexpr const char *class_name = "FaxServer";

    ~FaxServer() override
    {
        try {
            if (std::shared_ptr<ServerConnection> connection = connection_.exchange(nullptr))
                connection->close();
        } catch (...) {
            /* a destructor cannot fail: the connection's session is dropped unclosed */
        }
    }

    HRESULT STDMETHODCALLTYPE Connect(BSTR name) override
    {
        return guarded([&]() -> HRESULT {
            std::string utf8_name = utf8_from_bstr(name);
            TRACE("%p, %s.\n", this, debug::str(redact_server_name(utf8_name)).c_str());
            Result<FaxServiceConfig> config = resolve_fax_service(utf8_name);
            if (!config.ok())
                return fail(config.error());
            auto connection =
                std::make_shared<ServerConnection>(std::move(config).value(), create_fax_service);
            Status opened = connection->open();
            if (!opened.ok())
                return fail(opened.error());
            TRACE("connected to %s.\n", connection->description().c_str());
            server_name_.replace(std::make_shared<const std::string>(utf8_name));
            if (std::shared_ptr<ServerConnection> previous = connection_.exchange(std::move(connection)))
                previous->close();
            return S_OK;
        });
    }

    HRESULT STDMETHODCALLTYPE Disconnect() override
    {
        TRACE("%p.\n", this);
        return guarded([&]() -> HRESULT {
            std::shared_ptr<ServerConnection> connection = connection_.exchange(nullptr);
            if (!connection)
                return fail(hresult_not_connected, "Disconnect: not connected to a fax server");
            connection->close();
            return S_OK;
        });
    }

    /* The name given to Connect, as Windows reports it; empty before Connect. */
    HRESULT STDMETHODCALLTYPE get_ServerName(BSTR *name) override
    {
        TRACE("%p, %p.\n", this, name);
        return guarded([&] {
            std::shared_ptr<const std::string> connected_to = server_name_.get();
            return return_any(name, connection_.get() && connected_to ? *connected_to : std::string());
        });
    }

    HRESULT STDMETHODCALLTYPE get_APIVersion(FAX_SERVER_APIVERSION_ENUM *version) override
    {
        TRACE("%p, %p.\n", this, version);
        return guarded([&]() -> HRESULT {
            if (!version)
                return fail(E_POINTER, "APIVersion: no place for the value");
            *version = fsAPI_VERSION_3;
            return S_OK;
        });
    }

  private:
    SharedState<ServerConnection> connection_;
    SharedState<const std::string> server_name_;
};

} // namespace

HRESULT create_fax_server(REFIID riid, void **object)
{
    return FaxServer::create_interface(riid, object);
}

} // namespace faxcom::fxscomex
