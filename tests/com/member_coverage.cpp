// SPDX-License-Identifier: LGPL-2.1-or-later
#include "member_coverage.h"

#include <set>
#include <utility>
#include <vector>

#include "com_test.h"
#include "comsupport/com_module.h"

namespace faxcom::testing {

namespace {

std::string guid_text(REFIID iid)
{
    WCHAR text[40];
    StringFromGUID2(iid, text, 40);
    return utf8(text);
}

std::set<std::pair<std::string, std::string>> &tested_members()
{
    static std::set<std::pair<std::string, std::string>> members;
    return members;
}

/* The type library embedded in this program (the harness links faxcom's resource). */
ITypeLib *embedded_type_library()
{
    static ITypeLib *library = [] {
        WCHAR path[MAX_PATH];
        ITypeLib *loaded = nullptr;
        if (GetModuleFileNameW(nullptr, path, MAX_PATH))
            LoadTypeLibEx(path, REGKIND_NONE, &loaded);
        return loaded;
    }();
    return library;
}

std::string member_name(ITypeInfo *info, const FUNCDESC &function)
{
    BSTR name = nullptr;
    info->GetDocumentation(function.memid, &name, nullptr, nullptr, nullptr);
    std::string text = utf8(name);
    SysFreeString(name);
    switch (function.invkind) {
    case INVOKE_PROPERTYGET: return "get_" + text;
    case INVOKE_PROPERTYPUT: return "put_" + text;
    case INVOKE_PROPERTYPUTREF: return "putref_" + text;
    default: return text;
    }
}

struct InterfaceMembers {
    std::string name;
    IID iid;
    std::vector<std::string> members;
};

/* The vtable interface behind a dual dispinterface: its own members only, in vtable order. */
bool read_interface(ITypeInfo *dispatch_info, InterfaceMembers &out)
{
    HREFTYPE reference;
    ITypeInfo *info;
    if (FAILED(dispatch_info->GetRefTypeOfImplType(-1, &reference)) ||
        FAILED(dispatch_info->GetRefTypeInfo(reference, &info)))
        return false;
    TYPEATTR *attributes;
    if (FAILED(info->GetTypeAttr(&attributes))) {
        info->Release();
        return false;
    }
    out.iid = attributes->guid;
    BSTR name = nullptr;
    info->GetDocumentation(MEMBERID_NIL, &name, nullptr, nullptr, nullptr);
    out.name = utf8(name);
    SysFreeString(name);
    for (UINT i = 0; i < attributes->cFuncs; ++i) {
        FUNCDESC *function;
        if (FAILED(info->GetFuncDesc(i, &function)))
            continue;
        out.members.push_back(member_name(info, *function));
        info->ReleaseFuncDesc(function);
    }
    info->ReleaseTypeAttr(attributes);
    info->Release();
    return true;
}

std::vector<InterfaceMembers> declared_interfaces()
{
    std::vector<InterfaceMembers> interfaces;
    ITypeLib *library = embedded_type_library();
    if (!library)
        return interfaces;
    for (UINT i = 0; i < library->GetTypeInfoCount(); ++i) {
        ITypeInfo *info;
        if (FAILED(library->GetTypeInfo(i, &info)))
            continue;
        TYPEATTR *attributes;
        if (SUCCEEDED(info->GetTypeAttr(&attributes))) {
            InterfaceMembers members;
            if (attributes->typekind == TKIND_DISPATCH && (attributes->wTypeFlags & TYPEFLAG_FDUAL) &&
                read_interface(info, members))
                interfaces.push_back(std::move(members));
            info->ReleaseTypeAttr(attributes);
        }
        info->Release();
    }
    return interfaces;
}

} // namespace

void record_tested_member(REFIID iid, const char *member)
{
    tested_members().emplace(guid_text(iid), member);
}

std::string interface_name(REFIID iid)
{
    ITypeLib *library = embedded_type_library();
    ITypeInfo *info;
    if (!library || FAILED(library->GetTypeInfoOfGuid(iid, &info)))
        return {};
    BSTR name = nullptr;
    info->GetDocumentation(MEMBERID_NIL, &name, nullptr, nullptr, nullptr);
    info->Release();
    std::string text = utf8(name);
    SysFreeString(name);
    return text;
}

void check_every_member_tested()
{
    std::vector<InterfaceMembers> interfaces = declared_interfaces();
    ok(interfaces.size() == this_module.interface_count,
       "the embedded type library declares %u dual interfaces, faxcom dispatches through %u.\n",
       static_cast<unsigned>(interfaces.size()), static_cast<unsigned>(this_module.interface_count));
    size_t declared = 0, untested = 0;
    for (const InterfaceMembers &declared_interface : interfaces) {
        for (const std::string &member : declared_interface.members) {
            ++declared;
            bool tested = tested_members().count({guid_text(declared_interface.iid), member}) != 0;
            untested += !tested;
            ok(tested, "%s::%s has no test in the COM harness.\n", declared_interface.name.c_str(),
               member.c_str());
        }
    }
    printf("com: %u of the %u members of faxcom's %u interfaces have a test.\n",
           static_cast<unsigned>(declared - untested), static_cast<unsigned>(declared),
           static_cast<unsigned>(interfaces.size()));
}

} // namespace faxcom::testing
