// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * The one generic piece every faxcom COM class is built on: reference counting,
 * QueryInterface (its own interface, IDispatch, IUnknown, ISupportErrorInfo), IDispatch driven
 * by the type library, and failure reporting through IErrorInfo.  An object file then holds
 * only what is specific to its class:
 *
 *     class FaxTiff final : public ComObject<FaxTiff, IFaxTiff, TypeInfoId::fax_tiff> { ... };
 *
 * `Implementation` (by default the interface itself) is what the object derives from: a
 * generated Unimplemented_<Interface><Derived> (make_unimplemented.py) gives every member a
 * body answering not_implemented(), and tells which interfaces (the bases too) the object
 * answers QueryInterface for.
 */
#ifndef FAXCOM_COM_OBJECT_H
#define FAXCOM_COM_OBJECT_H

#include <atomic>
#include <functional>
#include <new>
#include <string>
#include <type_traits>
#include <utility>

#include "comsupport/com_error.h"
#include "comsupport/debug_channel.h"
#include "comsupport/dispid_cache.h"
#include "comsupport/interface_probes.h"
#include "comsupport/com_module.h"
#include "comsupport/module_references.h"
#include "comsupport/shared_state.h"
#include "comsupport/type_library.h"

namespace faxcom {

template <typename Derived, typename Interface, auto type_info_id, typename Implementation = Interface>
class ComObject : public Implementation, public ISupportErrorInfo {
  public:
    ComObject() { module_add_ref(); }
    ComObject(const ComObject &) = delete;
    ComObject &operator=(const ComObject &) = delete;

    /* Creates the object with one reference held by the caller. */
    template <typename... Args> static HRESULT create(Derived **out, Args &&...args)
    {
        *out = new (std::nothrow) Derived(std::forward<Args>(args)...);
        return *out ? S_OK : E_OUTOFMEMORY;
    }

    /* Creates the object and hands out the interface asked for (class factories). */
    template <typename... Args> static HRESULT create_interface(REFIID riid, void **object, Args &&...args)
    {
        Derived *created;
        HRESULT hr = create(&created, std::forward<Args>(args)...);
        if (FAILED(hr))
            return hr;
        hr = created->QueryInterface(riid, object);
        created->Release();
        return hr;
    }

    /* Creates the object and hands it out as VT_DISPATCH, the way faxcom's factory methods
     * and collection items return objects. */
    template <typename... Args> static HRESULT create_variant(VARIANT *out, Args &&...args)
    {
        Derived *object;
        HRESULT hr = create(&object, std::forward<Args>(args)...);
        if (FAILED(hr))
            return hr;
        V_VT(out) = VT_DISPATCH;
        V_DISPATCH(out) = static_cast<IDispatch *>(static_cast<Interface *>(object));
        return S_OK;
    }

    /* IUnknown */
    HRESULT STDMETHODCALLTYPE QueryInterface(REFIID riid, void **object) override
    {
        TRACE("%p, %s, %p.\n", this, debug::str(riid).c_str(), object);
        if (!object)
            return E_POINTER;
        if (IsEqualIID(riid, IID_IUnknown) || IsEqualIID(riid, IID_IDispatch) || is_own_interface(riid))
            *object = static_cast<Interface *>(this);
        else if (IsEqualIID(riid, IID_ISupportErrorInfo))
            *object = static_cast<ISupportErrorInfo *>(this);
        else {
            if (is_routine_probe(riid))
                TRACE("%s not supported.\n", debug::str(riid).c_str());
            else
                WARN("%s not supported.\n", debug::str(riid).c_str());
            *object = nullptr;
            return E_NOINTERFACE;
        }
        AddRef();
        return S_OK;
    }

    ULONG STDMETHODCALLTYPE AddRef() override
    {
        ULONG count = ++refcount_;
        TRACE("%p, refcount %lu.\n", this, static_cast<unsigned long>(count));
        return count;
    }

    ULONG STDMETHODCALLTYPE Release() override
    {
        ULONG count = --refcount_;
        TRACE("%p, refcount %lu.\n", this, static_cast<unsigned long>(count));
        if (!count)
            delete static_cast<Derived *>(this);
        return count;
    }

    /* IDispatch, from the type library */
    HRESULT STDMETHODCALLTYPE GetTypeInfoCount(UINT *count) override
    {
        TRACE("%p, %p.\n", this, count);
        if (!count)
            return E_INVALIDARG;
        *count = 1;
        return S_OK;
    }

    HRESULT STDMETHODCALLTYPE GetTypeInfo(UINT index, LCID lcid, ITypeInfo **info) override
    {
        TRACE("%p, %u, %#lx, %p.\n", this, index, static_cast<unsigned long>(lcid), info);
        if (!info)
            return E_INVALIDARG;
        *info = nullptr;
        if (index)
            return DISP_E_BADINDEX;
        HRESULT hr = get_type_info(interface_index(type_info_id), info);
        if (SUCCEEDED(hr))
            (*info)->AddRef();
        return hr;
    }

    HRESULT STDMETHODCALLTYPE GetIDsOfNames(REFIID riid, LPOLESTR *names, UINT count, LCID lcid,
                                            DISPID *ids) override
    {
        TRACE("%p, %s, %p, %u, %#lx, %p.\n", this, debug::str(riid).c_str(), names, count,
              static_cast<unsigned long>(lcid), ids);
        if (!IsEqualIID(riid, IID_NULL))
            return DISP_E_UNKNOWNINTERFACE;
        ITypeInfo *info;
        HRESULT hr = get_type_info(interface_index(type_info_id), &info);
        return SUCCEEDED(hr) ? cached_ids_of_names(interface_index(type_info_id), info, names, count, ids)
                             : hr;
    }

    /* What Windows' oleaut32 accepts and reports, on every Wine: a METHOD call on a property
     * get (script engines call `jobs.Item(1)` so, with or without PROPERTYGET) is that get; and
     * when our member failed, the answer is DISP_E_EXCEPTION with EXCEPINFO holding our
     * HRESULT, source and description, whatever the type library code made of it. */
    HRESULT STDMETHODCALLTYPE Invoke(DISPID member, REFIID riid, LCID lcid, WORD flags, DISPPARAMS *params,
                                     VARIANT *result, EXCEPINFO *excep_info, UINT *arg_err) override
    {
        TRACE("%p, %ld, %s, %#lx, %#x, %p, %p, %p, %p.\n", this, static_cast<long>(member),
              debug::str(riid).c_str(), static_cast<unsigned long>(lcid), flags, params, result, excep_info,
              arg_err);
        if (!IsEqualIID(riid, IID_NULL))
            return DISP_E_UNKNOWNINTERFACE;
        ITypeInfo *info;
        HRESULT hr = get_type_info(interface_index(type_info_id), &info);
        if (FAILED(hr))
            return hr;
        WORD effective = dispatch_flags(info, member, flags);
        if (effective != flags)
            TRACE("invoking member %ld as a property get (flags %#x).\n", static_cast<long>(member),
                  effective);
        forget_recorded_failure();
        hr = info->Invoke(static_cast<Interface *>(this), member, effective, params, result, excep_info,
                          arg_err);
        RecordedFailure failure = take_recorded_failure();
        if (SUCCEEDED(hr) || failure.hr == S_OK)
            return hr;
        /* Our member failed. */
        publish_error_info(failure);
        if (excep_info)
            fill_excep_info(excep_info, failure);
        return DISP_E_EXCEPTION;
    }
    /* ISupportErrorInfo */
    HRESULT STDMETHODCALLTYPE InterfaceSupportsErrorInfo(REFIID riid) override
    {
        TRACE("%p, %s.\n", this, debug::str(riid).c_str());
        return is_own_interface(riid) ? S_OK : S_FALSE;
    }

    /* A member not implemented yet: a FIXME and E_NOTIMPL with a description naming it. */
    HRESULT not_implemented(const char *member) const
    {
        FIXME("%s.%s is not implemented.\n", Derived::class_name, member);
        return fail(E_NOTIMPL, std::string(Derived::class_name) + "." + member + " is not implemented");
    }

  protected:
    virtual ~ComObject() { module_release(); }

    static bool is_own_interface(REFIID riid)
    {
        if constexpr (std::is_same_v<Implementation, Interface>)
            return IsEqualIID(riid, __uuidof(Interface));
        else
            return Implementation::is_interface(riid);
    }

    /* Every failure goes through here: it records an IErrorInfo whose description is
     * what a script shows in Err.Description, and returns hr. */
    HRESULT fail(HRESULT hr, const std::string &description) const
    {
        return set_error_info(hr, __uuidof(Interface), Derived::class_name, description);
    }
    HRESULT fail(const Error &error) const { return fail(hresult_from_error(error), error.message); }

    /* Runs a member's body, turning a C++ exception (out of memory ...) into a failure
     * HRESULT: no exception ever crosses the COM boundary. */
    template <typename Body> HRESULT guarded(Body &&body) const
    {
        try {
            return body();
        } catch (const std::bad_alloc &) {
            return fail(E_OUTOFMEMORY, "out of memory");
        } catch (const std::exception &e) {
            return fail_unexpected(e.what());
        } catch (...) {
            return fail_unexpected("an exception of unknown type");
        }
    }

    /* Property getters, inside guarded(): `field` (a data member pointer, or a function of the
     * snapshot) picks the value out of the current snapshot of `state`; taking the snapshot
     * copies nothing. */
    template <typename Out, typename T, typename Field>
    HRESULT return_from(Out *out, const SharedState<const T> &state, Field field) const
    {
        return guarded([&] {
            std::shared_ptr<const T> snapshot = state.get();
            return return_any(out, std::invoke(field, *snapshot));
        });
    }
    /* The same for a snapshot the object never replaces. */
    template <typename Out, typename T, typename Field>
    HRESULT return_from(Out *out, const std::shared_ptr<const T> &snapshot, Field field) const
    {
        return guarded([&] { return return_any(out, std::invoke(field, *snapshot)); });
    }

    HRESULT check_out_pointer(const void *out) const
    {
        return out ? S_OK : fail(E_POINTER, "a NULL pointer was passed for the return value");
    }

    /* Copies a value into an out-parameter, checking it first. */
    template <typename T> HRESULT return_value(T *out, T value) const
    {
        if (!out)
            return check_out_pointer(out);
        *out = value;
        return S_OK;
    }
    HRESULT return_bool(BOOL *out, bool value) const { return return_value<BOOL>(out, value ? TRUE : FALSE); }
    HRESULT return_string(BSTR *out, const std::string &utf8) const
    {
        if (!out)
            return check_out_pointer(out);
        *out = bstr_from_utf8(utf8);
        return *out ? S_OK : fail(E_OUTOFMEMORY, "out of memory");
    }
    HRESULT return_any(BSTR *out, const std::string &utf8) const { return return_string(out, utf8); }
    HRESULT return_any(BOOL *out, bool value) const { return return_bool(out, value); }
    template <typename T, typename V> HRESULT return_any(T *out, V value) const
    {
        return return_value<T>(out, static_cast<T>(value));
    }

  private:
    HRESULT fail_unexpected(const char *what) const noexcept
    {
        try {
            return fail(E_UNEXPECTED, std::string("internal error: ") + what);
        } catch (...) {
            return E_UNEXPECTED; /* not even the description could be made */
        }
    }

    /* The flags the type library is invoked with: a METHOD call on a member that is only a
     * property get becomes that get (Windows' oleaut32 does the same; Wine's does not). */
    static WORD dispatch_flags(ITypeInfo *info, DISPID member, WORD flags)
    {
        if (!(flags & DISPATCH_METHOD) || !is_property_get_only(interface_index(type_info_id), info, member))
            return flags;
        return DISPATCH_PROPERTYGET;
    }

    static void fill_excep_info(EXCEPINFO *excep_info, const RecordedFailure &failure)
    {
        SysFreeString(excep_info->bstrSource);
        SysFreeString(excep_info->bstrDescription);
        SysFreeString(excep_info->bstrHelpFile);
        *excep_info = EXCEPINFO();
        excep_info->scode = failure.hr;
        try {
            excep_info->bstrSource = bstr_from_utf8(error_source(failure));
            excep_info->bstrDescription = bstr_from_utf8(failure.description);
        } catch (...) {
            /* Out of memory: scode alone. */
        }
    }

    std::atomic<ULONG> refcount_{1};
};

} // namespace faxcom

#endif
