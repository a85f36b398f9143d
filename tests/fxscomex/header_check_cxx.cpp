// SPDX-License-Identifier: LGPL-2.1-or-later
// The widl-generated fxscomex.h as C++ code (the DLL's language) sees it: interfaces are
// classes, derived interfaces derive from their parents, __uuidof knows every IID.
#include <windows.h>
#include <type_traits>
#include "fxscomex.h"

static_assert(std::is_base_of<IFaxServer, IFaxServer2>::value, "IFaxServer2 : IFaxServer");
static_assert(std::is_base_of<IFaxDocument, IFaxDocument2>::value, "IFaxDocument2 : IFaxDocument");
static_assert(std::is_base_of<IFaxIncomingMessage, IFaxIncomingMessage2>::value, "IFaxIncomingMessage2");
static_assert(std::is_base_of<IDispatch, _IFaxServerNotify2>::value, "_IFaxServerNotify2 : IDispatch");
static_assert(std::is_base_of<IDispatch, IFaxServerNotify>::value, "dispinterface IFaxServerNotify");
static_assert(FAX_E_VERSION_MISMATCH == static_cast<HRESULT>(0x80041B64), "FAX_E_VERSION_MISMATCH");

// A sink a C++ client writes: every pure virtual of _IFaxAccountNotify must be overridable.
struct AccountSink : _IFaxAccountNotify {
    HRESULT STDMETHODCALLTYPE OnIncomingMessageAdded(IFaxAccount *, BSTR, VARIANT_BOOL) override
    {
        return S_OK;
    }
};

extern "C" int fxscomex_header_check_cxx(void)
{
    int failures = 0;
    if (!IsEqualGUID(__uuidof(IFaxServer2), IID_IFaxServer2))
        failures++;
    if (!IsEqualGUID(__uuidof(IFaxServerNotify2), DIID_IFaxServerNotify2))
        failures++;
    if (!IsEqualGUID(__uuidof(IFaxAccountOutgoingArchive), IID_IFaxAccountOutgoingArchive))
        failures++;
    if (lDEFAULT_PREFETCH_SIZE != 100)
        failures++;
    return failures;
}
