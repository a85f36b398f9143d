// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * The type library embedded in the DLL (com_module.h names it), loaded once, lazily; one
 * ITypeInfo per dispatch interface, also loaded once, on first use.  Every object's IDispatch
 * forwards to these.
 */
#ifndef FAXCOM_TYPE_LIBRARY_H
#define FAXCOM_TYPE_LIBRARY_H

#include <cstddef>

#include <windows.h>
#include <oaidl.h>

namespace faxcom {

/* The cached type info (not AddRef'ed for the caller; it lives until the DLL unloads). */
HRESULT get_type_info(size_t interface_index, ITypeInfo **info);

/* This DLL's module handle, set by DllMain. */
extern HINSTANCE module_instance;

void release_type_library();

} // namespace faxcom

#endif
