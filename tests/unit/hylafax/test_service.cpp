// SPDX-License-Identifier: LGPL-2.1-or-later
/* HylafaxService against the scripted fake server: the submit sequence, refusal of
 * injection attempts before anything is sent, cleanup after a failed submit, listings. */
#include "cmocka_cpp.h"

#include <cstdio>
#include <functional>
#include <string>
#include <unistd.h>

#include "fake_server.h"
#include "hylafax/hylafax_service.h"
#include "hylafax/command_text.h"
#include "hylafax/listing_format.h"

using namespace faxcom;
using namespace faxcom::hylafax;
using namespace faxcom::hylafax::testing;

namespace {

std::string write_temp_file(const char *name, const std::string &content)
{
    std::string path = std::string("/tmp/faxcom-unit-") + std::to_string(::getpid()) + "-" + name;
    std::FILE *file = std::fopen(path.c_str(), "wb");
    std::fwrite(content.data(), 1, content.size(), file);
    std::fclose(file);
    return path;
}

struct Fixture {
    std::shared_ptr<FakeServer> server = std::make_shared<FakeServer>();
    std::unique_ptr<HylafaxService> service;
    std::string warnings; /* TraceLevel::warning messages, one a line */
    Fixture()
    {
        ConnectionConfig config;
        config.server.port = FakeServer::control_port;
        config.user = "tester";
        service = std::make_unique<HylafaxService>(
            config,
            [this](TraceLevel level, const std::string &message) {
                if (level == TraceLevel::warning)
                    warnings += message + "\n";
            },
            server);
    }
};

JobRequest tiff_job(const std::string &path)
{
    JobRequest request;
    request.dial_string = "5551234";
    request.documents.push_back(TiffFile::prepared_tiff(path));
    request.recipient_name = "Ann \"Q\" O'Neil";
    request.display_name = "Report";
    request.billing_code = "B-7";
    request.sender_company = "ACME";
    return request;
}

void expect_upload(FakeServer &server, const char *form, const char *file, bool set_type)
{
    if (set_type)
        server.expect("TYPE I", "200 Type set to Image.\r\n");
    server.expect(std::string("FORM ") + form, "200 Format set.\r\n");
    server.expect_pasv();
    server.expect("STOT", std::string("150 FILE: ") + file +
                              " (Opening).\r\n226 Transfer complete (FILE: " + file + ").\r\n");
}

void expect_parameters(FakeServer &server)
{
    for (const char *line :
         {"JPARM FROMUSER \"tester\"", "JPARM SENDTIME NOW", "JPARM LASTTIME 000300", "JPARM MAXDIALS 12",
          "JPARM MAXTRIES 3", "JPARM SCHEDPRI 127", "JPARM DIALSTRING \"5551234\"",
          "JPARM NOTIFYADDR \"tester\"", "JPARM TOUSER \"Ann \\\"Q\\\" O'Neil\"",
          "JPARM FROMCOMPANY \"ACME\"", "JPARM JOBINFO \"faxcom:name=Report;billing=B-7;company=ACME\"",
          "JPARM VRES 98", "JPARM PAGEWIDTH 209", "JPARM PAGELENGTH 296", "JPARM NOTIFY NONE"})
        server.expect(line, "213 set.\r\n");
}

/* Login, the upload and the new job `id` with its parameters and document: all of
 * tiff_job()'s submission up to JSUBM. */
void expect_tiff_job_before_submit(FakeServer &server, const std::string &id)
{
    server.expect_login();
    expect_upload(server, "TIFF", "/tmp/doc1.tif", true);
    server.expect("JOB DEFAULT", "200 Current job: (default).\r\n");
    server.expect("JNEW", "200 New job created: jobid: " + id + " groupid: " + id + ".\r\n");
    expect_parameters(server);
    server.expect("JPARM DOCUMENT /tmp/doc1.tif", "200 Added document.\r\n");
}

void test_submit_sends_the_full_sequence(void **)
{
    Fixture f;
    std::string path = write_temp_file("a.tif", std::string("II*\0tiffdata", 12));
    expect_tiff_job_before_submit(*f.server, "17");
    f.server->expect("JSUBM", "200 Job 17 submitted.\r\n");
    Result<std::string> id = f.service->submit_job(tiff_job(path));
    for (const std::string &line : f.server->unexpected_lines)
        std::fprintf(stderr, "unexpected: %s\n", line.c_str());
    assert_true(id.ok());
    assert_string_equal(id.value().c_str(), "17");
    assert_true(f.server->unexpected_lines.empty());
    assert_true(f.server->script.empty());
    assert_int_equal(f.server->uploads.size(), 1);
    assert_true(f.server->uploads[0] == std::string("II*\0tiffdata", 12));
    std::remove(path.c_str());
}

void test_failed_submit_removes_the_half_made_job(void **)
{
    Fixture f;
    std::string path = write_temp_file("b.tif", std::string("II*\0tiffdata", 12));
    expect_tiff_job_before_submit(*f.server, "18");
    f.server->expect("JSUBM", "460 Failed to submit job 18: Unable to open scheduler FIFO.\r\n");
    f.server->expect("JDELE 18", "200 Job 18 deleted; current job: (default).\r\n");
    Result<std::string> id = f.service->submit_job(tiff_job(path));
    assert_false(id.ok());
    assert_int_equal(static_cast<int>(id.error().kind), static_cast<int>(ErrorKind::server_refused));
    assert_int_equal(id.error().server_code, 460);
    assert_true(f.server->script.empty());
    std::remove(path.c_str());
}

void test_injection_attempts_send_nothing(void **)
{
    std::string path = write_temp_file("c.tif", std::string("II*\0tiffdata", 12));
    JobRequest base = tiff_job(path);
    std::vector<JobRequest> hostile(5, base);
    hostile[0].dial_string = "555\r\nJKILL 1";
    hostile[1].recipient_name = "x\nJDELE 2";
    hostile[2].display_name = std::string("a\0b", 3);
    hostile[3].regarding = std::string(600, 'r');
    hostile[4].dial_string.clear();
    for (const JobRequest &request : hostile) {
        Fixture f;
        Result<std::string> id = f.service->submit_job(request);
        assert_false(id.ok());
        if (id.error().kind != ErrorKind::bad_input)
            std::fprintf(stderr, "unexpected error for request %d: %s\n",
                         static_cast<int>(&request - hostile.data()), id.error().message.c_str());
        assert_int_equal(static_cast<int>(id.error().kind), static_cast<int>(ErrorKind::bad_input));
        assert_int_equal(f.server->connects, 0);
        assert_true(f.server->received_lines.empty());
    }
    Fixture f;
    for (const char *id : {"1\r\nJKILL 2", "1 2", "", "\"1\""})
        assert_int_equal(static_cast<int>(f.service->kill_job(id).error().kind),
                         static_cast<int>(ErrorKind::bad_input));
    assert_int_equal(
        static_cast<int>(
            f.service->fetch_received("../etc/passwd", [](const uint8_t *, size_t) { return true; })
                .error()
                .kind),
        static_cast<int>(ErrorKind::bad_input));
    assert_true(f.server->received_lines.empty());
    std::remove(path.c_str());
}

std::string framed(const std::string &begin, const std::string &end, const std::vector<std::string> &fields)
{
    std::string record = begin;
    for (size_t i = 0; i < fields.size(); ++i)
        record += (i ? "\x1f" : "") + fields[i];
    return record + end + "\r\n";
}

std::string framed(const ListingMarkers &markers, const std::vector<std::string> &fields)
{
    return framed(markers.begin, markers.end, fields);
}

void test_list_jobs_parses_one_listing(void **)
{
    Fixture f;
    f.server->expect_login();
    f.server->expect_format("JOBFMT", [](const std::string &b, const std::string &e) {
        return framed(b, e,
                      {"4",       "W",
                       "tester",  "5551234",
                       "5551234", "Ann",
                       "Corp",    "Here",
                       "Bob",     "faxcom:name=Q3 %3B report;billing=42;company=ACME;dept=Sales;tsi=+1 555",
                       "",        " 0",
                       " 2",      "1",
                       "12",      "0",
                       "3",       "1700000000",
                       "",        "bob@x",
                       "127",     "4"}) +
               framed(b, e, {"5", "D", "other", "5550000", "",  "",  "",  "",      "", "plain name", "done",
                             "1", "1", "1",     "12",      "1", "3", "0", "ttyS0", "", "127",        "5"});
    });
    f.server->expect("TYPE I", "200 Type set to Image.\r\n");
    f.server->expect_pasv();
    f.server->expect("LIST sendq", "150 Opening.\r\n226 Transfer complete.\r\n");
    Result<std::vector<JobInfo>> jobs = f.service->list_jobs(JobQueue::send);
    if (!jobs)
        std::fprintf(stderr, "list failed: %s\n", jobs.error().message.c_str());
    assert_true(jobs.ok());
    assert_int_equal(jobs.value().size(), 2);
    const JobInfo &first = jobs.value()[0];
    assert_string_equal(first.id.c_str(), "4");
    assert_int_equal(static_cast<int>(first.state), static_cast<int>(JobState::waiting));
    assert_string_equal(first.display_name.c_str(), "Q3 ; report");
    assert_string_equal(first.billing_code.c_str(), "42");
    assert_string_equal(first.sender_company.c_str(), "ACME");
    assert_string_equal(first.sender_department.c_str(), "Sales");
    assert_string_equal(first.tsi.c_str(), "+1 555");
    assert_int_equal(first.pages_total, 2);
    assert_int_equal(first.dials_max, 12);
    assert_int_equal(first.scheduled_time, 1700000000);
    const JobInfo &second = jobs.value()[1];
    assert_int_equal(static_cast<int>(second.state), static_cast<int>(JobState::done));
    assert_string_equal(second.display_name.c_str(), "plain name");
    assert_string_equal(second.modem.c_str(), "ttyS0");
}

/* A send-queue listing of the jobs `ids`, as hfaxd answers it on a new session (the QUIT
 * of the session before first when `new_session`). */
void expect_send_queue_listing(FakeServer &server, std::vector<std::string> ids, bool new_session)
{
    if (new_session) {
        server.expect("QUIT", "221 Goodbye.\r\n", AfterReply::close);
        server.expect_login();
    }
    server.expect_format("JOBFMT", [ids](const std::string &b, const std::string &e) {
        std::string data;
        for (const std::string &id : ids)
            data += framed(b, e, {id,  "W", "tester", "5551234", "5551234", "",  "",  "", "", "",    "",
                                  "0", "1", "0",      "12",      "0",       "3", "0", "", "", "127", id});
        return data;
    });
    server.expect("TYPE I", "200 Type set to Image.\r\n");
    server.expect_pasv();
    server.expect("LIST sendq", "150 Opening.\r\n226 Transfer complete.\r\n");
}

std::vector<std::string> ids_of(const Result<std::vector<JobInfo>> &jobs)
{
    std::vector<std::string> ids;
    if (jobs)
        for (const JobInfo &job : jobs.value())
            ids.push_back(job.id);
    return ids;
}

/* hfaxd reads the job files of a new session without a lock and leaves out, unsaid, a job
 * file it could not read whole: a job the service knows to be queued that a listing leaves
 * out while its file is still in sendq (SIZE answers 213) is listed again. */
void test_a_job_left_out_while_its_file_is_queued_is_listed_again(void **)
{
    Fixture f;
    f.server->expect_login();
    expect_send_queue_listing(*f.server, {"4", "5"}, false);
    expect_send_queue_listing(*f.server, {"4"}, true);
    f.server->expect("SIZE sendq/q5", "213 812\r\n");
    expect_send_queue_listing(*f.server, {"4", "5"}, true);
    assert_int_equal(ids_of(f.service->list_jobs(JobQueue::send)).size(), 2);
    std::vector<std::string> second = ids_of(f.service->list_jobs(JobQueue::send));
    for (const std::string &line : f.server->unexpected_lines)
        std::fprintf(stderr, "unexpected: %s\n", line.c_str());
    assert_true(f.server->unexpected_lines.empty());
    assert_true(f.server->script.empty());
    assert_true((second == std::vector<std::string>{"4", "5"}));
    assert_true(f.warnings.find("job 5") != std::string::npos);
}

/* The job the service just submitted is known to be queued as well. */
void test_a_job_just_submitted_and_left_out_is_listed_again(void **)
{
    Fixture f;
    std::string path = write_temp_file("left-out.tif", std::string("II*\0tiffdata", 12));
    f.server->expect_login();
    expect_upload(*f.server, "TIFF", "/tmp/doc1.tif", true);
    f.server->expect("JOB DEFAULT", "200 Current job: (default).\r\n");
    f.server->expect("JNEW", "200 New job created: jobid: 10 groupid: 10.\r\n");
    expect_parameters(*f.server);
    f.server->expect("JPARM DOCUMENT /tmp/doc1.tif", "200 Added document.\r\n");
    f.server->expect("JSUBM", "200 Job 10 submitted.\r\n");
    Result<std::string> id = f.service->submit_job(tiff_job(path));
    std::remove(path.c_str());
    assert_true(id.ok());
    expect_send_queue_listing(*f.server, {"4"}, true);
    f.server->expect("SIZE sendq/q10", "213 812\r\n");
    expect_send_queue_listing(*f.server, {"4", "10"}, true);
    std::vector<std::string> listed = ids_of(f.service->list_jobs(JobQueue::send));
    assert_true(f.server->script.empty());
    assert_true((listed == std::vector<std::string>{"4", "10"}));
}

/* When many known jobs leave at once (sent or removed), at most 16 are checked. */
void test_many_jobs_that_left_are_checked_at_most_sixteen(void **)
{
    Fixture f;
    std::vector<std::string> many;
    for (int id = 10; id < 30; ++id)
        many.push_back(std::to_string(id));
    f.server->expect_login();
    expect_send_queue_listing(*f.server, many, false);
    expect_send_queue_listing(*f.server, {}, true);
    for (int id = 10; id < 26; ++id)
        f.server->expect("SIZE sendq/q" + std::to_string(id), "550 not a plain file.\r\n");
    assert_int_equal(ids_of(f.service->list_jobs(JobQueue::send)).size(), 20);
    assert_true(ids_of(f.service->list_jobs(JobQueue::send)).empty());
    for (const std::string &line : f.server->unexpected_lines)
        std::fprintf(stderr, "unexpected: %s\n", line.c_str());
    assert_true(f.server->unexpected_lines.empty());
    assert_true(f.server->script.empty());
}

/* A job that left the send queue (SIZE: not a plain file) costs that one command only. */
void test_a_job_that_left_the_queue_costs_one_check(void **)
{
    Fixture f;
    f.server->expect_login();
    expect_send_queue_listing(*f.server, {"4", "5"}, false);
    expect_send_queue_listing(*f.server, {"4"}, true);
    f.server->expect("SIZE sendq/q5", "550 sendq/q5: not a plain file.\r\n");
    expect_send_queue_listing(*f.server, {"4"}, true);
    assert_int_equal(ids_of(f.service->list_jobs(JobQueue::send)).size(), 2);
    assert_true((ids_of(f.service->list_jobs(JobQueue::send)) == std::vector<std::string>{"4"}));
    /* Job 5 is no longer expected: the third listing checks nothing. */
    assert_true((ids_of(f.service->list_jobs(JobQueue::send)) == std::vector<std::string>{"4"}));
    assert_true(f.server->unexpected_lines.empty());
    assert_true(f.server->script.empty());
}

/* Malformed records are skipped with a warning; text without a single record (the
 * format was not applied) is a protocol error. */
void test_malformed_records_are_skipped(void **)
{
    auto identity = [](const std::string &text) { return text; };
    std::string warnings;
    auto warn = [&warnings](const std::string &message) { warnings += message + "\n"; };
    ListingMarkers m = ListingMarkers::random();
    Result<std::vector<JobInfo>> parsed =
        parse_job_listing(framed(m, {"1", "W", "only three"}) +
                              framed(m, {"4", "W", "t", "5",  "5", "",  "",  "", "", "",    "",
                                         "x", "2", "1", "12", "0", "3", "0", "", "", "127", "4"}) +
                              m.begin + "cut short\r\n",
                          m, identity, warn);
    assert_true(parsed.ok());
    assert_int_equal(parsed.value().size(), 0);
    assert_true(warnings.find("3 fields") != std::string::npos);
    assert_true(warnings.find("pages done \"x\"") != std::string::npos);
    assert_true(warnings.find("no end marker") != std::string::npos);
    Result<std::vector<JobInfo>> unframed =
        parse_job_listing("4    127 W tester 5551234\r\n", m, identity, warn);
    assert_false(unframed.ok());
    assert_int_equal(static_cast<int>(unframed.error().kind), static_cast<int>(ErrorKind::protocol));
    assert_true(parse_job_listing("", m, identity, warn).ok());
    assert_true(job_listing_format(m) != job_listing_format(ListingMarkers::random()));
}

void test_status_listing_gives_modems_and_scheduler(void **)
{
    ListingMarkers m = ListingMarkers::random();
    std::string listing = "HylaFAX scheduler on host: Running\r\n" +
                          framed(m, {"ttyIAX0", "+1.555.0001", "FaxcomA", "Running and idle", "*"});
    auto identity = [](const std::string &text) { return text; };
    Result<std::vector<ModemInfo>> modems = parse_modem_listing(listing, m, identity, nullptr);
    assert_true(modems.ok());
    assert_int_equal(modems.value().size(), 1);
    assert_string_equal(modems.value()[0].name.c_str(), "ttyIAX0");
    assert_string_equal(modems.value()[0].local_id.c_str(), "FaxcomA");
    assert_true(modems.value()[0].running);
    assert_string_equal(modems.value()[0].status_text.c_str(), "Running and idle");
    assert_string_equal(scheduler_line(listing, m).c_str(), "HylaFAX scheduler on host: Running");
}

void test_received_listing(void **)
{
    auto identity = [](const std::string &text) { return text; };
    ListingMarkers m = ListingMarkers::random();
    std::vector<std::string> fields = {
        "fax000000001.tif", "1700000000", "SENDER TSI", "2",  "12345", "*",   "uucp", "",
        "5550001",          "John",       "",           "98", "1728",  "297", "14400"};
    std::string listing = framed(m, fields);
    /* Numbers that do not fit skip that fax. */
    for (size_t field : {1, 3, 4, 11, 12, 13, 14}) {
        std::vector<std::string> bad = fields;
        bad[field] = field == 4 ? "18446744073709551616" : "99999999999999999999";
        listing += framed(m, bad);
    }
    std::string warnings;
    Result<std::vector<ReceivedFax>> faxes = parse_received_listing(
        listing, m, identity, [&warnings](const std::string &message) { warnings += message + "\n"; });
    assert_true(faxes.ok());
    assert_int_equal(faxes.value().size(), 1);
    const ReceivedFax &fax = faxes.value()[0];
    assert_string_equal(fax.file.c_str(), "fax000000001.tif");
    assert_string_equal(fax.sender_tsi.c_str(), "SENDER TSI");
    assert_int_equal(fax.pages, 2);
    assert_int_equal(fax.size_bytes, 12345);
    assert_true(fax.in_progress);
    assert_string_equal(fax.caller_id_number.c_str(), "5550001");
    assert_int_equal(fax.signalling_rate, 14400);
    assert_true(warnings.find("skipped received-fax record 8") != std::string::npos);
}

/* hfaxd 6.0 lists the page length of a fax received with variable-length pages as
 * (u_int)-1 (seen on a real fax over iaxmodem): that fax is listed, its length unknown (0). */
void test_received_fax_of_unknown_length(void **)
{
    auto identity = [](const std::string &text) { return text; };
    ListingMarkers m = ListingMarkers::random();
    std::string listing = framed(m, {"fax000000001.tif", "1700000000", "+1 555 0001", "1", "12345", "",
                                     "uucp", "", "", "", "", "98", "1728", "4294967295", "14400"});
    listing += framed(m, {"fax000000002.tif", "1700000000", "+1 555 0001", "1", "12345", "", "uucp", "", "",
                          "", "", "98", "1728", "4294967296", "14400"});
    std::string warnings;
    Result<std::vector<ReceivedFax>> faxes = parse_received_listing(
        listing, m, identity, [&warnings](const std::string &message) { warnings += message + "\n"; });
    assert_true(faxes.ok());
    assert_int_equal(faxes.value().size(), 1);
    assert_string_equal(faxes.value()[0].file.c_str(), "fax000000001.tif");
    assert_int_equal(faxes.value()[0].page_length, 0);
    assert_true(warnings.find("skipped received-fax record 2") != std::string::npos);
}

void test_unknown_job_is_not_found(void **)
{
    Fixture f;
    f.server->expect_login();
    f.server->expect("JKILL 999", "500 Cannot set job 999; job does not exist.\r\n");
    f.server->expect("JDELE 5", "504 Job 5 not deleted; job is not done.\r\n");
    Status killed = f.service->kill_job("999");
    assert_int_equal(static_cast<int>(killed.error().kind), static_cast<int>(ErrorKind::not_found));
    Status deleted = f.service->delete_job("5");
    assert_int_equal(static_cast<int>(deleted.error().kind), static_cast<int>(ErrorKind::server_refused));
    assert_int_equal(deleted.error().server_code, 504);
}

/* JKILL answered 200: the job is killed, whatever happens to the follow-up check. */
void test_kill_succeeds_when_only_the_follow_up_listing_fails(void **)
{
    for (int failure = 0; failure < 3; ++failure) {
        Fixture f;
        f.server->expect_login();
        f.server->expect("JKILL 7", "200 Job 7 killed.\r\n");
        if (failure == 2) {
            f.server->expect("JOBFMT ", "garbage\r\n");
            f.server->script.back().match_prefix = true;
        } else {
            f.server->expect_format("JOBFMT", [](const std::string &, const std::string &) { return ""; });
            f.server->expect("TYPE I", "200 Type set to Image.\r\n");
            if (failure == 0) {
                f.server->expect_pasv();
                f.server->expect("LIST sendq", "150 Opening.\r\n", AfterReply::reset);
            } else {
                f.server->expect("PASV", "", AfterReply::go_silent);
            }
        }
        Status killed = f.service->kill_job("7");
        if (!killed)
            std::fprintf(stderr, "failure %d: %s\n", failure, killed.error().message.c_str());
        assert_true(killed.ok());
        assert_true(f.warnings.find("job 7") != std::string::npos);
    }
}

/* The 22 fields of a plausible job record for `id`, in job_listing_format() order. */
std::vector<std::string> job_fields(const std::string &id)
{
    return {id,  "W", "owner" + id, "555" + id, "555" + id, "To", "Co", "Loc", "From", "faxcom:name=N", "",
            "0", "1", "0",          "12",       "0",        "3",  "0",  "",    "n@x",  "127",           id};
}

/* GetJobs over the fake server with `records(begin, end)` as the send queue. */
Result<std::vector<JobInfo>>
list_send_queue(Fixture &f, std::function<std::string(const std::string &, const std::string &)> records)
{
    f.server->expect_login();
    f.server->expect_format("JOBFMT", std::move(records));
    f.server->expect("TYPE I", "200 Type set to Image.\r\n");
    f.server->expect_pasv();
    f.server->expect("LIST sendq", "150 Opening.\r\n226 Transfer complete.\r\n");
    return f.service->list_jobs(JobQueue::send);
}

/* Jobs 4, 5 and 6, job 5 with `value` in field `field`; the listing itself must succeed. */
Result<std::vector<JobInfo>> list_with_victim(Fixture &f, size_t field, const std::string &value)
{
    Result<std::vector<JobInfo>> jobs = list_send_queue(f, [&](const std::string &b, const std::string &e) {
        std::vector<std::string> victim = job_fields("5");
        victim[field] = value;
        return framed(b, e, job_fields("4")) + framed(b, e, victim) + framed(b, e, job_fields("6"));
    });
    if (!jobs)
        std::fprintf(stderr, "field %zu: %s\n", field, jobs.error().message.c_str());
    assert_true(jobs.ok());
    return jobs;
}

std::string listed_ids(const std::vector<JobInfo> &jobs)
{
    std::string ids;
    for (const JobInfo &job : jobs)
        ids += (ids.empty() ? "" : ",") + job.id;
    return ids;
}

/* A value with line breaks, the field separator and a complete fake record in it, in
 * every field in turn (a fake record framed as the listing would be, but with markers
 * guessed, since the real ones are chosen when the listing is asked for): it must neither
 * create a job nor hide or alter the others. */
void test_no_field_content_creates_hides_or_alters_a_record(void **)
{
    for (size_t field = 0; field < job_fields("1").size(); ++field) {
        Fixture f;
        std::string spoof_line;
        for (const std::string &value : job_fields("666"))
            spoof_line += (spoof_line.empty() ? "" : "\x1f") + value;
        std::string hostile = "x\r\n" + spoof_line + "\r\n\x1eguess\x1f" + spoof_line + "\x1fguess\x1e\r\n";
        Result<std::vector<JobInfo>> jobs = list_with_victim(f, field, hostile);
        std::string ids = listed_ids(jobs.value());
        if (ids != "4,6")
            std::fprintf(stderr, "field %zu: listed %s\n", field, ids.c_str());
        assert_string_equal(ids.c_str(), "4,6");
        assert_string_equal(jobs.value()[0].owner.c_str(), "owner4");
        assert_string_equal(jobs.value()[1].owner.c_str(), "owner6");
        assert_string_equal(jobs.value()[1].group_id.c_str(), "6");
        assert_true(f.warnings.find("skipped") != std::string::npos);
    }
}

/* Line breaks alone in a text field stay that field's text. */
void test_line_breaks_in_a_field_stay_in_that_field(void **)
{
    Fixture f;
    Result<std::vector<JobInfo>> jobs = list_send_queue(f, [](const std::string &b, const std::string &e) {
        std::vector<std::string> fields = job_fields("5");
        fields[19] = "a@x\r\n7";
        return framed(b, e, fields) + framed(b, e, job_fields("6"));
    });
    assert_true(jobs.ok());
    assert_string_equal(listed_ids(jobs.value()).c_str(), "5,6");
    assert_string_equal(jobs.value()[0].notify_address.c_str(), "a@x\r\n7");
}

/* One record with a field too many is skipped with a warning; the rest is listed. */
void test_one_bad_record_does_not_hide_the_queue(void **)
{
    Fixture f;
    Result<std::vector<JobInfo>> jobs = list_send_queue(f, [](const std::string &b, const std::string &e) {
        std::vector<std::string> extra = job_fields("5");
        extra.push_back("surplus");
        return framed(b, e, job_fields("4")) + framed(b, e, extra) + framed(b, e, job_fields("6"));
    });
    if (!jobs)
        std::fprintf(stderr, "%s\n", jobs.error().message.c_str());
    assert_true(jobs.ok());
    assert_string_equal(listed_ids(jobs.value()).c_str(), "4,6");
    assert_true(f.warnings.find("23 fields") != std::string::npos);
}

/* Numbers that do not fit are refused, never clamped: that job is skipped with a warning. */
void test_numbers_that_do_not_fit_skip_the_job(void **)
{
    const std::pair<size_t, const char *> bad[] = {{0, "99999999999999999999"},
                                                   {0, "2147483648"},
                                                   {0, "0"},
                                                   {0, "-3"},
                                                   {0, "12a"},
                                                   {11, "4294967297"},
                                                   {12, "-1"},
                                                   {13, "1e3"},
                                                   {14, "2147483648"},
                                                   {15, "99999999999999999999"},
                                                   {16, " 7 7"},
                                                   {17, "99999999999999999999999"},
                                                   {20, "4294967296"},
                                                   {21, "99999999999999999999"}};
    for (const auto &[field, value] : bad) {
        Fixture f;
        Result<std::vector<JobInfo>> jobs = list_with_victim(f, field, value);
        std::string ids = listed_ids(jobs.value());
        if (ids != "4,6")
            std::fprintf(stderr, "field %zu = %s: listed %s\n", field, value, ids.c_str());
        assert_string_equal(ids.c_str(), "4,6");
        assert_true(f.warnings.find("skipped") != std::string::npos);
    }
    Fixture f;
    Result<std::vector<JobInfo>> jobs = list_send_queue(f, [&](const std::string &b, const std::string &e) {
        std::vector<std::string> fields = job_fields("2147483647");
        fields[11] = "2147483647";
        return framed(b, e, fields);
    });
    assert_true(jobs.ok());
    assert_string_equal(listed_ids(jobs.value()).c_str(), "2147483647");
    assert_int_equal(jobs.value()[0].pages_done, 2147483647);
}

} // namespace

int main()
{
    const CMUnitTest tests[] = {
        cmocka_unit_test(test_submit_sends_the_full_sequence),
        cmocka_unit_test(test_failed_submit_removes_the_half_made_job),
        cmocka_unit_test(test_injection_attempts_send_nothing),
        cmocka_unit_test(test_list_jobs_parses_one_listing),
        cmocka_unit_test(test_a_job_left_out_while_its_file_is_queued_is_listed_again),
        cmocka_unit_test(test_a_job_just_submitted_and_left_out_is_listed_again),
        cmocka_unit_test(test_many_jobs_that_left_are_checked_at_most_sixteen),
        cmocka_unit_test(test_a_job_that_left_the_queue_costs_one_check),
        cmocka_unit_test(test_malformed_records_are_skipped),
        cmocka_unit_test(test_status_listing_gives_modems_and_scheduler),
        cmocka_unit_test(test_received_listing),
        cmocka_unit_test(test_received_fax_of_unknown_length),
        cmocka_unit_test(test_unknown_job_is_not_found),
        cmocka_unit_test(test_kill_succeeds_when_only_the_follow_up_listing_fails),
        cmocka_unit_test(test_no_field_content_creates_hides_or_alters_a_record),
        cmocka_unit_test(test_line_breaks_in_a_field_stay_in_that_field),
        cmocka_unit_test(test_one_bad_record_does_not_hide_the_queue),
        cmocka_unit_test(test_numbers_that_do_not_fit_skip_the_job),
    };
    return cmocka_run_group_tests(tests, nullptr, nullptr);
}
