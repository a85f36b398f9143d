// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * What a DLL built on this COM support library tells it about itself: its type library, the
 * interfaces objects dispatch through, the classes it can create and its debug channel.  Each
 * DLL defines exactly one `this_module` (dlls/<name>/module.cpp); DllMain, DllGetClassObject,
 * DllCanUnloadNow, DllRegisterServer and DllUnregisterServer (here) read it.
 */
#ifndef FAXCOM_COMSUPPORT_COM_MODULE_H
#define FAXCOM_COMSUPPORT_COM_MODULE_H

#include <cstddef>

#include <windows.h>
#include <oaidl.h>

namespace faxcom {

using ObjectConstructor = HRESULT (*)(REFIID riid, void **object);

struct CreatableClass {
    const CLSID *clsid;
    ObjectConstructor create;
};

/* The most interfaces one type library may dispatch through (the caches are sized by it). */
constexpr size_t max_dispatch_interfaces = 96;

struct ComModule {
    const char *debug_channel; /* WINEDEBUG=+name; at most 14 characters */
    const char *library_name;  /* the type library's name: errors come from "LIBRARY.Class" */
    const GUID *libid;         /* the embedded type library, registered as major.minor */
    unsigned short major_version;
    unsigned short minor_version;
    const IID *const *interfaces; /* the dispatch interfaces, indexed by the DLL's TypeInfoId */
    size_t interface_count;
    const CreatableClass *creatable; /* what DllGetClassObject hands a factory for */
    size_t creatable_count;
    const CLSID *const *noncreatable; /* registered classes only handed out by a parent object */
    size_t noncreatable_count;
};

extern const ComModule this_module;

/* The length of a module's table, for this_module's counts. */
template <typename T, size_t n> constexpr size_t count_of(T (&)[n])
{
    return n;
}

/* The index of a DLL's TypeInfoId value: ComObject takes the DLL's own enumeration. */
template <typename Id> constexpr size_t interface_index(Id id)
{
    return static_cast<size_t>(id);
}

} // namespace faxcom

#endif
