// SPDX-License-Identifier: LGPL-2.1-or-later
#include "fake_fax_service.h"

#include <new>
#include <stdexcept>

namespace faxcom::testing {

const char *fake_operation_name(FakeOperation operation)
{
    switch (operation) {
    case FakeOperation::open_session: return "open_session";
    case FakeOperation::connect: return "connect";
    case FakeOperation::disconnect: return "disconnect";
    case FakeOperation::submit_job: return "submit_job";
    case FakeOperation::list_jobs: return "list_jobs";
    case FakeOperation::suspend_job: return "suspend_job";
    case FakeOperation::resume_job: return "resume_job";
    case FakeOperation::kill_job: return "kill_job";
    case FakeOperation::list_modems: return "list_modems";
    case FakeOperation::has_admin_rights: return "has_admin_rights";
    case FakeOperation::read_modem_config: return "read_modem_config";
    case FakeOperation::set_modem_config: return "set_modem_config";
    case FakeOperation::modem_activity: return "modem_activity";
    }
    return "?";
}

void FakeFaxServer::fail(FakeOperation operation, Error error)
{
    failures_[operation] = Failure{std::move(error), std::nullopt};
}

void FakeFaxServer::fail_by_throwing(FakeOperation operation, Thrown what)
{
    failures_[operation] = Failure{std::nullopt, what};
}

void FakeFaxServer::heal()
{
    failures_.clear();
}

std::optional<Error> FakeFaxServer::scripted_failure(FakeOperation operation) const
{
    auto found = failures_.find(operation);
    if (found == failures_.end())
        return std::nullopt;
    if (found->second.thrown) {
        switch (*found->second.thrown) {
        case Thrown::bad_alloc: throw std::bad_alloc();
        case Thrown::std_exception:
            throw std::runtime_error(std::string("the fake service threw in ") +
                                     fake_operation_name(operation));
        case Thrown::unknown_type: throw 42;
        }
    }
    return found->second.error;
}

namespace {

/* One session of the fake server: FaxService over the script. */
class FakeSession final : public FaxService {
  public:
    explicit FakeSession(std::shared_ptr<FakeFaxServer> server) : server_(std::move(server)) {}

    Status connect() override
    {
        return run(FakeOperation::connect, [&]() -> Status {
            ++server_->sessions_connected;
            return success();
        });
    }
    void disconnect() override
    {
        std::lock_guard<std::mutex> guard(server_->lock);
        (void)server_->scripted_failure(FakeOperation::disconnect);
        ++server_->sessions_disconnected;
    }

    Result<std::string> submit_job(const JobRequest &request) override
    {
        return run(FakeOperation::submit_job, [&]() -> Result<std::string> {
            server_->submissions.push_back(request);
            return server_->next_job_id;
        });
    }
    Result<std::vector<JobInfo>> list_jobs(JobQueue queue) override
    {
        return run(FakeOperation::list_jobs, [&]() -> Result<std::vector<JobInfo>> {
            if (queue == JobQueue::done)
                return std::vector<JobInfo>{};
            return server_->jobs;
        });
    }
    Status suspend_job(const std::string &id) override
    {
        return command(FakeOperation::suspend_job, "suspend", id);
    }
    Status resume_job(const std::string &id) override
    {
        return command(FakeOperation::resume_job, "resume", id);
    }
    Status kill_job(const std::string &id) override { return command(FakeOperation::kill_job, "kill", id); }

    Result<std::vector<ModemInfo>> list_modems() override
    {
        return run(FakeOperation::list_modems,
                   [&]() -> Result<std::vector<ModemInfo>> { return server_->modems; });
    }
    Result<bool> has_admin_rights() override
    {
        return run(FakeOperation::has_admin_rights, [&]() -> Result<bool> { return server_->admin_rights; });
    }
    Result<ModemConfig> read_modem_config(const std::string &modem) override
    {
        return run(FakeOperation::read_modem_config, [&]() -> Result<ModemConfig> {
            if (!server_->admin_rights)
                return make_error(ErrorKind::access_denied, "the fake server wants administrator rights");
            auto found = server_->modem_configs.find(modem);
            if (found == server_->modem_configs.end())
                return make_error(ErrorKind::not_found, "the fake server has no modem " + modem);
            return found->second;
        });
    }
    Status set_modem_config(const std::string &modem, const std::string &parameter,
                            const std::string &value) override
    {
        return run(FakeOperation::set_modem_config, [&]() -> Status {
            if (!server_->admin_rights)
                return make_error(ErrorKind::access_denied, "the fake server wants administrator rights");
            server_->config_changes.push_back(modem + " " + parameter + "=" + value);
            return success();
        });
    }
    Result<ModemActivity> modem_activity(const std::string &modem) override
    {
        return run(FakeOperation::modem_activity, [&]() -> Result<ModemActivity> {
            auto found = server_->activities.find(modem);
            if (found != server_->activities.end())
                return found->second;
            ModemActivity idle;
            idle.state = ModemActivity::State::idle;
            idle.status_text = "Running and idle";
            return idle;
        });
    }

  private:
    template <typename Work> auto run(FakeOperation operation, Work work) -> decltype(work())
    {
        std::lock_guard<std::mutex> guard(server_->lock);
        if (std::optional<Error> failure = server_->scripted_failure(operation))
            return *failure;
        return work();
    }

    Status command(FakeOperation operation, const char *verb, const std::string &id)
    {
        return run(operation, [&]() -> Status {
            for (const JobInfo &job : server_->jobs) {
                if (job.id == id) {
                    server_->job_commands.push_back(std::string(verb) + " " + id);
                    return success();
                }
            }
            return make_error(ErrorKind::not_found, "the fake server has no job " + id);
        });
    }

    const std::shared_ptr<FakeFaxServer> server_;
};

} // namespace

FaxServiceFactory fake_service_factory(std::shared_ptr<FakeFaxServer> server)
{
    return [server](const FaxServiceConfig &config) -> std::unique_ptr<FaxService> {
        {
            std::lock_guard<std::mutex> guard(server->lock);
            (void)server->scripted_failure(FakeOperation::open_session);
            server->configs.push_back(config);
        }
        return std::make_unique<FakeSession>(server);
    };
}

} // namespace faxcom::testing
