// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * FaxServer: the connection to a fax server (Connect/Disconnect), the factory of documents
 * and job listings, and the server configuration properties.
 *
 * Connect(name): an empty name or this computer's name means the configured default server
 * (connection_settings.h); otherwise "host", "host:port", "[v6]:port", a leading "\\" as
 * .NET samples pass, or "hylafax://[user[:password]@]host[:port]".
 */
#include <mutex>

#include "client_settings.h"
#include "comsupport/com_object.h"
#include "comsupport/connection_settings.h"
#include "object_factories.h"
#include "comsupport/server_connection.h"

namespace faxcom {

namespace {

class FaxServer final : public ComObject<FaxServer, IFaxServer, TypeInfoId::fax_server> {
  public:
    static constexpr const char *class_name = "FaxServer";

    explicit FaxServer(FaxServiceFactory make_service) : make_service_(std::move(make_service)) {}

    ~FaxServer() override
    {
        if (connection_)
            connection_->close();
    }

    HRESULT STDMETHODCALLTYPE Connect(BSTR name) override
    {
        TRACE("%p, %s.\n", this, debug::str(redact_server_name(utf8_from_bstr(name))).c_str());
        return guarded([&]() -> HRESULT {
            Result<FaxServiceConfig> config = resolve_fax_service(utf8_from_bstr(name));
            if (!config.ok())
                return fail(config.error());
            auto connection = std::make_shared<ServerConnection>(std::move(config).value(), make_service_);
            Status opened = connection->open();
            if (!opened.ok())
                return fail(opened.error());
            TRACE("connected to %s.\n", connection->description().c_str());
            std::shared_ptr<ServerConnection> previous;
            {
                std::lock_guard<std::mutex> guard(lock_);
                previous = std::exchange(connection_, std::move(connection));
            }
            if (previous)
                previous->close();
            return S_OK;
        });
    }

    HRESULT STDMETHODCALLTYPE Disconnect() override
    {
        TRACE("%p.\n", this);
        return guarded([&]() -> HRESULT {
            std::shared_ptr<ServerConnection> connection;
            {
                std::lock_guard<std::mutex> guard(lock_);
                connection = std::move(connection_);
            }
            if (!connection)
                return fail(hresult_not_connected, "Disconnect: not connected to a fax server");
            connection->close();
            return S_OK;
        });
    }

    HRESULT STDMETHODCALLTYPE GetPorts(VARIANT *ports) override
    {
        TRACE("%p, %p.\n", this, ports);
        return create_from_service(
            ports, [&](std::shared_ptr<ServerConnection> connection, FaxService &service) {
                Result<std::vector<ModemInfo>> modems = service.list_modems();
                if (!modems.ok())
                    return fail(modems.error());
                TRACE("%lu port(s).\n", static_cast<unsigned long>(modems.value().size()));
                return create_fax_ports(std::move(connection), modems.value(), ports);
            });
    }

    HRESULT STDMETHODCALLTYPE CreateDocument(BSTR file_name, VARIANT *document) override
    {
        TRACE("%p, %s, %p.\n", this, debug::str(file_name).c_str(), document);
        return create_from_service(document, [&](std::shared_ptr<ServerConnection> connection, FaxService &) {
            auto settings = std::make_shared<const ClientSettings>(load_client_settings());
            return create_fax_document(std::move(connection), std::move(settings), utf8_from_bstr(file_name),
                                       document);
        });
    }

    HRESULT STDMETHODCALLTYPE GetJobs(VARIANT *jobs) override
    {
        TRACE("%p, %p.\n", this, jobs);
        return create_from_service(
            jobs, [&](std::shared_ptr<ServerConnection> connection, FaxService &service) {
                Result<std::vector<JobInfo>> listing = service.list_jobs(JobQueue::send);
                if (!listing.ok())
                    return fail(listing.error());
                TRACE("%lu job(s) queued.\n", static_cast<unsigned long>(listing.value().size()));
                return create_fax_jobs(std::move(connection), std::move(listing).value(), jobs);
            });
    }

    /* The configuration properties, kept per user and applied to every Send (client_settings.h). */
#define FAXSERVER_SETTING(name, type, getter, putter)                                                        \
    HRESULT STDMETHODCALLTYPE get_##name(type *value) override                                               \
    {                                                                                                        \
        TRACE("%p, %p.\n", this, value);                                                                     \
        return getter(value, L## #name);                                                                     \
    }                                                                                                        \
    HRESULT STDMETHODCALLTYPE put_##name(type value) override                                                \
    {                                                                                                        \
        TRACE("%p, %s.\n", this, debug::str(value).c_str());                                                 \
        return putter(value, L## #name);                                                                     \
    }
    FAXSERVER_SETTING(Retries, long, get_number, put_number)
    FAXSERVER_SETTING(RetryDelay, long, get_number, put_number)
    FAXSERVER_SETTING(DirtyDays, long, get_number, put_number)
    FAXSERVER_SETTING(Branding, BOOL, get_flag, put_flag)
    FAXSERVER_SETTING(UseDeviceTsid, BOOL, get_flag, put_flag)
    FAXSERVER_SETTING(ServerCoverpage, BOOL, get_flag, put_flag)
    FAXSERVER_SETTING(PauseServerQueue, BOOL, get_flag, put_flag)
    FAXSERVER_SETTING(ArchiveOutboundFaxes, BOOL, get_flag, put_flag)
    FAXSERVER_SETTING(ArchiveDirectory, BSTR, get_text, put_text)
    FAXSERVER_SETTING(ServerMapiProfile, BSTR, get_text, put_text)
    FAXSERVER_SETTING(DiscountRateStartHour, short, get_number, put_number)
    FAXSERVER_SETTING(DiscountRateStartMinute, short, get_number, put_number)
    FAXSERVER_SETTING(DiscountRateEndHour, short, get_number, put_number)
    FAXSERVER_SETTING(DiscountRateEndMinute, short, get_number, put_number)
#undef FAXSERVER_SETTING

  private:
    /* The factory methods' common part: checks the out-VARIANT, requires a connection, then
     * lets `make` fill the VARIANT. */
    template <typename Make> HRESULT create_from_service(VARIANT *out, Make make)
    {
        return guarded([&]() -> HRESULT {
            if (FAILED(check_out_pointer(out)))
                return E_POINTER;
            VariantInit(out);
            std::shared_ptr<ServerConnection> connection;
            if (HRESULT hr = connected(connection); FAILED(hr))
                return hr;
            Result<std::shared_ptr<FaxService>> service = connection->service();
            if (!service.ok())
                return fail(service.error());
            return make(std::move(connection), *service.value());
        });
    }

    /* The live connection, or a described failure when Connect was not called. */
    HRESULT connected(std::shared_ptr<ServerConnection> &connection) const
    {
        std::lock_guard<std::mutex> guard(lock_);
        if (!connection_)
            return fail(hresult_not_connected, "not connected to a fax server: call FaxServer.Connect first");
        connection = connection_;
        return S_OK;
    }

    /* The settings' getters and setters: `name` is the property's; its descriptor is looked up
     * inside guarded() (the lookup can throw). */
    template <typename Value, typename Read> HRESULT get(Value *value, const wchar_t *name, Read read) const
    {
        return guarded([&]() -> HRESULT {
            const SettingDescriptor &setting = setting_descriptor(name);
            std::shared_ptr<ServerConnection> connection;
            if (HRESULT hr = connected(connection); FAILED(hr))
                return hr;
            return return_any(value, read(load_client_settings(), setting));
        });
    }
    template <typename Number> HRESULT get_number(Number *value, const wchar_t *name) const
    {
        return get(value, name,
                   [](const ClientSettings &s, const SettingDescriptor &d) { return s.*d.number; });
    }
    HRESULT get_flag(BOOL *value, const wchar_t *name) const
    {
        return get(value, name,
                   [](const ClientSettings &s, const SettingDescriptor &d) { return s.*d.flag; });
    }
    HRESULT get_text(BSTR *value, const wchar_t *name) const
    {
        return get(value, name,
                   [](const ClientSettings &s, const SettingDescriptor &d) { return s.*d.text; });
    }
    HRESULT put_number(long value, const wchar_t *name)
    {
        return put(name, store_number_setting, [value] { return value; });
    }
    HRESULT put_flag(BOOL value, const wchar_t *name)
    {
        return put(name, store_flag_setting, [value] { return value != FALSE; });
    }
    HRESULT put_text(BSTR value, const wchar_t *name)
    {
        return put(name, store_text_setting, [value] { return utf8_from_bstr(value); });
    }
    template <typename Store, typename MakeValue>
    HRESULT put(const wchar_t *name, Store store, MakeValue make_value)
    {
        return guarded([&]() -> HRESULT {
            const SettingDescriptor &setting = setting_descriptor(name);
            std::shared_ptr<ServerConnection> connection;
            if (HRESULT hr = connected(connection); FAILED(hr))
                return hr;
            Status stored = store(setting, make_value());
            return stored.ok() ? S_OK : fail(stored.error());
        });
    }

    const FaxServiceFactory make_service_;
    mutable std::mutex lock_;
    std::shared_ptr<ServerConnection> connection_;
};

} // namespace

HRESULT create_fax_server(REFIID riid, void **object)
{
    TRACE("%s, %p.\n", debug::str(riid).c_str(), object);
    return FaxServer::create_interface(riid, object, create_fax_service);
}

HRESULT create_fax_server_with(FaxServiceFactory make_service, REFIID riid, void **object)
{
    TRACE("%s, %p.\n", debug::str(riid).c_str(), object);
    return FaxServer::create_interface(riid, object, std::move(make_service));
}

} // namespace faxcom
