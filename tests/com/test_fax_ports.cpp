// SPDX-License-Identifier: LGPL-2.1-or-later
/* FaxPorts (Count, Item) and FaxPort: identity from the modem listing, the configuration
 * with and without administrator rights (stand-ins without), changes, and failures. */
#include "com_test.h"
#include "comsupport/com_error.h"

namespace faxcom::testing {

namespace {

void test_collection(IFaxServer *server)
{
    Ref<IFaxPorts> ports = ports_of(server);
    if (!ports)
        return;
    check_collection_bounds(ports, 2);
    VARIANT item;
    VariantInit(&item);
    HRESULT hr = CALL(ports, get_Item)(2, &item);
    Ref<IFaxPort> port = dispatch_as<IFaxPort>(item);
    Bstr name;
    ok(hr == S_OK && port && port->get_Name(name.out()) == S_OK && name == L"ttyS1",
       "Item(2): %#lx, \"%s\".\n", hr, name.utf8().c_str());
}

void test_identity(IFaxServer *server)
{
    Ref<IFaxPort> port = port_of(server, 1), other = port_of(server, 2), again = port_of(server, 1);
    if (!port || !other || !again)
        return;
    Bstr text;
    HRESULT hr = CALL(port, get_Name)(text.out());
    ok(hr == S_OK && text == L"ttyS0", "Name: \"%s\".\n", text.utf8().c_str());
    hr = CALL(port, get_Csid)(text.out());
    ok(hr == S_OK && text == L"+1 555 0123", "Csid: \"%s\".\n", text.utf8().c_str());
    hr = CALL(port, get_Tsid)(text.out());
    ok(hr == S_OK && text == L"+1 555 0123", "Tsid: \"%s\".\n", text.utf8().c_str());
    long id = 0, other_id = 0, id_again = 0;
    hr = CALL(port, get_DeviceId)(&id);
    other->get_DeviceId(&other_id);
    again->get_DeviceId(&id_again);
    ok(hr == S_OK && id > 0 && id == id_again && id != other_id,
       "DeviceId: %ld, again %ld, other port %ld.\n", id, id_again, other_id);
    BOOL sends = FALSE, other_sends = TRUE;
    hr = CALL(port, get_Send)(&sends);
    other->get_Send(&other_sends);
    ok(hr == S_OK && sends == TRUE && other_sends == FALSE, "Send: %d, other port %d.\n", sends, other_sends);

    check_null_out_pointers(port, NAMED_MEMBER(IFaxPort, get_Name), NAMED_MEMBER(IFaxPort, get_Csid),
                            NAMED_MEMBER(IFaxPort, get_Tsid), NAMED_MEMBER(IFaxPort, get_DeviceId),
                            NAMED_MEMBER(IFaxPort, get_Send));
}

/* Rings, Receive, Priority: the configuration with administrator rights, stand-ins without. */
void test_configuration(const std::shared_ptr<FakeFaxServer> &fake, IFaxServer *server)
{
    Ref<IFaxPort> port = port_of(server, 1), other = port_of(server, 2);
    if (!port || !other)
        return;
    long rings = -1, priority = -1;
    BOOL receives = -1, can_modify = -1;
    HRESULT hr = CALL(port, get_CanModify)(&can_modify);
    ok(hr == S_OK && can_modify == FALSE, "CanModify without rights: %#lx, %d.\n", hr, can_modify);
    hr = CALL(port, get_Rings)(&rings);
    ok(hr == S_OK && rings == 1, "Rings stand-in of a served port: %#lx, %ld.\n", hr, rings);
    other->get_Rings(&rings);
    ok(rings == 0, "Rings stand-in of a port nobody serves: %ld.\n", rings);
    hr = CALL(port, get_Receive)(&receives);
    ok(hr == S_OK && receives == TRUE, "Receive stand-in: %#lx, %d.\n", hr, receives);
    hr = CALL(port, get_Priority)(&priority);
    other->get_Priority(&rings);
    ok(hr == S_OK && priority == 1 && rings == 2, "Priority stand-ins: %ld and %ld.\n", priority, rings);

    fake->admin_rights = true;
    port->get_CanModify(&can_modify);
    ok(can_modify == TRUE, "CanModify with rights: %d.\n", can_modify);
    port->get_Rings(&rings);
    port->get_Priority(&priority);
    port->get_Receive(&receives);
    ok(rings == 4 && priority == 7 && receives == TRUE,
       "configuration: rings %ld, priority %ld, receive %d.\n", rings, priority, receives);

    /* A configuration that cannot be read for another reason than rights is a failure. */
    fake->fail(FakeOperation::read_modem_config,
               make_error(ErrorKind::connection, "the fake server went away"));
    hr = CALL(port, get_Rings)(&rings);
    check_failure(hr, hresult_server_unavailable, port, "the fake server went away");
    hr = CALL(port, get_Priority)(&priority);
    check_failure(hr, hresult_server_unavailable, port, "the fake server went away");
    hr = CALL(port, get_Receive)(&receives);
    check_failure(hr, hresult_server_unavailable, port, "the fake server went away");
    fake->heal();
    fake->fail(FakeOperation::has_admin_rights, make_error(ErrorKind::protocol, "the fake sent garbage"));
    hr = CALL(port, get_CanModify)(&can_modify);
    check_failure(hr, hresult_invalid_data, port, "the fake sent garbage");
    fake->heal();

    check_null_out_pointers(port, NAMED_MEMBER(IFaxPort, get_Rings), NAMED_MEMBER(IFaxPort, get_Priority),
                            NAMED_MEMBER(IFaxPort, get_Receive), NAMED_MEMBER(IFaxPort, get_CanModify));
    fake->admin_rights = false;
}

void test_changes(const std::shared_ptr<FakeFaxServer> &fake, IFaxServer *server)
{
    Ref<IFaxPort> port = port_of(server, 1);
    if (!port)
        return;
    Bstr identifier(L"+1 555 0000");
    HRESULT hr = CALL(port, put_Rings)(3);
    check_failure(hr, E_ACCESSDENIED, port, "administrator");
    hr = CALL(port, put_Csid)(identifier.get());
    check_failure(hr, E_ACCESSDENIED, port, "administrator");
    ok(fake->config_changes.empty(), "a change without rights reached the server.\n");

    fake->admin_rights = true;
    hr = CALL(port, put_Rings)(100);
    check_failure(hr, E_INVALIDARG, port, "Rings must be between 0 and 99");
    hr = CALL(port, put_Rings)(-1);
    check_failure(hr, E_INVALIDARG, port, "Rings must be between 0 and 99");
    hr = CALL(port, put_Priority)(256);
    check_failure(hr, E_INVALIDARG, port, "Priority must be between 0 and 255");
    ok(fake->config_changes.empty(), "a refused value reached the server.\n");

    hr = CALL(port, put_Rings)(3);
    ok(hr == S_OK, "Rings = 3: %#lx.\n", hr);
    hr = CALL(port, put_Priority)(9);
    ok(hr == S_OK, "Priority = 9: %#lx.\n", hr);
    hr = CALL(port, put_Csid)(identifier.get());
    ok(hr == S_OK, "Csid: %#lx.\n", hr);
    Bstr text;
    port->get_Csid(text.out());
    ok(text == L"+1 555 0000", "Csid after the change: \"%s\".\n", text.utf8().c_str());
    Bstr tsid(L"+1 555 0001");
    hr = CALL(port, put_Tsid)(tsid.get());
    ok(hr == S_OK, "Tsid: %#lx.\n", hr);
    port->get_Tsid(text.out());
    ok(text == L"+1 555 0001", "Tsid after the change: \"%s\".\n", text.utf8().c_str());
    hr = CALL(port, put_Receive)(FALSE);
    ok(hr == S_OK, "Receive = FALSE: %#lx.\n", hr);
    hr = CALL(port, put_Receive)(TRUE); /* the fake's configuration still has 4 rings: nothing to do */
    ok(hr == S_OK, "Receive = TRUE while answering: %#lx.\n", hr);
    fake->modem_configs["ttyS0"].rings_before_answer = 0;
    hr = CALL(port, put_Receive)(TRUE);
    ok(hr == S_OK, "Receive = TRUE: %#lx.\n", hr);
    const std::vector<std::string> expected = {
        "ttyS0 RingsBeforeAnswer=3",         "ttyS0 ModemPriority=9",     "ttyS0 LocalIdentifier=+1 555 0000",
        "ttyS0 LocalIdentifier=+1 555 0001", "ttyS0 RingsBeforeAnswer=0", "ttyS0 RingsBeforeAnswer=1",
    };
    ok(fake->config_changes == expected, "the server saw %u change(s).\n",
       static_cast<unsigned>(fake->config_changes.size()));
    for (size_t i = 0; i < fake->config_changes.size(); ++i)
        if (i >= expected.size() || fake->config_changes[i] != expected[i])
            printf("    change %u: %s\n", static_cast<unsigned>(i), fake->config_changes[i].c_str());

    hr = CALL(port, put_Send)(FALSE);
    check_failure(hr, E_NOTIMPL, port, "faxstate");
    fake->fail(FakeOperation::set_modem_config, make_error(ErrorKind::server_refused, "the fake says no"));
    hr = CALL(port, put_Priority)(1);
    check_failure(hr, hresult_request_refused, port, "the fake says no");
    fake->fail(FakeOperation::read_modem_config, make_error(ErrorKind::timeout, "the fake took too long"));
    hr = CALL(port, put_Receive)(TRUE);
    check_failure(hr, hresult_timeout, port, "the fake took too long");
    fake->heal();
    fake->admin_rights = false;
}

void test_children(const std::shared_ptr<FakeFaxServer> &fake, IFaxServer *server)
{
    Ref<IFaxPort> port = port_of(server, 1);
    if (!port)
        return;
    HRESULT hr = CALL(port, GetStatus)(nullptr);
    check_failure(hr, E_POINTER, port, "NULL");
    hr = CALL(port, GetRoutingMethods)(nullptr);
    check_failure(hr, E_POINTER, port, "NULL");
    VARIANT child;
    VariantInit(&child);
    hr = CALL(port, GetStatus)(&child);
    Ref<IFaxStatus> status = dispatch_as<IFaxStatus>(child);
    ok(hr == S_OK && status, "GetStatus: %#lx.\n", hr);
    hr = CALL(port, GetRoutingMethods)(&child);
    Ref<IFaxRoutingMethods> methods = dispatch_as<IFaxRoutingMethods>(child);
    ok(hr == S_OK && methods, "GetRoutingMethods: %#lx.\n", hr);
    fake->fail(FakeOperation::modem_activity, make_error(ErrorKind::not_supported, "the fake has no status"));
    hr = CALL(port, GetStatus)(&child);
    check_failure(hr, E_NOTIMPL, port, "the fake has no status");
    fake->heal();

    /* After Disconnect the snapshot answers; what needs the server says why it cannot. */
    server->Disconnect();
    Bstr name;
    hr = CALL(port, get_Name)(name.out());
    ok(hr == S_OK && name == L"ttyS0", "Name after Disconnect: %#lx.\n", hr);
    BOOL can_modify;
    hr = CALL(port, get_CanModify)(&can_modify);
    check_failure(hr, hresult_not_connected, port, "Connect");
    hr = CALL(port, put_Rings)(2);
    check_failure(hr, hresult_not_connected, port, "Connect");
    hr = CALL(port, GetStatus)(&child);
    check_failure(hr, hresult_not_connected, port, "Connect");
    hr = CALL(port, GetRoutingMethods)(&child);
    check_failure(hr, hresult_not_connected, port, "Connect");
}

} // namespace

void test_fax_ports()
{
    auto fake = scripted_fake_server();
    Ref<IFaxServer> server = connected_fax_server(fake);
    test_collection(server.get());
    test_identity(server.get());
    test_configuration(fake, server.get());
    test_changes(fake, server.get());
    test_children(fake, server.get());
}

} // namespace faxcom::testing
