// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * Which fax service a FaxServer talks to: a HylaFAX server, or faxcom's local fax queue (a
 * directory; no server needed).  Chosen by the name given to Connect and by configuration
 * (connection_settings.h).
 */
#ifndef FAXCOM_FAX_SERVICE_CONFIG_H
#define FAXCOM_FAX_SERVICE_CONFIG_H

#include <functional>
#include <memory>
#include <string>

#include "common/fax_service.h"
#include "spool/spool_service.h"

namespace faxcom {

struct FaxServiceConfig {
    enum class Kind { hylafax, spool };
    Kind kind = Kind::hylafax;
    ConnectionConfig hylafax; /* when kind == hylafax */
    spool::SpoolConfig spool; /* when kind == spool */

    /* For traces and RoutingData: "hylafax://host:port" or "spool:DIRECTORY"; never a password. */
    std::string location() const;
};

/* The backend for a configuration, with its diagnostics on Wine's faxcom debug channel. */
std::unique_ptr<FaxService> create_fax_service(const FaxServiceConfig &config);

/* What makes the backend sessions of a connection: create_fax_service in the DLLs; the COM test
 * harness (tests/com) passes one that opens sessions of a fake service. */
using FaxServiceFactory = std::function<std::unique_ptr<FaxService>(const FaxServiceConfig &)>;

} // namespace faxcom

#endif
