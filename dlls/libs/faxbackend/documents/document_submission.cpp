// SPDX-License-Identifier: LGPL-2.1-or-later
#include "documents/document_submission.h"

#include "common/discount_period.h"
#include "documents/cover_page.h"
#include "documents/prepared_document.h"

namespace faxcom {

namespace {

std::string joined(std::initializer_list<const std::string *> parts, const char *separator)
{
    std::string out;
    for (const std::string *part : parts) {
        if (part->empty())
            continue;
        if (!out.empty())
            out += separator;
        out += *part;
    }
    return out;
}

} // namespace

int job_page_count(const JobRequest &request)
{
    int pages = request.cover_postscript ? 1 : 0;
    for (const PreparedDocument &document : request.documents) {
        if (document.page_count <= 0)
            return 0;
        pages += document.page_count;
    }
    return pages;
}

Result<PreparedSubmission> prepare_submission(const DocumentFields &f, const SubmissionPolicy &policy,
                                              std::time_t now)
{
    if (f.file_name.empty())
        return make_error(ErrorKind::bad_input,
                          "FaxDoc.FileName is required: set it to the document to send");
    if (f.fax_number.empty())
        return make_error(ErrorKind::bad_input, "FaxDoc.FaxNumber is required: set it to the number to dial");
    PreparedSubmission prepared;
    JobRequest &r = prepared.request;
    Result<PreparedDocument> document = prepare_document(f.file_name, prepared.warnings);
    if (!document.ok())
        return document.error();
    r.documents.push_back(std::move(document).value());
    if (f.send_coverpage) {
        Result<std::string> cover =
            make_cover_page(f, r.documents.front().page_count, now, prepared.warnings);
        if (!cover.ok())
            return cover.error();
        r.cover_postscript = std::move(cover).value();
    }
    r.page_count = job_page_count(r);
    r.dial_string = f.fax_number;
    r.recipient_name = f.recipient_name;
    r.recipient_company = f.recipient_company;
    r.recipient_location = joined({&f.recipient_city, &f.recipient_state, &f.recipient_country}, ", ");
    r.recipient_voice = f.recipient_office_phone;
    r.sender_name = f.sender_name;
    r.sender_company = f.sender_company;
    r.sender_department = f.sender_department;
    r.sender_location = f.sender_office;
    r.sender_voice = f.sender_office_phone;
    r.regarding = f.coverpage_subject;
    r.notify_address = f.email_address;
    r.notify = f.email_address.empty() ? NotifyMode::none : NotifyMode::when_done;
    r.tsi = policy.use_device_tsid ? std::string() : f.tsid;
    r.billing_code = f.billing_code;
    r.display_name = f.display_name;
    r.retries = policy.retries;
    r.retry_delay_minutes = policy.retry_delay_minutes;
    r.give_up_after_days = policy.give_up_after_days;
    r.branding = policy.branding;
    r.submit_suspended = policy.submit_suspended;
    r.archive_when_done = policy.archive_when_done;
    if (f.discount_send) {
        const DiscountPeriod &discount = policy.discount;
        Result<std::time_t> when = next_discount_time(now, discount.start_hour, discount.start_minute,
                                                      discount.end_hour, discount.end_minute);
        if (!when.ok())
            return when.error();
        if (when.value() > now)
            r.send_time = when.value();
        r.discount_send = true;
    }
    return prepared;
}

} // namespace faxcom
