// SPDX-License-Identifier: LGPL-2.1-or-later
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <unistd.h>

#include "cmocka_cpp.h"
#include "temp_directory.h"

#include "documents/document_submission.h"

using namespace faxcom;

namespace {

TempDirectory test_dir;

std::string write_file(const char *name, const std::string &content)
{
    return test_dir.write(name, content);
}

int make_temp_dir(void **)
{
    setenv("TZ", "UTC0", 1);
    tzset();
    return test_dir.create("faxcom-submission");
}

int remove_temp_dir(void **)
{
    return test_dir.remove();
}

DocumentFields letter()
{
    DocumentFields fields;
    fields.file_name = write_file("letter.txt", "Dear customer,\nyour order has shipped.\n");
    fields.fax_number = "5551234";
    return fields;
}

const std::time_t noon = 1718452800; /* 2024-06-15 12:00 UTC */

SubmissionPolicy discount(int start_hour, int start_minute, int end_hour, int end_minute)
{
    SubmissionPolicy policy;
    policy.discount = DiscountPeriod{start_hour, start_minute, end_hour, end_minute};
    return policy;
}

void applies_the_server_settings(void **)
{
    DocumentFields f = letter();
    f.tsid = "+1 555 0100";
    SubmissionPolicy policy;
    policy.retries = 4;
    policy.give_up_after_days = 2;
    policy.branding = true;
    policy.retry_delay_minutes = 7;
    policy.submit_suspended = true;
    policy.archive_when_done = true;
    Result<PreparedSubmission> prepared = prepare_submission(f, policy, noon);
    assert_true(prepared.ok());
    assert_int_equal(prepared.value().request.retries, 4);
    assert_int_equal(prepared.value().request.give_up_after_days, 2);
    assert_true(prepared.value().request.branding);
    assert_string_equal(prepared.value().request.tsi.c_str(), "+1 555 0100");
    assert_int_equal(prepared.value().request.retry_delay_minutes, 7);
    assert_true(prepared.value().request.submit_suspended);
    assert_true(prepared.value().request.archive_when_done);
    policy.use_device_tsid = true;
    prepared = prepare_submission(f, policy, noon);
    assert_true(prepared.ok());
    assert_string_equal(prepared.value().request.tsi.c_str(), "");
}

void requires_file_name_and_fax_number(void **)
{
    DocumentFields fields = letter();
    fields.file_name.clear();
    Result<PreparedSubmission> prepared = prepare_submission(fields, {}, noon);
    assert_false(prepared.ok());
    assert_int_equal(static_cast<int>(prepared.error().kind), static_cast<int>(ErrorKind::bad_input));
    assert_non_null(std::strstr(prepared.error().message.c_str(), "FileName"));

    fields = letter();
    fields.fax_number.clear();
    prepared = prepare_submission(fields, {}, noon);
    assert_false(prepared.ok());
    assert_non_null(std::strstr(prepared.error().message.c_str(), "FaxNumber"));
}

void maps_every_carried_field(void **)
{
    DocumentFields f = letter();
    f.recipient_name = "Bob";
    f.recipient_company = "Widgets";
    f.recipient_city = "Berlin";
    f.recipient_country = "Germany";
    f.recipient_office_phone = "+49 30 1";
    f.sender_name = "Alice";
    f.sender_company = "ACME";
    f.sender_department = "Sales";
    f.sender_office = "Room 4";
    f.sender_office_phone = "+1 555 2";
    f.coverpage_subject = "Order 17";
    f.email_address = "alice@example.com";
    f.tsid = "+1 555 0100";
    f.billing_code = "B-9";
    f.display_name = "Shipping note";
    Result<PreparedSubmission> prepared = prepare_submission(f, {}, noon);
    assert_true(prepared.ok());
    const JobRequest &r = prepared.value().request;
    assert_int_equal(r.documents.size(), 1);
    assert_int_equal(static_cast<int>(r.documents[0].kind), static_cast<int>(DocumentKind::text));
    assert_int_equal(static_cast<int>(r.documents[0].form), static_cast<int>(DocumentForm::postscript));
    assert_string_equal(r.documents[0].source_path.c_str(), f.file_name.c_str());
    assert_int_equal(r.documents[0].bytes.compare(0, 4, "%!PS"), 0); /* rendered */
    assert_string_equal(r.dial_string.c_str(), "5551234");
    assert_string_equal(r.recipient_name.c_str(), "Bob");
    assert_string_equal(r.recipient_company.c_str(), "Widgets");
    assert_string_equal(r.recipient_location.c_str(), "Berlin, Germany");
    assert_string_equal(r.recipient_voice.c_str(), "+49 30 1");
    assert_string_equal(r.sender_name.c_str(), "Alice");
    assert_string_equal(r.sender_company.c_str(), "ACME");
    assert_string_equal(r.sender_department.c_str(), "Sales");
    assert_string_equal(r.sender_location.c_str(), "Room 4");
    assert_string_equal(r.sender_voice.c_str(), "+1 555 2");
    assert_string_equal(r.regarding.c_str(), "Order 17");
    assert_string_equal(r.notify_address.c_str(), "alice@example.com");
    assert_int_equal(static_cast<int>(r.notify), static_cast<int>(NotifyMode::when_done));
    assert_string_equal(r.tsi.c_str(), "+1 555 0100");
    assert_string_equal(r.billing_code.c_str(), "B-9");
    assert_string_equal(r.display_name.c_str(), "Shipping note");
    assert_false(r.cover_postscript.has_value());
    assert_int_equal(r.page_count, 1);
    assert_false(r.send_time.has_value());
    assert_false(r.discount_send);
}

void discount_send_waits_for_the_period(void **)
{
    DocumentFields f = letter();
    f.discount_send = true;
    Result<PreparedSubmission> prepared = prepare_submission(f, discount(20, 0, 7, 0), noon);
    assert_true(prepared.ok());
    assert_true(prepared.value().request.discount_send);
    assert_true(prepared.value().request.send_time.has_value());
    assert_int_equal(*prepared.value().request.send_time, noon + 8 * 3600);

    prepared = prepare_submission(f, discount(11, 0, 13, 0), noon);
    assert_true(prepared.ok());
    assert_true(prepared.value().request.discount_send);
    assert_false(prepared.value().request.send_time.has_value()); /* inside the period: now */

    prepared = prepare_submission(f, discount(24, 0, 7, 0), noon);
    assert_false(prepared.ok());
}

void cover_page_generated_or_filled(void **)
{
    DocumentFields f = letter();
    f.send_coverpage = true;
    f.recipient_name = "Bob (Sales)";
    f.coverpage_note = "Please call me back.";
    Result<PreparedSubmission> prepared = prepare_submission(f, {}, noon);
    assert_true(prepared.ok());
    const std::string &cover = *prepared.value().request.cover_postscript;
    assert_int_equal(cover.compare(0, 2, "%!"), 0);
    assert_non_null(std::strstr(cover.c_str(), "Bob \\(Sales\\)"));
    assert_true(prepared.value().warnings.empty());
    assert_int_equal(prepared.value().request.page_count, 2); /* the letter and its cover */

    f.coverpage_name = write_file("template.ps", "%!PS-Adobe-2.0\n% my template\nto show\nshowpage\n");
    prepared = prepare_submission(f, {}, noon);
    assert_true(prepared.ok());
    assert_non_null(std::strstr(prepared.value().request.cover_postscript->c_str(), "% my template"));
    assert_true(prepared.value().warnings.empty());

    f.coverpage_name = write_file("fancy.cov", std::string("FAXCOVER-VER005w\0\0\x01", 19));
    prepared = prepare_submission(f, {}, noon);
    assert_true(prepared.ok());
    assert_int_equal(prepared.value().warnings.size(), 1);
    assert_non_null(std::strstr(prepared.value().warnings[0].c_str(), "fancy.cov"));
    assert_int_equal(prepared.value().request.cover_postscript->compare(0, 2, "%!"), 0);

    f.coverpage_name = test_dir.path() + "/no-such-template.ps";
    prepared = prepare_submission(f, {}, noon);
    assert_false(prepared.ok());
}

void unsupported_and_missing_documents_fail(void **)
{
    DocumentFields f = letter();
    f.file_name = write_file("image.png", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    Result<PreparedSubmission> prepared = prepare_submission(f, {}, noon);
    assert_false(prepared.ok());
    assert_int_equal(static_cast<int>(prepared.error().kind), static_cast<int>(ErrorKind::bad_format));
    assert_non_null(std::strstr(prepared.error().message.c_str(), "PNG"));

    f.file_name = test_dir.path() + "/missing.pdf";
    prepared = prepare_submission(f, {}, noon);
    assert_false(prepared.ok());
    assert_int_equal(static_cast<int>(prepared.error().kind), static_cast<int>(ErrorKind::not_found));
}

} // namespace

int main()
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(requires_file_name_and_fax_number),
        cmocka_unit_test(maps_every_carried_field),
        cmocka_unit_test(discount_send_waits_for_the_period),
        cmocka_unit_test(applies_the_server_settings),
        cmocka_unit_test(cover_page_generated_or_filled),
        cmocka_unit_test(unsupported_and_missing_documents_fail),
    };
    return cmocka_run_group_tests(tests, make_temp_dir, remove_temp_dir);
}
