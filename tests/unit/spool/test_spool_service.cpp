// SPDX-License-Identifier: LGPL-2.1-or-later
/* The local fax queue through the FaxService interface, on scratch directories. */
#include <cstring>
#include <string>
#include <vector>

#include <sys/stat.h>

#include "cmocka_cpp.h"
#include "common/job_status_text.h"
#include "document_reads.h"
#include "documents/document_submission.h"
#include "documents/prepared_document.h"
#include "spool/spool_service.h"
#include "spool_test_support.h"

using namespace faxcom;
using namespace faxcom::spool;

namespace {

constexpr std::time_t start_time = 1700000000;

struct Queue {
    std::string dir = make_scratch_directory() + "/queue";
    std::string files = make_scratch_directory();
    std::time_t now = start_time;
    std::vector<std::string> warnings;
    SpoolService service;

    explicit Queue(int delay = 0)
        : service(
              SpoolConfig{dir, "owner", "", delay},
              [this](TraceLevel level, const std::string &message) {
                  if (level <= TraceLevel::warning)
                      warnings.push_back(message);
              },
              [this] { return now; })
    {
    }

    std::string file(const std::string &name, const std::string &bytes)
    {
        write_test_file(files + "/" + name, bytes);
        return files + "/" + name;
    }

    /* A file made ready to send, as FaxDoc.Send makes it. */
    PreparedDocument document(const std::string &name, const std::string &bytes)
    {
        std::vector<std::string> warnings;
        Result<PreparedDocument> prepared = prepare_document(file(name, bytes), warnings);
        if (!prepared.ok())
            fail_msg("prepare %s: %s", name.c_str(), prepared.error().message.c_str());
        return prepared.value();
    }

    JobRequest request()
    {
        JobRequest r;
        r.dial_string = "555-0100";
        r.documents = {document("page.ps", "%!PS-Adobe-3.0\n%%Pages: 2\nshowpage\nshowpage\n")};
        return r;
    }

    std::string submit(const JobRequest &r)
    {
        Result<std::string> id = service.submit_job(r);
        if (!id.ok())
            fail_msg("submit: %s", id.error().message.c_str());
        return id.value();
    }

    std::vector<JobInfo> list(JobQueue q)
    {
        Result<std::vector<JobInfo>> listing = service.list_jobs(q);
        if (!listing.ok())
            fail_msg("list: %s", listing.error().message.c_str());
        return listing.value();
    }
};

void submit_keeps_every_field(void **)
{
    Queue q(3600);
    JobRequest r = q.request();
    r.recipient_name = "Zoë Ŝmith 日本";
    r.recipient_company = "Ünïcode GmbH";
    r.recipient_location = "München, BY, DE";
    r.sender_name = "Søren";
    r.sender_company = "Sender Co";
    r.sender_department = "Accounts";
    r.tsi = "+1 555 0199";
    r.billing_code = "B-17";
    r.display_name = "Rechnung März.txt";
    r.notify_address = "me@example.org";
    r.discount_send = true;
    r.send_time = start_time + 600;
    r.regarding = "two\nlines";
    r.cover_postscript = "%!PS-Adobe-3.0\n%%Pages: 1\nshowpage\n";
    r.documents.push_back(q.document("note.txt", "Hello, wörld\n"));
    const std::string id = q.submit(r);
    assert_string_equal(id.c_str(), "1");

    Result<JobInfo> got = q.service.get_job(id);
    assert_true(got.ok());
    const JobInfo &job = got.value();
    assert_int_equal(job.state, JobState::pending);
    assert_string_equal(job.owner.c_str(), "owner");
    assert_string_equal(job.dial_string.c_str(), "555-0100");
    assert_string_equal(job.recipient_name.c_str(), r.recipient_name.c_str());
    assert_string_equal(job.recipient_company.c_str(), r.recipient_company.c_str());
    assert_string_equal(job.recipient_location.c_str(), r.recipient_location.c_str());
    assert_string_equal(job.sender_name.c_str(), "Søren");
    assert_string_equal(job.sender_company.c_str(), "Sender Co");
    assert_string_equal(job.sender_department.c_str(), "Accounts");
    assert_string_equal(job.tsi.c_str(), r.tsi.c_str());
    assert_string_equal(job.billing_code.c_str(), "B-17");
    assert_string_equal(job.display_name.c_str(), r.display_name.c_str());
    assert_string_equal(job.notify_address.c_str(), "me@example.org");
    assert_true(job.discount_send);
    assert_int_equal(job.scheduled_time, start_time + 600);
    assert_int_equal(job.pages_total, 4); /* cover + 2 PostScript pages + 1 text page, counted */
    assert_string_equal(queue_status_text(job).c_str(), "Pending");

    const std::string job_dir = q.dir + "/jobs/1";
    assert_string_equal(read_test_file(job_dir + "/cover.ps").c_str(), r.cover_postscript->c_str());
    assert_true(read_test_file(job_dir + "/doc1.ps").find("%%Pages: 2") != std::string::npos);
    assert_int_equal(read_test_file(job_dir + "/doc2.ps").rfind("%!PS", 0), 0); /* text rendered */
    std::vector<std::string> names = test_directory_names(job_dir);
    assert_int_equal(names.size(), 4); /* cover.ps doc1.ps doc2.ps job.txt: no temporary files left */

    std::vector<JobInfo> send = q.list(JobQueue::send);
    assert_int_equal(send.size(), 1);
    assert_string_equal(send[0].recipient_name.c_str(), r.recipient_name.c_str());
    assert_int_equal(q.list(JobQueue::done).size(), 0);
}

/* FaxDoc.Send on the local queue (prepare_submission, then submit_job): the text is opened
 * once and rendered once, and the job stores that one rendering. */
void a_text_document_is_opened_once_and_rendered_once(void **)
{
    Queue q;
    DocumentFields fields;
    fields.file_name = q.file("letter.txt", "Dear customer,\nyour order has shipped.\n");
    fields.fax_number = "555-0100";
    DocumentReads reads(fields.file_name);
    Result<PreparedSubmission> prepared = prepare_submission(fields, SubmissionPolicy{}, start_time);
    assert_true(prepared.ok());
    const std::string id = q.submit(prepared.value().request);
    std::fprintf(stderr, "one Send of a text document: %ld opens, %ld renderings\n", reads.opens(),
                 reads.renderings());
    assert_int_equal(reads.opens(), 1);
    assert_int_equal(reads.renderings(), 1);
    assert_true(read_test_file(q.dir + "/jobs/" + id + "/doc1.ps") ==
                text_to_postscript("Dear customer,\nyour order has shipped.\n"));
    assert_int_equal(q.service.get_job(id).value().pages_total, 1);
}

void delivery_with_default_delay(void **)
{
    Queue q;
    JobRequest r = q.request();
    r.dial_string = "+1 (555) 0100";
    r.recipient_name = "O'Brien";
    const std::string id = q.submit(r);
    /* The first listing still shows the job, and delivers it. */
    std::vector<JobInfo> first = q.list(JobQueue::send);
    assert_int_equal(first.size(), 1);
    assert_string_equal(first[0].id.c_str(), id.c_str());
    assert_int_equal(q.list(JobQueue::send).size(), 0);
    std::vector<JobInfo> done = q.list(JobQueue::done);
    assert_int_equal(done.size(), 1);
    assert_int_equal(done[0].state, JobState::done);
    assert_string_equal(done[0].status_text.c_str(), "Delivered to the outbox");
    assert_string_equal(queue_status_text(done[0]).c_str(), "Deleting");

    const std::string outbox = q.dir + "/outbox/1-+1__555__0100";
    assert_true(test_path_exists(outbox + "/doc1.ps"));
    assert_false(test_path_exists(q.dir + "/jobs/1"));
    const std::string summary = read_test_file(outbox + "/summary.txt");
    assert_non_null(strstr(summary.c_str(), "To: O'Brien"));
    assert_non_null(strstr(summary.c_str(), "Pages: 2"));
    assert_non_null(strstr(summary.c_str(), "sendfax -n -d '+1 (555) 0100' 'doc1.ps'"));
    assert_non_null(strstr(summary.c_str(), "2023-11-14 22:13:20 UTC"));
    Result<JobInfo> got = q.service.get_job(id);
    assert_true(got.ok());
    assert_int_equal(got.value().state, JobState::done);
}

void delivery_waits_for_delay_send_time_and_resume(void **)
{
    Queue q(60);
    const std::string soon = q.submit(q.request());
    JobRequest later = q.request();
    later.send_time = start_time + 3600;
    const std::string scheduled = q.submit(later);
    const std::string paused = q.submit(q.request());
    assert_true(q.service.suspend_job(paused).ok());

    Result<std::vector<std::string>> none = q.service.deliver_due_jobs(start_time + 59);
    assert_true(none.ok());
    assert_int_equal(none.value().size(), 0);
    Result<std::vector<std::string>> first = q.service.deliver_due_jobs(start_time + 60);
    assert_true(first.ok());
    assert_int_equal(first.value().size(), 1);
    assert_string_equal(first.value()[0].c_str(), soon.c_str());
    Result<std::vector<std::string>> second = q.service.deliver_due_jobs(start_time + 4000);
    assert_int_equal(second.value().size(), 1);
    assert_string_equal(second.value()[0].c_str(), scheduled.c_str());
    assert_int_equal(q.service.get_job(paused).value().state, JobState::suspended);

    assert_true(q.service.resume_job(paused).ok());
    q.now = start_time + 4000;
    Result<std::vector<std::string>> third = q.service.deliver_due_jobs(q.now);
    assert_int_equal(third.value().size(), 1);
    assert_int_equal(q.list(JobQueue::done).size(), 3);
}

void suspend_resume_kill_delete(void **)
{
    Queue q(3600);
    const std::string id = q.submit(q.request());
    assert_true(q.service.suspend_job(id).ok());
    JobInfo job = q.service.get_job(id).value();
    assert_int_equal(job.state, JobState::suspended);
    assert_int_equal(job.state_letter, 'T');
    assert_string_equal(queue_status_text(job).c_str(), "Paused");
    assert_true(q.service.resume_job(id).ok());
    assert_int_equal(q.service.get_job(id).value().state, JobState::waiting);

    Status early_delete = q.service.delete_job(id);
    assert_false(early_delete.ok());
    assert_int_equal(early_delete.error().kind, ErrorKind::server_refused);

    assert_true(q.service.kill_job(id).ok());
    job = q.service.get_job(id).value();
    assert_int_equal(job.state_letter, 'F');
    assert_string_equal(job.status_text.c_str(), "Job aborted by request");
    assert_int_equal(q.list(JobQueue::send).size(), 0);
    assert_int_equal(q.list(JobQueue::done).size(), 1);
    Status again = q.service.kill_job(id);
    assert_int_equal(again.error().kind, ErrorKind::server_refused);
    assert_int_equal(q.service.suspend_job(id).error().kind, ErrorKind::server_refused);

    assert_true(q.service.delete_job(id).ok());
    assert_int_equal(q.service.get_job(id).error().kind, ErrorKind::not_found);
    assert_int_equal(q.list(JobQueue::done).size(), 0);
    assert_int_equal(test_directory_names(q.dir + "/jobs").size(), 0);
    assert_int_equal(q.service.delete_job(id).error().kind, ErrorKind::not_found);
    assert_int_equal(q.service.kill_job("12x").error().kind, ErrorKind::bad_input);
    assert_int_equal(q.service.get_job("../1").error().kind, ErrorKind::bad_input);

    /* A delivered job can be deleted from the outbox too. */
    Queue d;
    const std::string sent = d.submit(d.request());
    assert_int_equal(d.service.deliver_due_jobs(d.now).value().size(), 1);
    assert_true(d.service.delete_job(sent).ok());
    assert_int_equal(test_directory_names(d.dir + "/outbox").size(), 0);
}

void failure_part_way_leaves_nothing(void **)
{
    Queue q(3600);
    /* The documents are written, then job.txt cannot be: a NUL in a document's name. */
    JobRequest r = q.request();
    r.documents.push_back(q.document("second.ps", "%!PS-Adobe-3.0\n%%Pages: 1\nshowpage\n"));
    r.documents.back().source_path = std::string("/tmp/a\0b.ps", 12);
    Result<std::string> id = q.service.submit_job(r);
    assert_false(id.ok());
    assert_int_equal(id.error().kind, ErrorKind::bad_input);
    assert_int_equal(test_directory_names(q.dir + "/jobs").size(), 0);

    JobRequest nul = q.request();
    nul.sender_name = std::string("a\0b", 3);
    assert_int_equal(q.service.submit_job(nul).error().kind, ErrorKind::bad_input);
    JobRequest no_number = q.request();
    no_number.dial_string.clear();
    assert_int_equal(q.service.submit_job(no_number).error().kind, ErrorKind::bad_input);
    JobRequest nothing = q.request();
    nothing.documents.clear();
    assert_int_equal(q.service.submit_job(nothing).error().kind, ErrorKind::bad_input);
    assert_int_equal(test_directory_names(q.dir + "/jobs").size(), 0);
    /* CR/LF in values are harmless here. */
    JobRequest breaks = q.request();
    breaks.regarding = "a\r\nb";
    assert_true(q.service.submit_job(breaks).ok());
}

void damaged_and_temporary_entries_are_skipped(void **)
{
    Queue q(3600);
    const std::string good = q.submit(q.request());
    const std::string jobs = q.dir + "/jobs";
    /* A crash while assembling a job and while writing job.txt in place. */
    mkdir((jobs + "/.tmp-999-1-7").c_str(), 0755);
    write_test_file(jobs + "/.tmp-999-1-7/job.txt", "faxcom-spool-job 1\nid=7\nst");
    mkdir((jobs + "/8").c_str(), 0755);
    std::string text = read_test_file(jobs + "/" + good + "/job.txt");
    write_test_file(jobs + "/8/job.txt", text.substr(0, text.size() / 2));
    mkdir((jobs + "/9").c_str(), 0755); /* no job.txt at all */
    mkdir((jobs + "/10").c_str(), 0755);
    write_test_file(jobs + "/10/job.txt", text); /* says it is job 1 */
    write_test_file(jobs + "/stray-file", "x");
    write_test_file(jobs + "/" + good + "/.tmp-999-2-job.txt", "partial");

    std::vector<JobInfo> send = q.list(JobQueue::send);
    assert_int_equal(send.size(), 1);
    assert_string_equal(send[0].id.c_str(), good.c_str());
    assert_int_equal(q.warnings.size(), 4); /* 8, 9, 10 and the stray file; temporaries silently */
    assert_int_equal(q.service.get_job("8").error().kind, ErrorKind::bad_format);
    assert_int_equal(q.list(JobQueue::done).size(), 0);

    /* A corrupt next-id does not reuse an id. */
    write_test_file(q.dir + "/next-id", "garbage");
    const std::string next = q.submit(q.request());
    assert_string_equal(next.c_str(), "11");
}

void ports_status_and_receive(void **)
{
    Queue q;
    Result<std::vector<ModemInfo>> modems = q.service.list_modems();
    assert_true(modems.ok());
    assert_int_equal(modems.value().size(), 1);
    assert_string_equal(modems.value()[0].name.c_str(), "faxcom-outbox");
    assert_string_equal(modems.value()[0].number.c_str(), "");
    assert_string_equal(modems.value()[0].local_id.c_str(), "faxcom");
    assert_string_equal(modems.value()[0].status_text.c_str(), "Running and idle");
    assert_true(modems.value()[0].running);

    SpoolService named(SpoolConfig{q.dir, "", "My Fax", 0});
    assert_string_equal(named.list_modems().value()[0].local_id.c_str(), "My Fax");
}

void unusable_queue_directory(void **)
{
    const std::string blocker = make_scratch_directory() + "/a-file";
    write_test_file(blocker, "x");
    SpoolService service(SpoolConfig{blocker + "/queue", "", "", 0});
    Status connected = service.connect();
    assert_false(connected.ok());
    assert_int_equal(connected.error().kind, ErrorKind::io);
    assert_non_null(strstr(connected.error().message.c_str(), (blocker + "/queue").c_str()));
    Result<std::vector<JobInfo>> listing = service.list_jobs(JobQueue::send);
    assert_int_equal(listing.error().kind, ErrorKind::io);

    SpoolService unnamed(SpoolConfig{});
    assert_int_equal(unnamed.connect().error().kind, ErrorKind::bad_input);

    /* Missing parents are created. */
    SpoolService deep(SpoolConfig{make_scratch_directory() + "/x/y/queue", "", "", 0});
    assert_true(deep.connect().ok());
}

} // namespace

int main()
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(submit_keeps_every_field),
        cmocka_unit_test(a_text_document_is_opened_once_and_rendered_once),
        cmocka_unit_test(delivery_with_default_delay),
        cmocka_unit_test(delivery_waits_for_delay_send_time_and_resume),
        cmocka_unit_test(suspend_resume_kill_delete),
        cmocka_unit_test(failure_part_way_leaves_nothing),
        cmocka_unit_test(damaged_and_temporary_entries_are_skipped),
        cmocka_unit_test(ports_status_and_receive),
        cmocka_unit_test(unusable_queue_directory),
    };
    return cmocka_run_group_tests(tests, nullptr, nullptr);
}
