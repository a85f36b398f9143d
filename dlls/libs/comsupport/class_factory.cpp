// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * DllMain, DllGetClassObject, DllCanUnloadNow and the class factories of the DLL's creatable
 * classes (com_module.h).  Its other coclasses are registered (CLSID + type library) but, as
 * on Windows, only ever handed out by their parent objects.
 */
#include <atomic>

#include "comsupport/debug_channel.h"
#include "comsupport/com_module.h"
#include "comsupport/module_references.h"
#include "comsupport/type_library.h"

namespace faxcom {

namespace {

std::atomic<LONG> module_references{0};

class ClassFactory final : public IClassFactory {
  public:
    ClassFactory() = default;
    explicit constexpr ClassFactory(ObjectConstructor create) : create_(create) {}

    HRESULT STDMETHODCALLTYPE QueryInterface(REFIID riid, void **object) override
    {
        TRACE("%p, %s, %p.\n", this, debug::str(riid).c_str(), object);
        if (!object)
            return E_POINTER;
        if (IsEqualIID(riid, IID_IUnknown) || IsEqualIID(riid, IID_IClassFactory)) {
            *object = static_cast<IClassFactory *>(this);
            AddRef();
            return S_OK;
        }
        *object = nullptr;
        return E_NOINTERFACE;
    }
    /* The factories are static: their count never reaches an object's lifetime. */
    ULONG STDMETHODCALLTYPE AddRef() override { return 2; }
    ULONG STDMETHODCALLTYPE Release() override { return 1; }

    HRESULT STDMETHODCALLTYPE CreateInstance(IUnknown *outer, REFIID riid, void **object) override
    {
        TRACE("%p, %p, %s, %p.\n", this, outer, debug::str(riid).c_str(), object);
        if (!object)
            return E_POINTER;
        *object = nullptr;
        if (outer)
            return CLASS_E_NOAGGREGATION;
        return create_(riid, object);
    }

    HRESULT STDMETHODCALLTYPE LockServer(BOOL lock) override
    {
        TRACE("%p, %d.\n", this, lock);
        if (lock)
            module_add_ref();
        else
            module_release();
        return S_OK;
    }

  private:
    ObjectConstructor create_ = nullptr;
};

constexpr size_t max_creatable_classes = 16;

/* One static factory per creatable class of the module, made at the first request. */
ClassFactory *factory_of(size_t index)
{
    static ClassFactory *const factories = [] {
        static ClassFactory made[max_creatable_classes];
        for (size_t i = 0; i < this_module.creatable_count && i < max_creatable_classes; ++i)
            made[i] = ClassFactory(this_module.creatable[i].create);
        return made;
    }();
    return index < max_creatable_classes ? &factories[index] : nullptr;
}

} // namespace

void module_add_ref()
{
    ++module_references;
}
void module_release()
{
    --module_references;
}
bool module_in_use()
{
    return module_references.load() != 0;
}

} // namespace faxcom

using namespace faxcom;

extern "C" BOOL WINAPI DllMain(HINSTANCE instance, DWORD reason, void *reserved)
{
    TRACE("%p, %lu, %p.\n", instance, static_cast<unsigned long>(reason), reserved);
    switch (reason) {
    case DLL_PROCESS_ATTACH:
        module_instance = instance;
        DisableThreadLibraryCalls(instance);
        break;
    case DLL_PROCESS_DETACH:
        if (!reserved)
            release_type_library();
        break;
    }
    return TRUE;
}

extern "C" HRESULT WINAPI DllGetClassObject(REFCLSID clsid, REFIID riid, void **object)
{
    TRACE("%s, %s, %p.\n", debug::str(clsid).c_str(), debug::str(riid).c_str(), object);
    if (!object)
        return E_POINTER;
    *object = nullptr;
    for (size_t i = 0; i < this_module.creatable_count; ++i) {
        ClassFactory *factory = factory_of(i);
        if (factory && IsEqualCLSID(clsid, *this_module.creatable[i].clsid))
            return factory->QueryInterface(riid, object);
    }
    for (size_t i = 0; i < this_module.noncreatable_count; ++i) {
        if (IsEqualCLSID(clsid, *this_module.noncreatable[i])) {
            WARN("%s is only handed out by its parent object, it cannot be created.\n",
                 debug::str(clsid).c_str());
            return CLASS_E_CLASSNOTAVAILABLE;
        }
    }
    FIXME("%s not available.\n", debug::str(clsid).c_str());
    return CLASS_E_CLASSNOTAVAILABLE;
}

extern "C" HRESULT WINAPI DllCanUnloadNow()
{
    TRACE(".\n");
    return module_in_use() ? S_FALSE : S_OK;
}
