/*
 * FaxServer: the connection to a fax server, factory of documents, job and port listings,
 * and the server configuration properties.
 */
#include "com_object.h"
#include "object_factories.h"

namespace faxcom {

namespace {

class FaxServer final : public ComObject<FaxServer, IFaxServer, TypeInfoId::fax_server> {
  public:
    static constexpr const char *class_name = "FaxServer";

    HRESULT STDMETHODCALLTYPE Connect(BSTR name) override
    {
        TRACE("%p, %s.\n", this, debug::str(name).c_str());
        return not_implemented("Connect");
    }
    HRESULT STDMETHODCALLTYPE Disconnect() override
    {
        TRACE("%p.\n", this);
        return not_implemented("Disconnect");
    }
    HRESULT STDMETHODCALLTYPE GetPorts(VARIANT *ports) override
    {
        TRACE("%p, %p.\n", this, ports);
        return not_implemented("GetPorts");
    }
    HRESULT STDMETHODCALLTYPE CreateDocument(BSTR file_name, VARIANT *document) override
    {
        TRACE("%p, %s, %p.\n", this, debug::str(file_name).c_str(), document);
        return not_implemented("CreateDocument");
    }
    HRESULT STDMETHODCALLTYPE GetJobs(VARIANT *jobs) override
    {
        TRACE("%p, %p.\n", this, jobs);
        return not_implemented("GetJobs");
    }

#define FAXSERVER_SETTING(name, type)                                                                             \
    HRESULT STDMETHODCALLTYPE get_##name(type *value) override                                                      \
    {                                                                                                               \
        TRACE("%p, %p.\n", this, value);                                                                            \
        return not_implemented(#name);                                                                              \
    }                                                                                                               \
    HRESULT STDMETHODCALLTYPE put_##name(type) override                                                             \
    {                                                                                                               \
        TRACE("%p.\n", this);                                                                                       \
        return not_implemented(#name);                                                                              \
    }
    FAXSERVER_SETTING(Retries, long)
    FAXSERVER_SETTING(RetryDelay, long)
    FAXSERVER_SETTING(DirtyDays, long)
    FAXSERVER_SETTING(Branding, BOOL)
    FAXSERVER_SETTING(UseDeviceTsid, BOOL)
    FAXSERVER_SETTING(ServerCoverpage, BOOL)
    FAXSERVER_SETTING(PauseServerQueue, BOOL)
    FAXSERVER_SETTING(ArchiveOutboundFaxes, BOOL)
    FAXSERVER_SETTING(ArchiveDirectory, BSTR)
    FAXSERVER_SETTING(ServerMapiProfile, BSTR)
    FAXSERVER_SETTING(DiscountRateStartHour, short)
    FAXSERVER_SETTING(DiscountRateStartMinute, short)
    FAXSERVER_SETTING(DiscountRateEndHour, short)
    FAXSERVER_SETTING(DiscountRateEndMinute, short)
#undef FAXSERVER_SETTING

  private:
    HRESULT not_implemented(const char *member) const
    {
        FIXME("FaxServer.%s is not implemented yet.\n", member);
        return fail(E_NOTIMPL, std::string("FaxServer.") + member +
                                   " is not implemented yet in this version of faxcom: it needs the fax server "
                                   "backend");
    }
};

} // namespace

HRESULT create_fax_server(REFIID riid, void **object)
{
    TRACE("%s, %p.\n", debug::str(riid).c_str(), object);
    FaxServer *server;
    HRESULT hr = FaxServer::create(&server);
    if (FAILED(hr))
        return hr;
    hr = server->QueryInterface(riid, object);
    server->Release();
    return hr;
}

} // namespace faxcom
