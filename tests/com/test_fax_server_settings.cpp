// SPDX-License-Identifier: LGPL-2.1-or-later
/* FaxServer's 14 configuration properties (stored per user in the harness's own prefix):
 * defaults, a changed value read back, out-of-range values and NULL out-pointers refused with
 * a description, and the "not connected" failure before Connect. */
#include <vector>

#include "com_test.h"
#include "comsupport/com_error.h"

namespace faxcom::testing {

namespace {

template <typename Value> struct Setting {
    NamedMember<HRESULT (STDMETHODCALLTYPE IFaxServer::*)(Value *)> get;
    NamedMember<HRESULT (STDMETHODCALLTYPE IFaxServer::*)(Value)> put;
    Value default_value, changed_value;
    std::vector<Value> refused; /* out of range */
};

template <typename Value>
void check_setting(IFaxServer *server, IFaxServer *unconnected, const Setting<Value> &s)
{
    Value value{};
    HRESULT hr = call_member(server, s.get, &value);
    ok(hr == S_OK && value == s.default_value, "%s: %#lx, %ld (default %ld).\n", s.get.name, hr,
       static_cast<long>(value), static_cast<long>(s.default_value));
    hr = call_member(server, s.put, s.changed_value);
    ok(hr == S_OK, "%s(%ld): %#lx.\n", s.put.name, static_cast<long>(s.changed_value), hr);
    hr = call_member(server, s.get, &value);
    ok(hr == S_OK && value == s.changed_value, "%s after a change: %#lx, %ld.\n", s.get.name, hr,
       static_cast<long>(value));
    for (Value refused : s.refused) {
        hr = call_member(server, s.put, refused);
        check_failure(hr, E_INVALIDARG, server, "must be between");
    }
    hr = call_member(server, s.put, s.default_value);
    ok(hr == S_OK, "restoring with %s: %#lx.\n", s.put.name, hr);
    hr = call_member(server, s.get, nullptr);
    check_failure(hr, E_POINTER, server, "NULL");
    hr = call_member(unconnected, s.get, &value);
    check_failure(hr, hresult_not_connected, unconnected, "Connect");
    hr = call_member(unconnected, s.put, s.changed_value);
    check_failure(hr, hresult_not_connected, unconnected, "Connect");
}

void check_text_setting(IFaxServer *server, IFaxServer *unconnected, const Setting<BSTR> &s)
{
    Bstr value;
    HRESULT hr = call_member(server, s.get, value.out());
    ok(hr == S_OK && value == L"", "%s: %#lx, \"%s\".\n", s.get.name, hr, value.utf8().c_str());
    hr = call_member(server, s.put, s.changed_value);
    ok(hr == S_OK, "%s: %#lx.\n", s.put.name, hr);
    hr = call_member(server, s.get, value.out());
    ok(hr == S_OK && value == s.changed_value, "%s after a change: \"%s\".\n", s.get.name,
       value.utf8().c_str());
    Bstr with_nul;
    *with_nul.out() = SysAllocStringLen(L"a\0b", 3);
    hr = call_member(server, s.put, with_nul.get());
    check_failure(hr, E_INVALIDARG, server, "NUL");
    hr = call_member(server, s.put, nullptr); /* NULL is "" */
    ok(hr == S_OK, "%s(NULL): %#lx.\n", s.put.name, hr);
    hr = call_member(server, s.get, value.out());
    ok(hr == S_OK && value == L"", "%s after NULL: \"%s\".\n", s.get.name, value.utf8().c_str());
    hr = call_member(server, s.get, nullptr);
    check_failure(hr, E_POINTER, server, "NULL");
    hr = call_member(unconnected, s.get, value.out());
    check_failure(hr, hresult_not_connected, unconnected, "Connect");
    hr = call_member(unconnected, s.put, s.changed_value);
    check_failure(hr, hresult_not_connected, unconnected, "Connect");
}

} // namespace

void test_fax_server_settings()
{
    auto fake = scripted_fake_server();
    Ref<IFaxServer> server = connected_fax_server(fake);
    Ref<IFaxServer> unconnected = unconnected_fax_server(fake);

    const Setting<long> counts[] = {
        {NAMED_MEMBER(IFaxServer, get_Retries), NAMED_MEMBER(IFaxServer, put_Retries), 2, 5, {-1, 256}},
        {NAMED_MEMBER(IFaxServer, get_RetryDelay), NAMED_MEMBER(IFaxServer, put_RetryDelay), 0, 7, {-1, 60}},
        {NAMED_MEMBER(IFaxServer, get_DirtyDays), NAMED_MEMBER(IFaxServer, put_DirtyDays), 0, 2, {-1, 366}},
    };
    for (const Setting<long> &setting : counts)
        check_setting(server.get(), unconnected.get(), setting);

    const Setting<short> times[] = {
        {NAMED_MEMBER(IFaxServer, get_DiscountRateStartHour),
         NAMED_MEMBER(IFaxServer, put_DiscountRateStartHour),
         20,
         22,
         {-1, 24}},
        {NAMED_MEMBER(IFaxServer, get_DiscountRateStartMinute),
         NAMED_MEMBER(IFaxServer, put_DiscountRateStartMinute),
         0,
         30,
         {-1, 60}},
        {NAMED_MEMBER(IFaxServer, get_DiscountRateEndHour),
         NAMED_MEMBER(IFaxServer, put_DiscountRateEndHour),
         7,
         6,
         {-1, 24}},
        {NAMED_MEMBER(IFaxServer, get_DiscountRateEndMinute),
         NAMED_MEMBER(IFaxServer, put_DiscountRateEndMinute),
         0,
         45,
         {-1, 60}},
    };
    for (const Setting<short> &setting : times)
        check_setting(server.get(), unconnected.get(), setting);

    const Setting<BOOL> flags[] = {
        {NAMED_MEMBER(IFaxServer, get_Branding), NAMED_MEMBER(IFaxServer, put_Branding), FALSE, TRUE, {}},
        {NAMED_MEMBER(IFaxServer, get_UseDeviceTsid),
         NAMED_MEMBER(IFaxServer, put_UseDeviceTsid),
         FALSE,
         TRUE,
         {}},
        {NAMED_MEMBER(IFaxServer, get_ServerCoverpage),
         NAMED_MEMBER(IFaxServer, put_ServerCoverpage),
         FALSE,
         TRUE,
         {}},
        {NAMED_MEMBER(IFaxServer, get_PauseServerQueue),
         NAMED_MEMBER(IFaxServer, put_PauseServerQueue),
         FALSE,
         TRUE,
         {}},
        {NAMED_MEMBER(IFaxServer, get_ArchiveOutboundFaxes),
         NAMED_MEMBER(IFaxServer, put_ArchiveOutboundFaxes),
         FALSE,
         TRUE,
         {}},
    };
    for (const Setting<BOOL> &setting : flags)
        check_setting(server.get(), unconnected.get(), setting);

    Bstr directory(L"C:\\Faxes\\Sent"), profile(L"Fax Profile");
    const Setting<BSTR> texts[] = {
        {NAMED_MEMBER(IFaxServer, get_ArchiveDirectory),
         NAMED_MEMBER(IFaxServer, put_ArchiveDirectory),
         nullptr,
         directory.get(),
         {}},
        {NAMED_MEMBER(IFaxServer, get_ServerMapiProfile),
         NAMED_MEMBER(IFaxServer, put_ServerMapiProfile),
         nullptr,
         profile.get(),
         {}},
    };
    for (const Setting<BSTR> &setting : texts)
        check_text_setting(server.get(), unconnected.get(), setting);
}

} // namespace faxcom::testing
