// SPDX-License-Identifier: LGPL-2.1-or-later
/* Reference counting, QueryInterface, the class factories, and lifetimes: children that
 * outlive their FaxServer, and Disconnect while children are alive. */
#include "com_test.h"
#include "comsupport/com_error.h"

namespace faxcom::testing {

namespace {

void test_query_interface(IFaxServer *server)
{
    Ref<IUnknown> unknown, unknown_again;
    HRESULT hr = server->QueryInterface(IID_IUnknown, unknown.out_void());
    ok(hr == S_OK && unknown, "QueryInterface(IUnknown): %#lx.\n", hr);
    server->QueryInterface(IID_IUnknown, unknown_again.out_void());
    ok(unknown.get() == unknown_again.get(), "IUnknown is not one pointer.\n");
    for (const IID *iid : {&IID_IDispatch, &IID_IFaxServer, &IID_ISupportErrorInfo}) {
        Ref<IUnknown> other;
        hr = server->QueryInterface(*iid, other.out_void());
        ok(hr == S_OK && other, "QueryInterface(%s): %#lx.\n", interface_name(*iid).c_str(), hr);
    }
    void *wrong = reinterpret_cast<void *>(0x1234);
    hr = server->QueryInterface(IID_IFaxJobs, &wrong);
    ok(hr == E_NOINTERFACE && !wrong, "QueryInterface(IFaxJobs): %#lx, %p.\n", hr, wrong);
    hr = server->QueryInterface(IID_IFaxServer, nullptr);
    ok(hr == E_POINTER, "QueryInterface(NULL): %#lx.\n", hr);
    Ref<ISupportErrorInfo> support;
    server->QueryInterface(IID_ISupportErrorInfo, support.out_void());
    ok(support && support->InterfaceSupportsErrorInfo(IID_IFaxServer) == S_OK &&
           support->InterfaceSupportsErrorInfo(IID_IFaxJobs) == S_FALSE,
       "InterfaceSupportsErrorInfo names other interfaces.\n");
}

void test_reference_counts(const std::shared_ptr<FakeFaxServer> &fake)
{
    Ref<IFaxServer> server = unconnected_fax_server(fake);
    ULONG count = server->AddRef();
    ok(count == 2, "AddRef gave %lu.\n", count);
    count = server->Release();
    ok(count == 1, "Release gave %lu.\n", count);
    ok(DllCanUnloadNow() == S_FALSE, "DllCanUnloadNow with a live object: S_OK.\n");
}

void test_class_factories()
{
    Ref<IClassFactory> factory;
    HRESULT hr = DllGetClassObject(CLSID_FaxServer, IID_IClassFactory, factory.out_void());
    ok(hr == S_OK && factory, "DllGetClassObject(FaxServer): %#lx.\n", hr);
    if (!factory)
        return;
    Ref<IUnknown> object;
    Ref<IUnknown> outer;
    factory->QueryInterface(IID_IUnknown, outer.out_void());
    hr = factory->CreateInstance(outer.get(), IID_IUnknown, object.out_void());
    ok(hr == CLASS_E_NOAGGREGATION && !object, "aggregation: %#lx.\n", hr);
    hr = factory->CreateInstance(nullptr, IID_IFaxJobs, object.out_void());
    ok(hr == E_NOINTERFACE && !object, "CreateInstance(IFaxJobs): %#lx.\n", hr);
    hr = factory->CreateInstance(nullptr, IID_IFaxServer, nullptr);
    ok(hr == E_POINTER, "CreateInstance(NULL): %#lx.\n", hr);
    hr = factory->CreateInstance(nullptr, IID_IDispatch, object.out_void());
    ok(hr == S_OK && object, "CreateInstance(IDispatch): %#lx.\n", hr);
    object.reset();
    factory->LockServer(TRUE);
    ok(DllCanUnloadNow() == S_FALSE, "DllCanUnloadNow while locked: S_OK.\n");
    factory->LockServer(FALSE);
    ok(DllCanUnloadNow() == S_OK, "DllCanUnloadNow after unlocking: S_FALSE.\n");

    hr = DllGetClassObject(CLSID_FaxJob, IID_IClassFactory, factory.out_void());
    ok(hr == CLASS_E_CLASSNOTAVAILABLE && !factory, "DllGetClassObject(FaxJob): %#lx.\n", hr);
    hr = DllGetClassObject(IID_IFaxServer, IID_IClassFactory, factory.out_void());
    ok(hr == CLASS_E_CLASSNOTAVAILABLE && !factory, "DllGetClassObject(an IID): %#lx.\n", hr);
}

/* What children of a closed connection still do: answer from their snapshots, and fail
 * with "not connected" (and a description) where they need the server. */
void check_children_of_closed_connection(int line, const ObjectTree &tree)
{
    long count = 0;
    HRESULT hr = CALL(tree.jobs, get_Count)(&count);
    ok_at(__FILE__, line, hr == S_OK && count == 2, "Count: %#lx, %ld.\n", hr, count);
    VARIANT item;
    VariantInit(&item);
    hr = CALL(tree.jobs, get_Item)(1, &item);
    Ref<IFaxJob> first = dispatch_as<IFaxJob>(item);
    ok_at(__FILE__, line, hr == S_OK && first, "Item(1): %#lx.\n", hr);
    Bstr text;
    hr = CALL(tree.job, get_RecipientName)(text.out());
    ok_at(__FILE__, line, hr == S_OK && text == L"Bob Recipient", "RecipientName: %#lx.\n", hr);
    hr = CALL(tree.job, SetStatus)(2);
    check_failure_at(__FILE__, line, hr, hresult_not_connected, tree.job, "Connect");
    hr = CALL(tree.job, Refresh)();
    check_failure_at(__FILE__, line, hr, hresult_not_connected, tree.job, "Connect");
    long id;
    hr = CALL(tree.document, Send)(&id);
    check_failure_at(__FILE__, line, hr, hresult_not_connected, tree.document, "Connect");
    hr = CALL(tree.port, get_Name)(text.out());
    ok_at(__FILE__, line, hr == S_OK && text == L"ttyS0", "Name: %#lx.\n", hr);
    hr = CALL(tree.port, put_Rings)(2);
    check_failure_at(__FILE__, line, hr, hresult_not_connected, tree.port, "Connect");
    hr = CALL(tree.status, get_Description)(text.out());
    ok_at(__FILE__, line, hr == S_OK && text == L"Running and idle", "Description: %#lx.\n", hr);
    hr = CALL(tree.status, Refresh)();
    check_failure_at(__FILE__, line, hr, hresult_not_connected, tree.status, "Connect");
}

void test_children_outlive_server()
{
    ObjectTree tree = object_tree();
    if (!tree.complete())
        return;
    tree.server.reset(); /* the last reference: the FaxServer goes, its connection closes */
    ok(tree.fake->sessions_disconnected == tree.fake->sessions_connected,
       "releasing the FaxServer closed %d of %d session(s).\n", tree.fake->sessions_disconnected,
       tree.fake->sessions_connected);
    check_children_of_closed_connection(__LINE__, tree);
}

void test_disconnect_with_live_children()
{
    ObjectTree tree = object_tree();
    if (!tree.complete())
        return;
    HRESULT hr = CALL(tree.server, Disconnect)();
    ok(hr == S_OK, "Disconnect: %#lx.\n", hr);
    check_children_of_closed_connection(__LINE__, tree);

    /* A new connection serves new children; the old ones stay with the closed one. */
    Bstr name(L"fake-host");
    hr = CALL(tree.server, Connect)(name.get());
    ok(hr == S_OK, "Connect again: %#lx.\n", hr);
    Ref<IFaxJob> fresh = job_of(tree.server.get(), 1);
    hr = CALL(fresh, SetStatus)(2);
    ok(hr == S_OK, "SetStatus on a job of the new connection: %#lx.\n", hr);
    hr = CALL(tree.job, SetStatus)(2);
    check_failure(hr, hresult_not_connected, tree.job, "Connect");
}

} // namespace

void test_lifetimes()
{
    auto fake = scripted_fake_server();
    {
        Ref<IFaxServer> server = connected_fax_server(fake);
        test_query_interface(server.get());
    }
    test_reference_counts(fake);
    test_class_factories();
    test_children_outlive_server();
    test_disconnect_with_live_children();
}

} // namespace faxcom::testing
