#include "listing_format.h"

#include <cerrno>
#include <cstdlib>

#include "job_tag.h"

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

/* Modem status fields; the leading marker tells modem lines from the scheduler line.  No %r
 * (max receive pages): hfaxd 6.0 formats that integer as a string and crashes on every
 * modem entry, closing the session. */
constexpr const char modem_letters[] = "mnlsz";
enum ModemField {
    modem_name,
    modem_number,
    modem_local_id,
    modem_status,
    modem_getty,
    modem_field_count
};
constexpr std::string_view modem_marker = "MODEM\x1f";

std::string trim(std::string_view text)
{
    size_t begin = text.find_first_not_of(' ');
    if (begin == std::string_view::npos)
        return std::string();
    size_t end = text.find_last_not_of(' ');
    return std::string(text.substr(begin, end - begin + 1));
}

std::vector<std::string> split_fields(std::string_view line)
{
    std::vector<std::string> fields;
    size_t start = 0;
    for (;;) {
        size_t end = line.find(separator, start);
        fields.push_back(
            trim(line.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start)));
        if (end == std::string_view::npos)
            return fields;
        start = end + 1;
    }
}

/* Non-empty lines of a listing, a trailing CR removed. */
template <typename Visit> Status for_each_line(std::string_view listing, Visit visit)
{
    size_t start = 0;
    while (start < listing.size()) {
        size_t end = listing.find('\n', start);
        std::string_view line =
            listing.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
        start = end == std::string_view::npos ? listing.size() : end + 1;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (line.empty())
            continue;
        Status visited = visit(line);
        if (!visited)
            return visited;
    }
    return success();
}

Error wrong_shape(const char *what, size_t got, size_t expected)
{
    return make_error(ErrorKind::protocol, std::string("malformed ") + what +
                                               " listing line: " + std::to_string(got) +
                                               " fields, expected " + std::to_string(expected));
}

/* A decimal number field; empty is 0, anything else malformed is a protocol error. */
Result<long long> number_field(const std::string &text, const char *what)
{
    if (text.empty())
        return 0LL;
    errno = 0;
    char *end = nullptr;
    long long value = std::strtoll(text.c_str(), &end, 10);
    if (errno != 0 || *end != '\0')
        return make_error(ErrorKind::protocol,
                          std::string("malformed number in listing (") + what + "): " + text);
    return value;
}

template <typename T> Status assign_number(T &target, const std::string &text, const char *what)
{
    Result<long long> value = number_field(text, what);
    if (!value)
        return value.error();
    target = static_cast<T>(value.value());
    return success();
}

} // namespace

const std::string &job_listing_format()
{
    static const std::string format = join_letters(job_letters);
    return format;
}

const std::string &received_listing_format()
{
    static const std::string format = join_letters(received_letters);
    return format;
}

const std::string &modem_listing_format()
{
    static const std::string format = std::string(modem_marker) + join_letters(modem_letters);
    return format;
}

Result<std::vector<JobInfo>> parse_job_listing(std::string_view listing, const WireText &convert)
{
    std::vector<JobInfo> jobs;
    Status parsed = for_each_line(listing, [&](std::string_view line) -> Status {
        std::vector<std::string> f = split_fields(line);
        if (f.size() != job_field_count)
            return wrong_shape("job", f.size(), job_field_count);
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
        for (Status s : {assign_number(job.pages_done, f[job_pages_done], "pages done"),
                         assign_number(job.pages_total, f[job_pages_total], "total pages"),
                         assign_number(job.dials_done, f[job_dials_done], "dials"),
                         assign_number(job.dials_max, f[job_dials_max], "max dials"),
                         assign_number(job.tries_done, f[job_tries_done], "tries"),
                         assign_number(job.tries_max, f[job_tries_max], "max tries"),
                         assign_number(job.scheduled_time, f[job_time], "time"),
                         assign_number(job.priority, f[job_priority], "priority")})
            if (!s)
                return s;
        if (job.pages_total == 0 && !tag.pages.empty())
            job.pages_total = std::atoi(tag.pages.c_str());
        if (job.id.empty())
            return make_error(ErrorKind::protocol, "job listing line without a job id");
        jobs.push_back(std::move(job));
        return success();
    });
    if (!parsed)
        return parsed.error();
    return jobs;
}

Result<std::vector<ReceivedFax>> parse_received_listing(std::string_view listing, const WireText &convert)
{
    std::vector<ReceivedFax> faxes;
    Status parsed = for_each_line(listing, [&](std::string_view line) -> Status {
        std::vector<std::string> f = split_fields(line);
        if (f.size() != recv_field_count)
            return wrong_shape("received-fax", f.size(), recv_field_count);
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
        for (Status s : {assign_number(fax.received_time, f[recv_time], "receive time"),
                         assign_number(fax.pages, f[recv_pages], "pages"),
                         assign_number(fax.size_bytes, f[recv_size], "size"),
                         assign_number(fax.resolution_lpi, f[recv_resolution], "resolution"),
                         assign_number(fax.page_width, f[recv_width], "width"),
                         assign_number(fax.page_length, f[recv_length], "length"),
                         assign_number(fax.signalling_rate, f[recv_rate], "rate")})
            if (!s)
                return s;
        if (fax.file.empty())
            return make_error(ErrorKind::protocol, "received-fax listing line without a file name");
        faxes.push_back(std::move(fax));
        return success();
    });
    if (!parsed)
        return parsed.error();
    return faxes;
}

Result<std::vector<ModemInfo>> parse_modem_listing(std::string_view listing, const WireText &convert)
{
    std::vector<ModemInfo> modems;
    Status parsed = for_each_line(listing, [&](std::string_view line) -> Status {
        if (line.compare(0, modem_marker.size(), modem_marker) != 0)
            return success(); /* the scheduler line */
        std::vector<std::string> f = split_fields(line.substr(modem_marker.size()));
        if (f.size() != modem_field_count)
            return wrong_shape("modem", f.size(), modem_field_count);
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
    if (!parsed)
        return parsed.error();
    return modems;
}

std::string scheduler_line(std::string_view listing)
{
    std::string found;
    (void)for_each_line(listing, [&](std::string_view line) -> Status {
        if (found.empty() && line.compare(0, modem_marker.size(), modem_marker) != 0)
            found = std::string(line);
        return success();
    });
    return found;
}

} // namespace faxcom::hylafax
