// SPDX-License-Identifier: LGPL-2.1-or-later
/* faxcom's dispatch interfaces, as ComObject names them (the index into this_module.interfaces,
 * module.cpp), over the widl-generated API header. */
#ifndef FAXCOM_FAXCOM_INTERFACES_H
#define FAXCOM_FAXCOM_INTERFACES_H

#include "faxcom_generated.h"

namespace faxcom {

enum class TypeInfoId {
    fax_tiff,
    fax_server,
    fax_port,
    fax_ports,
    fax_routing_method,
    fax_routing_methods,
    fax_status,
    fax_doc,
    fax_jobs,
    fax_job,
    count
};

} // namespace faxcom

#endif
