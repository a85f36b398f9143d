// SPDX-License-Identifier: LGPL-2.1-or-later
/* The Send path as FaxDoc.Send runs it (prepare_submission, then submit_job) against the
 * scripted fake server: a text document is opened once and rendered once, and what is
 * uploaded is that one rendering; the FaxServer settings, passed as what they mean, become
 * the HylaFAX parameters faxcom has always sent for them. */
#include "cmocka_cpp.h"
#include "document_reads.h"
#include "temp_directory.h"

#include <cstdio>
#include <string>

#include "documents/document_submission.h"
#include "documents/text_to_postscript.h"
#include "fake_server.h"
#include "hylafax/hylafax_service.h"

using namespace faxcom;
using namespace faxcom::hylafax;
using namespace faxcom::hylafax::testing;

namespace {

TempDirectory test_dir;
const std::time_t noon = 1718452800; /* 2024-06-15 12:00 UTC */
const std::string letter_text = "Dear customer,\nyour order has shipped.\n";

int setup(void **)
{
    return test_dir.create("faxcom-send-path");
}

int teardown(void **)
{
    return test_dir.remove();
}

/* The upload of a new connection and job `id` with `parameters` between JNEW and its
 * document. */
void expect_send(FakeServer &server, const char *form, const std::string &id,
                 const std::vector<std::string> &parameters)
{
    server.expect_login();
    server.expect("TYPE I", "200 Type set to Image.\r\n");
    server.expect(std::string("FORM ") + form, "200 Format set.\r\n");
    server.expect_pasv();
    server.expect("STOT",
                  "150 FILE: /tmp/doc1.ps (Opening).\r\n226 Transfer complete (FILE: /tmp/doc1.ps).\r\n");
    server.expect("JOB DEFAULT", "200 Current job: (default).\r\n");
    server.expect("JNEW", "200 New job created: jobid: " + id + " groupid: " + id + ".\r\n");
    for (const std::string &line : parameters)
        server.expect(line, "213 set.\r\n");
    server.expect("JPARM DOCUMENT /tmp/doc1.ps", "200 Added document.\r\n");
    server.expect("JSUBM", "200 Job " + id + " submitted.\r\n");
}

Result<std::string> send(const std::shared_ptr<FakeServer> &server, const DocumentFields &fields,
                         const SubmissionPolicy &policy)
{
    Result<PreparedSubmission> prepared = prepare_submission(fields, policy, noon);
    if (!prepared)
        return prepared.error();
    HylafaxService service(fake_connection_config(), TraceHook(), server);
    Result<std::string> id = service.submit_job(prepared.value().request);
    /* Checked before the service ends its session (its QUIT is not in the script). */
    for (const std::string &line : server->unexpected_lines)
        std::fprintf(stderr, "unexpected: %s\n", line.c_str());
    if (id)
        assert_true(server->unexpected_lines.empty() && server->script.empty());
    return id;
}

void test_a_text_document_is_opened_once_and_rendered_once(void **)
{
    auto server = std::make_shared<FakeServer>();
    expect_send(*server, "PS", "7",
                {"JPARM FROMUSER \"tester\"", "JPARM SENDTIME NOW", "JPARM LASTTIME 000300",
                 "JPARM MAXDIALS 12", "JPARM MAXTRIES 3", "JPARM SCHEDPRI 127",
                 "JPARM DIALSTRING \"5551234\"", "JPARM NOTIFYADDR \"tester\"",
                 "JPARM JOBINFO \"faxcom:pages=1\"", "JPARM VRES 98", "JPARM PAGEWIDTH 209",
                 "JPARM PAGELENGTH 296", "JPARM NOTIFY NONE"});
    DocumentFields fields;
    fields.file_name = test_dir.write("letter.txt", letter_text);
    fields.fax_number = "5551234";

    DocumentReads reads(fields.file_name);
    Result<std::string> id = send(server, fields, SubmissionPolicy{});
    if (!id)
        fail_msg("Send failed: %s", id.error().message.c_str());
    std::fprintf(stderr, "one Send of a text document: %ld opens, %ld renderings\n", reads.opens(),
                 reads.renderings());
    assert_string_equal(id.value().c_str(), "7");
    assert_int_equal(reads.opens(), 1);
    assert_int_equal(reads.renderings(), 1);
    assert_int_equal(server->uploads.size(), 1);
    assert_true(server->uploads[0] == text_to_postscript(letter_text));
}

/* Branding, DirtyDays 2, Retries 4, RetryDelay 7: the JPARM values the COM layer chose
 * before the backend did. */
void test_settings_become_the_hylafax_parameters(void **)
{
    auto server = std::make_shared<FakeServer>();
    expect_send(*server, "PS", "8",
                {"JPARM FROMUSER \"tester\"", "JPARM SENDTIME NOW", "JPARM LASTTIME 020000",
                 "JPARM RETRYTIME 0700", "JPARM MAXDIALS 12", "JPARM MAXTRIES 5", "JPARM SCHEDPRI 127",
                 "JPARM DIALSTRING \"5551234\"", "JPARM NOTIFYADDR \"tester\"",
                 "JPARM JOBINFO \"faxcom:pages=1\"", "JPARM TAGLINE \"From %%l|%c|Page %%P of %%T\"",
                 "JPARM VRES 98", "JPARM PAGEWIDTH 209", "JPARM PAGELENGTH 296", "JPARM NOTIFY NONE"});
    DocumentFields fields;
    fields.file_name = test_dir.write("settings.txt", letter_text);
    fields.fax_number = "5551234";
    SubmissionPolicy policy;
    policy.branding = true;
    policy.give_up_after_days = 2;
    policy.retries = 4;
    policy.retry_delay_minutes = 7;
    Result<std::string> id = send(server, fields, policy);
    if (!id)
        fail_msg("Send failed: %s", id.error().message.c_str());
    assert_string_equal(id.value().c_str(), "8");
}

/* A give-up time HylaFAX cannot say (LASTTIME holds at most 99 days) is refused before
 * anything is sent. */
void test_a_give_up_time_past_99_days_is_refused(void **)
{
    auto server = std::make_shared<FakeServer>();
    DocumentFields fields;
    fields.file_name = test_dir.write("late.txt", letter_text);
    fields.fax_number = "5551234";
    SubmissionPolicy policy;
    policy.give_up_after_days = 100;
    Result<std::string> id = send(server, fields, policy);
    assert_false(id.ok());
    assert_int_equal(static_cast<int>(id.error().kind), static_cast<int>(ErrorKind::bad_input));
    assert_int_equal(server->connects, 0);
}

} // namespace

int main()
{
    const CMUnitTest tests[] = {
        cmocka_unit_test(test_a_text_document_is_opened_once_and_rendered_once),
        cmocka_unit_test(test_settings_become_the_hylafax_parameters),
        cmocka_unit_test(test_a_give_up_time_past_99_days_is_refused),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
