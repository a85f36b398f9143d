// SPDX-License-Identifier: LGPL-2.1-or-later
/* job.txt: every field round trips, awkward values survive, damaged files are refused. */
#include <cstring>
#include <string>

#include "cmocka_cpp.h"
#include "spool/job_record.h"
#include "spool_test_support.h"

using namespace faxcom;
using namespace faxcom::spool;

namespace {

JobRecord full_record()
{
    JobRecord r;
    r.id = "42";
    r.state = JobState::suspended;
    r.owner = "jürgen";
    r.status_text = "line one\nline two\r\\end";
    r.submitted_time = 1700000000;
    r.updated_time = 1700000100;
    r.delivered_time = 1700000200;
    r.send_time = 1700003600;
    JobRequest &q = r.request;
    q.dial_string = "+49 (30) 555-1234";
    q.recipient_name = "Zoë Œuvre 日本";
    q.recipient_company = "ACME";
    q.recipient_location = "Berlin, BE, DE";
    q.recipient_voice = "555-1";
    q.sender_name = "Sender";
    q.sender_company = "Fax Co";
    q.sender_department = "Dept";
    q.sender_location = "Room 1";
    q.sender_voice = "555-2";
    q.regarding = "Subject = with equals";
    q.notify_address = "a@b.c";
    q.notify = NotifyMode::all;
    q.tsi = "TSI 1";
    q.billing_code = "BILL-7";
    q.display_name = "Report.txt";
    q.branding = true;
    q.discount_send = true;
    q.page_count = 5;
    q.give_up_after_days = 4;
    q.retries = 6;
    q.max_dials = 9;
    q.resolution = Resolution::fine;
    q.page_width_mm = 216;
    q.page_length_mm = 279;
    r.cover_file = "cover.ps";
    r.documents = {{"doc1.tif", DocumentKind::tiff, "/tmp/a b.tif"},
                   {"doc2.ps", DocumentKind::text, "/tmp/é.txt"}};
    return r;
}

void round_trip_keeps_every_field(void **)
{
    const JobRecord in = full_record();
    Result<std::string> text = encode_job_record(in);
    assert_true(text.ok());
    Result<JobRecord> decoded = decode_job_record(text.value());
    assert_true(decoded.ok());
    const JobRecord &out = decoded.value();
    assert_string_equal(out.id.c_str(), "42");
    assert_true(out.state == JobState::suspended);
    assert_string_equal(out.owner.c_str(), in.owner.c_str());
    assert_string_equal(out.status_text.c_str(), in.status_text.c_str());
    assert_int_equal(out.submitted_time, in.submitted_time);
    assert_int_equal(out.updated_time, in.updated_time);
    assert_int_equal(out.delivered_time, in.delivered_time);
    assert_int_equal(out.send_time, in.send_time);
    const JobRequest &a = in.request, &b = out.request;
    for (auto field :
         {&JobRequest::dial_string, &JobRequest::recipient_name, &JobRequest::recipient_company,
          &JobRequest::recipient_location, &JobRequest::recipient_voice, &JobRequest::sender_name,
          &JobRequest::sender_company, &JobRequest::sender_department, &JobRequest::sender_location,
          &JobRequest::sender_voice, &JobRequest::regarding, &JobRequest::notify_address, &JobRequest::tsi,
          &JobRequest::billing_code, &JobRequest::display_name})
        assert_string_equal((b.*field).c_str(), (a.*field).c_str());
    assert_true(b.notify == NotifyMode::all);
    assert_true(b.discount_send);
    assert_true(b.branding);
    assert_int_equal(b.page_count, 5);
    assert_int_equal(b.give_up_after_days, 4);
    assert_int_equal(b.retries, 6);
    assert_int_equal(b.max_dials, 9);
    assert_true(b.resolution == Resolution::fine);
    assert_int_equal(b.page_width_mm, 216);
    assert_int_equal(b.page_length_mm, 279);
    assert_string_equal(out.cover_file.c_str(), "cover.ps");
    assert_int_equal(out.documents.size(), 2);
    assert_string_equal(out.documents[1].file.c_str(), "doc2.ps");
    assert_true(out.documents[1].kind == DocumentKind::text);
    assert_string_equal(out.documents[1].source_path.c_str(), "/tmp/é.txt");
    /* Line breaks never split a value over lines. */
    assert_int_equal(text.value().find("line one\n"), std::string::npos);
}

void nul_is_refused(void **)
{
    JobRecord r = full_record();
    r.request.recipient_name = std::string("a\0b", 3);
    Result<std::string> text = encode_job_record(r);
    assert_false(text.ok());
    assert_int_equal(text.error().kind, ErrorKind::bad_input);
    assert_non_null(strstr(text.error().message.c_str(), "recipient_name"));
}

void damaged_files_are_refused(void **)
{
    const std::string good = encode_job_record(full_record()).value();
    const std::string cases[] = {
        "",                                                        /* empty */
        good.substr(0, good.size() / 2),                           /* truncated mid-way */
        good.substr(0, good.size() - 4),                           /* "end" line missing */
        "faxcom-spool-job 2\nid=1\nstate=W\ndial_string=1\nend\n", /* a newer version */
        "hello\n",
        "faxcom-spool-job 1\nid=01\nstate=W\ndial_string=1\nend\n",
        "faxcom-spool-job 1\nid=1\nstate=Q\ndial_string=1\nend\n",
        "faxcom-spool-job 1\nid=1\nstate=W\nend\n",
        "faxcom-spool-job 1\nid=1\nstate=W\ndial_string=1\nretries=x\nend\n",
        "faxcom-spool-job 1\nid=1\nstate=W\ndial_string=1\ndial_string=2\nend\n",
        "faxcom-spool-job 1\nid=1\nstate=W\ndial_string=1\nowner=a\\q\nend\n",
        "faxcom-spool-job 1\nid=1\nstate=W\ndial_string=1\ndocument1=tiff ../x\nend\n",
        "faxcom-spool-job 1\nid=1\nstate=W\ndial_string=1\nend\nmore=1\n",
    };
    for (const std::string &text : cases) {
        Result<JobRecord> decoded = decode_job_record(text);
        if (decoded.ok())
            fail_msg("accepted: %s", text.c_str());
        assert_int_equal(decoded.error().kind, ErrorKind::bad_format);
    }
}

void unknown_keys_are_ignored(void **)
{
    Result<JobRecord> decoded =
        decode_job_record("faxcom-spool-job 1\nid=3\nstate=P\ndial_string=555\nfuture_field=x\nend\n");
    assert_true(decoded.ok());
    assert_true(decoded.value().state == JobState::pending);
}

void listing_view(void **)
{
    JobRecord r = full_record();
    r.state = JobState::done;
    JobInfo info = job_info_of(r, "faxcom-outbox");
    assert_string_equal(info.id.c_str(), "42");
    assert_int_equal(info.state_letter, 'D');
    assert_int_equal(info.pages_total, 5);
    assert_int_equal(info.pages_done, 5);
    assert_string_equal(info.external_number.c_str(), r.request.dial_string.c_str());
    assert_string_equal(info.modem.c_str(), "faxcom-outbox");
    assert_int_equal(info.scheduled_time, r.send_time);
    assert_true(info.discount_send);
}

} // namespace

int main()
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(round_trip_keeps_every_field),
        cmocka_unit_test(nul_is_refused),
        cmocka_unit_test(damaged_files_are_refused),
        cmocka_unit_test(unknown_keys_are_ignored),
        cmocka_unit_test(listing_view),
    };
    return cmocka_run_group_tests(tests, nullptr, nullptr);
}
