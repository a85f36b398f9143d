// SPDX-License-Identifier: LGPL-2.1-or-later
#include "spool/spool_service.h"

#include "common/job_request_checks.h"

#include <algorithm>

#include "documents/document_submission.h"
#include "spool/atomic_files.h"
#include "spool/delivery_summary.h"

namespace faxcom::spool {

namespace {

constexpr uint64_t max_record_bytes = 1024 * 1024;
constexpr const char *jobs_subdir = "jobs";
constexpr const char *outbox_subdir = "outbox";
constexpr const char *next_id_file = "next-id";
constexpr const char *lock_file = "lock";
constexpr const char *summary_file = "summary.txt";
constexpr const char *cover_file = "cover.ps";
constexpr const char *default_local_id = "faxcom";
constexpr const char *delivered_status = "Delivered to the outbox";
constexpr const char *killed_status = "Job aborted by request";

bool is_queued(JobState state)
{
    return state == JobState::suspended || state == JobState::pending || state == JobState::waiting;
}

const char *stored_extension(DocumentForm form)
{
    switch (form) {
    case DocumentForm::tiff: return ".tif";
    case DocumentForm::pdf: return ".pdf";
    case DocumentForm::postscript: return ".ps";
    }
    return ".ps";
}

/* Job ids compare as numbers. */
bool id_less(const std::string &a, const std::string &b)
{
    return a.size() != b.size() ? a.size() < b.size() : a < b;
}

/* The job id an outbox directory name starts with ("12-5551234" -> "12"), or "". */
std::string outbox_id(const std::string &name)
{
    size_t dash = name.find('-');
    std::string id = name.substr(0, dash);
    return dash != std::string::npos && is_job_id(id) ? id : std::string();
}

/* Creates `path` and any missing parents. */
Status make_directories(const std::string &path)
{
    for (size_t at = path.find_first_of("/\\", 1); at != std::string::npos;
         at = path.find_first_of("/\\", at + 1)) {
        const std::string parent = path.substr(0, at);
        if (!parent.empty() && parent.back() != ':' && !is_directory(parent))
            (void)make_directory(parent); /* a failure shows in the final step */
    }
    Result<bool> made = make_directory(path);
    if (!made)
        return made.error();
    return success();
}

} // namespace

SpoolService::SpoolService(SpoolConfig config, TraceHook trace, Clock clock)
    : config_(std::move(config)), trace_(std::move(trace)), clock_(std::move(clock))
{
    if (!clock_)
        clock_ = [] { return std::time(nullptr); };
    if (config_.local_id.empty())
        config_.local_id = default_local_id;
}

std::string SpoolService::jobs_dir() const
{
    return join_path(config_.queue_dir, jobs_subdir);
}

std::string SpoolService::outbox_dir() const
{
    return join_path(config_.queue_dir, outbox_subdir);
}

void SpoolService::trace(TraceLevel level, const std::string &message) const
{
    if (trace_)
        trace_(level, message);
}

Status SpoolService::ready()
{
    if (ready_)
        return success();
    if (config_.queue_dir.empty())
        return make_error(ErrorKind::bad_input, "no fax queue directory is configured");
    if (config_.queue_dir.find('\0') != std::string::npos)
        return make_error(ErrorKind::bad_input, "the fax queue directory name contains a NUL character");
    Status made = make_directories(config_.queue_dir);
    for (const std::string &dir : {jobs_dir(), outbox_dir()}) {
        if (!made)
            break;
        Result<bool> made_sub = make_directory(dir);
        if (!made_sub)
            made = made_sub.error();
    }
    if (!made)
        return make_error(ErrorKind::io, "the fax queue directory " + config_.queue_dir +
                                             " cannot be used: " + made.error().message);
    /* Proves the directory writable: the lock file is created when missing. */
    Result<FileLock> lock = lock_queue();
    if (!lock)
        return lock.error();
    ready_ = true;
    trace(TraceLevel::info, "local fax queue in " + config_.queue_dir);
    return success();
}

Result<FileLock> SpoolService::lock_queue()
{
    Result<FileLock> lock = FileLock::acquire(join_path(config_.queue_dir, lock_file));
    if (!lock)
        return make_error(ErrorKind::io, "the fax queue directory " + config_.queue_dir +
                                             " cannot be used: " + lock.error().message);
    return lock;
}

Result<FileLock> SpoolService::lock_ready_queue()
{
    Status ok = ready();
    if (!ok)
        return ok.error();
    return lock_queue();
}

Status SpoolService::connect()
{
    std::lock_guard<std::mutex> guard(mutex_);
    return ready();
}

void SpoolService::disconnect() {}

Result<std::string> SpoolService::allocate_id()
{
    const std::string counter_path = join_path(config_.queue_dir, next_id_file);
    std::string next = "1";
    Result<std::string> stored = read_whole_file(counter_path, 64);
    std::string text = stored ? stored.value() : std::string();
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r'))
        text.pop_back();
    if (stored && is_job_id(text)) {
        next = text;
    } else {
        if (stored || stored.error().kind != ErrorKind::not_found)
            trace(TraceLevel::warning,
                  counter_path + " is unreadable or corrupt; continuing after the highest job id");
        std::string highest = "0";
        for (const std::string &dir : {jobs_dir(), outbox_dir()}) {
            Result<std::vector<DirectoryEntry>> entries = list_directory(dir);
            if (!entries)
                return entries.error();
            for (const DirectoryEntry &entry : entries.value()) {
                std::string id = is_job_id(entry.name) ? entry.name : outbox_id(entry.name);
                if (!id.empty() && id_less(highest, id))
                    highest = id;
            }
        }
        next = std::to_string(std::stoull(highest) + 1);
    }
    if (next.size() > 17)
        return make_error(ErrorKind::io, "the job id counter in " + counter_path + " has run out");
    Status saved =
        write_file_atomically(config_.queue_dir, next_id_file, std::to_string(std::stoull(next) + 1) + "\n");
    if (!saved)
        return saved.error();
    return next;
}

Status SpoolService::store_record(const std::string &directory, JobRecord &record)
{
    record.updated_time = clock_();
    Result<std::string> text = encode_job_record(record);
    if (!text)
        return text.error();
    return write_file_atomically(directory, job_record_file, text.value());
}

Result<std::string> SpoolService::build_job_directory(const JobRequest &request, JobRecord &record)
{
    const std::string directory = join_path(jobs_dir(), temporary_name(record.id));
    Result<bool> made = make_directory(directory);
    if (!made)
        return made.error();
    auto fill = [&]() -> Status {
        if (request.cover_postscript) {
            record.cover_file = cover_file;
            Status written = write_file_atomically(directory, cover_file, *request.cover_postscript);
            if (!written)
                return written;
        }
        for (size_t i = 0; i < request.documents.size(); ++i) {
            const PreparedDocument &document = request.documents[i];
            StoredDocument stored{"doc" + std::to_string(i + 1) + stored_extension(document.form),
                                  document.kind, document.source_path};
            Status written = write_file_atomically(directory, stored.file, document.bytes);
            if (!written)
                return written;
            record.documents.push_back(std::move(stored));
        }
        if (record.request.page_count == 0)
            record.request.page_count = job_page_count(request);
        Status stored = store_record(directory, record);
        if (!stored)
            return stored;
        return sync_directory(directory);
    };
    Status filled = fill();
    if (!filled) {
        Status removed = remove_tree(directory);
        if (!removed)
            trace(TraceLevel::error,
                  "cannot remove the unfinished job directory " + directory + ": " + removed.error().message);
        return filled.error();
    }
    return directory;
}

Result<std::string> SpoolService::submit_job(const JobRequest &request)
{
    Status valid = check_job_request(request);
    if (!valid)
        return valid.error();
    const std::time_t now = clock_();
    JobRecord record;
    record.owner = config_.owner;
    record.request = request;
    record.request.documents.clear();
    record.request.cover_postscript.reset();
    record.submitted_time = now;
    record.send_time = request.send_time ? *request.send_time : now;
    record.state = record.send_time > now ? JobState::pending : JobState::waiting;
    record.status_text = record.state == JobState::pending ? "Waiting for the send time" : "";
    record.id = "1";
    Result<std::string> checked = encode_job_record(record); /* refuses NUL before anything is written */
    if (!checked)
        return checked.error();

    std::lock_guard<std::mutex> guard(mutex_);
    {
        Result<FileLock> lock = lock_ready_queue();
        if (!lock)
            return lock.error();
        Result<std::vector<std::string>> delivered = deliver_locked(now);
        if (!delivered)
            trace(TraceLevel::warning, "delivery before submission failed: " + delivered.error().message);
        Result<std::string> id = allocate_id();
        if (!id)
            return id.error();
        record.id = id.value();
    }
    Result<std::string> built = build_job_directory(request, record);
    if (!built)
        return built.error();
    const std::string final_dir = join_path(jobs_dir(), record.id);
    Status placed = rename_path(built.value(), final_dir);
    if (placed)
        placed = sync_directory(jobs_dir());
    if (!placed) {
        (void)remove_tree(built.value());
        return placed.error();
    }
    trace(TraceLevel::info, "queued job " + record.id + " for " + record.request.dial_string);
    return record.id;
}

Result<std::vector<SpoolService::StoredJob>> SpoolService::read_jobs_locked(const std::string &dir,
                                                                            bool outbox)
{
    Result<std::vector<DirectoryEntry>> entries = list_directory(dir);
    if (!entries)
        return entries.error();
    std::vector<StoredJob> jobs;
    for (const DirectoryEntry &entry : entries.value()) {
        const std::string path = join_path(dir, entry.name);
        if (is_temporary_name(entry.name)) {
            trace(TraceLevel::debug, "skipping the temporary entry " + path);
            continue;
        }
        std::string id =
            outbox ? outbox_id(entry.name) : (is_job_id(entry.name) ? entry.name : std::string());
        if (!entry.is_directory || id.empty()) {
            trace(TraceLevel::warning, "skipping " + path + ": not a job directory");
            continue;
        }
        Result<std::string> text = read_whole_file(join_path(path, job_record_file), max_record_bytes);
        if (!text) {
            trace(TraceLevel::warning, "skipping " + path + ": " + text.error().message);
            continue;
        }
        Result<JobRecord> record = decode_job_record(text.value());
        if (!record) {
            trace(TraceLevel::warning, "skipping " + path + ": " + record.error().message);
            continue;
        }
        if (record.value().id != id) {
            trace(TraceLevel::warning, "skipping " + path + ": it holds job " + record.value().id);
            continue;
        }
        jobs.push_back({path, std::move(record.value())});
    }
    std::sort(jobs.begin(), jobs.end(),
              [](const StoredJob &a, const StoredJob &b) { return id_less(a.record.id, b.record.id); });
    return jobs;
}

Result<SpoolService::StoredJob> SpoolService::find_job_locked(const std::string &id)
{
    std::string directory = join_path(jobs_dir(), id);
    if (!is_directory(directory)) {
        directory.clear();
        Result<std::vector<DirectoryEntry>> entries = list_directory(outbox_dir());
        if (!entries)
            return entries.error();
        for (const DirectoryEntry &entry : entries.value())
            if (entry.is_directory && outbox_id(entry.name) == id)
                directory = join_path(outbox_dir(), entry.name);
    }
    if (directory.empty())
        return make_error(ErrorKind::not_found, "job " + id + " does not exist");
    Result<std::string> text = read_whole_file(join_path(directory, job_record_file), max_record_bytes);
    if (!text)
        return make_error(text.error().kind == ErrorKind::not_found ? ErrorKind::bad_format
                                                                    : text.error().kind,
                          "job " + id + " is unreadable: " + text.error().message);
    Result<JobRecord> record = decode_job_record(text.value());
    if (!record)
        return make_error(ErrorKind::bad_format,
                          "job " + id + " in " + directory + ": " + record.error().message);
    return StoredJob{directory, std::move(record.value())};
}

Result<std::vector<std::string>> SpoolService::deliver_locked(std::time_t now)
{
    Result<std::vector<StoredJob>> jobs = read_jobs_locked(jobs_dir(), false);
    if (!jobs)
        return jobs.error();
    return deliver_jobs_locked(now, std::move(jobs.value()));
}

std::vector<std::string> SpoolService::deliver_jobs_locked(std::time_t now, std::vector<StoredJob> jobs)
{
    std::vector<std::string> delivered;
    for (StoredJob &job : jobs) {
        JobRecord &record = job.record;
        bool due = (record.state == JobState::pending || record.state == JobState::waiting) &&
                   record.send_time <= now &&
                   record.submitted_time + std::time_t(config_.delivery_delay_seconds) <= now;
        bool unfinished = record.state == JobState::done; /* a delivery interrupted by a crash */
        if (!due && !unfinished)
            continue;
        if (due) {
            record.state = JobState::done;
            record.status_text = delivered_status;
            record.delivered_time = now;
        }
        const std::string target = join_path(outbox_dir(), outbox_name(record));
        Status step = write_file_atomically(job.directory, summary_file, delivery_summary(record));
        if (step && due)
            step = store_record(job.directory, record);
        if (step)
            step = rename_path(job.directory, target);
        if (step)
            step = sync_directory(outbox_dir());
        if (step)
            step = sync_directory(jobs_dir());
        if (!step) {
            trace(TraceLevel::error, "cannot deliver job " + record.id + ": " + step.error().message);
            continue;
        }
        trace(TraceLevel::info, "delivered job " + record.id + " to " + target);
        delivered.push_back(record.id);
    }
    return delivered;
}

Result<std::vector<std::string>> SpoolService::deliver_due_jobs(std::time_t now)
{
    std::lock_guard<std::mutex> guard(mutex_);
    Result<FileLock> lock = lock_ready_queue();
    if (!lock)
        return lock.error();
    return deliver_locked(now);
}

Result<std::vector<JobInfo>> SpoolService::list_jobs(JobQueue queue)
{
    std::lock_guard<std::mutex> guard(mutex_);
    Result<FileLock> lock = lock_ready_queue();
    if (!lock)
        return lock.error();
    Result<std::vector<StoredJob>> queued = read_jobs_locked(jobs_dir(), false);
    if (!queued)
        return queued.error();
    std::vector<JobInfo> listing;
    for (const StoredJob &job : queued.value())
        if (is_queued(job.record.state) == (queue == JobQueue::send))
            listing.push_back(job_info_of(job.record, outbox_port_name));
    if (queue == JobQueue::done) {
        Result<std::vector<StoredJob>> delivered = read_jobs_locked(outbox_dir(), true);
        if (!delivered)
            return delivered.error();
        for (const StoredJob &job : delivered.value())
            listing.push_back(job_info_of(job.record, outbox_port_name));
        std::sort(listing.begin(), listing.end(),
                  [](const JobInfo &a, const JobInfo &b) { return id_less(a.id, b.id); });
    }
    (void)deliver_jobs_locked(clock_(), std::move(queued.value()));
    return listing;
}

template <typename Use> auto SpoolService::with_locked_job(const std::string &id, Use use)
{
    using Outcome = decltype(use(std::declval<StoredJob &>()));
    if (!is_job_id(id))
        return Outcome(make_error(ErrorKind::bad_input, "not a job id: \"" + id + "\""));
    std::lock_guard<std::mutex> guard(mutex_);
    Result<FileLock> lock = lock_ready_queue();
    if (!lock)
        return Outcome(lock.error());
    Result<StoredJob> job = find_job_locked(id);
    if (!job)
        return Outcome(job.error());
    return use(job.value());
}

Result<JobInfo> SpoolService::get_job(const std::string &id)
{
    return with_locked_job(
        id, [](StoredJob &job) -> Result<JobInfo> { return job_info_of(job.record, outbox_port_name); });
}

Status SpoolService::change_state(const std::string &id, const char *verb,
                                  const std::function<Status(JobRecord &)> &change)
{
    return with_locked_job(id, [&](StoredJob &job) -> Status {
        JobRecord &record = job.record;
        if (!is_queued(record.state))
            return make_error(ErrorKind::server_refused,
                              "job " + id + " is already done; it cannot be " + verb);
        Status changed = change(record);
        if (!changed)
            return changed;
        Status stored = store_record(job.directory, record);
        if (stored)
            trace(TraceLevel::info, "job " + id + " " + verb);
        return stored;
    });
}

Status SpoolService::suspend_job(const std::string &id)
{
    return change_state(id, "suspended", [](JobRecord &record) {
        record.state = JobState::suspended;
        record.status_text = "Suspended by request";
        return success();
    });
}

Status SpoolService::resume_job(const std::string &id)
{
    const std::time_t now = clock_();
    return change_state(id, "resumed", [now](JobRecord &record) {
        if (record.state != JobState::suspended)
            return success();
        record.state = record.send_time > now ? JobState::pending : JobState::waiting;
        record.status_text = record.state == JobState::pending ? "Waiting for the send time" : "";
        return success();
    });
}

Status SpoolService::kill_job(const std::string &id)
{
    return change_state(id, "cancelled", [](JobRecord &record) {
        record.state = JobState::failed;
        record.status_text = killed_status;
        return success();
    });
}

Status SpoolService::delete_job(const std::string &id)
{
    return with_locked_job(id, [&](StoredJob &job) -> Status {
        if (is_queued(job.record.state))
            return make_error(ErrorKind::server_refused,
                              "job " + id + " is still queued; cancel it before deleting it");
        /* Renamed to a temporary name first, so a crash half-way leaves nothing a listing shows. */
        const std::string &directory = job.directory;
        const std::string parent = directory.substr(0, directory.find_last_of("/\\"));
        const std::string doomed = join_path(parent, temporary_name(id));
        Status moved = rename_path(directory, doomed);
        if (!moved)
            return moved;
        Status removed = remove_tree(doomed);
        if (!removed)
            trace(TraceLevel::warning,
                  "job " + id + " deleted but not all its files: " + removed.error().message);
        trace(TraceLevel::info, "job " + id + " deleted");
        return success();
    });
}

Result<std::vector<ModemInfo>> SpoolService::list_modems()
{
    ModemInfo port;
    port.name = outbox_port_name;
    port.local_id = config_.local_id;
    port.status_text = "Running and idle";
    port.running = true;
    return std::vector<ModemInfo>{port};
}

Result<ModemActivity> SpoolService::modem_activity(const std::string &modem)
{
    if (modem != outbox_port_name)
        return make_error(ErrorKind::not_found, "the local fax queue has no port named " + modem);
    ModemActivity activity;
    activity.state = ModemActivity::State::idle;
    activity.status_text = "Running and idle";
    return activity;
}

} // namespace faxcom::spool
