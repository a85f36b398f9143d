// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * DllRegisterServer / DllUnregisterServer, done the way Wine registers its own DLLs: the
 * registry script widl generated from the DLL's IDL is embedded as a "WINE_REGISTRY" resource
 * and handed to ATL's registrar (atl100.dll) with %MODULE% set to this DLL's path, and the
 * embedded type library is registered with RegisterTypeLib.  Wine's libwinecrt0 helper for
 * this exists only for x86_64 on Debian, so both architectures use this implementation.
 */
#include "atliface.h"
#include "comsupport/debug_channel.h"
#include "comsupport/com_module.h"
#include "comsupport/type_library.h"

namespace faxcom {

namespace {

const WCHAR registry_resource_type[] = L"WINE_REGISTRY";

using CreateRegistrar = HRESULT(WINAPI *)(IRegistrar **);

struct ScriptPass {
    IRegistrar *registrar;
    const WCHAR *module_path;
    bool do_register;
    HRESULT result;
};

BOOL CALLBACK apply_script(HMODULE, LPCWSTR, LPWSTR name, LONG_PTR param)
{
    auto *pass = reinterpret_cast<ScriptPass *>(param);
    pass->result =
        pass->do_register
            ? pass->registrar->ResourceRegisterSz(pass->module_path, name, registry_resource_type)
            : pass->registrar->ResourceUnregisterSz(pass->module_path, name, registry_resource_type);
    return SUCCEEDED(pass->result);
}

class RegistrarSession {
  public:
    ~RegistrarSession()
    {
        if (registrar_)
            registrar_->Release();
        if (atl_)
            FreeLibrary(atl_);
    }

    HRESULT open(const WCHAR *module_path)
    {
        atl_ = LoadLibraryW(L"atl100.dll");
        if (!atl_) {
            ERR("atl100.dll is not available.\n");
            return HRESULT_FROM_WIN32(GetLastError());
        }
        auto create = reinterpret_cast<CreateRegistrar>(
            reinterpret_cast<void *>(GetProcAddress(atl_, "AtlCreateRegistrar")));
        if (!create)
            return HRESULT_FROM_WIN32(ERROR_PROC_NOT_FOUND);
        HRESULT hr = create(&registrar_);
        if (FAILED(hr))
            return hr;
        return registrar_->AddReplacement(L"MODULE", module_path);
    }

    /* Runs every embedded registry script forwards (register) or backwards (unregister). */
    HRESULT apply_scripts(const WCHAR *module_path, bool do_register)
    {
        ScriptPass pass = {registrar_, module_path, do_register, S_OK};
        if (!EnumResourceNamesW(module_instance, registry_resource_type, apply_script,
                                reinterpret_cast<LONG_PTR>(&pass))) {
            if (FAILED(pass.result))
                return pass.result;
            ERR("no registry script is embedded in the DLL.\n");
            return HRESULT_FROM_WIN32(ERROR_RESOURCE_TYPE_NOT_FOUND);
        }
        return pass.result;
    }

  private:
    HMODULE atl_ = nullptr;
    IRegistrar *registrar_ = nullptr;
};

HRESULT module_path(WCHAR (&path)[MAX_PATH])
{
    if (!GetModuleFileNameW(module_instance, path, MAX_PATH))
        return HRESULT_FROM_WIN32(GetLastError());
    return S_OK;
}

HRESULT register_type_library(const WCHAR *path)
{
    ITypeLib *library;
    HRESULT hr = LoadTypeLibEx(path, REGKIND_NONE, &library);
    if (FAILED(hr))
        return hr;
    hr = RegisterTypeLib(library, const_cast<WCHAR *>(path), nullptr);
    library->Release();
    return hr;
}

HRESULT unregister_type_library()
{
    HRESULT hr = UnRegisterTypeLib(*this_module.libid, this_module.major_version, this_module.minor_version,
                                   LOCALE_NEUTRAL, sizeof(void *) == 8 ? SYS_WIN64 : SYS_WIN32);
    /* Already gone is what we wanted. */
    return hr == TYPE_E_REGISTRYACCESS || hr == TYPE_E_LIBNOTREGISTERED ? S_OK : hr;
}

HRESULT update_registration(bool do_register)
{
    WCHAR path[MAX_PATH];
    HRESULT hr = module_path(path);
    if (FAILED(hr))
        return hr;
    /* Unregistration removes the type library while its keys are still there: Wine's
     * UnRegisterTypeLib finds the library's file through them (and answers E_INVALIDARG
     * when the registry script has already removed them, as on the 32-bit side). */
    if (!do_register) {
        hr = unregister_type_library();
        if (FAILED(hr)) {
            ERR("unregistering the type library failed: %#lx.\n", static_cast<unsigned long>(hr));
            return hr;
        }
    }
    RegistrarSession registrar;
    hr = registrar.open(path);
    if (SUCCEEDED(hr))
        hr = registrar.apply_scripts(path, do_register);
    if (SUCCEEDED(hr) && do_register)
        hr = register_type_library(path);
    if (FAILED(hr))
        ERR("%s failed: %#lx.\n", do_register ? "registration" : "unregistration",
            static_cast<unsigned long>(hr));
    return hr;
}

} // namespace

} // namespace faxcom

extern "C" HRESULT WINAPI DllRegisterServer()
{
    TRACE(".\n");
    return faxcom::update_registration(true);
}

extern "C" HRESULT WINAPI DllUnregisterServer()
{
    TRACE(".\n");
    return faxcom::update_registration(false);
}
