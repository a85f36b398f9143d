// SPDX-License-Identifier: LGPL-2.1-or-later
#include "documents/document_submission.h"

#include "documents/cover_page.h"
#include "common/discount_period.h"
#include "documents/document_kind.h"

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

CoverPageFields cover_fields(const DocumentFields &f, int page_count, std::time_t now)
{
    CoverPageFields c;
    c.recipient_name = f.recipient_name;
    c.recipient_fax_number = f.fax_number;
    c.recipient_company = f.recipient_company;
    c.recipient_address = f.recipient_address;
    c.recipient_city = f.recipient_city;
    c.recipient_state = f.recipient_state;
    c.recipient_zip = f.recipient_zip;
    c.recipient_country = f.recipient_country;
    c.recipient_title = f.recipient_title;
    c.recipient_department = f.recipient_department;
    c.recipient_office = f.recipient_office;
    c.recipient_home_phone = f.recipient_home_phone;
    c.recipient_office_phone = f.recipient_office_phone;
    c.sender_name = f.sender_name;
    c.sender_fax_number = f.sender_fax;
    c.sender_company = f.sender_company;
    c.sender_address = f.sender_address;
    c.sender_title = f.sender_title;
    c.sender_department = f.sender_department;
    c.sender_office = f.sender_office;
    c.sender_home_phone = f.sender_home_phone;
    c.sender_office_phone = f.sender_office_phone;
    c.subject = f.coverpage_subject;
    c.note = f.coverpage_note;
    c.page_count = page_count;
    char date[64] = "";
    if (const std::tm *local = std::localtime(&now))
        std::strftime(date, sizeof(date), "%Y-%m-%d %H:%M", local);
    c.date_text = date;
    return c;
}

Result<std::string> cover_page(const DocumentFields &f, int document_pages, std::time_t now,
                               std::vector<std::string> &warnings)
{
    CoverPageFields fields = cover_fields(f, document_pages, now);
    if (f.coverpage_name.empty())
        return generate_cover_page(fields);
    Result<std::string> filled = fill_cover_template(f.coverpage_name, fields);
    if (filled.ok())
        return filled;
    if (filled.error().kind != ErrorKind::bad_format)
        return filled.error();
    warnings.push_back("cover page " + f.coverpage_name + " cannot be rendered (" + filled.error().message +
                       "); sending a generated cover page instead");
    return generate_cover_page(fields);
}

} // namespace

Result<PreparedSubmission> prepare_submission(const DocumentFields &f, const SubmissionPolicy &policy,
                                              std::time_t now)
{
    if (f.file_name.empty())
        return make_error(ErrorKind::bad_input,
                          "FaxDoc.FileName is required: set it to the document to send");
    if (f.fax_number.empty())
        return make_error(ErrorKind::bad_input, "FaxDoc.FaxNumber is required: set it to the number to dial");
    Result<DocumentKind> kind = detect_document_kind(f.file_name);
    if (!kind.ok())
        return kind.error();

    PreparedSubmission prepared;
    JobRequest &r = prepared.request;
    r.documents.push_back(DocumentFile{f.file_name, kind.value()});
    /* A page count that cannot be made (e.g. a PDF with compressed object streams) is not a
     * reason to refuse the fax: the cover page and listings then show none. */
    Result<int> pages = count_document_pages(r.documents.front());
    int document_pages = pages.ok() ? pages.value() : 0;
    if (!pages.ok())
        prepared.warnings.push_back("cannot count the pages of " + f.file_name + ": " +
                                    pages.error().message);
    r.page_count = document_pages > 0 ? document_pages + (f.send_coverpage ? 1 : 0) : 0;
    if (f.send_coverpage) {
        Result<std::string> cover = cover_page(f, document_pages, now, prepared.warnings);
        if (!cover.ok())
            return cover.error();
        r.cover_postscript = std::move(cover).value();
    }
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
    r.max_tries = policy.max_tries;
    r.kill_after_minutes = policy.kill_after_minutes;
    r.tag_line = policy.tag_line;
    r.retry_delay_minutes = policy.retry_delay_minutes;
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
