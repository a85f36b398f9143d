// SPDX-License-Identifier: LGPL-2.1-or-later
#include "dispid_cache.h"

#include <mutex>
#include <string>
#include <unordered_map>

namespace faxcom {

namespace {

struct InterfaceNames {
    std::mutex lock;
    std::unordered_map<std::wstring, DISPID> ids;
};

InterfaceNames names_of[static_cast<size_t>(TypeInfoId::count)];

} // namespace

HRESULT cached_ids_of_names(TypeInfoId id, ITypeInfo *info, LPOLESTR *names, UINT count, DISPID *ids)
{
    if (count != 1 || !names || !names[0] || !ids)
        return info->GetIDsOfNames(names, count, ids);
    InterfaceNames &known = names_of[static_cast<size_t>(id)];
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

} // namespace faxcom
