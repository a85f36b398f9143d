// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * The type library embedded in faxcom.dll, loaded once, lazily; one ITypeInfo per interface,
 * also loaded once, on first use.  Every object's IDispatch forwards to these.
 */
#ifndef FAXCOM_TYPE_LIBRARY_H
#define FAXCOM_TYPE_LIBRARY_H

#include <windows.h>
#include <oaidl.h>

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

/* The cached type info (not AddRef'ed for the caller; it lives until the DLL unloads). */
HRESULT get_type_info(TypeInfoId id, ITypeInfo **info);

/* This DLL's module handle, set by DllMain. */
extern HINSTANCE module_instance;

void release_type_library();

} // namespace faxcom

#endif
