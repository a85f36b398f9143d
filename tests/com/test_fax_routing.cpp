// SPDX-License-Identifier: LGPL-2.1-or-later
/* FaxRoutingMethods and FaxRoutingMethod: HylaFAX's receive queue as the one method of a
 * port, and no method on the local fax queue. */
#include "com_test.h"

namespace faxcom::testing {

namespace {

void test_method(IFaxRoutingMethod *method, long device_id)
{
    check_expected_texts(
        method,
        {
            {NAMED_MEMBER(IFaxRoutingMethod, get_DeviceName), L"ttyS0"},
            {NAMED_MEMBER(IFaxRoutingMethod, get_Guid), L"{92041A90-9AF2-11D0-ABF7-00C04FD91A4E}"},
            {NAMED_MEMBER(IFaxRoutingMethod, get_FunctionName), L"RouteStoreInReceiveQueue"},
            {NAMED_MEMBER(IFaxRoutingMethod, get_ImageName), L"faxgetty"},
            {NAMED_MEMBER(IFaxRoutingMethod, get_FriendlyName), L"Store in the HylaFAX receive queue"},
            {NAMED_MEMBER(IFaxRoutingMethod, get_ExtensionName), L"HylaFAX"},
            {NAMED_MEMBER(IFaxRoutingMethod, get_RoutingData), L"hylafax://fake-host:4559/recvq"},
        });
    long id = 0;
    HRESULT hr = CALL(method, get_DeviceId)(&id);
    ok(hr == S_OK && id == device_id, "DeviceId: %ld, the port's %ld.\n", id, device_id);
    hr = CALL(method, get_DeviceId)(nullptr);
    check_failure(hr, E_POINTER, method, "NULL");
    BOOL enabled = FALSE;
    hr = CALL(method, get_Enable)(&enabled);
    ok(hr == S_OK && enabled == TRUE, "Enable: %#lx, %d.\n", hr, enabled);
    hr = CALL(method, get_Enable)(nullptr);
    check_failure(hr, E_POINTER, method, "NULL");
    hr = CALL(method, put_Enable)(TRUE);
    ok(hr == S_OK, "Enable = TRUE: %#lx.\n", hr);
    hr = CALL(method, put_Enable)(FALSE);
    check_failure(hr, E_NOTIMPL, method, "FaxPort.Receive");
}

} // namespace

void test_fax_routing()
{
    ObjectTree tree = object_tree();
    if (!tree.port)
        return;
    Ref<IFaxRoutingMethods> methods = routing_methods_of(tree.port.get());
    if (!methods)
        return;
    check_collection_bounds(methods, 1);
    VARIANT item;
    VariantInit(&item);
    HRESULT hr = CALL(methods, get_Item)(1, &item);
    Ref<IFaxRoutingMethod> method = dispatch_as<IFaxRoutingMethod>(item);
    ok(hr == S_OK && method, "Item(1): %#lx.\n", hr);
    if (method)
        test_method(method.get(), tree.port_device_id);

    /* The local fax queue receives nothing: no routing methods. */
    Ref<IFaxServer> spool = connected_fax_server(tree.fake, L"spool:C:\\faxqueue");
    Ref<IFaxPort> spool_port = port_of(spool.get(), 1);
    Ref<IFaxRoutingMethods> none =
        spool_port ? routing_methods_of(spool_port.get()) : Ref<IFaxRoutingMethods>();
    if (!none)
        return;
    long count = -1;
    hr = CALL(none, get_Count)(&count);
    ok(hr == S_OK && count == 0, "Count on the local queue: %#lx, %ld.\n", hr, count);
    hr = CALL(none, get_Item)(1, &item);
    check_failure(hr, E_INVALIDARG, none, "empty");
}

} // namespace faxcom::testing
