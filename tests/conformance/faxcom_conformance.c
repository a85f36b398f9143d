// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * Conformance tests for faxcom.dll, in the style of Wine's dlls/<name>/tests: run under Wine
 * (and meant to pass on Windows too, where faxcom.dll is the real one).  Called as
 *
 *     faxcom_conformance.exe TIFF_DIRECTORY [RECEIVED_FAX_TIFF RECEIVED_FAX_TSID]
 *
 * where TIFF_DIRECTORY holds the files made by tests/fixtures/make-test-tiffs.
 */
#define COBJMACROS
#include <stddef.h>
#include <stdio.h>
#include <wchar.h>
#include <windows.h>
#include <ole2.h>
#include <oleauto.h>

#include "faxcom.h"
#include "error_description.h"
#include "wine_style_test.h"

#ifndef E_ILLEGAL_METHOD_CALL
#define E_ILLEGAL_METHOD_CALL ((HRESULT)0x8000000e)
#endif

/* The vtable order of the generated header is the published faxcom.h's: first custom
 * method at slot 7, Send in the middle of IFaxDoc. */
#define SLOT(vtbl, member) (offsetof(vtbl, member) / sizeof(void *))
_Static_assert(SLOT(IFaxTiffVtbl, get_ReceiveTime) == 7 && SLOT(IFaxTiffVtbl, get_TiffTagString) == 18,
               "IFaxTiff");
_Static_assert(SLOT(IFaxServerVtbl, Connect) == 7 && SLOT(IFaxServerVtbl, put_DiscountRateEndMinute) == 39,
               "IFaxServer");
_Static_assert(SLOT(IFaxPortVtbl, get_Name) == 7 && SLOT(IFaxPortVtbl, GetStatus) == 23, "IFaxPort");
_Static_assert(SLOT(IFaxPortsVtbl, get_Item) == 8, "IFaxPorts");
_Static_assert(SLOT(IFaxRoutingMethodVtbl, get_RoutingData) == 16, "IFaxRoutingMethod");
_Static_assert(SLOT(IFaxStatusVtbl, Refresh) == 26, "IFaxStatus");
_Static_assert(SLOT(IFaxDocVtbl, Send) == 69 && SLOT(IFaxDocVtbl, put_SenderFax) == 76, "IFaxDoc");
_Static_assert(SLOT(IFaxJobVtbl, SetStatus) == 22 && SLOT(IFaxJobVtbl, Refresh) == 23, "IFaxJob");

static WCHAR tiff_directory[MAX_PATH];

static BSTR tiff_path(const WCHAR *name)
{
    WCHAR path[MAX_PATH];
    swprintf(path, MAX_PATH, L"%ls\\%ls", tiff_directory, name);
    return SysAllocString(path);
}

/* After a failure, the object must have recorded an IErrorInfo with a description. */
static void check_error_info_(int line, IUnknown *object, REFIID iid)
{
    ISupportErrorInfo *support;
    HRESULT hr = IUnknown_QueryInterface(object, &IID_ISupportErrorInfo, (void **)&support);
    ok_at(__FILE__, line, hr == S_OK, "QueryInterface(ISupportErrorInfo) returned %#lx.\n", hr);
    if (hr == S_OK) {
        hr = ISupportErrorInfo_InterfaceSupportsErrorInfo(support, iid);
        ok_at(__FILE__, line, hr == S_OK, "InterfaceSupportsErrorInfo returned %#lx.\n", hr);
        ISupportErrorInfo_Release(support);
    }
    check_description_(__FILE__, line, NULL);
}
#define check_error_info(object, iid) check_error_info_(__LINE__, (IUnknown *)(object), iid)

/* ---- creation and QueryInterface ---- */

static const IID *const all_interfaces[] = {
    &IID_IFaxTiff,           &IID_IFaxServer, &IID_IFaxPort, &IID_IFaxPorts, &IID_IFaxRoutingMethod,
    &IID_IFaxRoutingMethods, &IID_IFaxStatus, &IID_IFaxDoc,  &IID_IFaxJobs,  &IID_IFaxJob};

static void test_interfaces_of(IUnknown *object, REFIID own)
{
    IUnknown *unknown;
    HRESULT hr;
    unsigned int i;

    hr = IUnknown_QueryInterface(object, &IID_IUnknown, (void **)&unknown);
    ok(hr == S_OK, "QueryInterface(IUnknown) returned %#lx.\n", hr);
    if (hr == S_OK)
        IUnknown_Release(unknown);
    hr = IUnknown_QueryInterface(object, &IID_IDispatch, (void **)&unknown);
    ok(hr == S_OK, "QueryInterface(IDispatch) returned %#lx.\n", hr);
    if (hr == S_OK)
        IUnknown_Release(unknown);
    hr = IUnknown_QueryInterface(object, &IID_ISupportErrorInfo, (void **)&unknown);
    ok(hr == S_OK, "QueryInterface(ISupportErrorInfo) returned %#lx.\n", hr);
    if (hr == S_OK)
        IUnknown_Release(unknown);
    for (i = 0; i < ARRAYSIZE(all_interfaces); i++) {
        hr = IUnknown_QueryInterface(object, all_interfaces[i], (void **)&unknown);
        if (IsEqualIID(all_interfaces[i], own))
            ok(hr == S_OK, "QueryInterface(own interface %u) returned %#lx.\n", i, hr);
        else
            ok(hr == E_NOINTERFACE, "QueryInterface(other interface %u) returned %#lx.\n", i, hr);
        if (hr == S_OK)
            IUnknown_Release(unknown);
    }
    hr = IUnknown_QueryInterface(object, &IID_IClassFactory, (void **)&unknown);
    ok(hr == E_NOINTERFACE, "QueryInterface(IClassFactory) returned %#lx.\n", hr);
}

static void test_creation(void)
{
    static const struct {
        const WCHAR *progid;
        const CLSID *clsid;
        const IID *iid;
    } creatable[] = {
        {L"FaxServer.FaxServer", &CLSID_FaxServer, &IID_IFaxServer},
        {L"FaxServer.FaxServer.1", &CLSID_FaxServer, &IID_IFaxServer},
        {L"FaxTiff.FaxTiff", &CLSID_FaxTiff, &IID_IFaxTiff},
        {L"FaxTiff.FaxTiff.1", &CLSID_FaxTiff, &IID_IFaxTiff},
    };
    static const CLSID *const noncreatable[] = {
        &CLSID_FaxPort,   &CLSID_FaxPorts, &CLSID_FaxRoutingMethod, &CLSID_FaxRoutingMethods,
        &CLSID_FaxStatus, &CLSID_FaxDoc,   &CLSID_FaxJobs,          &CLSID_FaxJob};
    unsigned int i;

    for (i = 0; i < ARRAYSIZE(creatable); i++) {
        CLSID clsid;
        IUnknown *object = NULL;
        HRESULT hr = CLSIDFromProgID(creatable[i].progid, &clsid);
        ok(hr == S_OK, "CLSIDFromProgID(%s) returned %#lx.\n", utf8(creatable[i].progid), hr);
        ok(IsEqualCLSID(&clsid, creatable[i].clsid), "%s maps to the wrong CLSID.\n",
           utf8(creatable[i].progid));
        hr = CoCreateInstance(&clsid, NULL, CLSCTX_INPROC_SERVER, &IID_IUnknown, (void **)&object);
        ok(hr == S_OK, "CoCreateInstance(%s) returned %#lx.\n", utf8(creatable[i].progid), hr);
        if (object) {
            test_interfaces_of(object, creatable[i].iid);
            ok(IUnknown_Release(object) == 0, "object still referenced after the last Release.\n");
        }
    }
    for (i = 0; i < ARRAYSIZE(noncreatable); i++) {
        IUnknown *object = (IUnknown *)0xdeadbeef;
        HRESULT hr =
            CoCreateInstance(noncreatable[i], NULL, CLSCTX_INPROC_SERVER, &IID_IUnknown, (void **)&object);
        ok(hr == CLASS_E_CLASSNOTAVAILABLE, "CoCreateInstance(non-creatable class %u) returned %#lx.\n", i,
           hr);
        ok(object == NULL, "non-creatable class %u: object %p.\n", i, object);
    }
}

/* ---- the type library: names, member counts and vtable order of every interface ---- */

struct member {
    INVOKEKIND kind;
    const WCHAR *name;
};
#define GET(n)                                                                                               \
    {                                                                                                        \
        INVOKE_PROPERTYGET, L## #n                                                                           \
    }
#define PUT(n)                                                                                               \
    {                                                                                                        \
        INVOKE_PROPERTYPUT, L## #n                                                                           \
    }
#define GETPUT(n) GET(n), PUT(n)
#define METHOD(n)                                                                                            \
    {                                                                                                        \
        INVOKE_FUNC, L## #n                                                                                  \
    }

static const struct member tiff_members[] = {GET(ReceiveTime),    GETPUT(Image),     GET(RecipientName),
                                             GET(SenderName),     GET(Routing),      GET(CallerId),
                                             GET(Csid),           GET(Tsid),         GET(RecipientNumber),
                                             GET(RawReceiveTime), GET(TiffTagString)};
static const struct member server_members[] = {METHOD(Connect),
                                               METHOD(Disconnect),
                                               METHOD(GetPorts),
                                               METHOD(CreateDocument),
                                               METHOD(GetJobs),
                                               GETPUT(Retries),
                                               GETPUT(RetryDelay),
                                               GETPUT(DirtyDays),
                                               GETPUT(Branding),
                                               GETPUT(UseDeviceTsid),
                                               GETPUT(ServerCoverpage),
                                               GETPUT(PauseServerQueue),
                                               GETPUT(ArchiveOutboundFaxes),
                                               GETPUT(ArchiveDirectory),
                                               GETPUT(ServerMapiProfile),
                                               GETPUT(DiscountRateStartHour),
                                               GETPUT(DiscountRateStartMinute),
                                               GETPUT(DiscountRateEndHour),
                                               GETPUT(DiscountRateEndMinute)};
static const struct member port_members[] = {GET(Name),       GET(DeviceId),    GETPUT(Rings),
                                             GETPUT(Csid),    GETPUT(Tsid),     GETPUT(Send),
                                             GETPUT(Receive), GETPUT(Priority), METHOD(GetRoutingMethods),
                                             GET(CanModify),  METHOD(GetStatus)};
static const struct member collection_members[] = {GET(Count), GET(Item)};
static const struct member routing_method_members[] = {
    GET(DeviceId),  GETPUT(Enable),    GET(DeviceName),    GET(Guid),       GET(FunctionName),
    GET(ImageName), GET(FriendlyName), GET(ExtensionName), GET(RoutingData)};
static const struct member status_members[] = {
    GET(CallerId),     GET(Csid),          GET(CurrentPage),   GET(DeviceId),    GET(DeviceName),
    GET(DocumentName), GET(Send),          GET(Receive),       GET(Address),     GET(RoutingString),
    GET(SenderName),   GET(RecipientName), GET(DocumentSize),  GET(Description), GET(PageCount),
    GET(Tsid),         GET(StartTime),     GET(SubmittedTime), GET(ElapsedTime), METHOD(Refresh)};
static const struct member doc_members[] = {GETPUT(FileName),
                                            GETPUT(CoverpageName),
                                            GETPUT(SendCoverpage),
                                            GETPUT(ServerCoverpage),
                                            GETPUT(DiscountSend),
                                            GETPUT(RecipientName),
                                            GETPUT(RecipientCompany),
                                            GETPUT(RecipientAddress),
                                            GETPUT(RecipientCity),
                                            GETPUT(RecipientState),
                                            GETPUT(RecipientZip),
                                            GETPUT(RecipientCountry),
                                            GETPUT(RecipientTitle),
                                            GETPUT(RecipientDepartment),
                                            GETPUT(RecipientOffice),
                                            GETPUT(RecipientHomePhone),
                                            GETPUT(RecipientOfficePhone),
                                            GETPUT(SenderName),
                                            GETPUT(SenderCompany),
                                            GETPUT(SenderAddress),
                                            GETPUT(SenderTitle),
                                            GETPUT(SenderDepartment),
                                            GETPUT(SenderOffice),
                                            GETPUT(SenderHomePhone),
                                            GETPUT(SenderOfficePhone),
                                            GETPUT(CoverpageNote),
                                            GETPUT(CoverpageSubject),
                                            GETPUT(Tsid),
                                            GETPUT(BillingCode),
                                            GETPUT(EmailAddress),
                                            GETPUT(DisplayName),
                                            METHOD(Send),
                                            GETPUT(FaxNumber),
                                            {INVOKE_PROPERTYPUTREF, L"ConnectionObject"},
                                            GETPUT(CallHandle),
                                            GETPUT(SenderFax)};
static const struct member job_members[] = {
    GET(JobId),         GET(Type),       GET(UserName),      GET(QueueStatus), GET(DeviceStatus),
    GET(PageCount),     GET(FaxNumber),  GET(RecipientName), GET(Tsid),        GET(SenderName),
    GET(SenderCompany), GET(SenderDept), GET(BillingCode),   GET(DisplayName), GET(DiscountSend),
    METHOD(SetStatus),  METHOD(Refresh)};

static const struct {
    const IID *iid;
    const WCHAR *name;
    const struct member *members;
    unsigned int count;
} expected_interfaces[] = {
#define INTERFACE_ENTRY(name, members)                                                                       \
    {                                                                                                        \
        &IID_##name, L## #name, members, ARRAYSIZE(members)                                                  \
    }
    INTERFACE_ENTRY(IFaxTiff, tiff_members),
    INTERFACE_ENTRY(IFaxServer, server_members),
    INTERFACE_ENTRY(IFaxPort, port_members),
    INTERFACE_ENTRY(IFaxPorts, collection_members),
    INTERFACE_ENTRY(IFaxRoutingMethod, routing_method_members),
    INTERFACE_ENTRY(IFaxRoutingMethods, collection_members),
    INTERFACE_ENTRY(IFaxStatus, status_members),
    INTERFACE_ENTRY(IFaxDoc, doc_members),
    INTERFACE_ENTRY(IFaxJobs, collection_members),
    INTERFACE_ENTRY(IFaxJob, job_members),
};

/* The type of a member's retval (or of its one [in] argument for a put). */
static VARTYPE value_type(const FUNCDESC *desc)
{
    const TYPEDESC *type;
    if (!desc->cParams)
        return VT_EMPTY;
    type = &desc->lprgelemdescParam[desc->cParams - 1].tdesc;
    if (type->vt == VT_PTR)
        type = type->lptdesc;
    return type->vt;
}

/* A dual interface's vtable type info: the dispatch type info refers to it at index -1. */
static ITypeInfo *vtable_type_info(ITypeLib *library, const IID *iid)
{
    ITypeInfo *dispatch_info = NULL, *info = NULL;
    HREFTYPE href;
    HRESULT hr = ITypeLib_GetTypeInfoOfGuid(library, iid, &dispatch_info);
    ok(hr == S_OK, "GetTypeInfoOfGuid returned %#lx.\n", hr);
    if (hr != S_OK)
        return NULL;
    hr = ITypeInfo_GetRefTypeOfImplType(dispatch_info, -1, &href);
    ok(hr == S_OK, "interface is not dual: %#lx.\n", hr);
    if (hr == S_OK)
        ITypeInfo_GetRefTypeInfo(dispatch_info, href, &info);
    ITypeInfo_Release(dispatch_info);
    return info;
}

static void test_interface_layout(ITypeLib *library, unsigned int index)
{
    ITypeInfo *info = vtable_type_info(library, expected_interfaces[index].iid);
    TYPEATTR *attr;
    unsigned int i;

    if (!info)
        return;
    ITypeInfo_GetTypeAttr(info, &attr);
    ok(attr->typekind == TKIND_INTERFACE, "%s: typekind %d.\n", utf8(expected_interfaces[index].name),
       attr->typekind);
    ok(attr->cFuncs == expected_interfaces[index].count, "%s: %u members, expected %u.\n",
       utf8(expected_interfaces[index].name), attr->cFuncs, expected_interfaces[index].count);
    ok(attr->cbSizeVft == (int)((7 + expected_interfaces[index].count) * sizeof(void *)),
       "%s: vtable size %u.\n", utf8(expected_interfaces[index].name), attr->cbSizeVft);
    for (i = 0; i < attr->cFuncs && i < expected_interfaces[index].count; i++) {
        FUNCDESC *desc;
        BSTR name = NULL;
        UINT count;
        ITypeInfo_GetFuncDesc(info, i, &desc);
        ITypeInfo_GetNames(info, desc->memid, &name, 1, &count);
        ok(name && !wcscmp(name, expected_interfaces[index].members[i].name),
           "%s slot %u: %s, expected %s.\n", utf8(expected_interfaces[index].name), 7 + i, utf8(name),
           utf8(expected_interfaces[index].members[i].name));
        ok(desc->invkind == expected_interfaces[index].members[i].kind, "%s.%s: invkind %d, expected %d.\n",
           utf8(expected_interfaces[index].name), utf8(name), desc->invkind,
           expected_interfaces[index].members[i].kind);
        ok(desc->oVft == (int)((7 + i) * sizeof(void *)), "%s.%s: vtable offset %d.\n",
           utf8(expected_interfaces[index].name), utf8(name), desc->oVft);
        ok(desc->callconv == CC_STDCALL, "%s.%s: calling convention %d.\n",
           utf8(expected_interfaces[index].name), utf8(name), desc->callconv);
        SysFreeString(name);
        ITypeInfo_ReleaseFuncDesc(info, desc);
    }
    ITypeInfo_ReleaseTypeAttr(info, attr);
    ITypeInfo_Release(info);
}

static VARTYPE member_type(ITypeLib *library, const IID *iid, const WCHAR *name, INVOKEKIND kind)
{
    ITypeInfo *info;
    TYPEATTR *attr;
    VARTYPE found = VT_ILLEGAL;
    unsigned int i;
    if (!(info = vtable_type_info(library, iid)))
        return found;
    ITypeInfo_GetTypeAttr(info, &attr);
    for (i = 0; i < attr->cFuncs; i++) {
        FUNCDESC *desc;
        BSTR member = NULL;
        UINT count;
        ITypeInfo_GetFuncDesc(info, i, &desc);
        ITypeInfo_GetNames(info, desc->memid, &member, 1, &count);
        if (member && !wcscmp(member, name) && desc->invkind == kind)
            found = value_type(desc);
        SysFreeString(member);
        ITypeInfo_ReleaseFuncDesc(info, desc);
    }
    ITypeInfo_ReleaseTypeAttr(info, attr);
    ITypeInfo_Release(info);
    return found;
}

static void test_type_library(void)
{
    static const struct {
        const IID *iid;
        const WCHAR *member;
        INVOKEKIND kind;
        VARTYPE vt;
    } types[] = {
        {&IID_IFaxServer, L"Branding", INVOKE_PROPERTYGET, VT_I4},              /* BOOL, not VARIANT_BOOL */
        {&IID_IFaxServer, L"DiscountRateStartHour", INVOKE_PROPERTYGET, VT_I2}, /* short */
        {&IID_IFaxServer, L"GetJobs", INVOKE_FUNC, VT_VARIANT},                 /* VARIANT* */
        {&IID_IFaxServer, L"CreateDocument", INVOKE_FUNC, VT_VARIANT},
        {&IID_IFaxStatus, L"StartTime", INVOKE_PROPERTYGET, VT_DATE},
        {&IID_IFaxPorts, L"Item", INVOKE_PROPERTYGET, VT_VARIANT},
        {&IID_IFaxDoc, L"Send", INVOKE_FUNC, VT_I4},
        {&IID_IFaxDoc, L"ConnectionObject", INVOKE_PROPERTYPUTREF, VT_DISPATCH},
        {&IID_IFaxTiff, L"RawReceiveTime", INVOKE_PROPERTYGET, VT_VARIANT},
        {&IID_IFaxJob, L"DiscountSend", INVOKE_PROPERTYGET, VT_I4},
    };
    ITypeLib *library;
    TLIBATTR *attr;
    BSTR name = NULL;
    HRESULT hr;
    unsigned int i;

    hr = LoadRegTypeLib(&LIBID_FAXCOMLib, 1, 0, LOCALE_NEUTRAL, &library);
    ok(hr == S_OK, "LoadRegTypeLib returned %#lx.\n", hr);
    if (hr != S_OK)
        return;
    ITypeLib_GetLibAttr(library, &attr);
    ok(attr->wMajorVerNum == 1 && attr->wMinorVerNum == 0, "version %u.%u.\n", attr->wMajorVerNum,
       attr->wMinorVerNum);
    ITypeLib_ReleaseTLibAttr(library, attr);
    ITypeLib_GetDocumentation(library, -1, &name, NULL, NULL, NULL);
    ok(name && !wcscmp(name, L"FAXCOMLib"), "library name %s.\n", utf8(name));
    SysFreeString(name);
    ok(ITypeLib_GetTypeInfoCount(library) == 20, "%u type infos, expected 10 interfaces + 10 coclasses.\n",
       ITypeLib_GetTypeInfoCount(library));

    for (i = 0; i < ARRAYSIZE(expected_interfaces); i++)
        test_interface_layout(library, i);
    for (i = 0; i < ARRAYSIZE(types); i++) {
        VARTYPE vt = member_type(library, types[i].iid, types[i].member, types[i].kind);
        ok(vt == types[i].vt, "%s: type %d, expected %d.\n", utf8(types[i].member), vt, types[i].vt);
    }
    /* The TiffTagString getter takes an int tag id. */
    ITypeLib_Release(library);
}

/* ---- IDispatch through the type library ---- */

static void test_dispatch(void)
{
    IDispatch *dispatch;
    DISPID id = 0;
    LPOLESTR name = (LPOLESTR)L"Tsid";
    LPOLESTR bad_name = (LPOLESTR)L"NoSuchMember";
    DISPPARAMS no_args = {NULL, NULL, 0, 0};
    VARIANT result;
    EXCEPINFO excep;
    HRESULT hr;
    UINT count = 0;

    hr = CoCreateInstance(&CLSID_FaxTiff, NULL, CLSCTX_INPROC_SERVER, &IID_IDispatch, (void **)&dispatch);
    ok(hr == S_OK, "CoCreateInstance returned %#lx.\n", hr);
    if (hr != S_OK)
        return;
    hr = IDispatch_GetTypeInfoCount(dispatch, &count);
    ok(hr == S_OK && count == 1, "GetTypeInfoCount: %#lx, %u.\n", hr, count);
    hr = IDispatch_GetIDsOfNames(dispatch, &IID_NULL, &name, 1, LOCALE_USER_DEFAULT, &id);
    ok(hr == S_OK, "GetIDsOfNames(Tsid) returned %#lx.\n", hr);
    hr = IDispatch_GetIDsOfNames(dispatch, &IID_NULL, &bad_name, 1, LOCALE_USER_DEFAULT, &id);
    ok(hr == DISP_E_UNKNOWNNAME, "GetIDsOfNames(NoSuchMember) returned %#lx.\n", hr);
    hr = IDispatch_GetIDsOfNames(dispatch, &IID_NULL, &name, 1, LOCALE_USER_DEFAULT, &id);
    /* Before Image is set the property fails, and Invoke reports it as an exception with
     * the object's description. */
    memset(&excep, 0, sizeof(excep));
    VariantInit(&result);
    hr = IDispatch_Invoke(dispatch, id, &IID_NULL, LOCALE_USER_DEFAULT, DISPATCH_PROPERTYGET, &no_args,
                          &result, &excep, NULL);
    ok(hr == DISP_E_EXCEPTION, "Invoke(Tsid) before Image returned %#lx.\n", hr);
    ok(excep.scode == E_ILLEGAL_METHOD_CALL, "scode %#lx.\n", excep.scode);
    ok(excep.bstrDescription && wcsstr(excep.bstrDescription, L"Image"), "description %s.\n",
       utf8(excep.bstrDescription));
    SysFreeString(excep.bstrDescription);
    SysFreeString(excep.bstrSource);
    SysFreeString(excep.bstrHelpFile);
    IDispatch_Release(dispatch);
}

/* A METHOD call on a property get with arguments (what jscript sends for `jobs.Item(0)`) is
 * that property get, as in Windows' oleaut32; our failure comes back as DISP_E_EXCEPTION
 * with faxcom's HRESULT, source and description. */
static void check_item_invoke_(int line, IDispatch *collection, WORD flags, long index, BOOL want_result,
                               HRESULT expected, const WCHAR *source)
{
    LPOLESTR name = (LPOLESTR)L"Item";
    VARIANT arg, result;
    DISPPARAMS params = {&arg, NULL, 1, 0};
    EXCEPINFO excep;
    DISPID id = 0;
    UINT arg_err = 0;
    HRESULT hr;

    hr = IDispatch_GetIDsOfNames(collection, &IID_NULL, &name, 1, LOCALE_USER_DEFAULT, &id);
    ok_at(__FILE__, line, hr == S_OK, "GetIDsOfNames(Item) returned %#lx.\n", hr);
    V_VT(&arg) = VT_I4;
    V_I4(&arg) = index;
    VariantInit(&result);
    memset(&excep, 0, sizeof(excep));
    hr = IDispatch_Invoke(collection, id, &IID_NULL, LOCALE_USER_DEFAULT, flags, &params,
                          want_result ? &result : NULL, &excep, &arg_err);
    if (expected == S_OK) {
        ok_at(__FILE__, line, hr == S_OK, "Invoke(Item(%ld), flags %#x) returned %#lx.\n", index, flags, hr);
        if (want_result)
            ok_at(__FILE__, line, V_VT(&result) == VT_DISPATCH, "Item(%ld) gave vt %d.\n", index,
                  V_VT(&result));
        VariantClear(&result);
        return;
    }
    ok_at(__FILE__, line, hr == DISP_E_EXCEPTION, "Invoke(Item(%ld), flags %#x) returned %#lx.\n", index,
          flags, hr);
    ok_at(__FILE__, line, excep.scode == expected && !excep.wCode, "Item(%ld): scode %#lx, wCode %u.\n",
          index, excep.scode, excep.wCode);
    ok_at(__FILE__, line, excep.bstrDescription && SysStringLen(excep.bstrDescription) > 10,
          "Item(%ld): description %s.\n", index, utf8(excep.bstrDescription));
    ok_at(__FILE__, line, excep.bstrSource && !wcscmp(excep.bstrSource, source), "Item(%ld): source %s.\n",
          index, utf8(excep.bstrSource));
    SysFreeString(excep.bstrDescription);
    SysFreeString(excep.bstrSource);
    SysFreeString(excep.bstrHelpFile);
}
#define check_item_invoke(...) check_item_invoke_(__LINE__, __VA_ARGS__)

static void test_dispatch_errors(void)
{
    WCHAR queue[MAX_PATH], temp[MAX_PATH];
    IFaxServer *server = NULL;
    VARIANT jobs, ports;
    BSTR name;
    HRESULT hr;

    GetTempPathW(MAX_PATH, temp);
    /* A local queue (no server needed), the same one on every run. */
    swprintf(queue, MAX_PATH, L"spool:%lsfaxcom-conformance-queue", temp);
    hr = CoCreateInstance(&CLSID_FaxServer, NULL, CLSCTX_INPROC_SERVER, &IID_IFaxServer, (void **)&server);
    ok(hr == S_OK, "CoCreateInstance(FaxServer) returned %#lx.\n", hr);
    if (!server)
        return;
    name = SysAllocString(queue);
    hr = IFaxServer_Connect(server, name);
    SysFreeString(name);
    ok(hr == S_OK, "Connect(%s) returned %#lx.\n", utf8(queue), hr);
    VariantInit(&jobs);
    VariantInit(&ports);
    hr = IFaxServer_GetJobs(server, &jobs);
    ok(hr == S_OK && V_VT(&jobs) == VT_DISPATCH, "GetJobs returned %#lx, vt %d.\n", hr, V_VT(&jobs));
    if (hr == S_OK && V_VT(&jobs) == VT_DISPATCH) {
        check_item_invoke(V_DISPATCH(&jobs), DISPATCH_METHOD, 0, FALSE, E_INVALIDARG, L"FAXCOMLib.FaxJobs");
        check_item_invoke(V_DISPATCH(&jobs), DISPATCH_METHOD, 999, TRUE, E_INVALIDARG, L"FAXCOMLib.FaxJobs");
        check_item_invoke(V_DISPATCH(&jobs), DISPATCH_METHOD | DISPATCH_PROPERTYGET, 0, TRUE, E_INVALIDARG,
                          L"FAXCOMLib.FaxJobs");
        check_item_invoke(V_DISPATCH(&jobs), DISPATCH_PROPERTYGET, 1, TRUE, E_INVALIDARG,
                          L"FAXCOMLib.FaxJobs");
    }
    hr = IFaxServer_GetPorts(server, &ports);
    ok(hr == S_OK && V_VT(&ports) == VT_DISPATCH, "GetPorts returned %#lx, vt %d.\n", hr, V_VT(&ports));
    if (hr == S_OK && V_VT(&ports) == VT_DISPATCH) {
        check_item_invoke(V_DISPATCH(&ports), DISPATCH_METHOD, 1, TRUE, S_OK, NULL);
        check_item_invoke(V_DISPATCH(&ports), DISPATCH_METHOD, 1, FALSE, S_OK, NULL);
        check_item_invoke(V_DISPATCH(&ports), DISPATCH_METHOD, 2, FALSE, E_INVALIDARG, L"FAXCOMLib.FaxPorts");
    }
    VariantClear(&jobs);
    VariantClear(&ports);
    IFaxServer_Disconnect(server);
    ok(IFaxServer_Release(server) == 0, "FaxServer still referenced.\n");
}

/* ---- FaxTiff through the vtable ---- */

static IFaxTiff *create_tiff(void)
{
    IFaxTiff *tiff = NULL;
    HRESULT hr = CoCreateInstance(&CLSID_FaxTiff, NULL, CLSCTX_INPROC_SERVER, &IID_IFaxTiff, (void **)&tiff);
    ok(hr == S_OK, "CoCreateInstance(FaxTiff) returned %#lx.\n", hr);
    return tiff;
}

#define expect_string(tiff, getter, expected) expect_string_(__LINE__, tiff, getter, #getter, expected)
static void expect_string_(int line, IFaxTiff *tiff, HRESULT(STDMETHODCALLTYPE *getter)(IFaxTiff *, BSTR *),
                           const char *what, const WCHAR *expected)
{
    BSTR value = NULL;
    HRESULT hr = getter(tiff, &value);
    ok_at(__FILE__, line, hr == S_OK, "%s returned %#lx.\n", what, hr);
    ok_at(__FILE__, line, value && !wcscmp(value, expected), "%s = %s, expected %s.\n", what, utf8(value),
          utf8(expected));
    SysFreeString(value);
}

static void test_fax_tiff_hylafax_tags(const WCHAR *file)
{
    IFaxTiff *tiff = create_tiff();
    IFaxTiffVtbl *vtbl;
    BSTR path = tiff_path(file), value = NULL;
    VARIANT raw;
    SYSTEMTIME utc;
    HRESULT hr;

    if (!tiff)
        return;
    vtbl = tiff->lpVtbl;
    hr = IFaxTiff_put_Image(tiff, path);
    ok(hr == S_OK, "put_Image(%s) returned %#lx.\n", utf8(path), hr);
    hr = IFaxTiff_get_Image(tiff, &value);
    ok(hr == S_OK && !wcscmp(value, path), "Image reads back %s.\n", utf8(value));
    SysFreeString(value);

    expect_string(tiff, vtbl->get_Tsid, L"+1 555 0100");
    expect_string(tiff, vtbl->get_CallerId, L"5550100");
    expect_string(tiff, vtbl->get_SenderName, L"JOHN DOE");
    expect_string(tiff, vtbl->get_Routing, L"4711");
    expect_string(tiff, vtbl->get_ReceiveTime, L"2024-03-05 14:07:09");
    expect_string(tiff, vtbl->get_Csid, L"Unavailable");
    expect_string(tiff, vtbl->get_RecipientName, L"Unavailable");
    expect_string(tiff, vtbl->get_RecipientNumber, L"Unavailable");

    VariantInit(&raw);
    hr = IFaxTiff_get_RawReceiveTime(tiff, &raw);
    ok(hr == S_OK && V_VT(&raw) == VT_DATE, "RawReceiveTime: %#lx, vt %d.\n", hr, V_VT(&raw));
    if (V_VT(&raw) == VT_DATE) {
        SYSTEMTIME local = {2024, 3, 0, 5, 14, 7, 9, 0}, expected;
        TzSpecificLocalTimeToSystemTime(NULL, &local, &expected);
        VariantTimeToSystemTime(V_DATE(&raw), &utc);
        ok(utc.wYear == expected.wYear && utc.wMonth == expected.wMonth && utc.wDay == expected.wDay &&
               utc.wHour == expected.wHour && utc.wMinute == expected.wMinute &&
               utc.wSecond == expected.wSecond,
           "RawReceiveTime %04u-%02u-%02u %02u:%02u:%02u.\n", utc.wYear, utc.wMonth, utc.wDay, utc.wHour,
           utc.wMinute, utc.wSecond);
    }
    VariantClear(&raw);

    hr = IFaxTiff_get_TiffTagString(tiff, 305, &value);
    ok(hr == S_OK && value && !wcscmp(value, L"HylaFAX (tm) Version 6.0.7"), "Software tag: %#lx %s.\n", hr,
       utf8(value));
    SysFreeString(value);
    hr = IFaxTiff_get_TiffTagString(tiff, 256, &value);
    ok(hr == S_OK && value && !wcscmp(value, L"1728"), "ImageWidth tag: %#lx %s.\n", hr, utf8(value));
    SysFreeString(value);
    hr = IFaxTiff_get_TiffTagString(tiff, 34910, &value);
    ok(hr == S_OK && value && !wcscmp(value, L"17"), "FAXRECVTIME tag: %#lx %s.\n", hr, utf8(value));
    SysFreeString(value);
    hr = IFaxTiff_get_TiffTagString(tiff, 40001, &value);
    ok(hr == S_OK && value && !wcscmp(value, L"Unavailable"), "absent tag: %#lx %s.\n", hr, utf8(value));
    SysFreeString(value);
    value = (BSTR)0xdeadbeef;
    hr = IFaxTiff_get_TiffTagString(tiff, 70000, &value);
    ok(hr == E_INVALIDARG, "tag 70000 returned %#lx.\n", hr);
    check_error_info(tiff, &IID_IFaxTiff);
    hr = IFaxTiff_get_TiffTagString(tiff, 256, NULL);
    ok(hr == E_POINTER, "NULL out pointer returned %#lx.\n", hr);

    SysFreeString(path);
    IFaxTiff_Release(tiff);
}

static void test_fax_tiff_without_values(void)
{
    IFaxTiff *tiff = create_tiff();
    BSTR path = tiff_path(L"fax-hylafax-no-tsi.tif");
    VARIANT raw;
    HRESULT hr;

    if (!tiff)
        return;
    hr = IFaxTiff_put_Image(tiff, path);
    ok(hr == S_OK, "put_Image returned %#lx.\n", hr);
    expect_string(tiff, tiff->lpVtbl->get_Tsid, L"Unavailable");
    expect_string(tiff, tiff->lpVtbl->get_Routing, L"Unavailable");
    expect_string(tiff, tiff->lpVtbl->get_ReceiveTime, L"Unavailable");
    VariantInit(&raw);
    hr = IFaxTiff_get_RawReceiveTime(tiff, &raw);
    ok(hr == S_OK && V_VT(&raw) == VT_BSTR && !wcscmp(V_BSTR(&raw), L"Unavailable"),
       "RawReceiveTime without a time: %#lx, vt %d.\n", hr, V_VT(&raw));
    VariantClear(&raw);
    SysFreeString(path);
    IFaxTiff_Release(tiff);
}

static void test_fax_tiff_bad_files(void)
{
    static const struct {
        const WCHAR *file;
        HRESULT expected;
    } bad[] = {
        {L"does-not-exist.tif", 0x80070002},
        {L"empty.tif", 0x8007000b},
        {L"not-a-tiff.tif", 0x8007000b},
        {L"truncated-header.tif", 0x8007000b},
        {L"bigtiff.tif", 0x8007000b},
        {L"ifd-offset-in-header.tif", 0x8007000b},
        {L"ifd-past-end.tif", 0x8007000b},
        {L"ifd-entries-past-end.tif", 0x8007000b},
        {L"huge-count.tif", 0x8007000b},
        {L"count-overflow.tif", 0x8007000b},
        {L"ifd-loop.tif", 0x8007000b},
        {L"ifd-self-loop.tif", 0x8007000b},
        {L"overlapping-values.tif", 0x8007000b},
        {L"too-many-pages.tif", 0x8007000b},
    };
    IFaxTiff *tiff = create_tiff();
    BSTR good = tiff_path(L"fax-hylafax.tif"), value = NULL;
    unsigned int i;
    HRESULT hr;

    if (!tiff)
        return;
    hr = IFaxTiff_get_Tsid(tiff, &value);
    ok(hr == E_ILLEGAL_METHOD_CALL, "get_Tsid before put_Image returned %#lx.\n", hr);
    check_error_info(tiff, &IID_IFaxTiff);
    hr = IFaxTiff_put_Image(tiff, NULL);
    ok(hr == E_INVALIDARG, "put_Image(NULL) returned %#lx.\n", hr);
    check_error_info(tiff, &IID_IFaxTiff);

    hr = IFaxTiff_put_Image(tiff, good);
    ok(hr == S_OK, "put_Image(good) returned %#lx.\n", hr);
    for (i = 0; i < ARRAYSIZE(bad); i++) {
        BSTR path = tiff_path(bad[i].file);
        hr = IFaxTiff_put_Image(tiff, path);
        ok(hr == bad[i].expected, "put_Image(%s) returned %#lx, expected %#lx.\n", utf8(bad[i].file), hr,
           bad[i].expected);
        check_error_info(tiff, &IID_IFaxTiff);
        SysFreeString(path);
    }
    /* A failed put leaves the previous image selected. */
    hr = IFaxTiff_get_Image(tiff, &value);
    ok(hr == S_OK && value && !wcscmp(value, good), "Image after failures: %s.\n", utf8(value));
    SysFreeString(value);
    expect_string(tiff, tiff->lpVtbl->get_Tsid, L"+1 555 0100");
    SysFreeString(good);
    IFaxTiff_Release(tiff);
}

/* A fax received over emulated modems by a real HylaFAX (tests/fixtures/receive-real-fax). */
static void test_fax_tiff_really_received(const WCHAR *file, const WCHAR *expected_tsid)
{
    IFaxTiff *tiff = create_tiff();
    BSTR path = SysAllocString(file), value = NULL;
    VARIANT raw;
    HRESULT hr;

    if (!tiff)
        return;
    hr = IFaxTiff_put_Image(tiff, path);
    ok(hr == S_OK, "put_Image(received fax) returned %#lx.\n", hr);
    expect_string(tiff, tiff->lpVtbl->get_Tsid, expected_tsid);
    hr = IFaxTiff_get_ReceiveTime(tiff, &value);
    ok(hr == S_OK && value && SysStringLen(value) == 19 && value[4] == '-', "ReceiveTime %s.\n", utf8(value));
    SysFreeString(value);
    VariantInit(&raw);
    hr = IFaxTiff_get_RawReceiveTime(tiff, &raw);
    ok(hr == S_OK && V_VT(&raw) == VT_DATE, "RawReceiveTime vt %d.\n", V_VT(&raw));
    if (V_VT(&raw) == VT_DATE) {
        SYSTEMTIME now;
        DATE today;
        GetSystemTime(&now);
        SystemTimeToVariantTime(&now, &today);
        ok(V_DATE(&raw) <= today + 1.0 / 1440 && V_DATE(&raw) > today - 1.0,
           "received %f, now %f: not within the last day.\n", V_DATE(&raw), today);
    }
    hr = IFaxTiff_get_TiffTagString(tiff, 305, &value);
    ok(hr == S_OK && value && !wcsncmp(value, L"HylaFAX", 7), "Software %s.\n", utf8(value));
    SysFreeString(value);
    SysFreeString(path);
    IFaxTiff_Release(tiff);
}

/* ---- FaxServer: members that need a fax server fail cleanly without one ---- */

static void test_fax_server_unconnected(void)
{
    IFaxServer *server = NULL;
    VARIANT result;
    long value = 0;
    BSTR file = SysAllocString(L"C:\\windows\\win.ini");
    HRESULT hr;

    hr = CoCreateInstance(&CLSID_FaxServer, NULL, CLSCTX_INPROC_SERVER, &IID_IFaxServer, (void **)&server);
    ok(hr == S_OK, "CoCreateInstance(FaxServer) returned %#lx.\n", hr);
    if (!server)
        return;
    VariantInit(&result);
    hr = IFaxServer_GetJobs(server, &result);
    ok(FAILED(hr), "GetJobs without a connection returned %#lx.\n", hr);
    ok(V_VT(&result) == VT_EMPTY, "GetJobs left vt %d.\n", V_VT(&result));
    check_error_info(server, &IID_IFaxServer);
    hr = IFaxServer_GetPorts(server, &result);
    ok(FAILED(hr), "GetPorts without a connection returned %#lx.\n", hr);
    check_error_info(server, &IID_IFaxServer);
    hr = IFaxServer_CreateDocument(server, file, &result);
    ok(FAILED(hr), "CreateDocument without a connection returned %#lx.\n", hr);
    check_error_info(server, &IID_IFaxServer);
    hr = IFaxServer_get_Retries(server, &value);
    ok(FAILED(hr), "get_Retries without a connection returned %#lx.\n", hr);
    check_error_info(server, &IID_IFaxServer);
    SysFreeString(file);
    ok(IFaxServer_Release(server) == 0, "FaxServer still referenced.\n");
}

static void test_unload(void)
{
    HMODULE module = GetModuleHandleW(L"faxcom.dll");
    HRESULT(WINAPI * can_unload)(void);
    ok(module != NULL, "faxcom.dll is not loaded.\n");
    if (!module)
        return;
    can_unload = (void *)GetProcAddress(module, "DllCanUnloadNow");
    ok(can_unload != NULL, "no DllCanUnloadNow export.\n");
    if (can_unload)
        ok(can_unload() == S_OK, "DllCanUnloadNow with no objects alive returned S_FALSE.\n");
}

int wmain(int argc, WCHAR **argv)
{
    if (argc < 2) {
        printf("usage: faxcom_conformance TIFF_DIRECTORY [RECEIVED_FAX RECEIVED_TSID]\n");
        return 2;
    }
    wcsncpy(tiff_directory, argv[1], MAX_PATH - 1);
    CoInitializeEx(NULL, COINIT_MULTITHREADED);

    test_creation();
    test_type_library();
    test_dispatch();
    test_dispatch_errors();
    test_fax_tiff_hylafax_tags(L"fax-hylafax.tif");
    test_fax_tiff_hylafax_tags(L"fax-hylafax-bigendian.tif");
    test_fax_tiff_without_values();
    test_fax_tiff_bad_files();
    if (argc >= 4)
        test_fax_tiff_really_received(argv[2], argv[3]);
    test_fax_server_unconnected();
    test_unload();

    CoUninitialize();
    return test_summary();
}
