// SPDX-License-Identifier: LGPL-2.1-or-later
/* Entry points that create faxcom's objects: the two creatable classes for the class
 * factories, and the objects FaxServer and friends hand out (as VT_DISPATCH). */
#ifndef FAXCOM_OBJECT_FACTORIES_H
#define FAXCOM_OBJECT_FACTORIES_H

#include <memory>
#include <string>
#include <vector>

#include <windows.h>
#include <oaidl.h>

#include "common/fax_service.h"
#include "comsupport/fax_service_config.h"
#include "faxcom_interfaces.h"

namespace faxcom {

class ServerConnection;
struct ClientSettings;
struct PortIdentity;

HRESULT create_fax_server(REFIID riid, void **object);
/* A FaxServer whose Connect opens its sessions with `make_service` instead of the real
 * backends: the seam of the in-process COM test harness (tests/com). */
HRESULT create_fax_server_with(FaxServiceFactory make_service, REFIID riid, void **object);
HRESULT create_fax_tiff(REFIID riid, void **object);

HRESULT create_fax_document(std::shared_ptr<ServerConnection> connection,
                            std::shared_ptr<const ClientSettings> settings, std::string file_name,
                            VARIANT *out);
HRESULT create_fax_jobs(std::shared_ptr<ServerConnection> connection, std::vector<JobInfo> jobs,
                        VARIANT *out);
HRESULT create_fax_ports(std::shared_ptr<ServerConnection> connection, const std::vector<ModemInfo> &modems,
                         VARIANT *out);
HRESULT create_fax_status(std::shared_ptr<ServerConnection> connection,
                          std::shared_ptr<const PortIdentity> port, ModemActivity activity, VARIANT *out);
HRESULT create_fax_routing_methods(std::shared_ptr<ServerConnection> connection,
                                   std::shared_ptr<const PortIdentity> port, VARIANT *out);

} // namespace faxcom

#endif
