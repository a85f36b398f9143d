// SPDX-License-Identifier: LGPL-2.1-or-later
/* Issue 11's regression guard: round trips (a reply waited for after the client sent
 * something) and delayed-ACK stalls (a reply hfaxd's Nagle algorithm holds because the
 * client waited without sending anything since the last one: about 40 ms on Linux without
 * TCP_QUICKACK) per Send and per GetJobs, counted by the scripted fake server, for both
 * command patterns: a transport that acknowledges at once (POSIX, TCP_QUICKACK) and one that
 * does not (Winsock under Wine).  A change that adds a round trip or a stall fails here. */
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

void expect_job(FakeServer &server, const std::string &id, const std::string &number, const std::string &doc)
{
    server.expect("JOB DEFAULT", "200 Current job: (default).\r\n");
    server.expect("JNEW", "200 New job created: jobid: " + id + " groupid: " + id + ".\r\n");
    for (const std::string &line :
         {std::string("JPARM FROMUSER \"tester\""), std::string("JPARM SENDTIME NOW"),
          std::string("JPARM LASTTIME 000300"), std::string("JPARM MAXDIALS 12"),
          std::string("JPARM MAXTRIES 3"), std::string("JPARM SCHEDPRI 127"),
          "JPARM DIALSTRING \"" + number + "\"", std::string("JPARM NOTIFYADDR \"tester\""),
          std::string("JPARM VRES 98"), std::string("JPARM PAGEWIDTH 209"),
          std::string("JPARM PAGELENGTH 296"), std::string("JPARM NOTIFY NONE")})
        server.expect(line, "213 set.\r\n");
    server.expect("JPARM DOCUMENT " + doc, "200 Added document " + doc + " as docq/x." + id + ".\r\n");
    server.expect("JSUBM", "200 Job " + id + " submitted.\r\n");
}

void expect_upload(FakeServer &server, bool first, const std::string &doc)
{
    if (first) {
        server.expect("TYPE I", "200 Type set to Image.\r\n");
        server.expect("FORM TIFF", "200 Format set to TIFF.\r\n");
    }
    server.expect_pasv();
    server.expect("STOT",
                  "150 FILE: " + doc + " (Opening).\r\n226 Transfer complete (FILE: " + doc + ").\r\n");
}

struct Counted {
    int round_trips, stalls;
};

/* Runs `operation`, returns what it cost; the login before it is not counted. */
template <typename Operation> Counted count(FakeServer &server, HylafaxService &service, Operation operation)
{
    if (server.connects == 0)
        assert_true(service.connect().ok());
    int round_trips = server.round_trips, stalls = server.stalls;
    operation();
    for (const std::string &line : server.unexpected_lines)
        std::fprintf(stderr, "unexpected: %s\n", line.c_str());
    assert_true(server.unexpected_lines.empty());
    return {server.round_trips - round_trips, server.stalls - stalls};
}

void submit(HylafaxService &service, const JobRequest &request, const char *id)
{
    Result<std::string> submitted = service.submit_job(request);
    if (!submitted)
        std::fprintf(stderr, "submit failed: %s\n", submitted.error().message.c_str());
    assert_true(submitted.ok());
    assert_string_equal(submitted.value().c_str(), id);
}

/* Two Sends of one file on one connection, then a third after the file changed. */
void sends(bool acks_promptly, const Counted expected[3])
{
    TiffFile file("round-trips");
    auto server = std::make_shared<FakeServer>();
    server->acks_promptly = acks_promptly;
    server->expect_login();
    expect_upload(*server, true, "/tmp/doc1.tif");
    expect_job(*server, "1", "5551001", "/tmp/doc1.tif");
    expect_job(*server, "2", "5551002", "/tmp/doc1.tif"); /* the same bytes: not uploaded again */
    expect_upload(*server, false, "/tmp/doc2.tif");
    expect_job(*server, "3", "5551003", "/tmp/doc2.tif");
    HylafaxService service(fake_connection_config(), TraceHook(), server);
    const char *ids[] = {"1", "2", "3"};
    for (int i = 0; i < 3; ++i) {
        if (i == 2)
            file.write(std::string("II*\0tiffdatb", 12)); /* the same size, one byte different */
        Counted cost = count(*server, service, [&] {
            submit(service, file.request("555100" + std::to_string(i + 1)), ids[i]);
        });
        std::fprintf(stderr, "Send %d (%s): %d round trips, %d stalls\n", i + 1,
                     acks_promptly ? "prompt ACKs" : "Winsock", cost.round_trips, cost.stalls);
        assert_int_equal(cost.round_trips, expected[i].round_trips);
        if (!acks_promptly) /* with prompt ACKs hfaxd holds nothing (TCP_QUICKACK) */
            assert_int_equal(cost.stalls, expected[i].stalls);
    }
    assert_true(server->script.empty());
    assert_int_equal(server->uploads.size(), 2);
    assert_true(server->uploads[1] == std::string("II*\0tiffdatb", 12));
}

void test_send_round_trips_with_prompt_acks(void **)
{
    /* TYPE+FORM+PASV, STOT, 226+job lines, JSUBM; then the job lines and JSUBM. */
    const Counted expected[] = {{4, 0}, {2, 0}, {4, 0}};
    sends(true, expected);
}

void test_send_round_trips_and_no_stall_on_winsock(void **)
{
    /* Each batch of replies costs one more round trip (the byte that acknowledges it). */
    const Counted expected[] = {{6, 0}, {3, 0}, {5, 0}};
    sends(false, expected);
}

std::string job_record(const std::string &b, const std::string &e, const std::string &id)
{
    const char *fields[] = {"W",   "tester", "5551234", "5551234", "To", "Co", "Loc", "From", "faxcom:name=N",
                            "",    "0",      "1",       "0",       "12", "0",  "3",   "0",    "",
                            "n@x", "127"};
    std::string record = b + id;
    for (const char *field : fields)
        record += std::string("\x1f") + field;
    return record + "\x1f" + id + e + "\r\n";
}

/* Two GetJobs on one FaxServer: the second on a new session, since the first left hfaxd
 * holding copies of the jobs it listed (hylafax_service.h). */
void listings(bool acks_promptly, const Counted expected[2])
{
    auto server = std::make_shared<FakeServer>();
    server->acks_promptly = acks_promptly;
    server->expect_login();
    for (int i = 0; i < 2; ++i) {
        if (i == 1) {
            if (!acks_promptly) /* the NOOP placeholder that acknowledged the last 226 */
                server->expect("N", "500 N: Command not recognized.\r\n");
            server->expect("QUIT", "221 Goodbye.\r\n", AfterReply::close);
            server->expect_login();
        }
        server->expect_format("JOBFMT", [](const std::string &b, const std::string &e) {
            return job_record(b, e, "4") + job_record(b, e, "5") + job_record(b, e, "6");
        });
        server->expect("TYPE I", "200 Type set to Image.\r\n");
        server->expect_pasv();
        server->expect("LIST sendq", "150 Opening.\r\n226 Transfer complete.\r\n");
    }
    HylafaxService service(fake_connection_config(), TraceHook(), server);
    for (int i = 0; i < 2; ++i) {
        Counted cost = count(*server, service, [&] {
            Result<std::vector<JobInfo>> jobs = service.list_jobs(JobQueue::send);
            if (!jobs)
                std::fprintf(stderr, "list failed: %s\n", jobs.error().message.c_str());
            assert_true(jobs.ok());
            assert_int_equal(jobs.value().size(), 3);
        });
        std::fprintf(stderr, "GetJobs %d (%s): %d round trips, %d stalls\n", i + 1,
                     acks_promptly ? "prompt ACKs" : "Winsock", cost.round_trips, cost.stalls);
        assert_int_equal(cost.round_trips, expected[i].round_trips);
        if (!acks_promptly)
            assert_int_equal(cost.stalls, expected[i].stalls);
    }
    assert_true(server->script.empty());
}

void test_list_round_trips_with_prompt_acks(void **)
{
    /* JOBFMT, (TYPE+)PASV, LIST; the 226 follows the data.  The second listing first ends the
     * session and logs in again: 3 more. */
    const Counted expected[] = {{3, 0}, {6, 0}};
    listings(true, expected);
}

void test_list_round_trips_and_no_stall_on_winsock(void **)
{
    /* JOBFMT, TYPE+PASV (+1 to acknowledge TYPE's reply), LIST, the 226 (acknowledged by
     * the placeholder's first byte); the second listing ends that placeholder first. */
    const Counted expected[] = {{5, 0}, {8, 0}}; /* the second on a new session: 3 more */
    listings(false, expected);
}

} // namespace

int main()
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_send_round_trips_with_prompt_acks),
        cmocka_unit_test(test_send_round_trips_and_no_stall_on_winsock),
        cmocka_unit_test(test_list_round_trips_with_prompt_acks),
        cmocka_unit_test(test_list_round_trips_and_no_stall_on_winsock),
    };
    return cmocka_run_group_tests(tests, nullptr, nullptr);
}
