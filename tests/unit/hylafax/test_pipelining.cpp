// SPDX-License-Identifier: LGPL-2.1-or-later
/* Pipelined job creation against the scripted fake server: what may be pipelined, the
 * resubmission of a job whose parameters hfaxd dropped, and cleanup when a pipelined
 * parameter is refused. */
#include "cmocka_cpp.h"

#include <cstdio>
#include <string>
#include <unistd.h>

#include "fake_server.h"
#include "hylafax/hylafax_service.h"

using namespace faxcom;
using namespace faxcom::hylafax;
using namespace faxcom::hylafax::testing;

namespace {

/* A one-page TIFF on disk and a job for it. */
struct TiffJob {
    TiffFile file{"pipelining"};
    JobRequest request = file.request("5551234");
};

/* JOB DEFAULT .. JPARM DOCUMENT for job `id`; `refused_parameter` answers 500 instead. */
void expect_job_creation(FakeServer &server, const std::string &id, const std::string &refused_parameter = "")
{
    server.expect("JOB DEFAULT", "200 Current job: (default).\r\n");
    server.expect("JNEW", "200 New job created: jobid: " + id + " groupid: " + id + ".\r\n");
    for (const char *line :
         {"JPARM FROMUSER \"tester\"", "JPARM SENDTIME NOW", "JPARM LASTTIME 000300", "JPARM MAXDIALS 12",
          "JPARM MAXTRIES 3", "JPARM SCHEDPRI 127", "JPARM DIALSTRING \"5551234\"",
          "JPARM NOTIFYADDR \"tester\"", "JPARM VRES 98", "JPARM PAGEWIDTH 209", "JPARM PAGELENGTH 296",
          "JPARM NOTIFY NONE", "JPARM DOCUMENT /tmp/doc1.tif"})
        server.expect(line, line == refused_parameter ? "500 JPARM: Parameter not recognized.\r\n"
                                                      : "213 set.\r\n");
}

void report_unexpected(const FakeServer &server)
{
    for (const std::string &line : server.unexpected_lines)
        std::fprintf(stderr, "unexpected: %s\n", line.c_str());
}

void test_commands_hfaxd_runs_reentrantly_are_not_pipelined(void **)
{
    auto server = std::make_shared<FakeServer>();
    HylafaxSession session(fake_connection_config(), server);
    auto guard = session.lock();
    for (const char *unsafe : {"JSUBM", "jsubm", "JKILL 3", "JSUSP 3", "JDELE 3", "JINTR 3", "SITE TRIGGER x",
                               "STOT", "LIST sendq", "RETR recvq/fax1.tif"}) {
        Status sent = session.send_pipelined({"JPARM TOUSER \"a\"", unsafe});
        assert_false(sent.ok());
        assert_int_equal(static_cast<int>(sent.error().kind), static_cast<int>(ErrorKind::bad_input));
    }
    /* hfaxd answers a 510-byte line twice: refused before anything is sent. */
    Status long_line = session.send_pipelined({"NOOP", "JPARM TOUSER \"" + std::string(495, 'x') + "\""});
    assert_false(long_line.ok());
    assert_int_equal(server->connects, 0);
    assert_true(server->received_lines.empty());
    assert_int_equal(session.outstanding_replies(), 0);
}

void test_pipelined_replies_are_read_in_order(void **)
{
    auto server = std::make_shared<FakeServer>();
    server->chunk_limit = 7; /* replies arrive cut at odd places */
    server->expect_login();
    server->expect("NOOP", "200 first.\r\n");
    server->expect("JPARM TOUSER", "213-two\r\n213 lines.\r\n");
    server->expect("JOB 9", "500 Cannot set job 9; job does not exist.\r\n");
    HylafaxSession session(fake_connection_config(), server);
    auto guard = session.lock();
    assert_true(session.send_pipelined({"NOOP", "JPARM TOUSER", "JOB 9"}).ok());
    assert_int_equal(session.outstanding_replies(), 3);
    /* A plain command while replies are owed would read the wrong reply: refused. */
    assert_false(session.command("NOOP").ok());
    int codes[] = {200, 213, 500};
    for (int code : codes) {
        Result<Reply> reply = session.read_reply();
        assert_true(reply.ok());
        assert_int_equal(reply.value().code, code);
    }
    assert_int_equal(session.outstanding_replies(), 0);
    assert_false(session.read_reply().ok());
    assert_true(server->script.empty());
}

void test_job_whose_parameters_hfaxd_dropped_is_made_again(void **)
{
    TiffJob job;
    auto server = std::make_shared<FakeServer>();
    server->expect_login();
    expect_tiff_upload(*server);
    expect_job_creation(*server, "19");
    server->expect("JSUBM", "504 Cannot submit job 19; null or missing DIALSTRING parameter.\r\n");
    server->expect("JDELE 19", "200 Job 19 deleted; current job: (default).\r\n");
    expect_job_creation(*server, "20"); /* the uploaded file is used again */
    server->expect("JSUBM", "200 Job 20 submitted.\r\n");
    HylafaxService service(fake_connection_config(), TraceHook(), server);
    Result<std::string> id = service.submit_job(job.request);
    report_unexpected(*server);
    assert_true(id.ok());
    assert_string_equal(id.value().c_str(), "20");
    assert_true(server->script.empty());
    assert_true(server->unexpected_lines.empty());
    assert_int_equal(server->uploads.size(), 1);
}

void test_other_refusals_of_jsubm_are_not_retried(void **)
{
    TiffJob job;
    auto server = std::make_shared<FakeServer>();
    server->expect_login();
    expect_tiff_upload(*server);
    expect_job_creation(*server, "21");
    server->expect("JSUBM", "504 Job 21 not submitted; already done.\r\n");
    server->expect("JDELE 21", "200 Job 21 deleted; current job: (default).\r\n");
    HylafaxService service(fake_connection_config(), TraceHook(), server);
    Result<std::string> id = service.submit_job(job.request);
    assert_false(id.ok());
    assert_int_equal(id.error().server_code, 504);
    assert_true(server->script.empty());
    assert_true(server->unexpected_lines.empty());
}

void test_refused_parameter_removes_the_job_and_ends_the_session(void **)
{
    TiffJob job;
    auto server = std::make_shared<FakeServer>();
    server->expect_login();
    expect_tiff_upload(*server);
    expect_job_creation(*server, "22", "JPARM MAXTRIES 3");
    server->expect("JDELE 22", "200 Job 22 deleted; current job: (default).\r\n");
    server->expect("QUIT", "221 Goodbye.\r\n");
    HylafaxService service(fake_connection_config(), TraceHook(), server);
    Result<std::string> id = service.submit_job(job.request);
    report_unexpected(*server);
    assert_false(id.ok());
    assert_int_equal(static_cast<int>(id.error().kind), static_cast<int>(ErrorKind::server_refused));
    assert_int_equal(id.error().server_code, 500);
    assert_true(id.error().message.find("MAXTRIES") != std::string::npos);
    assert_true(server->script.empty());
    assert_true(server->unexpected_lines.empty());
    for (const std::string &line : server->received_lines)
        assert_true(line != "JSUBM");
}

/* A JNEW id faxcom cannot hand out (0, beyond a 32-bit long, absurdly long): Send fails
 * with a description and the job the server made is removed, never submitted. */
void test_unusable_new_job_id_fails_and_removes_the_job(void **)
{
    for (const char *bad : {"0", "2147483648", "99999999999999999999"}) {
        TiffJob job;
        auto server = std::make_shared<FakeServer>();
        server->expect_login();
        expect_tiff_upload(*server);
        expect_job_creation(*server, bad);
        server->expect(std::string("JDELE ") + bad, "200 Job deleted; current job: (default).\r\n");
        server->expect("QUIT", "221 Goodbye.\r\n");
        HylafaxService service(fake_connection_config(), TraceHook(), server);
        Result<std::string> id = service.submit_job(job.request);
        report_unexpected(*server);
        assert_false(id.ok());
        assert_int_equal(static_cast<int>(id.error().kind), static_cast<int>(ErrorKind::protocol));
        assert_true(id.error().message.find(bad) != std::string::npos);
        assert_true(server->script.empty());
        assert_true(server->unexpected_lines.empty());
        for (const std::string &line : server->received_lines)
            assert_true(line != "JSUBM");
    }
}

} // namespace

int main()
{
    const CMUnitTest tests[] = {
        cmocka_unit_test(test_commands_hfaxd_runs_reentrantly_are_not_pipelined),
        cmocka_unit_test(test_pipelined_replies_are_read_in_order),
        cmocka_unit_test(test_job_whose_parameters_hfaxd_dropped_is_made_again),
        cmocka_unit_test(test_other_refusals_of_jsubm_are_not_retried),
        cmocka_unit_test(test_refused_parameter_removes_the_job_and_ends_the_session),
        cmocka_unit_test(test_unusable_new_job_id_fails_and_removes_the_job),
    };
    return cmocka_run_group_tests(tests, nullptr, nullptr);
}
