// SPDX-License-Identifier: LGPL-2.1-or-later
#include "spool/delivery_summary.h"

#include "common/job_request_checks.h"

namespace faxcom::spool {

namespace {

constexpr size_t max_number_in_name = 40;

std::string shell_quoted(const std::string &text)
{
    std::string out = "'";
    for (char c : text) {
        if (c == '\'')
            out += "'\\''";
        else
            out += c;
    }
    return out + "'";
}

std::string utc_text(std::time_t when)
{
    if (when == 0)
        return "-";
    std::optional<std::tm> calendar = utc_calendar_time(when);
    if (!calendar)
        return "-";
    const std::tm &utc = *calendar;
    char text[40];
    std::strftime(text, sizeof text, "%Y-%m-%d %H:%M:%S UTC", &utc);
    return text;
}

/* The text on one line: line breaks become spaces. */
std::string single_line(const std::string &text)
{
    std::string flat;
    for (char c : text)
        flat += c == '\n' || c == '\r' ? ' ' : c;
    return flat;
}

/* One "Label: value" line, or nothing for an empty value. */
void add_line(std::string &out, const char *label, const std::string &value)
{
    if (!value.empty())
        out += std::string(label) + ": " + single_line(value) + "\n";
}

} // namespace

std::string outbox_name(const JobRecord &record)
{
    std::string number;
    for (char c : record.request.dial_string) {
        if (number.size() == max_number_in_name)
            break;
        bool plain = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '+';
        number += plain ? c : '_';
    }
    return record.id + "-" + (number.empty() ? std::string("no-number") : number);
}

std::string sendfax_command(const JobRecord &record)
{
    std::string command = "sendfax -n -d " + shell_quoted(record.request.dial_string);
    if (!record.cover_file.empty())
        command += " " + shell_quoted(record.cover_file);
    for (const StoredDocument &document : record.documents)
        command += " " + shell_quoted(document.file);
    return command;
}

std::string delivery_summary(const JobRecord &record)
{
    const JobRequest &r = record.request;
    std::string out = "Fax job " + record.id + " delivered to the faxcom outbox\n\n";
    add_line(out, "To number", r.dial_string);
    add_line(out, "To", r.recipient_name);
    add_line(out, "Company", r.recipient_company);
    add_line(out, "Location", r.recipient_location);
    add_line(out, "Voice", r.recipient_voice);
    add_line(out, "From", r.sender_name);
    add_line(out, "Sender company", r.sender_company);
    add_line(out, "Sender department", r.sender_department);
    add_line(out, "Sender location", r.sender_location);
    add_line(out, "Sender voice", r.sender_voice);
    add_line(out, "Owner", record.owner);
    add_line(out, "Subject", r.regarding);
    add_line(out, "Document name", r.display_name);
    add_line(out, "Billing code", r.billing_code);
    add_line(out, "TSI", r.tsi);
    add_line(out, "Notify", r.notify_address);
    out += "Pages: " + (r.page_count > 0 ? std::to_string(r.page_count) : std::string("unknown")) + "\n";
    out += "Resolution: " + std::string(r.resolution == Resolution::fine ? "fine" : "normal") + "\n";
    out += "Discount-rate send: " + std::string(r.discount_send ? "yes" : "no") + "\n";
    out += "Submitted: " + utc_text(record.submitted_time) + "\n";
    out += "Send time: " + utc_text(record.send_time) + "\n";
    out += "Delivered: " + utc_text(record.delivered_time) + "\n";
    out += "\nFiles, in sending order:\n";
    if (!record.cover_file.empty())
        out += "  " + record.cover_file + " (cover page)\n";
    for (const StoredDocument &document : record.documents)
        out += "  " + document.file +
               (document.source_path.empty() ? "" : " (from " + single_line(document.source_path) + ")") +
               "\n";
    out += "\nTo send it with HylaFAX, run in this directory:\n  " + sendfax_command(record) + "\n";
    return out;
}

} // namespace faxcom::spool
