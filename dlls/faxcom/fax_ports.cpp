// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * FaxPorts (one port per HylaFAX modem, from one modem listing) and FaxPort.
 *
 *   Name             the modem's name on the server
 *   DeviceId         a stable number derived from the name (the same in every session)
 *   Csid, Tsid       the modem's LocalIdentifier (HylaFAX has one identifier for both)
 *   Rings            RingsBeforeAnswer         } read from the modem's configuration
 *   Receive          RingsBeforeAnswer > 0     } (etc/config.<modem>) when an administrator
 *   Priority         ModemPriority             } password is configured (AdminPassword)
 *   Send             TRUE while a faxgetty serves the modem
 *
 * Without administrator rights hfaxd shows nothing of that configuration: RETR, STAT and
 * LIST of etc/ answer 550 "Operation not permitted", SITE CONFIG wants ADMIN, the modem
 * listing (MDMFMT %h %l %m %n %r %s %t %v %z) has no rings or priority field, and
 * status/<modem> holds only the status line (checked against HylaFAX 6.0's hfaxd).  Windows
 * lets any user read these three, so then they are documented stand-ins, with a warn:
 * trace: Rings = 1 (the value faxaddmodem's prototypes set) when a faxgetty serves the modem
 * and 0 when none answers; Receive = whether a faxgetty serves it; Priority = the port's
 * 1-based position in the server's listing (Windows numbers device priorities from 1).
 *   CanModify        the session has administrator rights
 * Setting Rings, Csid, Tsid, Receive or Priority changes the running modem (SITE CONFIG)
 * when CanModify is TRUE, and fails with E_ACCESSDENIED otherwise.  Send cannot be switched
 * through HylaFAX's client protocol (E_NOTIMPL; use faxstate on the server).
 */
#include <cstring>

#include "comsupport/com_collection.h"
#include "fax_port_identity.h"
#include "object_factories.h"
#include "comsupport/server_connection.h"

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
        return return_from(value, port_, [](const PortIdentity &port) { return port.name; });
    }
    HRESULT STDMETHODCALLTYPE get_DeviceId(long *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, port_, [](const PortIdentity &port) { return port.device_id; });
    }
    HRESULT STDMETHODCALLTYPE get_Rings(long *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return from_config(
            value, [](const ModemConfig &c) { return static_cast<long>(c.rings_before_answer); },
            [](const PortIdentity &port) { return port.running ? 1L : 0L; });
    }
    HRESULT STDMETHODCALLTYPE put_Rings(long value) override
    {
        TRACE("%p, %ld.\n", this, value);
        if (value < 0 || value > 99)
            return guarded([&] {
                return fail(E_INVALIDARG, "Rings must be between 0 and 99, not " + std::to_string(value));
            });
        return configure("RingsBeforeAnswer", [value] { return std::to_string(value); });
    }
    HRESULT STDMETHODCALLTYPE get_Csid(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, port_, [](const PortIdentity &port) { return port.local_id; });
    }
    HRESULT STDMETHODCALLTYPE put_Csid(BSTR value) override
    {
        TRACE("%p, %s.\n", this, debug::str(value).c_str());
        return put_identifier(value);
    }
    HRESULT STDMETHODCALLTYPE get_Tsid(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return get_Csid(value);
    }
    HRESULT STDMETHODCALLTYPE put_Tsid(BSTR value) override
    {
        TRACE("%p, %s.\n", this, debug::str(value).c_str());
        return put_identifier(value);
    }
    HRESULT STDMETHODCALLTYPE get_Send(BOOL *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, port_, [](const PortIdentity &port) { return port.running; });
    }
    HRESULT STDMETHODCALLTYPE put_Send(BOOL value) override
    {
        FIXME("%p, %d: HylaFAX cannot switch sending per modem through its client protocol.\n", this, value);
        return guarded([&] {
            return fail(E_NOTIMPL, "FaxPort.Send cannot be changed through HylaFAX's client protocol: use "
                                   "faxstate on the fax server");
        });
    }
    HRESULT STDMETHODCALLTYPE get_Receive(BOOL *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return from_config(
            value, [](const ModemConfig &c) { return c.answers_calls; },
            [](const PortIdentity &port) { return port.running; });
    }
    HRESULT STDMETHODCALLTYPE put_Receive(BOOL value) override
    {
        TRACE("%p, %d.\n", this, value);
        if (!value)
            return configure("RingsBeforeAnswer", [] { return std::string("0"); });
        /* Switching answering on keeps a ring count already set: that needs the real
         * configuration, never the stand-in. */
        return guarded([&]() -> HRESULT {
            Result<ModemConfig> config = read_config();
            if (!config.ok())
                return fail(config.error());
            if (config.value().rings_before_answer > 0)
                return S_OK; /* already answering */
            return configure("RingsBeforeAnswer", [] { return std::string("1"); });
        });
    }
    HRESULT STDMETHODCALLTYPE get_Priority(long *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return from_config(
            value, [](const ModemConfig &c) { return static_cast<long>(c.priority); },
            [](const PortIdentity &port) { return port.position; });
    }
    HRESULT STDMETHODCALLTYPE put_Priority(long value) override
    {
        TRACE("%p, %ld.\n", this, value);
        if (value < 0 || value > 255)
            return guarded([&] {
                return fail(E_INVALIDARG, "Priority must be between 0 and 255, not " + std::to_string(value));
            });
        return configure("ModemPriority", [value] { return std::to_string(value); });
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
            return create_fax_routing_methods(connection_, port_.snapshot(), methods);
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
            PortIdentity port = port_.snapshot();
            Result<ModemActivity> activity = modem_activity(*connection_, port.name);
            if (!activity.ok())
                return fail(activity.error());
            return create_fax_status(connection_, port, std::move(activity).value(), status);
        });
    }

  private:
    Result<ModemConfig> read_config() const
    {
        std::string name = port_.snapshot().name;
        return connection_->with_service(
            [&](FaxService &service) { return service.read_modem_config(name); });
    }

    /* `field` of the modem's configuration; without administrator rights, `stand_in` (see the
     * top of this file). */
    template <typename T, typename Field, typename StandIn>
    HRESULT from_config(T *value, Field field, StandIn stand_in) const
    {
        return guarded([&]() -> HRESULT {
            if (FAILED(check_out_pointer(value)))
                return E_POINTER;
            Result<ModemConfig> config = read_config();
            if (config.ok())
                return return_any(value, field(config.value()));
            if (config.error().kind != ErrorKind::access_denied)
                return fail(config.error());
            PortIdentity port = port_.snapshot();
            WARN("%s: %s; answering with faxcom's stand-in value.\n", debug::str(port.name).c_str(),
                 debug::str(config.error().message).c_str());
            return return_any(value, stand_in(port));
        });
    }

    /* Changes the running modem's `parameter` to the value `make_value` gives. */
    template <typename MakeValue> HRESULT configure(const char *parameter, MakeValue make_value)
    {
        return guarded([&]() -> HRESULT {
            std::string value = make_value();
            std::string name = port_.snapshot().name;
            Status changed = connection_->with_service(
                [&](FaxService &service) { return service.set_modem_config(name, parameter, value); });
            if (!changed.ok())
                return fail(changed.error());
            if (!std::strcmp(parameter, "LocalIdentifier"))
                port_.change([&](PortIdentity &port) { port.local_id = value; });
            return S_OK;
        });
    }

    HRESULT put_identifier(BSTR value)
    {
        return configure("LocalIdentifier", [value] { return utf8_from_bstr(value); });
    }

    const std::shared_ptr<ServerConnection> connection_;
    LockedState<PortIdentity> port_;
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
        ports.push_back(port_identity(modem, static_cast<long>(ports.size()) + 1));
    return FaxPorts::create_variant(out, std::move(connection), std::move(ports));
}

} // namespace faxcom
