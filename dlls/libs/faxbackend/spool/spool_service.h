// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * FaxService over a local fax queue in a directory: no server needed.
 *
 * Layout of SpoolConfig::queue_dir (created on first use):
 *   jobs/<id>/         a queued, suspended or cancelled job: job.txt (job_record.h), the cover
 *                      (cover.ps) and the documents (doc1.tif, doc2.pdf, text rendered to doc3.ps ...)
 *   outbox/<id>-<number>/  a delivered job: the same files plus summary.txt (delivery_summary.h)
 *   next-id            the next job id (decimal); lock: the file locked while ids are taken or
 *                      jobs change, so several processes can share one queue
 * Every file is written under a temporary name, flushed and renamed; a job directory is
 * assembled under a temporary name and renamed into jobs/ complete.  Listings skip temporary
 * entries and report unreadable or corrupt jobs through the trace hook instead of failing.
 *
 * Delivery: the queue's one port ("faxcom-outbox") delivers a job that is not suspended once
 * its send time has come and it is at least delivery_delay_seconds old, by moving its
 * directory to outbox/ (state D, "Delivered to the outbox").  deliver_due_jobs() does this;
 * submit_job calls it before storing the new job, and list_jobs calls it after taking its
 * listing, so a listing shows the queue as it was when the call began.  With the default
 * delay 0 a new job therefore appears in the first send-queue listing after its submission
 * and is delivered by that same call.
 */
#ifndef FAXCOM_SPOOL_SERVICE_H
#define FAXCOM_SPOOL_SERVICE_H

#include <functional>
#include <mutex>

#include "common/fax_service.h"
#include "spool/job_record.h"
#include "spool/spool_files.h"

namespace faxcom::spool {

struct SpoolConfig {
    std::string queue_dir;          /* UTF-8; required */
    std::string owner;              /* recorded as every submitted job's owner */
    std::string local_id;           /* the virtual port's TSI/CSI; empty = "faxcom" */
    int delivery_delay_seconds = 0; /* minimum age of a job before delivery */
};

inline constexpr const char *outbox_port_name = "faxcom-outbox";

class SpoolService final : public FaxService {
  public:
    using Clock = std::function<std::time_t()>;
    /* `clock` defaults to std::time. */
    explicit SpoolService(SpoolConfig config, TraceHook trace = {}, Clock clock = {});

    /* Creates the queue directories when missing; io naming the directory when impossible. */
    Status connect() override;
    void disconnect() override;

    Result<std::string> submit_job(const JobRequest &request) override;
    Result<std::vector<JobInfo>> list_jobs(JobQueue queue) override;
    Status suspend_job(const std::string &id) override;
    Status resume_job(const std::string &id) override;
    Status kill_job(const std::string &id) override;

    Result<std::vector<ModemInfo>> list_modems() override;
    /* The queue has no administrator: its one port cannot be reconfigured. */
    Result<bool> has_admin_rights() override { return false; }
    /* The virtual port is always idle: delivery to the outbox is instantaneous. */
    Result<ModemActivity> modem_activity(const std::string &modem) override;

    /* One job of either queue (not_found when neither holds it), and removing a finished
     * one: the delivery tests' view of the queue. */
    Result<JobInfo> get_job(const std::string &id);
    Status delete_job(const std::string &id);

    /* Delivers every due job (see above); returns the ids delivered. */
    Result<std::vector<std::string>> deliver_due_jobs(std::time_t now);

    std::string jobs_dir() const;
    std::string outbox_dir() const;

  private:
    struct StoredJob {
        std::string directory; /* full path */
        JobRecord record;
    };
    Status ready();
    Result<FileLock> lock_queue();
    /* ready(), then lock_queue(): what every queue operation starts with (mutex_ held). */
    Result<FileLock> lock_ready_queue();
    Result<std::string> allocate_id();
    Result<std::vector<StoredJob>> read_jobs_locked(const std::string &dir, bool outbox);
    Result<StoredJob> find_job_locked(const std::string &id);
    /* Checks the id, takes the service and queue locks, finds the job and runs `use` on it
     * while both are held. */
    template <typename Use> auto with_locked_job(const std::string &id, Use use);
    Result<std::vector<std::string>> deliver_locked(std::time_t now);
    /* Delivers the due ones among `jobs` (read under the lock); failures are traced. */
    std::vector<std::string> deliver_jobs_locked(std::time_t now, std::vector<StoredJob> jobs);
    Status change_state(const std::string &id, const char *verb,
                        const std::function<Status(JobRecord &)> &change);
    Status store_record(const std::string &directory, JobRecord &record);
    Result<std::string> build_job_directory(const JobRequest &request, JobRecord &record);
    void trace(TraceLevel level, const std::string &message) const;

    SpoolConfig config_;
    TraceHook trace_;
    Clock clock_;
    std::mutex mutex_; /* this process's threads; the lock file covers other processes */
    bool ready_ = false;
};

} // namespace faxcom::spool

#endif
