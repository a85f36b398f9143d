// SPDX-License-Identifier: LGPL-2.1-or-later
/* Port administration in the HylaFAX backend: the modem configuration parser, the SITE
 * CONFIG line, the status-text table, activity assembly, and the service operations
 * (admin checks, RETR of the config, modem_activity's listings, the new job options)
 * against the scripted fake server. */
#include "cmocka_cpp.h"

#include <cstdio>
#include <cstring>
#include <deque>
#include <string>
#include <unistd.h>

#include "hylafax/command_text.h"
#include "fake_server.h"
#include "hylafax/hylafax_service.h"
#include "hylafax/listing_format.h"
#include "hylafax/modem_activity.h"
#include "hylafax/modem_config.h"

using namespace faxcom;
using namespace faxcom::hylafax;
using namespace faxcom::hylafax::testing;
using State = ModemActivity::State;

namespace {

/* A fake server that hands out one queued content per data connection. */
class QueuedDataServer : public FakeServer {
  public:
    std::deque<std::string> data_contents;
    Result<std::unique_ptr<Transport>> connect(const std::string &host, uint16_t port,
                                               int timeout_ms) override
    {
        if (port != control_port && !data_contents.empty()) {
            data_to_send = data_contents.front();
            data_contents.pop_front();
        }
        return FakeServer::connect(host, port, timeout_ms);
    }
};

std::string job_line(const std::string &begin, const std::string &end, const std::string &id,
                     const std::string &state, const std::string &modem);

struct Fixture {
    std::shared_ptr<QueuedDataServer> server = std::make_shared<QueuedDataServer>();
    std::unique_ptr<HylafaxService> service;
    explicit Fixture(const std::string &admin_password = "")
    {
        ConnectionConfig config;
        config.server.port = FakeServer::control_port;
        config.user = "tester";
        config.admin_password = admin_password;
        service = std::make_unique<HylafaxService>(config, TraceHook(), server);
    }
    void expect_admin_login()
    {
        server->expect("USER tester", "230 User tester logged in.\r\n");
        server->expect("ADMIN s3cret", "230 Administrative privileges established.\r\n");
        server->expect("TZONE GMT", "200 Time values are handled in GMT.\r\n");
    }
    void expect_download(const std::string &line, const std::string &content, bool set_type)
    {
        if (set_type)
            server->expect("TYPE I", "200 Type set to Image.\r\n");
        server->expect_pasv();
        server->expect(line, "150 Opening.\r\n226 Transfer complete.\r\n");
        if (!content.empty()) /* else what the format command's step prepared */
            server->data_contents.push_back(content);
    }
    /* A send-queue listing of one job; on a new session (QUIT, login) unless `first`. */
    void expect_job_listing(const std::string &id, const std::string &state, bool first = false)
    {
        if (!first) {
            server->expect("QUIT", "221 Goodbye.\r\n", AfterReply::close);
            server->expect_login();
        }
        server->expect_format("JOBFMT", [id, state](const std::string &b, const std::string &e) {
            return job_line(b, e, id, state, "any");
        });
        expect_download("LIST sendq", "", true);
    }
};

/* One listing record framed by the markers the client chose. */
std::string fields(const std::string &begin, const std::string &end,
                   std::initializer_list<std::string> values)
{
    std::string line;
    for (const std::string &value : values)
        line += (line.empty() ? "" : "\x1f") + value;
    return begin + line + end + "\r\n";
}

std::string job_line(const std::string &begin, const std::string &end, const std::string &id,
                     const std::string &state, const std::string &modem)
{
    /* The letters of job_listing_format(): j a o e v R C L S J s p y d x t u Z m M i g. */
    return fields(begin, end, {id,       state,        "tester",  "5550002", "5550002", "",  "",   "",
                               "tester", "",           "Sending", "0",       "1",       "1", "12", "0",
                               "3",      "1700000000", modem,     "",        "127",     id});
}

const char sample_config[] = "# modem A\n"
                             "CountryCode:\t\t1\n"
                             "FAXNumber:\t\t5550001\n"
                             "LocalIdentifier:\t\"+1 555 0001\"   # quoted\n"
                             "RingsBeforeAnswer:\t1\n"
                             "ModemType:\tClass1 # comment after a bare value\n"
                             "TagLineFormat:\t\"From %%l|%c|Page %%P of %%T \\\"x\\\"\"\n"
                             "not a parameter line\n"
                             "Bad Name: 3\n"
                             "\n";

void test_config_file_is_parsed(void **)
{
    Result<ModemConfig> config = parse_modem_config(sample_config);
    assert_true(config.ok());
    assert_int_equal(config.value().rings_before_answer, 1);
    assert_true(config.value().answers_calls);
    assert_string_equal(config.value().local_identifier.c_str(), "+1 555 0001");
    assert_string_equal(config.value().fax_number.c_str(), "5550001");
    assert_int_equal(config.value().priority, 255); /* absent: HylaFAX's default */
    assert_string_equal(config.value().all.at("ModemType").c_str(), "Class1");
    assert_string_equal(config.value().all.at("TagLineFormat").c_str(), "From %%l|%c|Page %%P of %%T \"x\"");
    assert_string_equal(config.value().all.at("CountryCode").c_str(), "1");
    assert_int_equal(config.value().all.size(), 6);
}

void test_config_defaults_and_bad_numbers(void **)
{
    Result<ModemConfig> config = parse_modem_config("ringsbeforeanswer: many\nModemPriority: 300\n");
    assert_true(config.ok());
    assert_int_equal(config.value().rings_before_answer, 0);
    assert_false(config.value().answers_calls);
    assert_int_equal(config.value().priority, 255);
    assert_string_equal(config.value().all.at("ringsbeforeanswer").c_str(), "many");

    config = parse_modem_config("modempriority: 10\nRingsBeforeAnswer: 0\nRingsBeforeAnswer: 3\n");
    assert_true(config.ok());
    assert_int_equal(config.value().priority, 10);
    assert_int_equal(config.value().rings_before_answer, 3); /* the later line wins */

    config = parse_modem_config("RingsBeforeAnswer: 99999999999999\n");
    assert_true(config.ok());
    assert_int_equal(config.value().rings_before_answer, 0);
}

void test_hostile_config_is_refused(void **)
{
    std::string big(max_modem_config_bytes + 1, 'x');
    assert_int_equal(static_cast<int>(parse_modem_config(big).error().kind),
                     static_cast<int>(ErrorKind::bad_format));
    std::string with_nul("A: 1\n", 5);
    with_nul += std::string("B: \0", 4);
    assert_false(parse_modem_config(with_nul).ok());
    std::string many;
    for (size_t i = 0; i <= max_modem_config_entries; ++i)
        many += "P" + std::to_string(i) + ": 1\n";
    assert_false(parse_modem_config(many).ok());
    /* Unterminated quote: the rest of the line is the value, no crash. */
    Result<ModemConfig> open_quote = parse_modem_config("LocalIdentifier: \"abc\\");
    assert_true(open_quote.ok());
    assert_string_equal(open_quote.value().local_identifier.c_str(), "abc\\");
}

void test_config_with_parameter(void **)
{
    const std::string text = "# modem config\nRingsBeforeAnswer:\t1\nLocalIdentifier: \"+1 555 0001\"\n"
                             "#RingsBeforeAnswer: 9\nringsbeforeanswer: 3\n";
    Result<std::string> changed = config_with_parameter(text, "RingsBeforeAnswer", "2");
    assert_true(changed.ok());
    /* Every setting line replaced by one, comments kept, the rest untouched. */
    assert_string_equal(changed.value().c_str(), "# modem config\nRingsBeforeAnswer:\t2\n"
                                                 "LocalIdentifier: \"+1 555 0001\"\n#RingsBeforeAnswer: 9\n");
    changed = config_with_parameter(text, "ModemPriority", "10");
    assert_true(changed.ok());
    assert_string_equal(changed.value().c_str(), (text + "ModemPriority:\t10\n").c_str());
    changed = config_with_parameter(text, "LocalIdentifier", "+1 555 9");
    assert_true(changed.ok());
    assert_non_null(strstr(changed.value().c_str(), "LocalIdentifier:\t\"+1 555 9\"\n"));
    assert_int_equal(parse_modem_config(changed.value()).value().local_identifier.compare("+1 555 9"), 0);
    for (const char *bad_parameter : {"", "Rings Before", "Rings:", "a/b", "Rings\r\nDELE x"})
        assert_int_equal(static_cast<int>(config_with_parameter(text, bad_parameter, "1").error().kind),
                         static_cast<int>(ErrorKind::bad_input));
    for (const char *bad_value : {"1\r\nModemPriority: 2", "1\n", "1\r"})
        assert_false(config_with_parameter(text, "RingsBeforeAnswer", bad_value).ok());
    assert_false(config_with_parameter(text, "RingsBeforeAnswer", std::string("1\0", 2)).ok());
    for (const char *bad_modem : {"", "../etc", "a b", ".."})
        assert_false(check_modem_name(bad_modem).ok());
    assert_string_equal(canonical_modem_name("/dev/ttyS0").c_str(), "_dev_ttyS0");
}

void test_status_text_table(void **)
{
    const std::pair<const char *, State> table[] = {
        {"Running and idle", State::idle},
        {"Sending job 17", State::sending},
        {"Sending facsimile", State::sending},
        {"Receiving facsimile", State::receiving},
        {"Receiving from \"+1 555 0001\"", State::receiving},
        {"Answering the phone", State::receiving},
        {"Initializing server and modem", State::busy_other},
        {"Waiting for modem to come free", State::busy_other},
        {"Listening to rings from modem", State::busy_other},
        {"Waiting for modem to come ready", State::down},
        {"No status (empty file)", State::down},
        {"Something new", State::busy_other},
    };
    for (const auto &[text, state] : table) {
        if (modem_state_from_status(text, true) != state)
            fail_msg("'%s' gave %s", text, modem_state_name(modem_state_from_status(text, true)));
    }
    assert_int_equal(static_cast<int>(modem_state_from_status("Running and idle", false)),
                     static_cast<int>(State::down));
    assert_int_equal(static_cast<int>(modem_state_from_status("Sending job 3", false)),
                     static_cast<int>(State::sending));
}

void test_activity_assembly(void **)
{
    ModemInfo modem;
    modem.name = "_dev_ttyIAXa";
    modem.status_text = "Initializing server and modem";
    modem.running = true;
    JobInfo other, mine, waiting;
    other.id = "1", other.state = JobState::running, other.modem = "_dev_ttyIAXb";
    waiting.id = "2", waiting.state = JobState::waiting, waiting.modem = "_dev_ttyIAXa";
    mine.id = "3", mine.state = JobState::running, mine.modem = "/dev/ttyIAXa";
    ModemActivity activity = assemble_modem_activity(modem, {other, waiting, mine}, nullptr);
    assert_int_equal(static_cast<int>(activity.state), static_cast<int>(State::sending));
    assert_true(activity.job.has_value());
    assert_string_equal(activity.job->id.c_str(), "3");

    modem.status_text = "Receiving facsimile";
    ReceivedFax done, now;
    done.file = "fax1.tif";
    now.file = "fax2.tif", now.in_progress = true, now.sender_tsi = "+1 555 0001", now.pages = 1;
    std::vector<ReceivedFax> queue{done, now};
    activity = assemble_modem_activity(modem, {other}, &queue);
    assert_int_equal(static_cast<int>(activity.state), static_cast<int>(State::receiving));
    assert_false(activity.job.has_value());
    assert_true(activity.receiving.has_value());
    assert_string_equal(activity.receiving->file.c_str(), "fax2.tif");
    queue.push_back(now); /* two in progress: which is ours is unknown */
    activity = assemble_modem_activity(modem, {}, &queue);
    assert_false(activity.receiving.has_value());
}

void test_without_admin_password_access_is_denied(void **)
{
    Fixture f;
    f.server->expect_login();
    Result<ModemConfig> config = f.service->read_modem_config("ttyS0");
    assert_false(config.ok());
    assert_int_equal(static_cast<int>(config.error().kind), static_cast<int>(ErrorKind::access_denied));
    assert_non_null(strstr(config.error().message.c_str(), "AdminPassword"));
    Status set = f.service->set_modem_config("ttyS0", "RingsBeforeAnswer", "2");
    assert_int_equal(static_cast<int>(set.error().kind), static_cast<int>(ErrorKind::access_denied));
    Result<bool> admin = f.service->has_admin_rights();
    assert_true(admin.ok());
    assert_false(admin.value());
    assert_true(f.server->unexpected_lines.empty());
    assert_true(f.server->script.empty());
}

void test_admin_reads_and_sets_config(void **)
{
    Fixture f("s3cret");
    f.expect_admin_login();
    f.expect_download("RETR etc/config.ttyS0", sample_config, true);
    /* A change: the file is read, edited and stored back (SITE CONFIG changes nothing in
     * HylaFAX 6.0). */
    f.server->expect_pasv();
    f.server->expect("RETR etc/config._dev_ttyS0", "150 Opening.\r\n226 Transfer complete.\r\n");
    f.server->data_contents.push_back(sample_config);
    f.server->expect("FORM PS", "200 Format set.\r\n");
    f.server->expect_pasv();
    f.server->expect("STOR etc/config._dev_ttyS0", "150 Opening.\r\n226 Transfer complete.\r\n");
    /* A file the fax user cannot write. */
    f.server->expect_pasv();
    f.server->expect("RETR etc/config.ttyS0", "150 Opening.\r\n226 Transfer complete.\r\n");
    f.server->data_contents.push_back(sample_config);
    f.server->expect_pasv();
    f.server->expect("STOR etc/config.ttyS0", "553 etc/config.ttyS0: Permission denied.\r\n");
    assert_true(f.service->has_admin_rights().value());
    Result<ModemConfig> config = f.service->read_modem_config("ttyS0");
    assert_true(config.ok());
    assert_int_equal(config.value().rings_before_answer, 1);
    assert_true(f.service->set_modem_config("/dev/ttyS0", "LocalIdentifier", "+1 555 9").ok());
    assert_int_equal(f.server->uploads.size(), 1);
    assert_int_equal(parse_modem_config(f.server->uploads[0]).value().local_identifier.compare("+1 555 9"),
                     0);
    Status refused = f.service->set_modem_config("ttyS0", "RingsBeforeAnswer", "4");
    assert_int_equal(static_cast<int>(refused.error().kind), static_cast<int>(ErrorKind::access_denied));
    assert_int_equal(refused.error().server_code, 553);
    assert_non_null(strstr(refused.error().message.c_str(), "writable"));
    /* Device paths become HylaFAX's canonical names, so no name reaches outside etc/;
     * names that cannot be modem names are refused before anything is sent. */
    assert_false(f.service->read_modem_config("tty S0").ok());
    assert_true(f.server->unexpected_lines.empty());
    assert_true(f.server->script.empty());
}

void test_refused_config_retrieval_is_access_denied(void **)
{
    Fixture f("s3cret");
    f.expect_admin_login();
    f.server->expect("TYPE I", "200 Type set to Image.\r\n");
    f.server->expect_pasv();
    f.server->expect("RETR etc/config.ttyS0", "550 etc/config.ttyS0: Operation not permitted.\r\n");
    Result<ModemConfig> config = f.service->read_modem_config("ttyS0");
    assert_int_equal(static_cast<int>(config.error().kind), static_cast<int>(ErrorKind::access_denied));
    assert_null(strstr(config.error().message.c_str(), "s3cret"));
}

void test_modem_activity_uses_one_status_and_one_send_listing(void **)
{
    Fixture f;
    f.server->expect_login();
    f.server->expect_format("MDMFMT", [](const std::string &b, const std::string &e) {
        return "HylaFAX scheduler on localhost: Running\r\n" +
               fields(b, e, {"ttyA", "5550001", "+1 555 0001", "Sending job 7", "*"}) +
               fields(b, e, {"ttyB", "5550002", "+1 555 0002", "Running and idle", " "});
    });
    f.expect_download("LIST status", "", true);
    f.server->expect_format("JOBFMT", [](const std::string &b, const std::string &e) {
        return job_line(b, e, "6", "R", "any") + job_line(b, e, "7", "R", "any");
    });
    f.expect_download("LIST sendq", "", false);
    Result<ModemActivity> activity = f.service->modem_activity("ttyA");
    if (!activity)
        fail_msg("%s", activity.error().message.c_str());
    assert_int_equal(static_cast<int>(activity.value().state), static_cast<int>(State::sending));
    assert_string_equal(activity.value().status_text.c_str(), "Sending job 7");
    assert_true(activity.value().job.has_value());
    assert_string_equal(activity.value().job->id.c_str(), "7");
    assert_true(f.server->unexpected_lines.empty());

    /* An unknown modem is not_found. */
    f.server->expect_format("MDMFMT", [](const std::string &, const std::string &) {
        return "HylaFAX scheduler on localhost: Running\r\n";
    });
    f.expect_download("LIST status", "", false);
    Result<ModemActivity> missing = f.service->modem_activity("ttyZ");
    assert_int_equal(static_cast<int>(missing.error().kind), static_cast<int>(ErrorKind::not_found));
    assert_true(f.server->unexpected_lines.empty());
}

void test_job_options_for_server_settings(void **)
{
    Fixture f;
    TiffFile tiff("modem-admin");
    JobRequest request = tiff.request("5551234");
    request.retry_delay_minutes = 5;
    request.archive_when_done = true;
    request.submit_suspended = true;

    f.server->expect_login();
    expect_tiff_upload(*f.server);
    f.server->expect("JOB DEFAULT", "200 Current job: (default).\r\n");
    f.server->expect("JNEW", "200 New job created: jobid: 9 groupid: 9.\r\n");
    for (const char *line :
         {"JPARM FROMUSER \"tester\"", "JPARM SENDTIME NOW", "JPARM LASTTIME 000300", "JPARM RETRYTIME 0500",
          "JPARM MAXDIALS 12", "JPARM MAXTRIES 3", "JPARM SCHEDPRI 127", "JPARM DIALSTRING \"5551234\"",
          "JPARM NOTIFYADDR \"tester\"", "JPARM VRES 98", "JPARM PAGEWIDTH 209", "JPARM PAGELENGTH 296",
          "JPARM NOTIFY NONE", "JPARM DONEOP archive"})
        f.server->expect(line, "213 set.\r\n");
    f.server->expect("JPARM DOCUMENT /tmp/doc1.tif", "200 Added document.\r\n");
    f.server->expect("JSUBM", "200 Job 9 submitted.\r\n");
    f.server->expect("JSUSP 9", "200 Job 9 suspended.\r\n");
    Result<std::string> id = f.service->submit_job(request);
    for (const std::string &line : f.server->unexpected_lines)
        std::fprintf(stderr, "unexpected: %s\n", line.c_str());
    assert_true(id.ok());
    assert_string_equal(id.value().c_str(), "9");
    assert_true(f.server->unexpected_lines.empty());
    assert_true(f.server->script.empty());

    request.retry_delay_minutes = 60; /* hfaxd would wrap it to 0 */
    Result<std::string> refused = f.service->submit_job(request);
    assert_int_equal(static_cast<int>(refused.error().kind), static_cast<int>(ErrorKind::bad_input));
}

} // namespace

void test_kill_returns_when_the_job_left_the_send_queue(void **)
{
    /* faxq moves a killed job out of sendq a moment after hfaxd's "200 killed": kill_job
     * waits for that, so a listing right after it no longer shows the job. */
    Fixture f;
    f.server->expect_login();
    f.server->expect("JKILL 6", "200 Job 6 killed.\r\n");
    /* Each listing on a new session (see test_listing_on_a_session_holding_job_copies...). */
    f.expect_job_listing("6", "F");
    f.expect_job_listing("7", "W");
    assert_true(f.service->kill_job("6").ok());
    assert_true(f.server->unexpected_lines.empty());
    assert_true(f.server->script.empty());
}

void test_resume_retries_on_a_fresh_session_when_hfaxd_state_is_stale(void **)
{
    /* hfaxd keeps each session's copy of a job and reloads it only when the job file's
     * modification time (in whole seconds) moved on: a JSUBM in the same second as the JSUSP
     * before it can be refused as "not suspended".  A new session reads the job afresh. */
    Fixture f;
    f.server->expect_login();
    f.server->expect("JSUBM 7", "504 Job 7 not submitted; use JSUSP first.\r\n");
    f.server->expect("QUIT", "221 Goodbye.\r\n", AfterReply::close);
    f.server->expect_login();
    f.server->expect("JSUBM 7", "200 Job 7 submitted.\r\n");
    f.server->expect("JSUBM 8", "504 Job 8 not submitted; use JSUSP first.\r\n");
    f.server->expect("QUIT", "221 Goodbye.\r\n", AfterReply::close);
    f.server->expect_login();
    f.server->expect("JSUBM 8", "504 Job 8 not submitted; use JSUSP first.\r\n");
    assert_true(f.service->resume_job("7").ok());
    Status refused = f.service->resume_job("8"); /* really not suspended: refused after one retry */
    assert_int_equal(static_cast<int>(refused.error().kind), static_cast<int>(ErrorKind::server_refused));
    assert_int_equal(f.server->connects, 3);
    assert_true(f.server->unexpected_lines.empty());
    assert_true(f.server->script.empty());
}

void test_listing_on_a_session_holding_job_copies_uses_a_fresh_one(void **)
{
    /* hfaxd keeps a per-session copy of every job the session listed, created, submitted,
     * suspended or killed, and reloads it only when the job file's whole-second modification
     * time moved on; a change in the same second (faxq making the job ready after JSUBM,
     * another client resuming it) stays invisible to that session, which goes on showing the
     * job suspended.  So every listing but a session's first is made on a new session. */
    Fixture f;
    f.server->expect_login();
    f.expect_job_listing("5", "W", true);
    f.server->expect("JSUSP 5", "200 Job 5 suspended.\r\n");
    f.expect_job_listing("5", "T");
    f.expect_job_listing("5", "T");
    f.server->expect("JSUBM 5", "200 Job 5 submitted.\r\n");
    f.expect_job_listing("5", "W");

    assert_true(f.service->list_jobs(JobQueue::send).ok()); /* nothing touched yet: same session */
    assert_true(f.service->suspend_job("5").ok());
    Result<std::vector<JobInfo>> paused = f.service->list_jobs(JobQueue::send);
    assert_true(paused.ok());
    assert_int_equal(paused.value().size(), 1);
    assert_int_equal(paused.value()[0].state_letter, 'T');
    assert_true(f.service->list_jobs(JobQueue::send).ok()); /* it listed the job: a new session */
    assert_true(f.service->resume_job("5").ok());
    Result<JobInfo> resumed = f.service->get_job("5");
    assert_true(resumed.ok());
    assert_int_equal(resumed.value().state_letter, 'W');
    for (const std::string &line : f.server->unexpected_lines)
        std::fprintf(stderr, "unexpected: %s\n", line.c_str());
    assert_true(f.server->unexpected_lines.empty());
    assert_true(f.server->script.empty());
    assert_int_equal(f.server->connects, 4);
}

void test_listing_after_a_submission_uses_a_fresh_session(void **)
{
    Fixture f;
    TiffFile tiff("modem-admin");
    JobRequest request = tiff.request("5551234");
    f.server->expect_login();
    expect_tiff_upload(*f.server);
    f.server->data_contents.push_back(""); /* the upload's data connection */
    f.server->expect("JOB DEFAULT", "200 Current job: (default).\r\n");
    f.server->expect("JNEW", "200 New job created: jobid: 3 groupid: 3.\r\n");
    for (const char *line : {"JPARM FROMUSER \"tester\"", "JPARM SENDTIME NOW", "JPARM LASTTIME 000300",
                             "JPARM MAXDIALS 12", "JPARM MAXTRIES 3", "JPARM SCHEDPRI 127",
                             "JPARM DIALSTRING \"5551234\"", "JPARM NOTIFYADDR \"tester\"", "JPARM VRES 98",
                             "JPARM PAGEWIDTH 209", "JPARM PAGELENGTH 296", "JPARM NOTIFY NONE"})
        f.server->expect(line, "213 set.\r\n");
    f.server->expect("JPARM DOCUMENT /tmp/doc1.tif", "200 Added document.\r\n");
    f.server->expect("JSUBM", "200 Job 3 submitted.\r\n");
    f.expect_job_listing("3", "W");
    assert_true(f.service->submit_job(request).ok());
    Result<std::vector<JobInfo>> jobs = f.service->list_jobs(JobQueue::send);
    assert_true(jobs.ok());
    assert_int_equal(jobs.value().size(), 1);
    assert_int_equal(jobs.value()[0].state_letter, 'W');
    for (const std::string &line : f.server->unexpected_lines)
        std::fprintf(stderr, "unexpected: %s\n", line.c_str());
    assert_true(f.server->unexpected_lines.empty());
    assert_true(f.server->script.empty());
    assert_int_equal(f.server->connects, 2);
}

int main()
{
    const CMUnitTest tests[] = {
        cmocka_unit_test(test_config_file_is_parsed),
        cmocka_unit_test(test_config_defaults_and_bad_numbers),
        cmocka_unit_test(test_hostile_config_is_refused),
        cmocka_unit_test(test_config_with_parameter),
        cmocka_unit_test(test_status_text_table),
        cmocka_unit_test(test_activity_assembly),
        cmocka_unit_test(test_without_admin_password_access_is_denied),
        cmocka_unit_test(test_admin_reads_and_sets_config),
        cmocka_unit_test(test_refused_config_retrieval_is_access_denied),
        cmocka_unit_test(test_modem_activity_uses_one_status_and_one_send_listing),
        cmocka_unit_test(test_job_options_for_server_settings),
        cmocka_unit_test(test_kill_returns_when_the_job_left_the_send_queue),
        cmocka_unit_test(test_resume_retries_on_a_fresh_session_when_hfaxd_state_is_stale),
        cmocka_unit_test(test_listing_on_a_session_holding_job_copies_uses_a_fresh_one),
        cmocka_unit_test(test_listing_after_a_submission_uses_a_fresh_session),
    };
    return cmocka_run_group_tests(tests, nullptr, nullptr);
}
