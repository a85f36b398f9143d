// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * Which fax service a FaxServer talks to: a HylaFAX server, or faxcom's local fax queue (a
 * directory; no server needed).  Chosen by the name given to Connect and by configuration
 * (connection_settings.h).
 */
#ifndef FAXCOM_FAX_SERVICE_CONFIG_H
#define FAXCOM_FAX_SERVICE_CONFIG_H

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

} // namespace faxcom

#endif
