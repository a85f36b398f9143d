// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * A scripted fax service for the COM test harness: what a test puts in FakeFaxServer (jobs,
 * modems, their configuration and activity, administrator rights, the next job id) is what
 * faxcom's objects read, and what they do to it (submissions, job commands, configuration
 * changes, sessions opened and closed) is recorded for the test to check.  Any operation can
 * be made to fail with a backend Error, or to throw (std::bad_alloc, a std::exception, or
 * something that is no std::exception), to prove no exception crosses the COM boundary.
 *
 * FaxServer.Connect opens sessions through fake_service_factory(); every session is a
 * FaxService over the same FakeFaxServer, as connections to one real server would be.
 */
#ifndef FAXCOM_TESTS_COM_FAKE_FAX_SERVICE_H
#define FAXCOM_TESTS_COM_FAKE_FAX_SERVICE_H

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "comsupport/fax_service_config.h"

namespace faxcom::testing {

/* The operations of FaxService faxcom's COM objects use. */
enum class FakeOperation {
    open_session, /* the factory, before a session exists (it can only throw) */
    connect,
    disconnect, /* returns nothing: it can only throw */
    submit_job,
    list_jobs,
    suspend_job,
    resume_job,
    kill_job,
    list_modems,
    has_admin_rights,
    read_modem_config,
    set_modem_config,
    modem_activity,
};
const char *fake_operation_name(FakeOperation operation);

/* What a scripted operation does instead of its work. */
enum class Thrown { bad_alloc, std_exception, unknown_type };

class FakeFaxServer {
  public:
    /* The script: what the server holds. */
    std::vector<JobInfo> jobs; /* the send queue, in listing order */
    std::vector<ModemInfo> modems;
    std::map<std::string, ModemConfig> modem_configs; /* by modem name; missing = not_found */
    std::map<std::string, ModemActivity> activities;  /* by modem name; missing = idle */
    bool admin_rights = false; /* without them, modem configurations are access_denied */
    std::string next_job_id = "42";

    /* Makes `operation` fail with `error` (or throw) from now on, until heal(). */
    void fail(FakeOperation operation, Error error);
    void fail_by_throwing(FakeOperation operation, Thrown what);
    void heal();

    /* The record: what faxcom did. */
    std::vector<JobRequest> submissions;
    std::vector<std::string> job_commands;   /* "suspend 5", "resume 5", "kill 5" */
    std::vector<std::string> config_changes; /* "ttyS0 RingsBeforeAnswer=3" */
    std::vector<FaxServiceConfig> configs;   /* the configuration of every session opened */
    int sessions_connected = 0, sessions_disconnected = 0;

    /* Runs `operation`'s scripted failure, if any: throws, or returns the error. */
    std::optional<Error> scripted_failure(FakeOperation operation) const;

    std::mutex lock; /* sessions may be used from several threads */

  private:
    struct Failure {
        std::optional<Error> error;
        std::optional<Thrown> thrown;
    };
    std::map<FakeOperation, Failure> failures_;
};

/* Opens sessions of `server` (FaxServiceFactory, fax_service_config.h). */
FaxServiceFactory fake_service_factory(std::shared_ptr<FakeFaxServer> server);

} // namespace faxcom::testing

#endif
