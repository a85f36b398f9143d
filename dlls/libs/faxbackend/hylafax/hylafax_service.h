// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * FaxService over a HylaFAX server (hfaxd): the operations faxcom needs, each one a short
 * sequence of protocol commands on one session.
 */
#ifndef FAXCOM_HYLAFAX_SERVICE_H
#define FAXCOM_HYLAFAX_SERVICE_H

#include <memory>
#include <set>
#include <string>
#include <vector>

#include "common/fax_service.h"
#include "hylafax/hylafax_session.h"
#include "hylafax/listing_format.h"
#include "hylafax/upload_cache.h"

namespace faxcom::hylafax {

class HylafaxService final : public FaxService {
  public:
    /* `factory` defaults to the platform's TCP transport. */
    explicit HylafaxService(ConnectionConfig config, TraceHook trace = {},
                            std::shared_ptr<TransportFactory> factory = nullptr);

    Status connect() override;
    void disconnect() override;

    Result<std::string> submit_job(const JobRequest &request) override;
    Result<std::vector<JobInfo>> list_jobs(JobQueue queue) override;
    Status suspend_job(const std::string &id) override;
    Status resume_job(const std::string &id) override;
    Status kill_job(const std::string &id) override;

    Result<std::vector<ModemInfo>> list_modems() override;

    /* Port administration (modem_config.h, modem_activity.h).  SITE CONFIG: see
     * set_modem_config in hylafax_service.cpp for what hfaxd does with it. */
    Result<bool> has_admin_rights() override;
    Result<ModemConfig> read_modem_config(const std::string &modem) override;
    Status set_modem_config(const std::string &modem, const std::string &parameter,
                            const std::string &value) override;
    Result<ModemActivity> modem_activity(const std::string &modem) override;

    /* Beyond FaxService: what faxcom-cli offers on HylaFAX. */
    /* One job of the send or done queue; not_found when neither lists it. */
    Result<JobInfo> get_job(const std::string &id);
    Status delete_job(const std::string &id);
    Result<SchedulerStatus> scheduler_status();
    Result<std::vector<ReceivedFax>> list_received();
    /* `name` is a plain file name in the receive queue. */
    Status fetch_received(const std::string &name, const ByteSink &sink);

  private:
    Status job_command(const char *verb, const std::string &id);
    /* Sends `format_verb` with the format `format_for` makes for `markers`, then
     * downloads the listing `list_command` gives. */
    Result<std::string> listing_locked(const char *format_verb,
                                       std::string (*format_for)(const ListingMarkers &),
                                       const std::string &list_command, const ListingMarkers &markers);
    Result<std::string> status_listing_locked(const ListingMarkers &markers);
    WireText wire_text() const;
    ListingWarning listing_warning() const;
    Result<std::string> modem_config_text_locked(const std::string &modem);
    /* Sends JOB DEFAULT, JNEW and the job's JPARM lines pipelined and returns the new job's
     * id; on any refusal removes the job and ends the session (it may carry parameters). */
    /* Creates and submits the job once its documents are on the server (`remote_files`, the
     * cover first when `has_cover`); `document_refused` tells whether JPARM DOCUMENT/COVER
     * was what the server refused. */
    Result<std::string> submit_uploaded_locked(const JobRequest &request,
                                               const std::vector<std::string> &parameters, bool has_cover,
                                               const std::vector<std::string> &remote_files,
                                               bool completion_pending, bool *document_refused);
    Result<std::string> create_job_locked(const std::vector<std::string> &lines, bool completion_pending,
                                          bool *document_refused = nullptr);
    void remove_unsubmitted_job_locked(const std::string &id);
    Result<std::vector<JobInfo>> list_queue_locked(const char *queue, const std::string &only_id);
    Result<std::vector<JobInfo>> list_queue_once_locked(const char *queue);
    /* The jobs of send_queue_ids_ that `listing` leaves out although their job file is still
     * in sendq: the listing missed them (see send_queue_ids_). */
    Result<std::vector<std::string>> left_out_jobs_locked(const std::vector<JobInfo> &listing);
    Result<std::vector<ReceivedFax>> list_received_locked();
    Status require_admin(const char *what);
    Result<std::string> suspend_new_job_locked(const std::string &id);

    /* hfaxd keeps a per-session copy of every job the session listed, created, submitted,
     * suspended, killed or deleted, and reloads it only when the job file's whole-second
     * modification time moved on: a change made in the same second (faxq making a submitted
     * job ready, another client resuming it) stays invisible to that session for good.  So a
     * session that holds such copies makes no listing: list_queue_locked starts a new one. */
    void mark_job_copies_locked() { holds_job_copies_ = true; }
    void forget_job_copies_locked();

    /* hfaxd reads each job file of a listing without a lock (Jobs.c++ findJobOnDisk: "XXX
     * should we lock here???") and leaves a file it cannot read whole or that names a
     * document it cannot open out of the listing without a word.  faxq and other hfaxd
     * sessions rewrite job files in place (lseek, write, ftruncate), so a job can be
     * missing from one listing although it never left the queue.  Checking every listing
     * would double its cost (hfaxd reads every file again, NLST as much as LIST), so only
     * a suspect listing pays: one that leaves out a job this service saw in the send queue
     * (its last listing) or put there (submitted).  Each such job costs one SIZE of its
     * file; only when a file is still there is the queue listed again.  Under
     * session_.lock(). */
    std::set<std::string> send_queue_ids_;

    HylafaxSession session_;
    bool holds_job_copies_ = false; /* under session_.lock() */
    UploadCache uploads_;           /* documents already on the server, per connection */
};

} // namespace faxcom::hylafax

#endif
