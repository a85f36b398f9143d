// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * Name-to-DISPID lookups remembered per interface.  Wine's script engines call
 * GetIDsOfNames before every property access (15,000 times to read 15 properties of 1,000
 * jobs); the answer for a name never changes, so it is looked up in the type library once
 * and then found by the exact name given.  Lookups of several names (a member and its
 * named arguments) and failed lookups are not remembered.  Which members are property gets
 * only is also read once per interface (Invoke asks at every METHOD call).  Thread-safe.
 */
#ifndef FAXCOM_DISPID_CACHE_H
#define FAXCOM_DISPID_CACHE_H

#include <windows.h>
#include <oaidl.h>

#include "comsupport/type_library.h"

namespace faxcom {

/* ITypeInfo::GetIDsOfNames of `info` (the type info of `interface_index`), remembered. */
HRESULT cached_ids_of_names(size_t interface_index, ITypeInfo *info, LPOLESTR *names, UINT count,
                            DISPID *ids);

/* Whether `member` of `info` (the type info of `interface_index`) is a property get and no method; the
 * interface's functions are read once, at the first question. */
bool is_property_get_only(size_t interface_index, ITypeInfo *info, DISPID member);

} // namespace faxcom

#endif
