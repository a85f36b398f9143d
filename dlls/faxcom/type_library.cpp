// SPDX-License-Identifier: LGPL-2.1-or-later
#include "type_library.h"

#include <mutex>

#include "debug_channel.h"
#include "faxcom_generated.h"

namespace faxcom {

HINSTANCE module_instance;

namespace {

const IID *const interface_of[] = {
    &IID_IFaxTiff,           &IID_IFaxServer, &IID_IFaxPort, &IID_IFaxPorts, &IID_IFaxRoutingMethod,
    &IID_IFaxRoutingMethods, &IID_IFaxStatus, &IID_IFaxDoc,  &IID_IFaxJobs,  &IID_IFaxJob,
};
static_assert(sizeof(interface_of) / sizeof(interface_of[0]) == static_cast<size_t>(TypeInfoId::count),
              "one IID per TypeInfoId");

std::mutex type_library_lock;
ITypeLib *type_library;
ITypeInfo *type_infos[static_cast<size_t>(TypeInfoId::count)];

/* The registered library first (what Windows' own DLLs do); if it is not registered, the
 * copy embedded in this DLL, so IDispatch works before and without registration. */
HRESULT load_type_library(ITypeLib **library)
{
    HRESULT hr = LoadRegTypeLib(LIBID_FAXCOMLib, 1, 0, LOCALE_NEUTRAL, library);
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

HRESULT get_type_info(TypeInfoId id, ITypeInfo **info)
{
    size_t index = static_cast<size_t>(id);
    std::lock_guard<std::mutex> guard(type_library_lock);
    if (!type_infos[index]) {
        if (!type_library) {
            HRESULT hr = load_type_library(&type_library);
            if (FAILED(hr))
                return hr;
        }
        HRESULT hr = type_library->GetTypeInfoOfGuid(*interface_of[index], &type_infos[index]);
        if (FAILED(hr)) {
            ERR("no type info for %s: %#lx.\n", debug::str(*interface_of[index]).c_str(),
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
