// SPDX-License-Identifier: LGPL-2.1-or-later
#include "spool/job_record.h"

#include <cstdint>
#include <functional>
#include <map>

namespace faxcom::spool {

namespace {

constexpr std::string_view header_line = "faxcom-spool-job 1";
constexpr std::string_view header_prefix = "faxcom-spool-job ";
constexpr std::string_view end_line = "end";

struct TextField {
    const char *key;
    std::function<std::string &(JobRecord &)> get;
};

const std::vector<TextField> &text_fields()
{
    static const std::vector<TextField> fields = {
        {"owner", [](JobRecord &r) -> std::string & { return r.owner; }},
        {"status", [](JobRecord &r) -> std::string & { return r.status_text; }},
        {"dial_string", [](JobRecord &r) -> std::string & { return r.request.dial_string; }},
        {"recipient_name", [](JobRecord &r) -> std::string & { return r.request.recipient_name; }},
        {"recipient_company", [](JobRecord &r) -> std::string & { return r.request.recipient_company; }},
        {"recipient_location", [](JobRecord &r) -> std::string & { return r.request.recipient_location; }},
        {"recipient_voice", [](JobRecord &r) -> std::string & { return r.request.recipient_voice; }},
        {"sender_name", [](JobRecord &r) -> std::string & { return r.request.sender_name; }},
        {"sender_company", [](JobRecord &r) -> std::string & { return r.request.sender_company; }},
        {"sender_department", [](JobRecord &r) -> std::string & { return r.request.sender_department; }},
        {"sender_location", [](JobRecord &r) -> std::string & { return r.request.sender_location; }},
        {"sender_voice", [](JobRecord &r) -> std::string & { return r.request.sender_voice; }},
        {"regarding", [](JobRecord &r) -> std::string & { return r.request.regarding; }},
        {"notify_address", [](JobRecord &r) -> std::string & { return r.request.notify_address; }},
        {"tsi", [](JobRecord &r) -> std::string & { return r.request.tsi; }},
        {"billing_code", [](JobRecord &r) -> std::string & { return r.request.billing_code; }},
        {"display_name", [](JobRecord &r) -> std::string & { return r.request.display_name; }},
        {"cover", [](JobRecord &r) -> std::string & { return r.cover_file; }},
    };
    return fields;
}

struct NumberField {
    const char *key;
    std::function<int64_t(const JobRecord &)> get;
    std::function<void(JobRecord &, int64_t)> set;
    int64_t low, high;
};

constexpr int64_t max_time = int64_t(1) << 40;

const std::vector<NumberField> &number_fields()
{
    static const std::vector<NumberField> fields = {
        {"submitted", [](const JobRecord &r) { return int64_t(r.submitted_time); },
         [](JobRecord &r, int64_t v) { r.submitted_time = std::time_t(v); }, 0, max_time},
        {"updated", [](const JobRecord &r) { return int64_t(r.updated_time); },
         [](JobRecord &r, int64_t v) { r.updated_time = std::time_t(v); }, 0, max_time},
        {"delivered", [](const JobRecord &r) { return int64_t(r.delivered_time); },
         [](JobRecord &r, int64_t v) { r.delivered_time = std::time_t(v); }, 0, max_time},
        {"send_time", [](const JobRecord &r) { return int64_t(r.send_time); },
         [](JobRecord &r, int64_t v) { r.send_time = std::time_t(v); }, 0, max_time},
        {"discount_send", [](const JobRecord &r) { return int64_t(r.request.discount_send); },
         [](JobRecord &r, int64_t v) { r.request.discount_send = v != 0; }, 0, 1},
        {"branding", [](const JobRecord &r) { return int64_t(r.request.branding); },
         [](JobRecord &r, int64_t v) { r.request.branding = v != 0; }, 0, 1},
        {"page_count", [](const JobRecord &r) { return int64_t(r.request.page_count); },
         [](JobRecord &r, int64_t v) { r.request.page_count = int(v); }, 0, 1000000},
        {"give_up_after_days", [](const JobRecord &r) { return int64_t(r.request.give_up_after_days); },
         [](JobRecord &r, int64_t v) { r.request.give_up_after_days = int(v); }, 0, 1000000},
        {"retries", [](const JobRecord &r) { return int64_t(r.request.retries); },
         [](JobRecord &r, int64_t v) { r.request.retries = int(v); }, 0, 1000000},
        {"max_dials", [](const JobRecord &r) { return int64_t(r.request.max_dials); },
         [](JobRecord &r, int64_t v) { r.request.max_dials = int(v); }, 0, 1000000},
        {"page_width_mm", [](const JobRecord &r) { return int64_t(r.request.page_width_mm); },
         [](JobRecord &r, int64_t v) { r.request.page_width_mm = int(v); }, 0, 1000000},
        {"page_length_mm", [](const JobRecord &r) { return int64_t(r.request.page_length_mm); },
         [](JobRecord &r, int64_t v) { r.request.page_length_mm = int(v); }, 0, 1000000},
    };
    return fields;
}

const std::pair<NotifyMode, const char *> notify_words[] = {{NotifyMode::none, "none"},
                                                            {NotifyMode::when_done, "done"},
                                                            {NotifyMode::when_requeued, "requeue"},
                                                            {NotifyMode::all, "all"}};
const std::pair<Resolution, const char *> resolution_words[] = {{Resolution::normal, "normal"},
                                                                {Resolution::fine, "fine"}};
const std::pair<DocumentKind, const char *> kind_words[] = {{DocumentKind::tiff, "tiff"},
                                                            {DocumentKind::postscript, "postscript"},
                                                            {DocumentKind::pdf, "pdf"},
                                                            {DocumentKind::text, "text"}};
constexpr std::string_view stored_states = "TPWDF";

template <typename Enum, size_t N>
const char *word_of(const std::pair<Enum, const char *> (&table)[N], Enum value)
{
    for (const auto &[item, word] : table)
        if (item == value)
            return word;
    return table[0].second;
}

template <typename Enum, size_t N>
bool enum_of(const std::pair<Enum, const char *> (&table)[N], std::string_view word, Enum &value)
{
    for (const auto &[item, text] : table)
        if (word == text) {
            value = item;
            return true;
        }
    return false;
}

Result<std::string> escaped(std::string_view value, const char *key)
{
    std::string out;
    out.reserve(value.size());
    for (char c : value) {
        switch (c) {
        case '\0': return make_error(ErrorKind::bad_input, std::string(key) + " contains a NUL character");
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        default: out += c;
        }
    }
    return out;
}

Result<std::string> unescaped(std::string_view value)
{
    std::string out;
    for (size_t i = 0; i < value.size(); ++i) {
        if (value[i] != '\\') {
            out += value[i];
            continue;
        }
        char next = i + 1 < value.size() ? value[i + 1] : '\0';
        if (next == '\\')
            out += '\\';
        else if (next == 'n')
            out += '\n';
        else if (next == 'r')
            out += '\r';
        else
            return make_error(ErrorKind::bad_format, "bad escape sequence in a value");
        ++i;
    }
    return out;
}

bool parse_number(std::string_view text, int64_t low, int64_t high, int64_t &value)
{
    if (text.empty() || text.size() > 18)
        return false;
    bool negative = text[0] == '-';
    std::string_view digits = negative ? text.substr(1) : text;
    if (digits.empty())
        return false;
    int64_t result = 0;
    for (char c : digits) {
        if (c < '0' || c > '9')
            return false;
        result = result * 10 + (c - '0');
    }
    value = negative ? -result : result;
    return value >= low && value <= high;
}

Error corrupt(const std::string &what)
{
    return make_error(ErrorKind::bad_format, "corrupt job record: " + what);
}

} // namespace

bool is_job_id(std::string_view text)
{
    if (text.empty() || text.size() > 18 || text[0] == '0')
        return false;
    for (char c : text)
        if (c < '0' || c > '9')
            return false;
    return true;
}

Result<std::string> encode_job_record(const JobRecord &record)
{
    std::string out = std::string(header_line) + "\n";
    auto add = [&out](const char *key, const std::string &value) -> Status {
        Result<std::string> text = escaped(value, key);
        if (!text)
            return text.error();
        out += std::string(key) + "=" + text.value() + "\n";
        return success();
    };
    JobRecord fields = record; /* the accessors hand out references */
    std::vector<Status> steps;
    steps.push_back(add("id", record.id));
    steps.push_back(add("state", std::string(1, job_state_letter(record.state))));
    for (const TextField &field : text_fields())
        steps.push_back(add(field.key, field.get(fields)));
    for (const NumberField &field : number_fields())
        steps.push_back(add(field.key, std::to_string(field.get(record))));
    steps.push_back(add("notify", word_of(notify_words, record.request.notify)));
    steps.push_back(add("resolution", word_of(resolution_words, record.request.resolution)));
    for (size_t i = 0; i < record.documents.size(); ++i) {
        const StoredDocument &document = record.documents[i];
        const std::string key = "document" + std::to_string(i + 1);
        steps.push_back(
            add(key.c_str(), std::string(word_of(kind_words, document.kind)) + " " + document.file));
        steps.push_back(add((key + "_source").c_str(), document.source_path));
    }
    for (const Status &step : steps)
        if (!step)
            return step.error();
    out += std::string(end_line) + "\n";
    return out;
}

Result<JobRecord> decode_job_record(std::string_view text)
{
    std::map<std::string, std::string, std::less<>> values;
    bool header_seen = false, end_seen = false;
    size_t line_number = 0;
    for (size_t start = 0; start < text.size();) {
        size_t newline = text.find('\n', start);
        if (newline == std::string_view::npos)
            return corrupt("line " + std::to_string(line_number + 1) +
                           " is not terminated (truncated file?)");
        std::string_view line = text.substr(start, newline - start);
        start = newline + 1;
        ++line_number;
        if (!header_seen) {
            if (line.substr(0, header_prefix.size()) != header_prefix)
                return corrupt("not a faxcom queue job file");
            if (line != header_line)
                return corrupt("unsupported version \"" + std::string(line.substr(header_prefix.size())) +
                               "\"");
            header_seen = true;
            continue;
        }
        if (end_seen)
            return corrupt("data after the end line");
        if (line == end_line) {
            end_seen = true;
            continue;
        }
        size_t equals = line.find('=');
        if (equals == std::string_view::npos || equals == 0)
            return corrupt("line " + std::to_string(line_number) + " is not key=value");
        Result<std::string> value = unescaped(line.substr(equals + 1));
        if (!value)
            return corrupt("line " + std::to_string(line_number) + ": " + value.error().message);
        if (value.value().find('\0') != std::string::npos)
            return corrupt("line " + std::to_string(line_number) + " holds a NUL character");
        if (!values.emplace(std::string(line.substr(0, equals)), std::move(value.value())).second)
            return corrupt("key " + std::string(line.substr(0, equals)) + " appears twice");
    }
    if (!header_seen)
        return corrupt("the file is empty");
    if (!end_seen)
        return corrupt("no end line (truncated file?)");

    JobRecord record;
    auto take = [&values](const char *key, std::string &out) {
        auto found = values.find(key);
        if (found == values.end())
            return false;
        out = found->second;
        return true;
    };
    std::string state;
    if (!take("id", record.id) || !is_job_id(record.id))
        return corrupt("missing or bad id");
    if (!take("state", state) || state.size() != 1 || stored_states.find(state[0]) == std::string_view::npos)
        return corrupt("missing or bad state in job " + record.id);
    record.state = job_state_from_letter(state[0]);
    for (const TextField &field : text_fields())
        take(field.key, field.get(record));
    if (record.request.dial_string.empty())
        return corrupt("job " + record.id + " has no fax number");
    for (const NumberField &field : number_fields()) {
        std::string text;
        int64_t number = 0;
        if (!take(field.key, text))
            continue;
        if (!parse_number(text, field.low, field.high, number))
            return corrupt("bad " + std::string(field.key) + " in job " + record.id);
        field.set(record, number);
    }
    std::string word;
    if (take("notify", word) && !enum_of(notify_words, word, record.request.notify))
        return corrupt("bad notify in job " + record.id);
    if (take("resolution", word) && !enum_of(resolution_words, word, record.request.resolution))
        return corrupt("bad resolution in job " + record.id);
    for (size_t n = 1;; ++n) {
        const std::string key = "document" + std::to_string(n);
        std::string entry;
        if (!take(key.c_str(), entry))
            break;
        StoredDocument document;
        size_t space = entry.find(' ');
        if (space == std::string::npos ||
            !enum_of(kind_words, std::string_view(entry).substr(0, space), document.kind))
            return corrupt("bad " + key + " in job " + record.id);
        document.file = entry.substr(space + 1);
        if (document.file.empty() || document.file.find_first_of("/\\") != std::string::npos ||
            document.file == "." || document.file == "..")
            return corrupt("bad file name in " + key + " of job " + record.id);
        take((key + "_source").c_str(), document.source_path);
        record.documents.push_back(std::move(document));
    }
    if (record.cover_file.find_first_of("/\\") != std::string::npos)
        return corrupt("bad cover file name in job " + record.id);
    return record;
}

JobInfo job_info_of(const JobRecord &record, const std::string &modem)
{
    JobInfo info;
    const JobRequest &request = record.request;
    info.id = record.id;
    info.state = record.state;
    info.state_letter = job_state_letter(record.state);
    info.owner = record.owner;
    info.dial_string = request.dial_string;
    info.external_number = request.dial_string;
    info.recipient_name = request.recipient_name;
    info.recipient_company = request.recipient_company;
    info.recipient_location = request.recipient_location;
    info.sender_name = request.sender_name;
    info.sender_company = request.sender_company;
    info.sender_department = request.sender_department;
    info.tsi = request.tsi;
    info.billing_code = request.billing_code;
    info.display_name = request.display_name;
    info.discount_send = request.discount_send;
    info.notify_address = request.notify_address;
    info.pages_total = request.page_count;
    info.pages_done = record.state == JobState::done ? request.page_count : 0;
    info.dials_max = request.max_dials;
    info.tries_max = request.retries + 1;
    info.tries_done = record.state == JobState::done ? 1 : 0;
    info.dials_done = info.tries_done;
    info.scheduled_time = record.send_time;
    info.modem = modem;
    info.status_text = record.status_text;
    info.group_id = record.id;
    return info;
}

} // namespace faxcom::spool
