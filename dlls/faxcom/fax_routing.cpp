// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * FaxRoutingMethods / FaxRoutingMethod: HylaFAX's inbound handling presented as Windows
 * routing methods.  HylaFAX keeps every fax a modem receives in its receive queue (recvq),
 * where clients list and fetch it; that is presented as Microsoft's "store in a folder"
 * method, under its GUID so existing programs recognise it:
 *
 *   Guid          {92041A90-9AF2-11D0-ABF7-00C04FD91A4E} (MS_FAXROUTE_FOLDER_GUID)
 *   FriendlyName  "Store in the HylaFAX receive queue"
 *   FunctionName  "RouteStoreInReceiveQueue"      ImageName  "faxgetty"
 *   ExtensionName "HylaFAX"                        RoutingData "hylafax://host:port/recvq"
 *   Enable        TRUE, read-only: HylaFAX always stores received faxes (whether a modem
 *                 answers at all is FaxPort.Receive); setting FALSE fails with E_NOTIMPL.
 * Further dispositions (HylaFAX's FaxDispatch script: mail, print) live in a server-side
 * script that its client protocol cannot read, so they are not listed.
 */
#include "comsupport/com_collection.h"
#include "fax_port_identity.h"
#include "object_factories.h"
#include "comsupport/server_connection.h"

namespace faxcom {

namespace {

struct RoutingMethodInfo {
    std::shared_ptr<const PortIdentity> port;
    std::string guid, friendly_name, function_name, image_name, extension_name, routing_data;
};

class FaxRoutingMethod final
    : public ComObject<FaxRoutingMethod, IFaxRoutingMethod, TypeInfoId::fax_routing_method> {
  public:
    static constexpr const char *class_name = "FaxRoutingMethod";

    explicit FaxRoutingMethod(std::shared_ptr<const RoutingMethodInfo> method) : method_(std::move(method)) {}

    HRESULT STDMETHODCALLTYPE get_DeviceId(long *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return guarded([&] { return return_value(value, method_->port->device_id); });
    }
    HRESULT STDMETHODCALLTYPE get_Enable(BOOL *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return guarded([&] { return return_bool(value, true); });
    }
    HRESULT STDMETHODCALLTYPE put_Enable(BOOL value) override
    {
        TRACE("%p, %d.\n", this, value);
        return guarded([&]() -> HRESULT {
            if (value)
                return S_OK; /* it is enabled, always */
            FIXME("HylaFAX always stores received faxes in its receive queue.\n");
            return fail(E_NOTIMPL,
                        "this routing method cannot be disabled: HylaFAX always keeps received faxes in "
                        "its receive queue (to stop receiving on a port, set FaxPort.Receive to False)");
        });
    }
    HRESULT STDMETHODCALLTYPE get_DeviceName(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return guarded([&] { return return_string(value, method_->port->name); });
    }
    HRESULT STDMETHODCALLTYPE get_Guid(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, method_, &RoutingMethodInfo::guid);
    }
    HRESULT STDMETHODCALLTYPE get_FunctionName(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, method_, &RoutingMethodInfo::function_name);
    }
    HRESULT STDMETHODCALLTYPE get_ImageName(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, method_, &RoutingMethodInfo::image_name);
    }
    HRESULT STDMETHODCALLTYPE get_FriendlyName(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, method_, &RoutingMethodInfo::friendly_name);
    }
    HRESULT STDMETHODCALLTYPE get_ExtensionName(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, method_, &RoutingMethodInfo::extension_name);
    }
    HRESULT STDMETHODCALLTYPE get_RoutingData(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, method_, &RoutingMethodInfo::routing_data);
    }

  private:
    const std::shared_ptr<const RoutingMethodInfo> method_;
};

class FaxRoutingMethods final : public ComCollection<FaxRoutingMethods, IFaxRoutingMethods,
                                                     TypeInfoId::fax_routing_methods, RoutingMethodInfo> {
  public:
    static constexpr const char *class_name = "FaxRoutingMethods";
    using ComCollection::ComCollection;

    HRESULT create_item(std::shared_ptr<const RoutingMethodInfo> method, VARIANT *item) const
    {
        return FaxRoutingMethod::create_variant(item, std::move(method));
    }
};

} // namespace

HRESULT create_fax_routing_methods(std::shared_ptr<ServerConnection> connection,
                                   std::shared_ptr<const PortIdentity> port, VARIANT *out)
{
    auto methods = std::make_shared<std::vector<RoutingMethodInfo>>();
    /* The local fax queue receives nothing, so it has no inbound routing. */
    if (connection->config().kind != FaxServiceConfig::Kind::spool)
        methods->push_back(RoutingMethodInfo{
            std::move(port), "{92041A90-9AF2-11D0-ABF7-00C04FD91A4E}", "Store in the HylaFAX receive queue",
            "RouteStoreInReceiveQueue", "faxgetty", "HylaFAX", connection->config().location() + "/recvq"});
    return FaxRoutingMethods::create_variant(out, std::move(connection), std::move(methods));
}

} // namespace faxcom
