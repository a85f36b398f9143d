// SPDX-License-Identifier: LGPL-2.1-or-later
#include "comsupport/type_library.h"

#include <mutex>

#include "comsupport/com_module.h"
#include "comsupport/debug_channel.h"

namespace faxcom {

HINSTANCE module_instance;

namespace {

std::mutex type_library_lock;
ITypeLib *type_library;
ITypeInfo *type_infos[max_dispatch_interfaces];

/* The registered library first (what Windows' own DLLs do); if it is not registered, the
 * copy embedded in this DLL, so IDispatch works before and without registration. */
HRESULT load_type_library(ITypeLib **library)
{
    HRESULT hr = LoadRegTypeLib(*this_module.libid, this_module.major_version, this_module.minor_version,
                                LOCALE_NEUTRAL, library);
    if (SUCCEEDED(hr))
        return hr;
    WCHAR path[MAX_PATH];
    if (!GetModuleFileNameW(module_instance, path, MAX_PATH))
        return HRESULT_FROM_WIN32(GetLastError());
    hr = LoadTypeLibEx(path, REGKIND_NONE, library);
    if (FAILED(hr))
        ERR("cannot load the type library from %s: %#lx.\n", debug::str(path).c_str(),
            static_cast<unsigned long>(hr));
    return hr;
}

} // namespace

HRESULT get_type_info(size_t index, ITypeInfo **info)
{
    if (index >= this_module.interface_count || index >= max_dispatch_interfaces)
        return E_INVALIDARG;
    std::lock_guard<std::mutex> guard(type_library_lock);
    if (!type_infos[index]) {
        if (!type_library) {
            HRESULT hr = load_type_library(&type_library);
            if (FAILED(hr))
                return hr;
        }
        HRESULT hr = type_library->GetTypeInfoOfGuid(*this_module.interfaces[index], &type_infos[index]);
        if (FAILED(hr)) {
            ERR("no type info for %s: %#lx.\n", debug::str(*this_module.interfaces[index]).c_str(),
                static_cast<unsigned long>(hr));
            return hr;
        }
    }
    *info = type_infos[index];
    return S_OK;
}

void release_type_library()
{
    std::lock_guard<std::mutex> guard(type_library_lock);
    for (ITypeInfo *&info : type_infos) {
        if (info)
            info->Release();
        info = nullptr;
    }
    if (type_library)
        type_library->Release();
    type_library = nullptr;
}

} // namespace faxcom
