// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * The connection a FaxServer made with Connect, shared with every object it hands out
 * (documents, job listings, jobs, ports).  Disconnect marks it closed: objects holding a
 * snapshot keep answering from it, and whatever needs the server then fails cleanly with
 * "not connected".  The backend behind it is thread-safe, so the objects may be used from
 * several threads (they are registered "Both").
 */
#ifndef FAXCOM_SERVER_CONNECTION_H
#define FAXCOM_SERVER_CONNECTION_H

#include <memory>
#include <mutex>
#include <utility>

#include "comsupport/fax_service_config.h"

namespace faxcom {

class ServerConnection {
  public:
    ServerConnection(FaxServiceConfig config, FaxServiceFactory make_service);

    /* Logs in now, so a wrong server or password fails at Connect. */
    Status open();
    /* Logs out and marks the connection closed.  Never throws (it runs in destructors): a
     * session that fails to log out is dropped all the same. */
    void close() noexcept;

    /* The live service, or a not_connected error after close(). */
    Result<std::shared_ptr<FaxService>> service() const;

    /* Runs `operation(FaxService &)` on the live service; its Result, or not_connected. */
    template <typename Operation> auto with_service(Operation operation) const
    {
        using Outcome = decltype(operation(std::declval<FaxService &>()));
        Result<std::shared_ptr<FaxService>> live = service();
        if (!live.ok())
            return Outcome(live.error());
        return operation(*live.value());
    }

    /* A new session to the same server, for reads that must not see the state the main
     * session's own submissions leave behind (HylaFAX reports a job the session just
     * submitted as suspended). */
    Result<std::unique_ptr<FaxService>> fresh_service() const;

    const FaxServiceConfig &config() const { return config_; }
    std::string description() const; /* where, and as whom; never the password */

  private:
    FaxServiceConfig config_;
    FaxServiceFactory make_service_;
    mutable std::mutex lock_;
    std::shared_ptr<FaxService> service_;
};

} // namespace faxcom

#endif
