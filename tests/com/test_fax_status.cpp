// SPDX-License-Identifier: LGPL-2.1-or-later
/* FaxStatus: a port's activity (idle, sending a job, receiving a fax) as the fake reports it,
 * Refresh, and NULL out-pointers for every property. */
#include <cmath>
#include <ctime>

#include "com_test.h"
#include "comsupport/com_error.h"

namespace faxcom::testing {

namespace {

using TextGetter = HRESULT (STDMETHODCALLTYPE IFaxStatus::*)(BSTR *);
using NumberGetter = HRESULT (STDMETHODCALLTYPE IFaxStatus::*)(long *);

struct TextValue {
    NamedMember<TextGetter> get;
    const wchar_t *expected;
};
struct NumberValue {
    NamedMember<NumberGetter> get;
    long expected;
};

void check_texts(IFaxStatus *status, const char *what, std::initializer_list<TextValue> values)
{
    for (const TextValue &value : values) {
        Bstr text;
        HRESULT hr = call_member(status, value.get, text.out());
        ok(hr == S_OK && text == value.expected, "%s: %s is \"%s\", not \"%s\".\n", what, value.get.name,
           text.utf8().c_str(), utf8(value.expected).c_str());
    }
}

void check_numbers(IFaxStatus *status, const char *what, std::initializer_list<NumberValue> values)
{
    for (const NumberValue &value : values) {
        long number = -1;
        HRESULT hr = call_member(status, value.get, &number);
        ok(hr == S_OK && number == value.expected, "%s: %s is %ld, not %ld.\n", what, value.get.name, number,
           value.expected);
    }
}

void check_flags(IFaxStatus *status, const char *what, BOOL sending, BOOL receiving)
{
    BOOL send = -1, receive = -1;
    CALL(status, get_Send)(&send);
    CALL(status, get_Receive)(&receive);
    ok(send == sending && receive == receiving, "%s: Send %d, Receive %d.\n", what, send, receive);
}

void test_idle(IFaxStatus *status, long device_id)
{
    check_flags(status, "idle", FALSE, FALSE);
    check_texts(status, "idle",
                {{NAMED_MEMBER(IFaxStatus, get_Description), L"Running and idle"},
                 {NAMED_MEMBER(IFaxStatus, get_DeviceName), L"ttyS0"},
                 {NAMED_MEMBER(IFaxStatus, get_Csid), L"+1 555 0123"},
                 {NAMED_MEMBER(IFaxStatus, get_DocumentName), L""},
                 {NAMED_MEMBER(IFaxStatus, get_Address), L""},
                 {NAMED_MEMBER(IFaxStatus, get_Tsid), L""}});
    check_numbers(status, "idle",
                  {{NAMED_MEMBER(IFaxStatus, get_DeviceId), device_id},
                   {NAMED_MEMBER(IFaxStatus, get_CurrentPage), 0},
                   {NAMED_MEMBER(IFaxStatus, get_PageCount), 0},
                   {NAMED_MEMBER(IFaxStatus, get_DocumentSize), 0}});
    DATE when = -1;
    HRESULT hr = CALL(status, get_StartTime)(&when);
    ok(hr == S_OK && when == 0.0, "idle: StartTime %f.\n", when);
}

void test_sending(IFaxStatus *status)
{
    check_flags(status, "sending", TRUE, FALSE);
    check_texts(status, "sending",
                {{NAMED_MEMBER(IFaxStatus, get_Description), L"Sending job 5"},
                 {NAMED_MEMBER(IFaxStatus, get_DocumentName), L"Quarterly report"},
                 {NAMED_MEMBER(IFaxStatus, get_Address), L"5550100"},
                 {NAMED_MEMBER(IFaxStatus, get_RecipientName), L"Bob Recipient"},
                 {NAMED_MEMBER(IFaxStatus, get_SenderName), L"Alice Sender"},
                 {NAMED_MEMBER(IFaxStatus, get_Tsid), L"+1 555 0123"}, /* no TSI of its own: the modem's */
                 {NAMED_MEMBER(IFaxStatus, get_CallerId), L""},
                 {NAMED_MEMBER(IFaxStatus, get_RoutingString), L""}});
    check_numbers(
        status, "sending",
        {{NAMED_MEMBER(IFaxStatus, get_PageCount), 3}, {NAMED_MEMBER(IFaxStatus, get_CurrentPage), 2}});
    DATE start = 0, submitted = 0, elapsed = 0;
    CALL(status, get_StartTime)(&start);
    CALL(status, get_SubmittedTime)(&submitted);
    CALL(status, get_ElapsedTime)(&elapsed);
    /* Scheduled an hour ago: 1/24 of a day elapsed (a minute's slack for a slow run). */
    ok(start > 40000.0 && submitted == start, "sending: StartTime %f, SubmittedTime %f.\n", start, submitted);
    ok(std::fabs(elapsed - 1.0 / 24) < 1.0 / 1440, "sending: ElapsedTime %f.\n", elapsed);
}

void test_receiving(IFaxStatus *status)
{
    check_flags(status, "receiving", FALSE, TRUE);
    check_texts(status, "receiving",
                {{NAMED_MEMBER(IFaxStatus, get_CallerId), L"5550177"},
                 {NAMED_MEMBER(IFaxStatus, get_SenderName), L"Dave Caller"},
                 {NAMED_MEMBER(IFaxStatus, get_Tsid), L"+1 555 0177"},
                 {NAMED_MEMBER(IFaxStatus, get_RoutingString), L"4711"},
                 {NAMED_MEMBER(IFaxStatus, get_DocumentName), L""}});
    check_numbers(status, "receiving",
                  {{NAMED_MEMBER(IFaxStatus, get_PageCount), 2},
                   {NAMED_MEMBER(IFaxStatus, get_CurrentPage), 2},
                   {NAMED_MEMBER(IFaxStatus, get_DocumentSize), 12345}});
}

void test_null_pointers(IFaxStatus *status)
{
    check_null_out_pointers(
        status, NAMED_MEMBER(IFaxStatus, get_CallerId), NAMED_MEMBER(IFaxStatus, get_Csid),
        NAMED_MEMBER(IFaxStatus, get_DeviceName), NAMED_MEMBER(IFaxStatus, get_DocumentName),
        NAMED_MEMBER(IFaxStatus, get_Address), NAMED_MEMBER(IFaxStatus, get_RoutingString),
        NAMED_MEMBER(IFaxStatus, get_SenderName), NAMED_MEMBER(IFaxStatus, get_RecipientName),
        NAMED_MEMBER(IFaxStatus, get_Description), NAMED_MEMBER(IFaxStatus, get_Tsid),
        NAMED_MEMBER(IFaxStatus, get_CurrentPage), NAMED_MEMBER(IFaxStatus, get_DeviceId),
        NAMED_MEMBER(IFaxStatus, get_DocumentSize), NAMED_MEMBER(IFaxStatus, get_PageCount),
        NAMED_MEMBER(IFaxStatus, get_Send), NAMED_MEMBER(IFaxStatus, get_Receive),
        NAMED_MEMBER(IFaxStatus, get_StartTime), NAMED_MEMBER(IFaxStatus, get_SubmittedTime),
        NAMED_MEMBER(IFaxStatus, get_ElapsedTime));
}

ModemActivity sending_activity(const FakeFaxServer &fake)
{
    ModemActivity activity;
    activity.state = ModemActivity::State::sending;
    activity.status_text = "Sending job 5";
    JobInfo job = fake.jobs.front();
    job.tsi.clear();
    job.pages_done = 1;
    job.scheduled_time = std::time(nullptr) - 3600;
    activity.job = job;
    return activity;
}

ModemActivity receiving_activity()
{
    ModemActivity activity;
    activity.state = ModemActivity::State::receiving;
    activity.status_text = "Receiving from +1 555 0177";
    ReceivedFax fax;
    fax.caller_id_number = "5550177";
    fax.caller_id_name = "Dave Caller";
    fax.sender_tsi = "+1 555 0177";
    fax.subaddress = "4711";
    fax.pages = 2;
    fax.size_bytes = 12345;
    fax.in_progress = true;
    activity.receiving = fax;
    return activity;
}

} // namespace

void test_fax_status()
{
    ObjectTree tree = object_tree();
    const std::shared_ptr<FakeFaxServer> &fake = tree.fake;
    if (!tree.port)
        return;
    Ref<IFaxStatus> status = status_of(tree.port.get());
    if (!status)
        return;
    test_idle(status.get(), tree.port_device_id);
    test_null_pointers(status.get());

    fake->activities["ttyS0"] = sending_activity(*fake);
    HRESULT hr = CALL(status, Refresh)();
    ok(hr == S_OK, "Refresh: %#lx.\n", hr);
    test_sending(status.get());

    fake->activities["ttyS0"] = receiving_activity();
    Ref<IFaxStatus> receiving = status_of(tree.port.get());
    test_receiving(receiving.get());

    fake->fail(FakeOperation::modem_activity, make_error(ErrorKind::connection, "the fake server went away"));
    hr = CALL(status, Refresh)();
    check_failure(hr, hresult_server_unavailable, status, "the fake server went away");
    fake->heal();
    check_flags(status.get(), "after a failed Refresh", TRUE, FALSE);

    tree.server->Disconnect();
    hr = CALL(status, Refresh)();
    check_failure(hr, hresult_not_connected, status, "Connect");
    Bstr description;
    hr = CALL(status, get_Description)(description.out());
    ok(hr == S_OK && description == L"Sending job 5", "Description after Disconnect: \"%s\".\n",
       description.utf8().c_str());
}

} // namespace faxcom::testing
