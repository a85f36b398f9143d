// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * Interfaces that script hosts and COM itself ask every object for as a matter of routine
 * (cscript asks for IDispatchEx and IObjectWithSite at each object it is handed; COM's
 * marshalling asks for IMarshal, IAgileObject, ...).  An object without them answers
 * E_NOINTERFACE, traced at TRACE level: warn+faxcom shows only what is unexpected.
 */
#ifndef FAXCOM_INTERFACE_PROBES_H
#define FAXCOM_INTERFACE_PROBES_H

#include <windows.h>

namespace faxcom {

bool is_routine_probe(REFIID riid) noexcept;

} // namespace faxcom

#endif
