/*
 * FaxPorts (one port per HylaFAX modem, from one modem listing) and FaxPort.
 *
 *   Name             the modem's name on the server
 *   DeviceId         a stable number derived from the name (the same in every session)
 *   Csid, Tsid       the modem's LocalIdentifier (HylaFAX has one identifier for both)
 *   Rings            RingsBeforeAnswer         } read from the modem's configuration, which
 *   Receive          RingsBeforeAnswer > 0     } HylaFAX shows only to administrators
 *   Priority         ModemPriority             } (AdminPassword); otherwise E_ACCESSDENIED
 *   Send             TRUE while a faxgetty serves the modem
 *   CanModify        the session has administrator rights
 * Setting Rings, Csid, Tsid, Receive or Priority changes the running modem (SITE CONFIG)
 * when CanModify is TRUE, and fails with E_ACCESSDENIED otherwise.  Send cannot be switched
 * through HylaFAX's client protocol (E_NOTIMPL; use faxstate on the server).
 */
#include <cstring>
#include <mutex>

#include "com_collection.h"
#include "fax_port_identity.h"
#include "object_factories.h"
#include "server_connection.h"

namespace faxcom {

namespace {

class FaxPort final : public ComObject<FaxPort, IFaxPort, TypeInfoId::fax_port> {
  public:
    static constexpr const char *class_name = "FaxPort";

    FaxPort(std::shared_ptr<ServerConnection> connection, PortIdentity port)
        : connection_(std::move(connection)), port_(std::move(port))
    {
    }

    HRESULT STDMETHODCALLTYPE get_Name(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return guarded([&] { return return_string(value, port_.name); });
    }
    HRESULT STDMETHODCALLTYPE get_DeviceId(long *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_value(value, port_.device_id);
    }
    HRESULT STDMETHODCALLTYPE get_Rings(long *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return from_config(value,
                           [](const ModemConfig &c) { return static_cast<long>(c.rings_before_answer); });
    }
    HRESULT STDMETHODCALLTYPE put_Rings(long value) override
    {
        TRACE("%p, %ld.\n", this, value);
        if (value < 0 || value > 99)
            return fail(E_INVALIDARG, "Rings must be between 0 and 99, not " + std::to_string(value));
        return configure("RingsBeforeAnswer", std::to_string(value));
    }
    HRESULT STDMETHODCALLTYPE get_Csid(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return guarded([&] { return return_string(value, port_.local_id); });
    }
    HRESULT STDMETHODCALLTYPE put_Csid(BSTR value) override
    {
        TRACE("%p, %s.\n", this, debug::str(value).c_str());
        return put_identifier(value);
    }
    HRESULT STDMETHODCALLTYPE get_Tsid(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return guarded([&] { return return_string(value, port_.local_id); });
    }
    HRESULT STDMETHODCALLTYPE put_Tsid(BSTR value) override
    {
        TRACE("%p, %s.\n", this, debug::str(value).c_str());
        return put_identifier(value);
    }
    HRESULT STDMETHODCALLTYPE get_Send(BOOL *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_bool(value, port_.running);
    }
    HRESULT STDMETHODCALLTYPE put_Send(BOOL value) override
    {
        FIXME("%p, %d: HylaFAX cannot switch sending per modem through its client protocol.\n", this, value);
        return fail(E_NOTIMPL,
                    "FaxPort.Send cannot be changed through HylaFAX's client protocol: use faxstate on "
                    "the fax server");
    }
    HRESULT STDMETHODCALLTYPE get_Receive(BOOL *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return from_config(value, [](const ModemConfig &c) { return c.answers_calls ? TRUE : FALSE; });
    }
    HRESULT STDMETHODCALLTYPE put_Receive(BOOL value) override
    {
        TRACE("%p, %d.\n", this, value);
        return guarded([&]() -> HRESULT {
            long rings = 0;
            if (value) {
                if (HRESULT hr = get_Rings(&rings); FAILED(hr))
                    return hr;
                if (rings > 0)
                    return S_OK; /* already answering */
                rings = 1;
            }
            return configure("RingsBeforeAnswer", std::to_string(rings));
        });
    }
    HRESULT STDMETHODCALLTYPE get_Priority(long *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return from_config(value, [](const ModemConfig &c) { return static_cast<long>(c.priority); });
    }
    HRESULT STDMETHODCALLTYPE put_Priority(long value) override
    {
        TRACE("%p, %ld.\n", this, value);
        if (value < 0 || value > 255)
            return fail(E_INVALIDARG, "Priority must be between 0 and 255, not " + std::to_string(value));
        return configure("ModemPriority", std::to_string(value));
    }
    HRESULT STDMETHODCALLTYPE GetRoutingMethods(VARIANT *methods) override
    {
        TRACE("%p, %p.\n", this, methods);
        return guarded([&]() -> HRESULT {
            if (FAILED(check_out_pointer(methods)))
                return E_POINTER;
            VariantInit(methods);
            if (Result<std::shared_ptr<FaxService>> live = connection_->service(); !live.ok())
                return fail(live.error());
            return create_fax_routing_methods(connection_, port_, methods);
        });
    }
    HRESULT STDMETHODCALLTYPE get_CanModify(BOOL *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return guarded([&]() -> HRESULT {
            Result<bool> admin =
                connection_->with_service([](FaxService &service) { return service.has_admin_rights(); });
            if (!admin.ok())
                return fail(admin.error());
            return return_bool(value, admin.value());
        });
    }
    HRESULT STDMETHODCALLTYPE GetStatus(VARIANT *status) override
    {
        TRACE("%p, %p.\n", this, status);
        return guarded([&]() -> HRESULT {
            if (FAILED(check_out_pointer(status)))
                return E_POINTER;
            VariantInit(status);
            Result<ModemActivity> activity = modem_activity(*connection_, port_.name);
            if (!activity.ok())
                return fail(activity.error());
            return create_fax_status(connection_, port_, std::move(activity).value(), status);
        });
    }

  private:
    template <typename T, typename Field> HRESULT from_config(T *value, Field field) const
    {
        return guarded([&]() -> HRESULT {
            if (FAILED(check_out_pointer(value)))
                return E_POINTER;
            Result<ModemConfig> config = connection_->with_service(
                [&](FaxService &service) { return service.read_modem_config(port_.name); });
            if (!config.ok())
                return fail(config.error());
            *value = field(config.value());
            return S_OK;
        });
    }

    HRESULT configure(const char *parameter, const std::string &value)
    {
        return guarded([&]() -> HRESULT {
            Status changed = connection_->with_service(
                [&](FaxService &service) { return service.set_modem_config(port_.name, parameter, value); });
            if (!changed.ok())
                return fail(changed.error());
            if (!std::strcmp(parameter, "LocalIdentifier")) {
                std::lock_guard<std::mutex> guard(lock_);
                port_.local_id = value;
            }
            return S_OK;
        });
    }

    HRESULT put_identifier(BSTR value)
    {
        return guarded([&] { return configure("LocalIdentifier", utf8_from_bstr(value)); });
    }

    const std::shared_ptr<ServerConnection> connection_;
    mutable std::mutex lock_;
    PortIdentity port_;
};

class FaxPorts final : public ComCollection<FaxPorts, IFaxPorts, TypeInfoId::fax_ports, PortIdentity> {
  public:
    static constexpr const char *class_name = "FaxPorts";
    using ComCollection::ComCollection;

    HRESULT create_item(const PortIdentity &port, VARIANT *item) const
    {
        return FaxPort::create_variant(item, connection(), port);
    }
};

} // namespace

HRESULT create_fax_ports(std::shared_ptr<ServerConnection> connection, const std::vector<ModemInfo> &modems,
                         VARIANT *out)
{
    std::vector<PortIdentity> ports;
    for (const ModemInfo &modem : modems)
        ports.push_back(port_identity(modem));
    return FaxPorts::create_variant(out, std::move(connection), std::move(ports));
}

} // namespace faxcom
