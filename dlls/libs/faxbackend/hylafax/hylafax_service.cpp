// SPDX-License-Identifier: LGPL-2.1-or-later
#include "hylafax/hylafax_service.h"

#include <chrono>
#include <thread>

#include <cstdio>
#include <ctime>
#include <optional>

#include "common/decimal.h"
#include "common/job_request_checks.h"
#include "hylafax/command_text.h"
#include "hylafax/job_tag.h"
#include "hylafax/listing_format.h"
#include "hylafax/modem_activity.h"
#include "hylafax/modem_config.h"

namespace faxcom::hylafax {

namespace {

constexpr uint64_t max_listing_bytes = 256ull * 1024 * 1024;
constexpr uint64_t max_received_fax_bytes = 1024ull * 1024 * 1024;
constexpr int max_submit_attempts = 3;
/* Branding: atop every page the station identifier, the date and "Page N of M". */
constexpr const char *branding_tag_line = "From %%l|%c|Page %%P of %%T";
/* No give-up time set: sendfax's default, 3 hours after the send time. */
constexpr int default_give_up_minutes = 3 * 60;
/* A send-queue listing that missed a job still queued is made again, at most this often
 * in all, a little later each time (the job file is being rewritten). */
constexpr int max_send_queue_listings = 3;
constexpr int send_queue_relisting_pause_ms = 20;
/* Jobs checked (one SIZE each) after a listing that leaves out known jobs: when more have
 * left at once, they have surely been sent or removed, and the rest is not checked. */
constexpr size_t max_left_out_checks = 16;

/* FORM's word for a document's form. */
const char *form_word(DocumentForm form)
{
    switch (form) {
    case DocumentForm::tiff: return "TIFF";
    case DocumentForm::pdf: return "PDF";
    case DocumentForm::postscript: return "PS";
    }
    return "PS";
}

const char *notify_word(NotifyMode mode)
{
    switch (mode) {
    case NotifyMode::none: return "NONE";
    case NotifyMode::when_done: return "DONE";
    case NotifyMode::when_requeued: return "REQUEUE";
    case NotifyMode::all: return "DONE+REQUEUE";
    }
    return "NONE";
}

/* "YYYYMMDDHHMM" in UTC. */
Result<std::string> send_time_text(std::time_t when)
{
    std::optional<std::tm> calendar = utc_calendar_time(when);
    if (!calendar)
        return make_error(ErrorKind::bad_input, "send time out of range");
    const std::tm &utc = *calendar;
    char text[32];
    std::snprintf(text, sizeof text, "%04d%02d%02d%02d%02d", utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday,
                  utc.tm_hour, utc.tm_min);
    if (std::string(text).size() != 12)
        return make_error(ErrorKind::bad_input, "send time out of range");
    return std::string(text);
}

/* LASTTIME "DDHHMM", relative to the send time. */
Result<std::string> kill_time_text(int give_up_after_days)
{
    int minutes = give_up_after_days > 0 ? give_up_after_days * 24 * 60 : default_give_up_minutes;
    if (minutes < 1 || minutes >= 100 * 24 * 60)
        return make_error(ErrorKind::bad_input, "kill time must be between 1 minute and 99 days");
    char text[16];
    std::snprintf(text, sizeof text, "%02d%02d%02d", minutes / (24 * 60), (minutes / 60) % 24, minutes % 60);
    return std::string(text);
}

/* RETRYTIME "MMSS" (hfaxd reads minutes modulo 60). */
std::string retry_time_text(int minutes)
{
    char text[8];
    std::snprintf(text, sizeof text, "%02d00", minutes % 60);
    return text;
}

/* The job id in "200 New job created: jobid: 7 groupid: 7." */
Result<std::string> job_id_of(const Reply &reply)
{
    const std::string text = reply.text();
    size_t at = text.find("jobid: ");
    if (at == std::string::npos)
        return make_error(ErrorKind::protocol, "JNEW reply without a job id: " + text);
    at += 7;
    size_t end = at;
    while (end < text.size() && text[end] >= '0' && text[end] <= '9')
        ++end;
    if (end == at)
        return make_error(ErrorKind::protocol, "JNEW reply without a job id: " + text);
    return text.substr(at, end - at);
}

/* Everything a submission sends, checked and quoted before the first byte goes out; the
 * uploads are the request's own bytes. */
struct SubmissionCommands {
    struct Upload {
        const char *form;         /* FORM's word */
        const std::string *bytes; /* the cover page or a prepared document's bytes */
    };
    std::vector<Upload> uploads; /* the cover first when there is one */
    bool has_cover = false;
    std::vector<std::string> parameters; /* complete "JPARM ..." lines */
};

class SubmissionBuilder {
  public:
    explicit SubmissionBuilder(HylafaxSession &session) : session_(session) {}

    Status text(const char *name, const std::string &value, bool skip_empty = true)
    {
        if (skip_empty && value.empty())
            return success();
        Result<std::string> wire = session_.to_wire(value, name);
        if (!wire)
            return wire.error();
        Result<std::string> quoted = quote_value(wire.value(), name);
        if (!quoted)
            return quoted.error();
        return add(std::string("JPARM ") + name + " " + quoted.value());
    }

    Status word(const char *name, const std::string &value)
    {
        return add(std::string("JPARM ") + name + " " + value);
    }
    Status number(const char *name, int value) { return word(name, std::to_string(value)); }

    Status add(std::string line)
    {
        Status length = check_command_length(line);
        if (!length)
            return length;
        commands.parameters.push_back(std::move(line));
        return success();
    }

    SubmissionCommands commands;

  private:
    HylafaxSession &session_;
};

Result<SubmissionCommands> submission_commands(HylafaxSession &session, const JobRequest &request)
{
    SubmissionBuilder build(session);
    if (Status checked = check_job_request(request); !checked)
        return checked.error();

    /* Every caller value, including those that travel encoded, is refused with a line
     * break or NUL, so no value means something different on the server than here. */
    const std::pair<const char *, const std::string *> values[] = {
        {"fax number", &request.dial_string},
        {"recipient name", &request.recipient_name},
        {"recipient company", &request.recipient_company},
        {"recipient location", &request.recipient_location},
        {"recipient voice number", &request.recipient_voice},
        {"sender name", &request.sender_name},
        {"sender company", &request.sender_company},
        {"sender department", &request.sender_department},
        {"sender location", &request.sender_location},
        {"sender voice number", &request.sender_voice},
        {"subject", &request.regarding},
        {"notify address", &request.notify_address},
        {"TSI", &request.tsi},
        {"billing code", &request.billing_code},
        {"display name", &request.display_name}};
    for (const auto &[what, value] : values) {
        Status ok = check_value(*value, what);
        if (!ok)
            return ok.error();
    }

    std::string sender = request.sender_name.empty() ? session.config().user : request.sender_name;
    JobTagFields tag{request.display_name,
                     request.billing_code,
                     request.sender_company,
                     request.sender_department,
                     request.tsi,
                     request.discount_send ? "1" : "",
                     request.page_count > 0 ? std::to_string(request.page_count) : ""};
    Result<std::string> kill = kill_time_text(request.give_up_after_days);
    if (!kill)
        return kill.error();

    std::vector<Status> steps;
    steps.push_back(build.text("FROMUSER", sender));
    if (request.send_time) {
        Result<std::string> when = send_time_text(*request.send_time);
        if (!when)
            return when.error();
        steps.push_back(build.word("SENDTIME", when.value()));
    } else {
        steps.push_back(build.word("SENDTIME", "NOW"));
    }
    steps.push_back(build.word("LASTTIME", kill.value()));
    if (request.retry_delay_minutes > 0) /* MMSS */
        steps.push_back(build.word("RETRYTIME", retry_time_text(request.retry_delay_minutes)));
    steps.push_back(build.number("MAXDIALS", request.max_dials));
    steps.push_back(build.number("MAXTRIES", request.retries + 1)); /* tries in all */
    steps.push_back(build.number("SCHEDPRI", 127));
    steps.push_back(build.text("TSI", request.tsi));
    steps.push_back(build.text("DIALSTRING", request.dial_string));
    steps.push_back(
        build.text("NOTIFYADDR", request.notify_address.empty() ? sender : request.notify_address));
    steps.push_back(build.text("TOUSER", request.recipient_name));
    steps.push_back(build.text("TOCOMPANY", request.recipient_company));
    steps.push_back(build.text("TOLOCATION", request.recipient_location));
    steps.push_back(build.text("TOVOICE", request.recipient_voice));
    steps.push_back(build.text("FROMCOMPANY", request.sender_company));
    steps.push_back(build.text("FROMLOCATION", request.sender_location));
    steps.push_back(build.text("FROMVOICE", request.sender_voice));
    steps.push_back(build.text("REGARDING", request.regarding));
    steps.push_back(build.text("JOBINFO", encode_job_tag(tag)));
    if (request.branding)
        steps.push_back(build.text("TAGLINE", branding_tag_line));
    steps.push_back(build.number("VRES", request.resolution == Resolution::fine ? 196 : 98));
    steps.push_back(build.number("PAGEWIDTH", request.page_width_mm));
    steps.push_back(build.number("PAGELENGTH", request.page_length_mm));
    steps.push_back(build.word("NOTIFY", notify_word(request.notify)));
    if (request.archive_when_done) /* faxqclean -a keeps the job in archive/ */
        steps.push_back(build.word("DONEOP", "archive"));
    for (const Status &s : steps)
        if (!s)
            return s.error();

    SubmissionCommands commands = std::move(build.commands);
    if (request.cover_postscript) {
        commands.uploads.push_back({"PS", &*request.cover_postscript});
        commands.has_cover = true;
    }
    for (const PreparedDocument &document : request.documents)
        commands.uploads.push_back({form_word(document.form), &document.bytes});
    return commands;
}

HylafaxSession::ByteSource source_for(const std::string &bytes)
{
    auto offset = std::make_shared<size_t>(0);
    return [&bytes, offset](uint8_t *buffer, size_t capacity) -> Result<size_t> {
        size_t count = bytes.copy(reinterpret_cast<char *>(buffer), capacity, *offset);
        *offset += count;
        return count;
    };
}

} // namespace

HylafaxService::HylafaxService(ConnectionConfig config, TraceHook trace,
                               std::shared_ptr<TransportFactory> factory)
    : session_(std::move(config), factory ? std::move(factory) : make_tcp_transport_factory(),
               std::move(trace))
{
}

Status HylafaxService::connect()
{
    auto guard = session_.lock();
    return session_.ensure_connected();
}

void HylafaxService::disconnect()
{
    auto guard = session_.lock();
    session_.disconnect();
}

Result<std::string> HylafaxService::submit_job(const JobRequest &request)
{
    auto guard = session_.lock();
    Result<SubmissionCommands> commands = submission_commands(session_, request);
    if (!commands)
        return commands.error();
    const std::vector<SubmissionCommands::Upload> &uploads = commands.value().uploads;
    std::vector<std::string> keys;
    for (const SubmissionCommands::Upload &upload : uploads)
        keys.push_back(upload_key(upload.form, *upload.bytes));
    /* A connection the server closed is replaced now, before its uploads are counted on. */
    Status connected = session_.ensure_connected();
    if (!connected)
        return connected.error();

    for (bool reuse = true;; reuse = false) {
        /* The last upload's final 226 is read after the job's commands have been sent. */
        std::vector<std::string> remote_files(uploads.size());
        size_t last = uploads.size(); /* the last one really uploaded */
        for (size_t i = 0; i < uploads.size(); ++i) {
            remote_files[i] =
                reuse ? uploads_.find(session_.connection_generation(), keys[i]) : std::string();
            if (remote_files[i].empty())
                last = i;
        }
        bool completion_pending = false, reused = false;
        for (size_t i = 0; i < uploads.size(); ++i) {
            if (!remote_files[i].empty()) {
                session_.trace(TraceLevel::debug,
                               "the same document is on the server already: " + remote_files[i]);
                reused = true;
                continue;
            }
            Result<std::string> name =
                session_.upload_temporary(uploads[i].form, source_for(*uploads[i].bytes),
                                          i == last ? HylafaxSession::UploadEnd::leave_completion_pending
                                                    : HylafaxSession::UploadEnd::wait_for_completion);
            if (!name)
                return name.error();
            uploads_.remember(session_.connection_generation(), keys[i], name.value());
            remote_files[i] = name.value();
            completion_pending = i == last && session_.outstanding_replies() > 0;
        }
        bool document_refused = false;
        Result<std::string> id =
            submit_uploaded_locked(request, commands.value().parameters, commands.value().has_cover,
                                   remote_files, completion_pending, &document_refused);
        /* A file uploaded earlier that the server no longer has: once more, uploading all. */
        if (!id && reused && document_refused) {
            uploads_.forget();
            session_.trace(TraceLevel::warning,
                           "the server refused a document uploaded before; uploading again");
            continue;
        }
        return id;
    }
}

Result<std::string> HylafaxService::submit_uploaded_locked(const JobRequest &request,
                                                           const std::vector<std::string> &parameters,
                                                           bool has_cover,
                                                           const std::vector<std::string> &remote_files,
                                                           bool completion_pending, bool *document_refused)
{

    std::vector<std::string> lines = {"JOB DEFAULT", "JNEW"};
    lines.insert(lines.end(), parameters.begin(), parameters.end());
    for (size_t i = 0; i < remote_files.size(); ++i) {
        bool cover = i == 0 && has_cover;
        lines.push_back(std::string("JPARM ") + (cover ? "COVER " : "DOCUMENT ") + remote_files[i]);
    }

    for (int attempt = 1;; ++attempt) {
        Result<std::string> id = create_job_locked(lines, completion_pending, document_refused);
        completion_pending = false;
        if (!id)
            return id.error();
        Result<Reply> submitted = session_.command("JSUBM");
        if (submitted && submitted.value().positive_completion()) {
            session_.trace(TraceLevel::info, "submitted job " + id.value());
            send_queue_ids_.insert(id.value());
            if (request.submit_suspended)
                return suspend_new_job_locked(id.value());
            return id;
        }
        /* hfaxd re-reads a job from disk whenever the file looks newer than its own record
         * of it; it records the creation time with time(), which can lag the file's
         * (finer-grained) modification time by a second.  The re-read job file of a new
         * job is incomplete, so hfaxd then drops every parameter at each later command and
         * refuses JSUBM with "null or missing ... parameter".  A new job made a moment
         * later does not have the problem; the uploaded files are still there. */
        bool parameters_lost = submitted && submitted.value().code == 504 &&
                               submitted.value().text().find("null or missing") != std::string::npos;
        remove_unsubmitted_job_locked(id.value());
        if (!submitted)
            return submitted.error();
        if (!parameters_lost || attempt == max_submit_attempts)
            return make_error(
                submitted.value().code == 530 ? ErrorKind::authentication : ErrorKind::server_refused,
                "JSUBM: " + std::to_string(submitted.value().code) + " " + submitted.value().text(),
                submitted.value().code);
        session_.trace(TraceLevel::warning,
                       "the server lost the parameters of job " + id.value() + "; creating the job again");
    }
}

Result<std::string> HylafaxService::create_job_locked(const std::vector<std::string> &lines,
                                                      bool completion_pending, bool *document_refused)
{
    /* None of these commands makes hfaxd wait for its scheduler, so they are pipelined. */
    Status sent = session_.send_pipelined(lines, "JSUBM");
    if (!sent)
        return sent.error();
    mark_job_copies_locked();
    std::optional<Error> failure;
    if (completion_pending) {
        Result<Reply> done = session_.read_reply();
        if (!done)
            return done.error();
        if (!done.value().positive_completion())
            failure = make_error(ErrorKind::server_refused,
                                 "STOT: " + std::to_string(done.value().code) + " " + done.value().text(),
                                 done.value().code);
    }
    std::string id;
    for (const std::string &line : lines) {
        Result<Reply> reply = session_.read_reply();
        if (!reply) {
            if (!id.empty()) /* on a new connection: the old one is gone */
                remove_unsubmitted_job_locked(id);
            return reply.error();
        }
        if (line == "JNEW" && reply.value().positive_completion()) {
            Result<std::string> created = job_id_of(reply.value());
            if (!created && !failure)
                failure = created.error();
            if (created) {
                /* Kept even when unusable: it names the job to remove. */
                id = created.value();
                Result<long> usable = parse_job_id(id);
                if (!usable && !failure)
                    failure = make_error(ErrorKind::protocol,
                                         "the new job cannot be used: " + usable.error().message);
            }
        } else if (!reply.value().positive_completion() && !failure) {
            if (document_refused)
                *document_refused =
                    line.rfind("JPARM DOCUMENT ", 0) == 0 || line.rfind("JPARM COVER ", 0) == 0;
            failure = make_error(ErrorKind::server_refused,
                                 line.substr(0, line.find(' ', 6)) + ": " +
                                     std::to_string(reply.value().code) + " " + reply.value().text(),
                                 reply.value().code);
        }
    }
    if (!failure)
        return id;
    /* Parameters meant for the new job may have reached the session's default job (when
     * JNEW failed): a fresh session starts clean. */
    if (!id.empty())
        remove_unsubmitted_job_locked(id);
    session_.disconnect();
    return *failure;
}

void HylafaxService::remove_unsubmitted_job_locked(const std::string &id)
{
    session_.trace(TraceLevel::warning, "job " + id + " was not submitted; removing it");
    mark_job_copies_locked();
    Result<Reply> deleted = session_.command("JDELE " + id);
    if (!deleted || !deleted.value().positive_completion()) {
        (void)session_.command("JKILL " + id);
        (void)session_.command("JDELE " + id);
    }
}

void HylafaxService::forget_job_copies_locked()
{
    if (!holds_job_copies_)
        return;
    session_.disconnect();
    holds_job_copies_ = false;
}

Result<std::string> HylafaxService::listing_locked(const char *format_verb,
                                                   std::string (*format_for)(const ListingMarkers &),
                                                   const std::string &list_command,
                                                   const ListingMarkers &markers)
{
    Result<std::string> format = quote_value(format_for(markers), "listing format");
    if (!format)
        return format.error();
    Result<Reply> set = session_.command_ok(std::string(format_verb) + " " + format.value());
    if (!set)
        return set.error();
    return session_.download_text(list_command, max_listing_bytes);
}

WireText HylafaxService::wire_text() const
{
    return [this](const std::string &wire) { return session_.from_wire(wire); };
}

ListingWarning HylafaxService::listing_warning() const
{
    return [this](const std::string &message) { session_.trace(TraceLevel::warning, "listing: " + message); };
}

Result<std::vector<JobInfo>> HylafaxService::list_queue_once_locked(const char *queue)
{
    /* hfaxd keeps a per-session copy of every job a session has listed: a listing is made on
     * a session that holds none. */
    forget_job_copies_locked();
    mark_job_copies_locked();
    const ListingMarkers markers = ListingMarkers::random();
    Result<std::string> listing =
        listing_locked("JOBFMT", job_listing_format, std::string("LIST ") + queue, markers);
    if (!listing)
        return listing.error();
    return parse_job_listing(listing.value(), markers, wire_text(), listing_warning());
}

Result<std::vector<std::string>> HylafaxService::left_out_jobs_locked(const std::vector<JobInfo> &listing)
{
    std::set<std::string> listed;
    for (const JobInfo &job : listing)
        listed.insert(job.id);
    std::vector<std::string> left_out;
    size_t checked = 0;
    for (const std::string &id : send_queue_ids_) {
        if (listed.count(id))
            continue;
        if (checked++ == max_left_out_checks)
            break;
        /* 213 and the size: the file is in sendq; 550: the job left (done queue or gone). */
        Result<Reply> size = session_.command("SIZE sendq/q" + id);
        if (!size)
            return size.error();
        if (size.value().positive_completion())
            left_out.push_back(id);
    }
    return left_out;
}

Result<std::vector<JobInfo>> HylafaxService::list_queue_locked(const char *queue, const std::string &only_id)
{
    const bool send_queue = std::string(queue) == "sendq";
    Result<std::vector<JobInfo>> jobs = list_queue_once_locked(queue);
    for (int listings = 1; jobs && send_queue && listings < max_send_queue_listings; ++listings) {
        Result<std::vector<std::string>> left_out = left_out_jobs_locked(jobs.value());
        if (!left_out)
            return left_out.error();
        if (left_out.value().empty())
            break;
        std::string names;
        for (const std::string &id : left_out.value())
            names += (names.empty() ? "job " : ", job ") + id;
        session_.trace(TraceLevel::warning, "the send queue listing left out " + names +
                                                ", still queued (its job file was being rewritten?); "
                                                "listing again");
        std::this_thread::sleep_for(std::chrono::milliseconds(send_queue_relisting_pause_ms * listings));
        jobs = list_queue_once_locked(queue);
    }
    if (!jobs)
        return jobs;
    if (send_queue) {
        send_queue_ids_.clear();
        for (const JobInfo &job : jobs.value())
            send_queue_ids_.insert(job.id);
    }
    if (only_id.empty())
        return jobs;
    std::vector<JobInfo> matching;
    for (JobInfo &job : jobs.value())
        if (job.id == only_id)
            matching.push_back(std::move(job));
    return matching;
}

Result<std::vector<JobInfo>> HylafaxService::list_jobs(JobQueue queue)
{
    auto guard = session_.lock();
    return list_queue_locked(queue == JobQueue::send ? "sendq" : "doneq", std::string());
}

Result<JobInfo> HylafaxService::get_job(const std::string &id)
{
    Status id_ok = check_token(id, "job id");
    if (!id_ok)
        return id_ok.error();
    auto guard = session_.lock();
    for (const char *queue : {"sendq", "doneq"}) {
        Result<std::vector<JobInfo>> jobs = list_queue_locked(queue, id);
        if (!jobs)
            return jobs.error();
        if (!jobs.value().empty())
            return std::move(jobs.value().front());
    }
    return make_error(ErrorKind::not_found, "job " + id + " does not exist");
}

Status HylafaxService::job_command(const char *verb, const std::string &id)
{
    Status id_ok = check_token(id, "job id");
    if (!id_ok)
        return id_ok;
    auto guard = session_.lock();
    mark_job_copies_locked();
    const std::string line = std::string(verb) + " " + id;
    Result<Reply> reply = session_.command(line);
    if (!reply)
        return reply.error();
    if (reply.value().code == 504 && reply.value().text().find("JSUSP first") != std::string::npos) {
        /* hfaxd keeps each session's copy of a job and reloads it only when the job file's
         * modification time (whole seconds) moved on, so a JSUBM in the same second as the
         * JSUSP before it can see the job as not suspended.  A new session reads it afresh. */
        session_.disconnect();
        reply = session_.command(line);
        if (!reply)
            return reply.error();
    }
    if (reply.value().positive_completion())
        return success();
    const std::string text = reply.value().text();
    ErrorKind kind =
        text.find("does not exist") != std::string::npos ? ErrorKind::not_found : ErrorKind::server_refused;
    return make_error(kind,
                      std::string(verb) + " " + id + ": " + std::to_string(reply.value().code) + " " + text,
                      reply.value().code);
}

Status HylafaxService::suspend_job(const std::string &id)
{
    return job_command("JSUSP", id);
}
Status HylafaxService::resume_job(const std::string &id)
{
    return job_command("JSUBM", id);
}
/* hfaxd answers JKILL at once; faxq moves the job out of the send queue a moment later (it
 * shows there as failed until then).  kill_job returns when the job has left, so a listing
 * made right after it no longer shows the job - or after two seconds, the job then
 * reported as failed by listings.  Once JKILL was answered 200 the job is killed: a
 * failure of that follow-up check is only traced. */
Status HylafaxService::kill_job(const std::string &id)
{
    Status killed = job_command("JKILL", id);
    if (!killed)
        return killed;
    auto guard = session_.lock();
    send_queue_ids_.erase(id); /* leaving the send queue, not left out of it */
    for (int poll = 0; poll < 40; ++poll) {
        if (poll)
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        Result<std::vector<JobInfo>> queued = list_queue_locked("sendq", id);
        send_queue_ids_.erase(id); /* about to leave: not a job a listing may miss */
        if (!queued) {
            session_.trace(TraceLevel::warning, "job " + id +
                                                    " was killed, but checking that it left the send "
                                                    "queue failed: " +
                                                    queued.error().message);
            return success();
        }
        if (queued.value().empty())
            return success();
    }
    return success();
}
Status HylafaxService::delete_job(const std::string &id)
{
    Status deleted = job_command("JDELE", id);
    if (deleted) {
        auto guard = session_.lock();
        send_queue_ids_.erase(id); /* gone from the queues, not left out of a listing */
    }
    return deleted;
}

Result<std::string> HylafaxService::status_listing_locked(const ListingMarkers &markers)
{
    return listing_locked("MDMFMT", modem_listing_format, "LIST status", markers);
}

Result<std::vector<ModemInfo>> HylafaxService::list_modems()
{
    auto guard = session_.lock();
    const ListingMarkers markers = ListingMarkers::random();
    Result<std::string> listing = status_listing_locked(markers);
    if (!listing)
        return listing.error();
    return parse_modem_listing(listing.value(), markers, wire_text(), listing_warning());
}

Result<SchedulerStatus> HylafaxService::scheduler_status()
{
    auto guard = session_.lock();
    const ListingMarkers markers = ListingMarkers::random();
    Result<std::string> listing = status_listing_locked(markers);
    if (!listing)
        return listing.error();
    SchedulerStatus status;
    status.text = session_.from_wire(scheduler_line(listing.value(), markers));
    if (status.text.empty())
        return make_error(ErrorKind::protocol, "the status listing has no scheduler line");
    status.running =
        status.text.size() >= 9 && status.text.compare(status.text.size() - 9, 9, ": Running") == 0;
    return status;
}

Result<std::vector<ReceivedFax>> HylafaxService::list_received()
{
    auto guard = session_.lock();
    return list_received_locked();
}

Result<std::vector<ReceivedFax>> HylafaxService::list_received_locked()
{
    const ListingMarkers markers = ListingMarkers::random();
    Result<std::string> listing = listing_locked("RCVFMT", received_listing_format, "LIST recvq", markers);
    if (!listing)
        return listing.error();
    return parse_received_listing(listing.value(), markers, wire_text(), listing_warning());
}

Status HylafaxService::fetch_received(const std::string &name, const ByteSink &sink)
{
    Status name_ok = check_token(name, "received fax name");
    if (!name_ok)
        return name_ok;
    if (name.find('/') != std::string::npos || name == "." || name == "..")
        return make_error(ErrorKind::bad_input, "received fax name must be a plain file name");
    auto guard = session_.lock();
    return session_.download("RETR recvq/" + name, sink, max_received_fax_bytes);
}

/* A job never submitted is removed by hfaxd at logout (Login.c++, blankJobs), so a job
 * meant to wait is submitted and suspended at once; faxq may start it in between when a
 * modem is idle, and then JSUSP fails with the job already under way. */
Result<std::string> HylafaxService::suspend_new_job_locked(const std::string &id)
{
    mark_job_copies_locked();
    Result<Reply> suspended = session_.command_ok("JSUSP " + id);
    if (!suspended)
        return make_error(suspended.error().kind,
                          "job " + id + " was submitted but not suspended: " + suspended.error().message,
                          suspended.error().server_code);
    return id;
}

Result<bool> HylafaxService::has_admin_rights()
{
    auto guard = session_.lock();
    /* Login sends ADMIN when a password is configured and fails when it is refused, so a
     * live session with one configured holds the rights. */
    Status connected = session_.ensure_connected();
    if (!connected)
        return connected.error();
    return !session_.config().admin_password.empty();
}

Status HylafaxService::require_admin(const char *what)
{
    Status connected = session_.ensure_connected();
    if (!connected)
        return connected;
    if (session_.config().admin_password.empty())
        return make_error(ErrorKind::access_denied,
                          std::string(what) + " needs HylaFAX administrator rights: set the administrator "
                                              "password (HKCU\\Software\\Wine\\Fax AdminPassword)");
    return success();
}

Result<std::string> HylafaxService::modem_config_text_locked(const std::string &modem)
{
    Result<std::string> text = session_.download_text("RETR etc/config." + modem, max_modem_config_bytes);
    if (text)
        return text;
    const Error &error = text.error();
    if (error.server_code == 550 && error.message.find("not permitted") != std::string::npos)
        return make_error(ErrorKind::access_denied,
                          "the server refused the configuration of " + modem + ": " + error.message, 550);
    if (error.server_code == 550)
        return make_error(ErrorKind::not_found, "no configuration for modem " + modem + ": " + error.message,
                          550);
    return error;
}

Result<ModemConfig> HylafaxService::read_modem_config(const std::string &modem_name)
{
    std::string modem = canonical_modem_name(modem_name);
    Status name_ok = check_modem_name(modem);
    if (!name_ok)
        return name_ok.error();
    auto guard = session_.lock();
    Status admin = require_admin("reading a modem's configuration");
    if (!admin)
        return admin.error();
    Result<std::string> text = modem_config_text_locked(modem);
    if (!text)
        return text.error();
    return parse_modem_config(text.value());
}

/* The change is written into the modem's configuration file (etc/config.<modem>), which
 * faxgetty reads again before it handles the next call.  (hfaxd's SITE CONFIG only
 * acknowledges: HylaFAX 6.0's configCmd changes nothing.)  The file must be writable by the
 * fax user on the server. */
Status HylafaxService::set_modem_config(const std::string &modem_name, const std::string &parameter,
                                        const std::string &value)
{
    std::string modem = canonical_modem_name(modem_name);
    Status name_ok = check_modem_name(modem);
    if (!name_ok)
        return name_ok;
    auto guard = session_.lock();
    Status admin = require_admin("changing a modem's configuration");
    if (!admin)
        return admin;
    Result<std::string> text = modem_config_text_locked(modem);
    if (!text)
        return text.error();
    Result<std::string> changed = config_with_parameter(text.value(), parameter, value);
    if (!changed)
        return changed.error();
    Status stored = session_.store_file("etc/config." + modem, changed.value());
    if (!stored) {
        const Error &error = stored.error();
        if (error.server_code == 550 || error.server_code == 553)
            return make_error(ErrorKind::access_denied,
                              "the server cannot write the configuration of " + modem + " (make etc/config." +
                                  modem + " writable by the fax user): " + error.message,
                              error.server_code);
        return error;
    }
    return success();
}

Result<ModemActivity> HylafaxService::modem_activity(const std::string &modem)
{
    Status name_ok = check_modem_name(canonical_modem_name(modem));
    if (!name_ok)
        return name_ok.error();
    auto guard = session_.lock();
    const ListingMarkers markers = ListingMarkers::random();
    Result<std::string> listing = status_listing_locked(markers);
    if (!listing)
        return listing.error();
    Result<std::vector<ModemInfo>> modems =
        parse_modem_listing(listing.value(), markers, wire_text(), listing_warning());
    if (!modems)
        return modems.error();
    const ModemInfo *found = nullptr;
    for (const ModemInfo &info : modems.value())
        if (same_modem(info.name, modem))
            found = &info;
    if (!found) {
        std::string known;
        for (const ModemInfo &info : modems.value())
            known += (known.empty() ? "" : ", ") + info.name;
        return make_error(ErrorKind::not_found, "the server has no modem " + modem +
                                                    " (it lists: " + (known.empty() ? "none" : known) + ")");
    }
    Result<std::vector<JobInfo>> send_queue = list_queue_locked("sendq", std::string());
    if (!send_queue)
        return send_queue.error();
    ModemActivity activity = assemble_modem_activity(*found, send_queue.value(), nullptr);
    if (activity.state == ModemActivity::State::receiving) {
        Result<std::vector<ReceivedFax>> received = list_received_locked();
        if (!received)
            return received.error();
        activity = assemble_modem_activity(*found, send_queue.value(), &received.value());
    }
    return activity;
}

} // namespace faxcom::hylafax
