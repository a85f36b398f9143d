// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * FaxJobs (a snapshot of the server's send queue, taken with one listing) and FaxJob (one
 * job of it).  A job's properties answer from its snapshot; Refresh re-reads it from the send
 * queue on a fresh connection (failing, like SetStatus, once the job has left the queue) and
 * SetStatus acts on the server.  QueueStatus and DeviceStatus are the
 * documented English strings (table in job_status_text.h and the README).
 */
#include <cstdlib>

#include "comsupport/com_collection.h"
#include "common/job_status_text.h"
#include "object_factories.h"
#include "comsupport/server_connection.h"

namespace faxcom {

namespace {

/* FaxJob.SetStatus commands (winfax's JC_*). */
enum JobCommand : long { job_command_delete = 1, job_command_pause = 2, job_command_resume = 3 };

class FaxJob final : public ComObject<FaxJob, IFaxJob, TypeInfoId::fax_job> {
  public:
    static constexpr const char *class_name = "FaxJob";

    FaxJob(std::shared_ptr<ServerConnection> connection, std::shared_ptr<const JobInfo> job)
        : connection_(std::move(connection)), job_(std::move(job))
    {
    }

    HRESULT STDMETHODCALLTYPE get_JobId(long *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, job_,
                           [](const JobInfo &job) { return std::strtol(job.id.c_str(), nullptr, 10); });
    }
    HRESULT STDMETHODCALLTYPE get_Type(long *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, job_, job_type);
    }
    HRESULT STDMETHODCALLTYPE get_UserName(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, job_, &JobInfo::owner);
    }
    HRESULT STDMETHODCALLTYPE get_QueueStatus(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, job_, queue_status_text);
    }
    HRESULT STDMETHODCALLTYPE get_DeviceStatus(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, job_, device_status_text);
    }
    HRESULT STDMETHODCALLTYPE get_PageCount(long *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, job_, &JobInfo::pages_total);
    }
    HRESULT STDMETHODCALLTYPE get_FaxNumber(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        /* hfaxd shows the dial string only to the job's owner and administrators; others
         * see the displayable number. */
        return return_from(value, job_, [](const JobInfo &job) -> const std::string & {
            return job.dial_string.empty() ? job.external_number : job.dial_string;
        });
    }
    HRESULT STDMETHODCALLTYPE get_RecipientName(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, job_, &JobInfo::recipient_name);
    }
    HRESULT STDMETHODCALLTYPE get_Tsid(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, job_, &JobInfo::tsi);
    }
    HRESULT STDMETHODCALLTYPE get_SenderName(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, job_, &JobInfo::sender_name);
    }
    HRESULT STDMETHODCALLTYPE get_SenderCompany(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, job_, &JobInfo::sender_company);
    }
    HRESULT STDMETHODCALLTYPE get_SenderDept(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, job_, &JobInfo::sender_department);
    }
    HRESULT STDMETHODCALLTYPE get_BillingCode(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, job_, &JobInfo::billing_code);
    }
    HRESULT STDMETHODCALLTYPE get_DisplayName(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, job_, &JobInfo::display_name);
    }
    HRESULT STDMETHODCALLTYPE get_DiscountSend(BOOL *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, job_, &JobInfo::discount_send);
    }

    HRESULT STDMETHODCALLTYPE SetStatus(long command) override
    {
        TRACE("%p, %ld.\n", this, command);
        return guarded([&]() -> HRESULT {
            if (command != job_command_delete && command != job_command_pause &&
                command != job_command_resume)
                return fail(E_INVALIDARG, "SetStatus takes 1 (cancel), 2 (pause) or 3 (resume), not " +
                                              std::to_string(command));
            std::shared_ptr<const JobInfo> job = job_.get();
            Status done = connection_->with_service([&](FaxService &service) {
                return command == job_command_delete  ? service.kill_job(job->id)
                       : command == job_command_pause ? service.suspend_job(job->id)
                                                      : service.resume_job(job->id);
            });
            return done.ok() ? S_OK : fail(done.error());
        });
    }

    HRESULT STDMETHODCALLTYPE Refresh() override
    {
        TRACE("%p.\n", this);
        return guarded([&]() -> HRESULT {
            Result<std::unique_ptr<FaxService>> fresh = connection_->fresh_service();
            if (!fresh.ok())
                return fail(fresh.error());
            /* The send queue, as GetJobs lists it: a job that has left it (sent, failed or
             * cancelled) is gone for FaxJob too, although the server keeps it as done. */
            const std::shared_ptr<const JobInfo> current = job_.get();
            const std::string &id = current->id;
            Result<std::vector<JobInfo>> queued = fresh.value()->list_jobs(JobQueue::send);
            fresh.value()->disconnect();
            if (!queued.ok())
                return fail(queued.error());
            for (JobInfo &job : queued.value()) {
                if (job.id != id)
                    continue;
                job_.replace(std::make_shared<const JobInfo>(std::move(job)));
                return S_OK;
            }
            return fail(make_error(ErrorKind::not_found, "job " + id +
                                                             " is no longer in the send queue (it was sent, "
                                                             "failed or was cancelled)"));
        });
    }

  private:
    const std::shared_ptr<ServerConnection> connection_;
    SharedState<const JobInfo> job_;
};

class FaxJobs final : public ComCollection<FaxJobs, IFaxJobs, TypeInfoId::fax_jobs, JobInfo> {
  public:
    static constexpr const char *class_name = "FaxJobs";
    using ComCollection::ComCollection;

    HRESULT create_item(std::shared_ptr<const JobInfo> job, VARIANT *item) const
    {
        return FaxJob::create_variant(item, connection(), std::move(job));
    }
};

} // namespace

HRESULT create_fax_jobs(std::shared_ptr<ServerConnection> connection, std::vector<JobInfo> jobs, VARIANT *out)
{
    return FaxJobs::create_variant(out, std::move(connection),
                                   std::make_shared<const std::vector<JobInfo>>(std::move(jobs)));
}

} // namespace faxcom
