// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * FaxServer: the connection to a fax server (Connect/Disconnect), the factory of documents
 * and job listings, and the server configuration properties.
 *
 * Connect(name): an empty name or this computer's name means the configured default server
 * (connection_settings.h); otherwise "host", "host:port", "[v6]:port", a leading "\\" as
 * .NET samples pass, or "hylafax://[user[:password]@]host[:port]".
 */
#include "client_settings.h"
#include "comsupport/com_object.h"
#include "comsupport/connection_slot.h"
#include "object_factories.h"
#include "comsupport/server_connection.h"

namespace faxcom {

namespace {

class FaxServer final : public ComObject<FaxServer, IFaxServer, TypeInfoId::fax_server> {
  public:
    static constexpr const char *class_name = "FaxServer";

    explicit FaxServer(FaxServiceFactory make_service) : connection_(std::move(make_service)) {}

    HRESULT STDMETHODCALLTYPE Connect(BSTR name) override
    {
        TRACE("%p.\n", this);
        return guarded([&]() -> HRESULT {
            Status connected = connection_.connect(utf8_from_bstr(name));
            return connected.ok() ? S_OK : fail(connected.error());
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
    HRESULT STDMETHODCALLTYPE get_Retries(long *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return get_setting(value, NumberSetting::retries);
    }
    HRESULT STDMETHODCALLTYPE put_Retries(long value) override
    {
        TRACE("%p, %ld.\n", this, value);
        return put_setting(NumberSetting::retries, value);
    }
    HRESULT STDMETHODCALLTYPE get_RetryDelay(long *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return get_setting(value, NumberSetting::retry_delay);
    }
    HRESULT STDMETHODCALLTYPE put_RetryDelay(long value) override
    {
        TRACE("%p, %ld.\n", this, value);
        return put_setting(NumberSetting::retry_delay, value);
    }
    HRESULT STDMETHODCALLTYPE get_DirtyDays(long *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return get_setting(value, NumberSetting::dirty_days);
    }
    HRESULT STDMETHODCALLTYPE put_DirtyDays(long value) override
    {
        TRACE("%p, %ld.\n", this, value);
        return put_setting(NumberSetting::dirty_days, value);
    }
    HRESULT STDMETHODCALLTYPE get_Branding(BOOL *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return get_setting(value, FlagSetting::branding);
    }
    HRESULT STDMETHODCALLTYPE put_Branding(BOOL value) override
    {
        TRACE("%p, %d.\n", this, value);
        return put_setting(FlagSetting::branding, value);
    }
    HRESULT STDMETHODCALLTYPE get_UseDeviceTsid(BOOL *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return get_setting(value, FlagSetting::use_device_tsid);
    }
    HRESULT STDMETHODCALLTYPE put_UseDeviceTsid(BOOL value) override
    {
        TRACE("%p, %d.\n", this, value);
        return put_setting(FlagSetting::use_device_tsid, value);
    }
    HRESULT STDMETHODCALLTYPE get_ServerCoverpage(BOOL *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return get_setting(value, FlagSetting::server_coverpage);
    }
    HRESULT STDMETHODCALLTYPE put_ServerCoverpage(BOOL value) override
    {
        TRACE("%p, %d.\n", this, value);
        return put_setting(FlagSetting::server_coverpage, value);
    }
    HRESULT STDMETHODCALLTYPE get_PauseServerQueue(BOOL *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return get_setting(value, FlagSetting::pause_server_queue);
    }
    HRESULT STDMETHODCALLTYPE put_PauseServerQueue(BOOL value) override
    {
        TRACE("%p, %d.\n", this, value);
        return put_setting(FlagSetting::pause_server_queue, value);
    }
    HRESULT STDMETHODCALLTYPE get_ArchiveOutboundFaxes(BOOL *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return get_setting(value, FlagSetting::archive_outbound_faxes);
    }
    HRESULT STDMETHODCALLTYPE put_ArchiveOutboundFaxes(BOOL value) override
    {
        TRACE("%p, %d.\n", this, value);
        return put_setting(FlagSetting::archive_outbound_faxes, value);
    }
    HRESULT STDMETHODCALLTYPE get_ArchiveDirectory(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return get_setting(value, TextSetting::archive_directory);
    }
    HRESULT STDMETHODCALLTYPE put_ArchiveDirectory(BSTR value) override
    {
        TRACE("%p, %s.\n", this, debug::str(value).c_str());
        return put_setting(TextSetting::archive_directory, value);
    }
    HRESULT STDMETHODCALLTYPE get_ServerMapiProfile(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return get_setting(value, TextSetting::server_mapi_profile);
    }
    HRESULT STDMETHODCALLTYPE put_ServerMapiProfile(BSTR value) override
    {
        TRACE("%p, %s.\n", this, debug::str(value).c_str());
        return put_setting(TextSetting::server_mapi_profile, value);
    }
    HRESULT STDMETHODCALLTYPE get_DiscountRateStartHour(short *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return get_setting(value, NumberSetting::discount_rate_start_hour);
    }
    HRESULT STDMETHODCALLTYPE put_DiscountRateStartHour(short value) override
    {
        TRACE("%p, %d.\n", this, value);
        return put_setting(NumberSetting::discount_rate_start_hour, value);
    }
    HRESULT STDMETHODCALLTYPE get_DiscountRateStartMinute(short *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return get_setting(value, NumberSetting::discount_rate_start_minute);
    }
    HRESULT STDMETHODCALLTYPE put_DiscountRateStartMinute(short value) override
    {
        TRACE("%p, %d.\n", this, value);
        return put_setting(NumberSetting::discount_rate_start_minute, value);
    }
    HRESULT STDMETHODCALLTYPE get_DiscountRateEndHour(short *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return get_setting(value, NumberSetting::discount_rate_end_hour);
    }
    HRESULT STDMETHODCALLTYPE put_DiscountRateEndHour(short value) override
    {
        TRACE("%p, %d.\n", this, value);
        return put_setting(NumberSetting::discount_rate_end_hour, value);
    }
    HRESULT STDMETHODCALLTYPE get_DiscountRateEndMinute(short *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return get_setting(value, NumberSetting::discount_rate_end_minute);
    }
    HRESULT STDMETHODCALLTYPE put_DiscountRateEndMinute(short value) override
    {
        TRACE("%p, %d.\n", this, value);
        return put_setting(NumberSetting::discount_rate_end_minute, value);
    }

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
        connection = connection_.get();
        if (!connection)
            return fail(hresult_not_connected, "not connected to a fax server: call FaxServer.Connect first");
        return S_OK;
    }

    /* The settings' getters and setters: the connection is required, as on Windows, though
     * the settings are kept in the registry. */
    template <typename Value, typename Setting> HRESULT get_setting(Value *value, Setting setting) const
    {
        return guarded([&]() -> HRESULT {
            std::shared_ptr<ServerConnection> connection;
            if (HRESULT hr = connected(connection); FAILED(hr))
                return hr;
            return return_any(value, read_setting(setting));
        });
    }
    HRESULT put_setting(NumberSetting setting, long value)
    {
        return store(setting, [value] { return value; });
    }
    HRESULT put_setting(FlagSetting setting, BOOL value)
    {
        return store(setting, [value] { return value != FALSE; });
    }
    HRESULT put_setting(TextSetting setting, BSTR value)
    {
        return store(setting, [value] { return utf8_from_bstr(value); });
    }
    template <typename Setting, typename MakeValue> HRESULT store(Setting setting, MakeValue make_value)
    {
        return guarded([&]() -> HRESULT {
            std::shared_ptr<ServerConnection> connection;
            if (HRESULT hr = connected(connection); FAILED(hr))
                return hr;
            Status stored = store_setting(setting, make_value());
            return stored.ok() ? S_OK : fail(stored.error());
        });
    }

    ConnectionSlot connection_;
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
