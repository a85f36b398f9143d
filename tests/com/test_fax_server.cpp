// SPDX-License-Identifier: LGPL-2.1-or-later
/* FaxServer: Connect, Disconnect and the three factory members, over the fake service. */
#include "com_test.h"
#include "comsupport/com_error.h"

namespace faxcom::testing {

namespace {

void test_unconnected()
{
    auto fake = scripted_fake_server();
    Ref<IFaxServer> server = unconnected_fax_server(fake);
    VARIANT result;
    VariantInit(&result);
    HRESULT hr = CALL(server, GetJobs)(&result);
    check_failure(hr, hresult_not_connected, server, "Connect");
    ok(V_VT(&result) == VT_EMPTY, "GetJobs left vt %d.\n", V_VT(&result));
    hr = CALL(server, GetPorts)(&result);
    check_failure(hr, hresult_not_connected, server, "Connect");
    Bstr name(L"C:\\fax.txt");
    hr = CALL(server, CreateDocument)(name.get(), &result);
    check_failure(hr, hresult_not_connected, server, "Connect");
    hr = CALL(server, Disconnect)();
    check_failure(hr, hresult_not_connected, server, "not connected");
    ok(fake->configs.empty(), "a session was opened without Connect.\n");
}

void test_connect()
{
    auto fake = scripted_fake_server();
    Ref<IFaxServer> server = unconnected_fax_server(fake);

    Bstr name(L"fake-host:4600");
    HRESULT hr = CALL(server, Connect)(name.get());
    ok(hr == S_OK, "Connect failed: %#lx.\n", hr);
    ok(fake->configs.size() == 1 && fake->configs[0].kind == FaxServiceConfig::Kind::hylafax &&
           fake->configs[0].hylafax.server.host == "fake-host" &&
           fake->configs[0].hylafax.server.port == 4600,
       "Connect(\"fake-host:4600\") opened %u session(s), the first to %s.\n",
       static_cast<unsigned>(fake->configs.size()),
       fake->configs.empty() ? "-" : fake->configs[0].location().c_str());
    ok(fake->sessions_connected == 1, "Connect logged in %d time(s).\n", fake->sessions_connected);

    /* Connecting again replaces the session and closes the previous one. */
    Bstr spool(L"spool:C:\\faxqueue");
    hr = CALL(server, Connect)(spool.get());
    ok(hr == S_OK, "Connect(spool) failed: %#lx.\n", hr);
    ok(fake->configs.size() == 2 && fake->configs[1].kind == FaxServiceConfig::Kind::spool,
       "Connect(\"spool:...\") did not ask for the local queue.\n");
    ok(fake->sessions_disconnected == 1, "the previous session was closed %d time(s).\n",
       fake->sessions_disconnected);

    /* A failed login leaves the previous connection in place. */
    fake->fail(FakeOperation::connect,
               make_error(ErrorKind::authentication, "the fake refuses the password"));
    hr = CALL(server, Connect)(name.get());
    check_failure(hr, E_ACCESSDENIED, server, "the fake refuses the password");
    fake->heal();
    VARIANT jobs;
    VariantInit(&jobs);
    hr = CALL(server, GetJobs)(&jobs);
    ok(hr == S_OK, "GetJobs after a failed reconnect: %#lx.\n", hr);
    VariantClear(&jobs);

    /* A name that names no server fails before any session is opened. */
    size_t sessions = fake->configs.size();
    Bstr bad(L"fake-host:99999");
    hr = CALL(server, Connect)(bad.get());
    check_failure(hr, E_INVALIDARG, server, "server name");
    ok(fake->configs.size() == sessions, "a bad name opened a session.\n");
    hr = CALL(server, Connect)(nullptr); /* NULL = "": the configured default server */
    ok(hr == S_OK, "Connect(NULL) failed: %#lx.\n", hr);

    hr = CALL(server, Disconnect)();
    ok(hr == S_OK, "Disconnect failed: %#lx.\n", hr);
    ok(fake->sessions_disconnected == fake->sessions_connected, "%d session(s) opened, %d closed.\n",
       fake->sessions_connected, fake->sessions_disconnected);
    hr = CALL(server, Disconnect)();
    check_failure(hr, hresult_not_connected, server, "not connected");
    hr = CALL(server, GetJobs)(&jobs);
    check_failure(hr, hresult_not_connected, server, "Connect");
}

void test_factories()
{
    auto fake = scripted_fake_server();
    Ref<IFaxServer> server = connected_fax_server(fake);
    HRESULT hr = CALL(server, GetJobs)(nullptr);
    check_failure(hr, E_POINTER, server, "NULL");
    hr = CALL(server, GetPorts)(nullptr);
    check_failure(hr, E_POINTER, server, "NULL");
    Bstr name(L"C:\\fax.txt");
    hr = CALL(server, CreateDocument)(name.get(), nullptr);
    check_failure(hr, E_POINTER, server, "NULL");

    VARIANT result;
    V_VT(&result) = VT_I4; /* an out-VARIANT's old content is not read */
    hr = CALL(server, GetJobs)(&result);
    ok(hr == S_OK && V_VT(&result) == VT_DISPATCH, "GetJobs: %#lx, vt %d.\n", hr, V_VT(&result));
    Ref<IFaxJobs> jobs = dispatch_as<IFaxJobs>(result);
    long count = 0;
    ok(jobs && jobs->get_Count(&count) == S_OK && count == 2, "GetJobs listed %ld jobs.\n", count);

    hr = CALL(server, GetPorts)(&result);
    Ref<IFaxPorts> ports = dispatch_as<IFaxPorts>(result);
    ok(hr == S_OK && ports && ports->get_Count(&count) == S_OK && count == 2, "GetPorts listed %ld ports.\n",
       count);

    hr = CALL(server, CreateDocument)(name.get(), &result);
    Ref<IFaxDoc> document = dispatch_as<IFaxDoc>(result);
    Bstr file_name;
    ok(hr == S_OK && document && document->get_FileName(file_name.out()) == S_OK &&
           file_name == L"C:\\fax.txt",
       "CreateDocument made a document for %s.\n", file_name.utf8().c_str());

    /* Backend failures come back as their HRESULT with the backend's words. */
    fake->fail(FakeOperation::list_jobs, make_error(ErrorKind::connection, "the fake server went away"));
    hr = CALL(server, GetJobs)(&result);
    check_failure(hr, hresult_server_unavailable, server, "the fake server went away");
    ok(V_VT(&result) == VT_EMPTY, "a failed GetJobs left vt %d.\n", V_VT(&result));
    fake->fail(FakeOperation::list_modems, make_error(ErrorKind::protocol, "the fake sent garbage"));
    hr = CALL(server, GetPorts)(&result);
    check_failure(hr, hresult_invalid_data, server, "the fake sent garbage");
    fake->heal();

    /* An empty queue is an empty collection, not a failure. */
    fake->jobs.clear();
    hr = CALL(server, GetJobs)(&result);
    jobs = dispatch_as<IFaxJobs>(result);
    ok(hr == S_OK && jobs && jobs->get_Count(&count) == S_OK && count == 0, "an empty queue: %#lx, %ld.\n",
       hr, count);
}

} // namespace

void test_fax_server()
{
    test_unconnected();
    test_connect();
    test_factories();
}

} // namespace faxcom::testing
