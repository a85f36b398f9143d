// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * FaxComEx.FaxServer (IFaxServer2): Connect and Disconnect take the same server names,
 * registry defaults and environment as faxcom's FaxServer (comsupport/connection_settings.h);
 * APIVersion is fsAPI_VERSION_3, what Microsoft's samples require.  Every other member answers
 * E_NOTIMPL with a description and a FIXME until it is implemented (make_unimplemented.py).
 */
#include <memory>
#include <string>

#include "comsupport/com_object.h"
#include "comsupport/connection_slot.h"
#include "fxscomex_interfaces.h"

namespace faxcom::fxscomex {

namespace {

class FaxServer final
    : public ComObject<FaxServer, IFaxServer2, TypeInfoId::fax_server, Unimplemented_IFaxServer2<FaxServer>> {
  public:
    static constexpr const char *class_name = "FaxServer";

    HRESULT STDMETHODCALLTYPE Connect(BSTR name) override
    {
        TRACE("%p.\n", this);
        return guarded([&]() -> HRESULT {
            std::string utf8_name = utf8_from_bstr(name);
            Status connected = connection_.connect(utf8_name);
            if (!connected.ok())
                return fail(connected.error());
            server_name_.replace(std::make_shared<const std::string>(std::move(utf8_name)));
            return S_OK;
        });
    }

    HRESULT STDMETHODCALLTYPE Disconnect() override
    {
        TRACE("%p.\n", this);
        return guarded([&]() -> HRESULT {
            Status disconnected = connection_.disconnect();
            return disconnected.ok() ? S_OK : fail(disconnected.error());
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
    ConnectionSlot connection_{create_fax_service};
    SharedState<const std::string> server_name_;
};

} // namespace

HRESULT create_fax_server(REFIID riid, void **object)
{
    return FaxServer::create_interface(riid, object);
}

} // namespace faxcom::fxscomex
