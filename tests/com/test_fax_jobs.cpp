// SPDX-License-Identifier: LGPL-2.1-or-later
/* FaxJobs (Count, Item) and FaxJob (its snapshot, SetStatus, Refresh) over the fake queue. */
#include "com_test.h"
#include "comsupport/com_error.h"

namespace faxcom::testing {

namespace {

void test_collection(IFaxServer *server)
{
    Ref<IFaxJobs> jobs = jobs_of(server);
    if (!jobs)
        return;
    check_collection_bounds(jobs, 2);
    VARIANT item;
    VariantInit(&item);
    HRESULT hr = CALL(jobs, get_Item)(2, &item);
    Ref<IFaxJob> job = dispatch_as<IFaxJob>(item);
    long id = 0;
    ok(hr == S_OK && job && job->get_JobId(&id) == S_OK && id == 6, "Item(2): %#lx, job %ld.\n", hr, id);
}

void test_empty_collection(const std::shared_ptr<FakeFaxServer> &fake, IFaxServer *server)
{
    std::vector<JobInfo> jobs = std::move(fake->jobs);
    fake->jobs.clear();
    Ref<IFaxJobs> empty = jobs_of(server);
    fake->jobs = std::move(jobs);
    VARIANT item;
    VariantInit(&item);
    HRESULT hr = CALL(empty, get_Item)(1, &item);
    check_failure(hr, E_INVALIDARG, empty, "empty");
}

void test_properties(IFaxServer *server)
{
    Ref<IFaxJob> job = job_of(server, 1);
    if (!job)
        return;
    check_expected_texts(job.get(), {
                                        {NAMED_MEMBER(IFaxJob, get_UserName), L"alice"},
                                        {NAMED_MEMBER(IFaxJob, get_QueueStatus), L"Pending"},
                                        {NAMED_MEMBER(IFaxJob, get_DeviceStatus), L"Unknown"},
                                        {NAMED_MEMBER(IFaxJob, get_FaxNumber), L"5550100"},
                                        {NAMED_MEMBER(IFaxJob, get_RecipientName), L"Bob Recipient"},
                                        {NAMED_MEMBER(IFaxJob, get_Tsid), L"+1 555 0199"},
                                        {NAMED_MEMBER(IFaxJob, get_SenderName), L"Alice Sender"},
                                        {NAMED_MEMBER(IFaxJob, get_SenderCompany), L"Example Ltd"},
                                        {NAMED_MEMBER(IFaxJob, get_SenderDept), L"Sales"},
                                        {NAMED_MEMBER(IFaxJob, get_BillingCode), L"B-17"},
                                        {NAMED_MEMBER(IFaxJob, get_DisplayName), L"Quarterly report"},
                                    });
    check_expected_numbers(job.get(), {
                                          {NAMED_MEMBER(IFaxJob, get_JobId), 5},
                                          {NAMED_MEMBER(IFaxJob, get_Type), 1}, /* JT_SEND */
                                          {NAMED_MEMBER(IFaxJob, get_PageCount), 3},
                                      });
    BOOL discount = FALSE;
    HRESULT hr = CALL(job, get_DiscountSend)(&discount);
    ok(hr == S_OK && discount == TRUE, "DiscountSend: %#lx, %d.\n", hr, discount);
    hr = CALL(job, get_DiscountSend)(nullptr);
    check_failure(hr, E_POINTER, job, "NULL");

    /* Someone else's job: the server hides the dial string, the displayable number shows. */
    Ref<IFaxJob> other = job_of(server, 2);
    Bstr number;
    hr = CALL(other, get_FaxNumber)(number.out());
    ok(hr == S_OK && number == L"555-0111", "FaxNumber of a hidden dial string: \"%s\".\n",
       number.utf8().c_str());
    hr = CALL(other, get_QueueStatus)(number.out());
    ok(hr == S_OK && number == L"Paused", "QueueStatus of a suspended job: \"%s\".\n", number.utf8().c_str());
}

void test_set_status(const std::shared_ptr<FakeFaxServer> &fake, IFaxServer *server)
{
    Ref<IFaxJob> job = job_of(server, 1);
    if (!job)
        return;
    for (long command : {0L, 4L, -1L}) {
        HRESULT hr = CALL(job, SetStatus)(command);
        check_failure(hr, E_INVALIDARG, job, "SetStatus takes 1 (cancel), 2 (pause) or 3 (resume)");
    }
    ok(fake->job_commands.empty(), "a refused command reached the server.\n");
    HRESULT hr = CALL(job, SetStatus)(2);
    ok(hr == S_OK, "SetStatus(pause): %#lx.\n", hr);
    hr = CALL(job, SetStatus)(3);
    ok(hr == S_OK, "SetStatus(resume): %#lx.\n", hr);
    hr = CALL(job, SetStatus)(1);
    ok(hr == S_OK, "SetStatus(cancel): %#lx.\n", hr);
    ok(fake->job_commands == std::vector<std::string>({"suspend 5", "resume 5", "kill 5"}),
       "the server saw %u command(s).\n", static_cast<unsigned>(fake->job_commands.size()));

    /* A job the server no longer has. */
    fake->jobs.erase(fake->jobs.begin());
    hr = CALL(job, SetStatus)(1);
    check_failure(hr, hresult_file_not_found, job, "no job 5");
    fake->fail(FakeOperation::suspend_job, make_error(ErrorKind::timeout, "the fake took too long"));
    Ref<IFaxJob> remaining = job_of(server, 1);
    hr = CALL(remaining, SetStatus)(2);
    check_failure(hr, hresult_timeout, remaining, "the fake took too long");
    fake->heal();
}

void test_refresh(const std::shared_ptr<FakeFaxServer> &fake, IFaxServer *server)
{
    Ref<IFaxJob> job = job_of(server, 1);
    if (!job)
        return;
    int sessions = fake->sessions_disconnected;
    fake->jobs[0].recipient_name = "Robert Recipient";
    fake->jobs[0].pages_done = 1;
    Bstr name;
    job->get_RecipientName(name.out());
    ok(name == L"Bob Recipient", "the snapshot changed before Refresh: \"%s\".\n", name.utf8().c_str());
    HRESULT hr = CALL(job, Refresh)();
    ok(hr == S_OK, "Refresh: %#lx.\n", hr);
    job->get_RecipientName(name.out());
    ok(name == L"Robert Recipient", "after Refresh: \"%s\".\n", name.utf8().c_str());
    /* Refresh reads on a session of its own and closes it. */
    ok(fake->sessions_disconnected == sessions + 1, "Refresh closed %d session(s).\n",
       fake->sessions_disconnected - sessions);

    fake->fail(FakeOperation::list_jobs, make_error(ErrorKind::connection, "the fake server went away"));
    hr = CALL(job, Refresh)();
    check_failure(hr, hresult_server_unavailable, job, "the fake server went away");
    fake->heal();

    fake->jobs.erase(fake->jobs.begin());
    hr = CALL(job, Refresh)();
    check_failure(hr, hresult_file_not_found, job, "no longer in the send queue");
    job->get_RecipientName(name.out());
    ok(name == L"Robert Recipient", "a failed Refresh changed the snapshot: \"%s\".\n", name.utf8().c_str());
}

} // namespace

void test_fax_jobs()
{
    auto fake = scripted_fake_server();
    Ref<IFaxServer> server = connected_fax_server(fake);
    test_collection(server.get());
    test_empty_collection(fake, server.get());
    test_properties(server.get());
    test_set_status(fake, server.get());
    fake = scripted_fake_server();
    server = connected_fax_server(fake);
    test_refresh(fake, server.get());
}

} // namespace faxcom::testing
