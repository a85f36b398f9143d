// SPDX-License-Identifier: LGPL-2.1-or-later
#include "hylafax/listing_format.h"

#include <chrono>
#include <limits>
#include <mutex>
#include <random>

#include "common/decimal.h"
#include "hylafax/job_tag.h"

namespace faxcom::hylafax {

namespace {

constexpr char separator = listing_field_separator;

std::string join_letters(const char *letters)
{
    std::string format;
    for (const char *letter = letters; *letter; ++letter) {
        if (letter != letters)
            format += separator;
        format += '%';
        format += *letter;
    }
    return format;
}

/* Job listing fields, in this order. */
constexpr const char job_letters[] = "jaoevRCLSJspydxtuZmMig";
enum JobField {
    job_id,
    job_state,
    job_owner,
    job_external,
    job_number,
    job_receiver,
    job_company,
    job_location,
    job_sender,
    job_tag,
    job_status,
    job_pages_done,
    job_pages_total,
    job_dials_done,
    job_dials_max,
    job_tries_done,
    job_tries_max,
    job_time,
    job_modem,
    job_notify,
    job_priority,
    job_group,
    job_field_count
};

/* Received-fax listing fields. */
constexpr const char received_letters[] = "fZspnzoejiarwlb";
enum ReceivedField {
    recv_file,
    recv_time,
    recv_sender,
    recv_pages,
    recv_size,
    recv_in_progress,
    recv_owner,
    recv_error,
    recv_caller_number,
    recv_caller_name,
    recv_subaddress,
    recv_resolution,
    recv_width,
    recv_length,
    recv_rate,
    recv_field_count
};

/* Modem status fields; the record markers tell modem lines from the scheduler line.  No %r
 * (max receive pages): hfaxd 6.0 formats that integer as a string and crashes on every
 * modem entry, closing the session. */
constexpr const char modem_letters[] = "mnlsz";
enum ModemField { modem_name, modem_number, modem_local_id, modem_status, modem_getty, modem_field_count };

std::string trim(std::string_view text)
{
    size_t begin = text.find_first_not_of(' ');
    if (begin == std::string_view::npos)
        return std::string();
    size_t end = text.find_last_not_of(' ');
    return std::string(text.substr(begin, end - begin + 1));
}

/* Server text quoted in a warning: control bytes shown as '?', at most 40 bytes. */
std::string printable(std::string_view text)
{
    std::string shown(text.substr(0, 40));
    for (char &c : shown)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
            c = '?';
    return shown + (text.size() > 40 ? "..." : "");
}

std::vector<std::string> split_fields(std::string_view body)
{
    std::vector<std::string> fields;
    size_t start = 0;
    for (;;) {
        size_t end = body.find(separator, start);
        fields.push_back(
            trim(body.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start)));
        if (end == std::string_view::npos)
            return fields;
        start = end + 1;
    }
}

/* The non-blank lines of text outside the records, CR and padding removed. */
void collect_lines(std::string_view text, std::vector<std::string> &lines)
{
    size_t start = 0;
    while (start < text.size()) {
        size_t end = text.find('\n', start);
        std::string line =
            trim(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
        start = end == std::string_view::npos ? text.size() : end + 1;
        if (!line.empty() && line.back() == '\r')
            line = trim(std::string_view(line).substr(0, line.size() - 1));
        if (!line.empty())
            lines.push_back(std::move(line));
    }
}

struct RecordScan {
    size_t records = 0;                     /* framed records, skipped ones included */
    std::vector<std::string> outside_lines; /* text between the records */
};

/* Calls `visit` with the fields of every well-framed record of `field_count` fields; a
 * record it refuses (an error) and a record of another shape are skipped with a warning. */
template <typename Visit>
RecordScan for_each_record(std::string_view listing, const ListingMarkers &markers, const char *what,
                           size_t field_count, const ListingWarning &warn, Visit visit)
{
    auto note = [&warn](const std::string &message) {
        if (warn)
            warn(message);
    };
    RecordScan scan;
    size_t position = 0;
    while (position < listing.size()) {
        size_t begin = listing.find(markers.begin, position);
        collect_lines(listing.substr(position, begin == std::string_view::npos ? std::string_view::npos
                                                                               : begin - position),
                      scan.outside_lines);
        if (begin == std::string_view::npos)
            break;
        ++scan.records;
        size_t body = begin + markers.begin.size();
        size_t end = listing.find(markers.end, body);
        size_t next = listing.find(markers.begin, body);
        if (end == std::string_view::npos || next < end) {
            note(std::string("skipped ") + what + " record " + std::to_string(scan.records) +
                 ": it has no end marker");
            position = next == std::string_view::npos ? listing.size() : next;
            continue;
        }
        position = end + markers.end.size();
        std::vector<std::string> fields = split_fields(listing.substr(body, end - body));
        if (fields.size() != field_count) {
            note(std::string("skipped ") + what + " record " + std::to_string(scan.records) + ": " +
                 std::to_string(fields.size()) + " fields, expected " + std::to_string(field_count));
            continue;
        }
        Status visited = visit(fields);
        if (!visited)
            note(std::string("skipped ") + what + " record " + std::to_string(scan.records) + ": " +
                 visited.error().message);
    }
    return scan;
}

/* Text outside the records: warned about; alone (no record at all), a protocol error. */
Status check_outside(const RecordScan &scan, const char *what, const ListingWarning &warn)
{
    if (scan.outside_lines.empty())
        return success();
    if (scan.records == 0)
        return make_error(ErrorKind::protocol, std::string("the ") + what +
                                                   " listing is not in the format asked for: " +
                                                   printable(scan.outside_lines.front()));
    if (warn)
        warn(std::string("ignored ") + std::to_string(scan.outside_lines.size()) + " line(s) outside the " +
             what + " records");
    return success();
}

/* A decimal field for a T: empty is 0; anything else must be digits worth what T holds. */
template <typename T> Status assign_number(T &target, const std::string &text, const char *what)
{
    if (text.empty()) {
        target = 0;
        return success();
    }
    std::optional<uint64_t> value = parse_decimal(text, static_cast<uint64_t>(std::numeric_limits<T>::max()));
    if (!value)
        return make_error(ErrorKind::protocol,
                          std::string(what) + " \"" + printable(text) + "\" is not a number that fits");
    target = static_cast<T>(*value);
    return success();
}

/* hfaxd prints a received fax's page length as (u_int)-1 when its pages have no fixed
 * length (seen on real faxes): that is "unknown" (0), not a number out of range. */
constexpr const char unknown_page_length[] = "4294967295";
Status assign_page_length(int &target, const std::string &text)
{
    if (text == unknown_page_length) {
        target = 0;
        return success();
    }
    return assign_number(target, text, "length");
}

Status first_failure(std::initializer_list<Status> steps)
{
    for (const Status &step : steps)
        if (!step)
            return step;
    return success();
}

std::string format_of(const ListingMarkers &markers, const char *letters)
{
    return markers.begin + join_letters(letters) + markers.end;
}

} // namespace

ListingMarkers ListingMarkers::random()
{
    static std::mutex mutex;
    static std::mt19937_64 engine = [] {
        std::random_device device;
        auto ticks = static_cast<uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count());
        std::seed_seq seed{device(),
                           device(),
                           device(),
                           device(),
                           static_cast<unsigned>(ticks),
                           static_cast<unsigned>(ticks >> 32)};
        return std::mt19937_64(seed);
    }();
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    std::string nonce;
    {
        std::lock_guard<std::mutex> guard(mutex);
        for (int i = 0; i < 16; ++i)
            nonce += alphabet[engine() % (sizeof alphabet - 1)];
    }
    return {"\x1e" + nonce + separator, separator + nonce + "\x1e"};
}

std::string job_listing_format(const ListingMarkers &markers)
{
    return format_of(markers, job_letters);
}

std::string received_listing_format(const ListingMarkers &markers)
{
    return format_of(markers, received_letters);
}

std::string modem_listing_format(const ListingMarkers &markers)
{
    return format_of(markers, modem_letters);
}

Result<std::vector<JobInfo>> parse_job_listing(std::string_view listing, const ListingMarkers &markers,
                                               const WireText &convert, const ListingWarning &warn)
{
    std::vector<JobInfo> jobs;
    RecordScan scan = for_each_record(
        listing, markers, "job", job_field_count, warn, [&](std::vector<std::string> &f) -> Status {
            Result<long> id = parse_job_id(f[job_id]);
            if (!id)
                return id.error();
            for (std::string &field : f)
                field = convert(field);
            JobInfo job;
            job.id = f[job_id];
            job.state_letter = f[job_state].empty() ? '?' : f[job_state][0];
            job.state = job_state_from_letter(job.state_letter);
            job.owner = f[job_owner];
            job.external_number = f[job_external];
            job.dial_string = f[job_number];
            job.recipient_name = f[job_receiver];
            job.recipient_company = f[job_company];
            job.recipient_location = f[job_location];
            job.sender_name = f[job_sender];
            job.job_tag = f[job_tag];
            JobTagFields tag = decode_job_tag(job.job_tag);
            job.display_name = tag.display_name;
            job.billing_code = tag.billing_code;
            job.sender_company = tag.sender_company;
            job.sender_department = tag.sender_department;
            job.tsi = tag.tsi;
            job.discount_send = tag.discount == "1";
            job.status_text = f[job_status];
            job.modem = f[job_modem];
            job.notify_address = f[job_notify];
            job.group_id = f[job_group];
            long group = 0;
            Status numbers = first_failure({assign_number(job.pages_done, f[job_pages_done], "pages done"),
                                            assign_number(job.pages_total, f[job_pages_total], "total pages"),
                                            assign_number(job.dials_done, f[job_dials_done], "dials"),
                                            assign_number(job.dials_max, f[job_dials_max], "max dials"),
                                            assign_number(job.tries_done, f[job_tries_done], "tries"),
                                            assign_number(job.tries_max, f[job_tries_max], "max tries"),
                                            assign_number(job.scheduled_time, f[job_time], "time"),
                                            assign_number(job.priority, f[job_priority], "priority"),
                                            assign_number(group, f[job_group], "group id")});
            if (!numbers)
                return numbers;
            if (group > max_job_id)
                return make_error(ErrorKind::protocol, "group id " + f[job_group] + " is too large");
            if (job.pages_total == 0)
                job.pages_total = static_cast<int>(parse_decimal(tag.pages, max_job_id).value_or(0));
            jobs.push_back(std::move(job));
            return success();
        });
    Status outside = check_outside(scan, "job", warn);
    if (!outside)
        return outside.error();
    return jobs;
}

Result<std::vector<ReceivedFax>> parse_received_listing(std::string_view listing,
                                                        const ListingMarkers &markers,
                                                        const WireText &convert, const ListingWarning &warn)
{
    std::vector<ReceivedFax> faxes;
    RecordScan scan = for_each_record(
        listing, markers, "received-fax", recv_field_count, warn, [&](std::vector<std::string> &f) -> Status {
            if (f[recv_file].empty())
                return make_error(ErrorKind::protocol, "no file name");
            for (std::string &field : f)
                field = convert(field);
            ReceivedFax fax;
            fax.file = f[recv_file];
            fax.sender_tsi = f[recv_sender];
            fax.in_progress = f[recv_in_progress] == "*";
            fax.owner = f[recv_owner];
            fax.error_text = f[recv_error];
            fax.caller_id_number = f[recv_caller_number];
            fax.caller_id_name = f[recv_caller_name];
            fax.subaddress = f[recv_subaddress];
            Status numbers =
                first_failure({assign_number(fax.received_time, f[recv_time], "receive time"),
                               assign_number(fax.pages, f[recv_pages], "pages"),
                               assign_number(fax.size_bytes, f[recv_size], "size"),
                               assign_number(fax.resolution_lpi, f[recv_resolution], "resolution"),
                               assign_number(fax.page_width, f[recv_width], "width"),
                               assign_page_length(fax.page_length, f[recv_length]),
                               assign_number(fax.signalling_rate, f[recv_rate], "rate")});
            if (!numbers)
                return numbers;
            faxes.push_back(std::move(fax));
            return success();
        });
    Status outside = check_outside(scan, "received-fax", warn);
    if (!outside)
        return outside.error();
    return faxes;
}

Result<std::vector<ModemInfo>> parse_modem_listing(std::string_view listing, const ListingMarkers &markers,
                                                   const WireText &convert, const ListingWarning &warn)
{
    std::vector<ModemInfo> modems;
    /* Text outside the records is the scheduler line. */
    (void)for_each_record(listing, markers, "modem", modem_field_count, warn,
                          [&](std::vector<std::string> &f) -> Status {
                              for (std::string &field : f)
                                  field = convert(field);
                              ModemInfo modem;
                              modem.name = f[modem_name];
                              modem.number = f[modem_number];
                              modem.local_id = f[modem_local_id];
                              modem.status_text = f[modem_status];
                              modem.running = f[modem_getty] == "*";
                              modems.push_back(std::move(modem));
                              return success();
                          });
    return modems;
}

std::string scheduler_line(std::string_view listing, const ListingMarkers &markers)
{
    RecordScan scan = for_each_record(listing, markers, "modem", modem_field_count, ListingWarning(),
                                      [](std::vector<std::string> &) { return success(); });
    return scan.outside_lines.empty() ? std::string() : scan.outside_lines.front();
}

} // namespace faxcom::hylafax
