/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * fxscomex_header_check: the widl-generated fxscomex.h and fxscomex_i.c as a C program uses
 * them.  Compiling it (with vtable_slots.c, generated from expected-typelib.txt, and
 * header_check_cxx.cpp) checks the header for C and C++; running it under Wine checks values
 * a compiler cannot: the GUIDs in fxscomex_i.c and the FaxConstants strings.  Prints TAP.
 */
#define COBJMACROS
#include <windows.h>
#include <stdio.h>
#include <wchar.h>
#include "fxscomex.h"

extern const int fxscomex_vtable_members_checked;
int fxscomex_header_check_cxx(void);

_Static_assert(fsAPI_VERSION_3 == 0x30000, "fsAPI_VERSION_3");
_Static_assert(fjesPROPRIETARY == 0x1000000, "fjesPROPRIETARY");
_Static_assert(far2MANAGE_RECEIVE_FOLDER == 0x200, "far2MANAGE_RECEIVE_FOLDER");
_Static_assert(frrcANY_CODE == 0, "frrcANY_CODE");
_Static_assert(fjsROUTING == 0x800, "fjsROUTING");
_Static_assert(prv_DEFAULT_PREFETCH_SIZE == 100, "prv_DEFAULT_PREFETCH_SIZE");
_Static_assert(FAX_E_SRV_OUTOFMEMORY == (HRESULT)0x80041B59, "FAX_E_SRV_OUTOFMEMORY");
_Static_assert(FAX_E_NOT_SUPPORTED_ON_THIS_SKU == (HRESULT)0x80041B63, "FAX_E_NOT_SUPPORTED_ON_THIS_SKU");
_Static_assert(FAX_E_RECIPIENTS_LIMIT == (HRESULT)0x80041B65, "FAX_E_RECIPIENTS_LIMIT");
_Static_assert(sizeof(FAX_JOB_STATUS_ENUM) == 4, "enums are 32-bit");

static int test_number;
static int failed;

static void ok(int condition, const char *what)
{
    printf("%s %d - %s\n", condition ? "ok" : "not ok", ++test_number, what);
    if (!condition)
        failed++;
}

static int guid_is(const GUID *guid, const WCHAR *text)
{
    GUID expected;
    return SUCCEEDED(CLSIDFromString(text, &expected)) && IsEqualGUID(guid, &expected);
}

/* Calls through the C macros compile to the right slots; nothing is called at run time. */
static HRESULT submit_through_macros(IFaxDocument2 *document, IFaxServer *server)
{
    VARIANT ids;
    LONG error_index;
    IFaxRecipients *recipients;
    IFaxRecipient *recipient;
    HRESULT hr = IFaxDocument2_get_Recipients(document, &recipients);
    if (FAILED(hr))
        return hr;
    hr = IFaxRecipients_Add(recipients, (BSTR)L"+1 (555) 0100", (BSTR)L"", &recipient);
    if (SUCCEEDED(hr))
        IFaxRecipient_Release(recipient);
    IFaxRecipients_Release(recipients);
    return IFaxDocument2_ConnectedSubmit2(document, server, &ids, &error_index);
}

int main(void)
{
    printf("1..14\n");
    ok(fxscomex_vtable_members_checked == 597, "597 vtable members have their slot (vtable_slots.c)");
    ok(fxscomex_header_check_cxx() == 0, "the header compiles as C++ (__uuidof, classes)");
    ok(guid_is(&LIBID_FAXCOMEXLib, L"{2BF34C1A-8CAC-419F-8547-32FDF6505DB8}"), "LIBID_FAXCOMEXLib");
    ok(guid_is(&CLSID_FaxServer, L"{CDA8ACB0-8CF5-4F6C-9BA2-5931D40C8CAE}"), "CLSID_FaxServer");
    ok(guid_is(&CLSID_FaxDocument, L"{0F3F9F91-C838-415E-A4F3-3E828CA445E0}"), "CLSID_FaxDocument");
    ok(guid_is(&CLSID_FaxSecurity2, L"{735C1248-EC89-4C30-A127-656E92E3C4EA}"), "CLSID_FaxSecurity2");
    ok(guid_is(&IID_IFaxServer2, L"{571CED0F-5609-4F40-9176-547E3A72CA7C}"), "IID_IFaxServer2");
    ok(guid_is(&IID__IFaxServerNotify2, L"{EC9C69B9-5FE7-4805-9467-82FCD96AF903}"), "IID__IFaxServerNotify2");
    ok(guid_is(&DIID_IFaxServerNotify, L"{2E037B27-CF8A-4ABD-B1E0-5704943BEA6F}"), "DIID_IFaxServerNotify");
    ok(guid_is(&DIID_IFaxServerNotify2, L"{616CA8D6-A77A-4062-ABFD-0E471241C7AA}"), "DIID_IFaxServerNotify2");
    ok(guid_is(&DIID_IFaxAccountNotify, L"{0B5E5BD1-B8A9-47A0-A323-EF4A293BA06A}"), "DIID_IFaxAccountNotify");
    ok(lDEFAULT_PREFETCH_SIZE == 100, "lDEFAULT_PREFETCH_SIZE");
    ok(wcscmp(bstrGROUPNAME_ALLDEVICES, L"<All Devices>") == 0, "bstrGROUPNAME_ALLDEVICES");
    ok(wcharREASSIGN_RECIPIENTS_DELIMITER == L';', "wcharREASSIGN_RECIPIENTS_DELIMITER");
    (void)submit_through_macros;
    return failed ? 1 : 0;
}
