// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * No C++ exception crosses the COM boundary: the fake service throws (std::bad_alloc, a
 * std::exception, something else) inside every member that reaches it, and the caller gets
 * a failure HRESULT with its IErrorInfo (E_OUTOFMEMORY "out of memory", else E_UNEXPECTED
 * "internal error: ..."), never a crash.  The same through IDispatch::Invoke, and when the
 * service throws while a FaxServer is released.
 */
#include <functional>

#include "com_test.h"
#include "comsupport/com_error.h"

namespace faxcom::testing {

namespace {

/* The objects one case works on, made before the fake is told to throw. */
ObjectTree made_objects()
{
    ObjectTree made = object_tree();
    made.fake->admin_rights = true;
    Bstr number(L"5550100");
    if (made.document)
        made.document->put_FaxNumber(number.get());
    return made;
}

/* What a member call gave, and on which object to look for its error info. */
struct Outcome {
    HRESULT hr;
    IUnknown *object;
    IID iid;
};
template <typename Interface> Outcome outcome(HRESULT hr, const Ref<Interface> &object)
{
    return {hr, object.get(), __uuidof(Interface)};
}

struct Case {
    const char *member;
    FakeOperation operation;
    std::function<Outcome(ObjectTree &)> call;
};

VARIANT empty_variant()
{
    VARIANT value;
    VariantInit(&value);
    return value;
}

const Case cases[] = {
    {"FaxServer.Connect", FakeOperation::connect,
     [](ObjectTree &o) {
         Bstr name(L"fake-host");
         return outcome(CALL(o.server, Connect)(name.get()), o.server);
     }},
    {"FaxServer.Connect", FakeOperation::open_session,
     [](ObjectTree &o) {
         Bstr name(L"fake-host");
         return outcome(CALL(o.server, Connect)(name.get()), o.server);
     }},
    {"FaxServer.GetJobs", FakeOperation::list_jobs,
     [](ObjectTree &o) {
         VARIANT jobs = empty_variant();
         return outcome(CALL(o.server, GetJobs)(&jobs), o.server);
     }},
    {"FaxServer.GetPorts", FakeOperation::list_modems,
     [](ObjectTree &o) {
         VARIANT ports = empty_variant();
         return outcome(CALL(o.server, GetPorts)(&ports), o.server);
     }},
    {"FaxDoc.Send", FakeOperation::submit_job,
     [](ObjectTree &o) {
         std::wstring letter = temporary_file(L"faxcom-com-exception.txt", "A letter.\n");
         Bstr name(letter.c_str());
         o.document->put_FileName(name.get());
         long id;
         return outcome(CALL(o.document, Send)(&id), o.document);
     }},
    {"FaxJob.SetStatus(1)", FakeOperation::kill_job,
     [](ObjectTree &o) { return outcome(CALL(o.job, SetStatus)(1), o.job); }},
    {"FaxJob.SetStatus(2)", FakeOperation::suspend_job,
     [](ObjectTree &o) { return outcome(CALL(o.job, SetStatus)(2), o.job); }},
    {"FaxJob.SetStatus(3)", FakeOperation::resume_job,
     [](ObjectTree &o) { return outcome(CALL(o.job, SetStatus)(3), o.job); }},
    {"FaxJob.Refresh", FakeOperation::list_jobs,
     [](ObjectTree &o) { return outcome(CALL(o.job, Refresh)(), o.job); }},
    {"FaxJob.Refresh", FakeOperation::open_session,
     [](ObjectTree &o) { return outcome(CALL(o.job, Refresh)(), o.job); }},
    {"FaxPort.Rings", FakeOperation::read_modem_config,
     [](ObjectTree &o) {
         long rings;
         return outcome(CALL(o.port, get_Rings)(&rings), o.port);
     }},
    {"FaxPort.Receive", FakeOperation::read_modem_config,
     [](ObjectTree &o) {
         BOOL receives;
         return outcome(CALL(o.port, get_Receive)(&receives), o.port);
     }},
    {"FaxPort.Priority", FakeOperation::read_modem_config,
     [](ObjectTree &o) {
         long priority;
         return outcome(CALL(o.port, get_Priority)(&priority), o.port);
     }},
    {"FaxPort.CanModify", FakeOperation::has_admin_rights,
     [](ObjectTree &o) {
         BOOL can_modify;
         return outcome(CALL(o.port, get_CanModify)(&can_modify), o.port);
     }},
    {"FaxPort.Rings =", FakeOperation::set_modem_config,
     [](ObjectTree &o) { return outcome(CALL(o.port, put_Rings)(2), o.port); }},
    {"FaxPort.Csid =", FakeOperation::set_modem_config,
     [](ObjectTree &o) {
         Bstr csid(L"+1 555 0000");
         return outcome(CALL(o.port, put_Csid)(csid.get()), o.port);
     }},
    {"FaxPort.Tsid =", FakeOperation::set_modem_config,
     [](ObjectTree &o) {
         Bstr tsid(L"+1 555 0000");
         return outcome(CALL(o.port, put_Tsid)(tsid.get()), o.port);
     }},
    {"FaxPort.Receive = FALSE", FakeOperation::set_modem_config,
     [](ObjectTree &o) { return outcome(CALL(o.port, put_Receive)(FALSE), o.port); }},
    {"FaxPort.Receive = TRUE", FakeOperation::read_modem_config,
     [](ObjectTree &o) { return outcome(CALL(o.port, put_Receive)(TRUE), o.port); }},
    {"FaxPort.Priority =", FakeOperation::set_modem_config,
     [](ObjectTree &o) { return outcome(CALL(o.port, put_Priority)(3), o.port); }},
    {"FaxPort.GetStatus", FakeOperation::modem_activity,
     [](ObjectTree &o) {
         VARIANT status = empty_variant();
         return outcome(CALL(o.port, GetStatus)(&status), o.port);
     }},
    {"FaxStatus.Refresh", FakeOperation::modem_activity,
     [](ObjectTree &o) { return outcome(CALL(o.status, Refresh)(), o.status); }},
};

struct Expected {
    Thrown thrown;
    const char *name;
    HRESULT hr;
    const char *mention; /* NULL: the operation's name (what the std::exception said) */
};
const Expected throws[] = {
    {Thrown::bad_alloc, "std::bad_alloc", E_OUTOFMEMORY, "out of memory"},
    {Thrown::std_exception, "std::runtime_error", E_UNEXPECTED, nullptr},
    {Thrown::unknown_type, "an int", E_UNEXPECTED, "unknown type"},
};

void test_members_that_reach_the_service()
{
    for (const Expected &expected : throws) {
        for (const Case &c : cases) {
            ObjectTree objects = made_objects();
            if (!objects.complete())
                return;
            objects.fake->fail_by_throwing(c.operation, expected.thrown);
            Outcome got = c.call(objects);
            std::string mention = expected.mention ? expected.mention
                                                   : std::string("the fake service threw in ") +
                                                         fake_operation_name(c.operation);
            if (got.hr != expected.hr)
                printf("%s: %s thrown in %s gave %#lx.\n", c.member, expected.name,
                       fake_operation_name(c.operation), static_cast<unsigned long>(got.hr));
            check_failure_at(__FILE__, __LINE__, got.hr, expected.hr, got.object, got.iid, mention.c_str());
            objects.fake->heal();
        }
    }
}

/* Through IDispatch the failure is DISP_E_EXCEPTION with EXCEPINFO, as for any failure. */
void test_invoke()
{
    ObjectTree objects = made_objects();
    objects.fake->fail_by_throwing(FakeOperation::list_jobs, Thrown::bad_alloc);
    DISPID id = DISPID_UNKNOWN;
    LPOLESTR name[] = {const_cast<LPOLESTR>(L"GetJobs")};
    objects.server->GetIDsOfNames(IID_NULL, name, 1, LOCALE_USER_DEFAULT, &id);
    DISPPARAMS none = {};
    VARIANT result = empty_variant();
    EXCEPINFO exception = {};
    SetErrorInfo(0, nullptr);
    HRESULT hr = objects.server->Invoke(id, IID_NULL, LOCALE_USER_DEFAULT, DISPATCH_METHOD, &none, &result,
                                        &exception, nullptr);
    check_failure(hr, DISP_E_EXCEPTION, objects.server, "out of memory");
    ok(exception.scode == E_OUTOFMEMORY, "EXCEPINFO scode %#lx.\n",
       static_cast<unsigned long>(exception.scode));
    SysFreeString(exception.bstrSource);
    SysFreeString(exception.bstrDescription);
    SysFreeString(exception.bstrHelpFile);
    VariantClear(&result);
}

/* Logging out runs where nothing can be reported (the last Release of a FaxServer): a
 * service that throws there must not end the program, and Disconnect still disconnects. */
void test_logging_out()
{
    for (const Expected &expected : throws) {
        ObjectTree objects = made_objects();
        objects.fake->fail_by_throwing(FakeOperation::disconnect, expected.thrown);
        HRESULT hr = CALL(objects.server, Disconnect)();
        ok(hr == S_OK, "Disconnect with %s thrown in logging out: %#lx.\n", expected.name, hr);
        VARIANT jobs = empty_variant();
        hr = CALL(objects.server, GetJobs)(&jobs);
        check_failure(hr, hresult_not_connected, objects.server, "Connect");

        ObjectTree released = made_objects();
        released.fake->fail_by_throwing(FakeOperation::disconnect, expected.thrown);
        std::shared_ptr<FakeFaxServer> fake = released.fake;
        released = ObjectTree(); /* the FaxServer's last reference first: it logs out */
        ok(fake->sessions_disconnected == 0, "the throwing log-out was counted.\n");
    }
}

} // namespace

void test_exceptions()
{
    test_members_that_reach_the_service();
    test_invoke();
    test_logging_out();
}

} // namespace faxcom::testing
