/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * dump_typelib TLB: prints every type description of a type library in a line format that
 * tests/fxscomex/check-typelib compares with the reference tables.  It reads the library only
 * through oleaut32 (LoadTypeLibEx, ITypeLib, ITypeInfo), the way COM clients see it.
 *
 *   library NAME GUID MAJOR.MINOR lcid=N syskind=N ptrsize=N doc="HELPSTRING"
 *   typeinfo INDEX TYPEKIND NAME GUID flags=HEX cFuncs=N cVars=N cImplTypes=N cbSizeVft=N
 *     impl N implflags=HEX NAME                 (coclass, interface, dispinterface)
 *     iface INDEX TYPEKIND NAME GUID flags=...  (the vtable half of a dual interface, with
 *                                                its funcs; the dispatch half lists none)
 *     func memid=N invkind=N funckind=N name=NAME oVft=N cParams=N cParamsOpt=N funcflags=HEX ret=TYPE
 *       param flags=HEX type=TYPE name=NAME|? [default=VALUE]   (? = not readable, see below)
 *     var memid=N name=NAME varkind=N type=TYPE value=VALUE
 *
 * Exit status: 0 when the library loaded and every call succeeded, 1 otherwise.
 */
#define COBJMACROS
#include <windows.h>
#include <oleauto.h>
#include <stdio.h>
#include <wchar.h>

static int failures;

static void check(HRESULT hr, const char *what)
{
    if (FAILED(hr)) {
        printf("error %s hr=0x%08lx\n", what, (unsigned long)hr);
        failures++;
    }
}

static void print_bstr(BSTR s)
{
    printf("%ls", s ? s : L"");
}

static void print_guid(const GUID *g)
{
    printf("{%08lX-%04X-%04X-%02X%02X-%02X%02X%02X%02X%02X%02X}", (unsigned long)g->Data1, g->Data2, g->Data3,
           g->Data4[0], g->Data4[1], g->Data4[2], g->Data4[3], g->Data4[4], g->Data4[5], g->Data4[6],
           g->Data4[7]);
}

static void print_type(ITypeInfo *ti, const TYPEDESC *td)
{
    switch (td->vt) {
    case VT_PTR:
        print_type(ti, td->lptdesc);
        printf("*");
        return;
    case VT_SAFEARRAY:
        printf("SAFEARRAY(");
        print_type(ti, td->lptdesc);
        printf(")");
        return;
    case VT_USERDEFINED: {
        ITypeInfo *ref = NULL;
        BSTR name = NULL;
        HRESULT hr = ITypeInfo_GetRefTypeInfo(ti, td->hreftype, &ref);
        check(hr, "GetRefTypeInfo");
        if (SUCCEEDED(hr)) {
            check(ITypeInfo_GetDocumentation(ref, MEMBERID_NIL, &name, NULL, NULL, NULL), "ref name");
            print_bstr(name);
            SysFreeString(name);
            ITypeInfo_Release(ref);
        } else
            printf("?userdefined");
        return;
    }
    case VT_EMPTY: printf("VT_EMPTY"); return;
    case VT_VOID: printf("void"); return;
    case VT_HRESULT: printf("HRESULT"); return;
    case VT_I2: printf("short"); return;
    case VT_I4: printf("long"); return;
    case VT_INT: printf("int"); return;
    case VT_UI1: printf("unsigned char"); return;
    case VT_UI2: printf("unsigned short"); return;
    case VT_UI4: printf("unsigned long"); return;
    case VT_UINT: printf("unsigned int"); return;
    case VT_I1: printf("char"); return;
    case VT_R4: printf("float"); return;
    case VT_R8: printf("double"); return;
    case VT_BSTR: printf("BSTR"); return;
    case VT_BOOL: printf("VARIANT_BOOL"); return;
    case VT_DATE: printf("DATE"); return;
    case VT_CY: printf("CURRENCY"); return;
    case VT_VARIANT: printf("VARIANT"); return;
    case VT_UNKNOWN: printf("IUnknown*"); return;
    case VT_DISPATCH: printf("IDispatch*"); return;
    case VT_LPSTR: printf("LPSTR"); return;
    case VT_LPWSTR: printf("LPWSTR"); return;
    default: printf("VT_%u", td->vt); return;
    }
}

static void print_variant(const VARIANT *v)
{
    VARIANT copy;
    switch (V_VT(v)) {
    case VT_BSTR:
        printf("\"");
        print_bstr(V_BSTR(v));
        printf("\"");
        return;
    case VT_EMPTY: printf("VT_EMPTY"); return;
    default:
        VariantInit(&copy);
        if (SUCCEEDED(VariantChangeType(&copy, (VARIANT *)v, 0, VT_BSTR))) {
            printf("(vt=%u)", V_VT(v));
            print_bstr(V_BSTR(&copy));
            VariantClear(&copy);
        } else
            printf("(vt=%u)?", V_VT(v));
    }
}

static void dump_funcs(ITypeInfo *ti, const TYPEATTR *ta, const char *indent)
{
    for (UINT i = 0; i < ta->cFuncs; i++) {
        FUNCDESC *fd = NULL;
        BSTR names[64] = {0};
        UINT count = 0;
        HRESULT hr = ITypeInfo_GetFuncDesc(ti, i, &fd);
        check(hr, "GetFuncDesc");
        if (FAILED(hr))
            continue;
        check(ITypeInfo_GetNames(ti, fd->memid, names, 64, &count), "GetNames");
        /* GetNames looks a member up by memid, which a property's get and put share, and answers
         * for the first of them: the parameter names of a put are not to be had. */
        BOOL names_known = TRUE;
        if (fd->invkind & (INVOKE_PROPERTYPUT | INVOKE_PROPERTYPUTREF))
            for (UINT j = 0; j < ta->cFuncs; j++) {
                FUNCDESC *other = NULL;
                if (j != i && SUCCEEDED(ITypeInfo_GetFuncDesc(ti, j, &other))) {
                    if (other->memid == fd->memid)
                        names_known = FALSE;
                    ITypeInfo_ReleaseFuncDesc(ti, other);
                }
            }
        printf("%sfunc memid=%ld invkind=%d funckind=%d name=", indent, (long)fd->memid, fd->invkind,
               fd->funckind);
        print_bstr(names[0]);
        printf(" oVft=%d cParams=%d cParamsOpt=%d funcflags=0x%x ret=", fd->oVft, fd->cParams, fd->cParamsOpt,
               fd->wFuncFlags);
        print_type(ti, &fd->elemdescFunc.tdesc);
        printf("\n");
        for (SHORT p = 0; p < fd->cParams; p++) {
            const PARAMDESC *pd = &fd->lprgelemdescParam[p].paramdesc;
            printf("%s  param flags=0x%x type=", indent, pd->wParamFlags);
            print_type(ti, &fd->lprgelemdescParam[p].tdesc);
            printf(" name=");
            if (!names_known)
                printf("?");
            else if ((UINT)p + 1 < count)
                print_bstr(names[p + 1]);
            else
                printf("-");
            if ((pd->wParamFlags & PARAMFLAG_FHASDEFAULT) && pd->pparamdescex) {
                printf(" default=");
                print_variant(&pd->pparamdescex->varDefaultValue);
            }
            printf("\n");
        }
        for (UINT n = 0; n < count && n < 64; n++)
            SysFreeString(names[n]);
        ITypeInfo_ReleaseFuncDesc(ti, fd);
    }
}

static void dump_vars(ITypeInfo *ti, const TYPEATTR *ta, const char *indent)
{
    for (UINT i = 0; i < ta->cVars; i++) {
        VARDESC *vd = NULL;
        BSTR name = NULL;
        UINT count = 0;
        HRESULT hr = ITypeInfo_GetVarDesc(ti, i, &vd);
        check(hr, "GetVarDesc");
        if (FAILED(hr))
            continue;
        check(ITypeInfo_GetNames(ti, vd->memid, &name, 1, &count), "GetNames(var)");
        printf("%svar memid=%ld name=", indent, (long)vd->memid);
        print_bstr(name);
        printf(" varkind=%d type=", vd->varkind);
        print_type(ti, &vd->elemdescVar.tdesc);
        if (vd->varkind == VAR_CONST && vd->lpvarValue) {
            printf(" value=");
            print_variant(vd->lpvarValue);
        }
        printf("\n");
        SysFreeString(name);
        ITypeInfo_ReleaseVarDesc(ti, vd);
    }
}

static void dump_impls(ITypeInfo *ti, const TYPEATTR *ta, const char *indent)
{
    for (UINT i = 0; i < ta->cImplTypes; i++) {
        HREFTYPE href;
        INT flags = 0;
        ITypeInfo *ref = NULL;
        BSTR name = NULL;
        check(ITypeInfo_GetImplTypeFlags(ti, i, &flags), "GetImplTypeFlags");
        if (FAILED(ITypeInfo_GetRefTypeOfImplType(ti, i, &href)) ||
            FAILED(ITypeInfo_GetRefTypeInfo(ti, href, &ref))) {
            printf("error impl %u\n", i);
            failures++;
            continue;
        }
        check(ITypeInfo_GetDocumentation(ref, MEMBERID_NIL, &name, NULL, NULL, NULL), "impl name");
        printf("%simpl %u implflags=0x%x ", indent, i, flags);
        print_bstr(name);
        printf("\n");
        SysFreeString(name);
        ITypeInfo_Release(ref);
    }
}

static void dump_typeinfo(ITypeInfo *ti, const char *head, UINT index)
{
    TYPEATTR *ta = NULL;
    BSTR name = NULL;
    HRESULT hr = ITypeInfo_GetTypeAttr(ti, &ta);
    check(hr, "GetTypeAttr");
    if (FAILED(hr))
        return;
    check(ITypeInfo_GetDocumentation(ti, MEMBERID_NIL, &name, NULL, NULL, NULL), "GetDocumentation");
    printf("%s %u %d ", head, index, ta->typekind);
    print_bstr(name);
    printf(" ");
    print_guid(&ta->guid);
    printf(" flags=0x%x cFuncs=%d cVars=%d cImplTypes=%d cbSizeVft=%d\n", ta->wTypeFlags, ta->cFuncs,
           ta->cVars, ta->cImplTypes, ta->cbSizeVft);
    SysFreeString(name);
    dump_impls(ti, ta, "  ");
    /* A dual interface is listed as its dispatch half, whose functions repeat IUnknown's and
     * IDispatch's; its vtable half, printed after it, is what C++ calls and what counts. */
    if (ta->typekind == TKIND_DISPATCH && (ta->wTypeFlags & TYPEFLAG_FDUAL)) {
        HREFTYPE href;
        ITypeInfo *vtbl = NULL;
        hr = ITypeInfo_GetRefTypeOfImplType(ti, -1, &href);
        check(hr, "GetRefTypeOfImplType(-1)");
        if (SUCCEEDED(hr) && SUCCEEDED(ITypeInfo_GetRefTypeInfo(ti, href, &vtbl))) {
            dump_typeinfo(vtbl, "  iface", index);
            ITypeInfo_Release(vtbl);
        }
    } else {
        dump_funcs(ti, ta, "  ");
        dump_vars(ti, ta, "  ");
    }
    ITypeInfo_ReleaseTypeAttr(ti, ta);
}

int wmain(int argc, WCHAR **argv)
{
    ITypeLib *tl = NULL;
    TLIBATTR *la = NULL;
    BSTR name = NULL, doc = NULL;
    HRESULT hr;

    if (argc != 2) {
        fprintf(stderr, "usage: dump_typelib FILE.tlb\n");
        return 2;
    }
    hr = LoadTypeLibEx(argv[1], REGKIND_NONE, &tl);
    if (FAILED(hr)) {
        printf("error LoadTypeLibEx(%ls) hr=0x%08lx\n", argv[1], (unsigned long)hr);
        return 1;
    }
    check(ITypeLib_GetLibAttr(tl, &la), "GetLibAttr");
    check(ITypeLib_GetDocumentation(tl, -1, &name, &doc, NULL, NULL), "library documentation");
    printf("library ");
    print_bstr(name);
    printf(" ");
    if (la)
        print_guid(&la->guid);
    printf(" %u.%u lcid=%lu syskind=%d ptrsize=%u doc=\"", la ? la->wMajorVerNum : 0,
           la ? la->wMinorVerNum : 0, la ? (unsigned long)la->lcid : 0, la ? (int)la->syskind : -1,
           (unsigned)sizeof(void *));
    print_bstr(doc);
    printf("\"\n");
    SysFreeString(name);
    SysFreeString(doc);
    if (la)
        ITypeLib_ReleaseTLibAttr(tl, la);

    UINT n = ITypeLib_GetTypeInfoCount(tl);
    printf("count %u\n", n);
    for (UINT i = 0; i < n; i++) {
        ITypeInfo *ti = NULL;
        hr = ITypeLib_GetTypeInfo(tl, i, &ti);
        check(hr, "GetTypeInfo");
        if (FAILED(hr))
            continue;
        dump_typeinfo(ti, "typeinfo", i);
        ITypeInfo_Release(ti);
    }
    ITypeLib_Release(tl);
    printf("end failures=%d\n", failures);
    return failures ? 1 : 0;
}
