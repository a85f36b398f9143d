// SPDX-License-Identifier: LGPL-2.1-or-later
#include "comsupport/dispid_cache.h"

#include <mutex>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "comsupport/com_module.h"

namespace faxcom {

namespace {

struct InterfaceNames {
    std::mutex lock;
    std::unordered_map<std::wstring, DISPID> ids;
    bool members_read = false;
    std::unordered_set<DISPID> property_get_only;
};

/* The members of `info` that have a property get and no method. */
std::unordered_set<DISPID> property_gets_without_methods(ITypeInfo *info)
{
    std::unordered_set<DISPID> getters, methods;
    TYPEATTR *attr;
    if (FAILED(info->GetTypeAttr(&attr)))
        return getters;
    for (UINT i = 0; i < attr->cFuncs; i++) {
        FUNCDESC *desc;
        if (FAILED(info->GetFuncDesc(i, &desc)))
            continue;
        if (desc->invkind == INVOKE_FUNC)
            methods.insert(desc->memid);
        else if (desc->invkind == INVOKE_PROPERTYGET)
            getters.insert(desc->memid);
        info->ReleaseFuncDesc(desc);
    }
    info->ReleaseTypeAttr(attr);
    for (DISPID method : methods)
        getters.erase(method);
    return getters;
}

InterfaceNames names_of[max_dispatch_interfaces];

} // namespace

HRESULT cached_ids_of_names(size_t interface_index, ITypeInfo *info, LPOLESTR *names, UINT count, DISPID *ids)
{
    if (count != 1 || !names || !names[0] || !ids)
        return info->GetIDsOfNames(names, count, ids);
    InterfaceNames &known = names_of[interface_index];
    try {
        const std::wstring name(names[0]);
        {
            std::lock_guard<std::mutex> guard(known.lock);
            auto found = known.ids.find(name);
            if (found != known.ids.end()) {
                ids[0] = found->second;
                return S_OK;
            }
        }
        HRESULT hr = info->GetIDsOfNames(names, count, ids);
        if (SUCCEEDED(hr)) {
            std::lock_guard<std::mutex> guard(known.lock);
            if (known.ids.size() < 1024) /* a script inventing names cannot grow it for ever */
                known.ids.emplace(name, ids[0]);
        }
        return hr;
    } catch (const std::bad_alloc &) {
        return info->GetIDsOfNames(names, count, ids);
    }
}

bool is_property_get_only(size_t interface_index, ITypeInfo *info, DISPID member)
{
    InterfaceNames &known = names_of[interface_index];
    try {
        std::lock_guard<std::mutex> guard(known.lock);
        if (!known.members_read) {
            known.property_get_only = property_gets_without_methods(info);
            known.members_read = true;
        }
        return known.property_get_only.count(member) != 0;
    } catch (const std::bad_alloc &) {
        return false; /* as Wine's type library would: the call goes as made */
    }
}

} // namespace faxcom
