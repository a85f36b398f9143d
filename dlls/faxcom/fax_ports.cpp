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
#include <functional>

#include "comsupport/com_collection.h"
#include "fax_port_identity.h"
#include "object_factories.h"
#include "comsupport/server_connection.h"

namespace faxcom {

namespace {

class FaxPort final : public ComObject<FaxPort, IFaxPort, TypeInfoId::fax_port> {
  public:
    static constexpr const char *class_name = "FaxPort";

    FaxPort(std::shared_ptr<ServerConnection> connection, std::shared_ptr<const PortIdentity> port)
        : connection_(std::move(connection)), port_(std::move(port))
    {
    }

    HRESULT STDMETHODCALLTYPE get_Name(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, port_, &PortIdentity::name);
    }
    HRESULT STDMETHODCALLTYPE get_DeviceId(long *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, port_, &PortIdentity::device_id);
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
        return guarded([&] { return set_number("Rings", "RingsBeforeAnswer", value, 99); });
    }
    HRESULT STDMETHODCALLTYPE get_Csid(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, port_, &PortIdentity::local_id);
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
        return return_from(value, port_, &PortIdentity::running);
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
            value, [](const ModemConfig &c) { return c.answers_calls; }, &PortIdentity::running);
    }
    HRESULT STDMETHODCALLTYPE put_Receive(BOOL value) override
    {
        TRACE("%p, %d.\n", this, value);
        return guarded([&]() -> HRESULT {
            if (!value)
                return set_modem_config("RingsBeforeAnswer", "0");
            /* Switching answering on keeps a ring count already set: that needs the real
             * configuration, never the stand-in. */
            Result<ModemConfig> config = read_config();
            if (!config.ok())
                return fail(config.error());
            if (config.value().rings_before_answer > 0)
                return S_OK; /* already answering */
            return set_modem_config("RingsBeforeAnswer", "1");
        });
    }
    HRESULT STDMETHODCALLTYPE get_Priority(long *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return from_config(
            value, [](const ModemConfig &c) { return static_cast<long>(c.priority); },
            &PortIdentity::position);
    }
    HRESULT STDMETHODCALLTYPE put_Priority(long value) override
    {
        TRACE("%p, %ld.\n", this, value);
        return guarded([&] { return set_number("Priority", "ModemPriority", value, 255); });
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
            return create_fax_routing_methods(connection_, port_.get(), methods);
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
            std::shared_ptr<const PortIdentity> port = port_.get();
            Result<ModemActivity> activity = modem_activity(*connection_, port->name);
            if (!activity.ok())
                return fail(activity.error());
            return create_fax_status(connection_, std::move(port), std::move(activity).value(), status);
        });
    }

  private:
    Result<ModemConfig> read_config() const
    {
        std::shared_ptr<const PortIdentity> port = port_.get();
        return connection_->with_service(
            [&](FaxService &service) { return service.read_modem_config(port->name); });
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
            std::shared_ptr<const PortIdentity> port = port_.get();
            WARN("%s: %s; answering with faxcom's stand-in value.\n", debug::str(port->name).c_str(),
                 debug::str(config.error().message).c_str());
            return return_any(value, std::invoke(stand_in, *port));
        });
    }

    /* Csid and Tsid: the modem's LocalIdentifier, which the port's snapshot then shows. */
    HRESULT put_identifier(BSTR value)
    {
        return guarded([&]() -> HRESULT {
            std::string identifier = utf8_from_bstr(value);
            if (HRESULT hr = set_modem_config("LocalIdentifier", identifier); FAILED(hr))
                return hr;
            port_.change([&](PortIdentity &port) { port.local_id = std::move(identifier); });
            return S_OK;
        });
    }

    /* Rings and Priority: `value`, when it is between 0 and `maximum`, becomes the modem's `parameter`. */
    HRESULT set_number(const char *property, const char *parameter, long value, long maximum)
    {
        if (value < 0 || value > maximum)
            return fail(E_INVALIDARG, std::string(property) + " must be between 0 and " +
                                          std::to_string(maximum) + ", not " + std::to_string(value));
        return set_modem_config(parameter, std::to_string(value));
    }

    /* Changes the running modem's `parameter` (SITE CONFIG). */
    HRESULT set_modem_config(const char *parameter, const std::string &value)
    {
        std::shared_ptr<const PortIdentity> port = port_.get();
        Status changed = connection_->with_service(
            [&](FaxService &service) { return service.set_modem_config(port->name, parameter, value); });
        return changed.ok() ? S_OK : fail(changed.error());
    }

    const std::shared_ptr<ServerConnection> connection_;
    SharedState<const PortIdentity> port_;
};

class FaxPorts final : public ComCollection<FaxPorts, IFaxPorts, TypeInfoId::fax_ports, PortIdentity> {
  public:
    static constexpr const char *class_name = "FaxPorts";
    using ComCollection::ComCollection;

    HRESULT create_item(std::shared_ptr<const PortIdentity> port, VARIANT *item) const
    {
        return FaxPort::create_variant(item, connection(), std::move(port));
    }
};

} // namespace

HRESULT create_fax_ports(std::shared_ptr<ServerConnection> connection, const std::vector<ModemInfo> &modems,
                         VARIANT *out)
{
    auto ports = std::make_shared<std::vector<PortIdentity>>();
    for (const ModemInfo &modem : modems)
        ports->push_back(port_identity(modem, static_cast<long>(ports->size()) + 1));
    return FaxPorts::create_variant(out, std::move(connection), std::move(ports));
}

} // namespace faxcom
