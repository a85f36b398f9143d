// SPDX-License-Identifier: LGPL-2.1-or-later
/* FaxTiff, made by the class factory as a program's CoCreateInstance would get it: every
 * getter before an image is selected, with NULL out-pointers, and on a fax HylaFAX received
 * (tests/fixtures/make-test-tiffs).  The file formats themselves are tested elsewhere (unit
 * and conformance tests). */
#include "com_test.h"
#include "comsupport/com_error.h"

namespace faxcom::testing {

namespace {

using TextGetter = HRESULT (STDMETHODCALLTYPE IFaxTiff::*)(BSTR *);

Ref<IFaxTiff> created_fax_tiff()
{
    Ref<IClassFactory> factory;
    HRESULT hr = DllGetClassObject(CLSID_FaxTiff, IID_IClassFactory, factory.out_void());
    ok(hr == S_OK && factory, "DllGetClassObject(FaxTiff): %#lx.\n", hr);
    Ref<IFaxTiff> tiff;
    if (factory) {
        hr = factory->CreateInstance(nullptr, IID_IFaxTiff, tiff.out_void());
        ok(hr == S_OK && tiff, "CreateInstance(FaxTiff): %#lx.\n", hr);
    }
    return tiff;
}

std::wstring tiff_path(const wchar_t *name)
{
    return tiff_directory + L"\\" + name;
}

struct TextValue {
    NamedMember<TextGetter> get;
    const wchar_t *expected; /* from fax-hylafax.tif */
};

} // namespace

void test_fax_tiff()
{
    Ref<IFaxTiff> tiff = created_fax_tiff();
    if (!tiff)
        return;
    const TextValue fields[] = {
        {NAMED_MEMBER(IFaxTiff, get_ReceiveTime), L"2024-03-05 14:07:09"},
        {NAMED_MEMBER(IFaxTiff, get_RecipientName), L"Unavailable"},
        {NAMED_MEMBER(IFaxTiff, get_SenderName), L"JOHN DOE"},
        {NAMED_MEMBER(IFaxTiff, get_Routing), L"4711"},
        {NAMED_MEMBER(IFaxTiff, get_CallerId), L"5550100"},
        {NAMED_MEMBER(IFaxTiff, get_Csid), L"Unavailable"},
        {NAMED_MEMBER(IFaxTiff, get_Tsid), L"+1 555 0100"},
        {NAMED_MEMBER(IFaxTiff, get_RecipientNumber), L"Unavailable"},
    };

    /* Before an image is selected. */
    Bstr value;
    HRESULT hr = CALL(tiff, get_Image)(value.out());
    ok(hr == S_OK && value == L"", "Image before put_Image: %#lx, \"%s\".\n", hr, value.utf8().c_str());
    for (const TextValue &field : fields) {
        hr = call_member(tiff, field.get, value.out());
        check_failure(hr, hresult_wrong_time, tiff, "set Image");
    }
    VARIANT raw;
    VariantInit(&raw);
    hr = CALL(tiff, get_RawReceiveTime)(&raw);
    check_failure(hr, hresult_wrong_time, tiff, "set Image");
    hr = CALL(tiff, get_TiffTagString)(305, value.out());
    check_failure(hr, hresult_wrong_time, tiff, "set Image");

    /* Bad images: the description says what is wrong. */
    hr = CALL(tiff, put_Image)(nullptr);
    check_failure(hr, E_INVALIDARG, tiff, "path");
    Bstr missing(tiff_path(L"does-not-exist.tif").c_str()), not_a_tiff(tiff_path(L"not-a-tiff.tif").c_str());
    hr = CALL(tiff, put_Image)(missing.get());
    check_failure(hr, hresult_file_not_found, tiff, "does-not-exist.tif");
    hr = CALL(tiff, put_Image)(not_a_tiff.get());
    check_failure(hr, hresult_bad_format, tiff, nullptr);

    Bstr received(tiff_path(L"fax-hylafax.tif").c_str());
    hr = CALL(tiff, put_Image)(received.get());
    ok(hr == S_OK, "put_Image(%s): %#lx.\n", received.utf8().c_str(), hr);
    if (hr != S_OK)
        skip("no test TIFF in \"%s\"\n", utf8(tiff_directory.c_str()).c_str());
    hr = CALL(tiff, get_Image)(value.out());
    ok(hr == S_OK && value == received.get(), "Image: \"%s\".\n", value.utf8().c_str());
    for (const TextValue &field : fields) {
        hr = call_member(tiff, field.get, value.out());
        ok(hr == S_OK && value == field.expected, "%s: %#lx, \"%s\".\n", field.get.name, hr,
           value.utf8().c_str());
        hr = call_member(tiff, field.get, nullptr);
        check_failure(hr, E_POINTER, tiff, "NULL");
    }
    hr = CALL(tiff, get_RawReceiveTime)(&raw);
    ok(hr == S_OK && V_VT(&raw) == VT_DATE && V_DATE(&raw) > 45300.0, "RawReceiveTime: %#lx, vt %d.\n", hr,
       V_VT(&raw));
    VariantClear(&raw);
    hr = CALL(tiff, get_RawReceiveTime)(nullptr);
    check_failure(hr, E_POINTER, tiff, "NULL");
    hr = CALL(tiff, get_TiffTagString)(305, value.out());
    ok(hr == S_OK && value == L"HylaFAX (tm) Version 6.0.7", "Software tag: \"%s\".\n", value.utf8().c_str());
    hr = CALL(tiff, get_TiffTagString)(40001, value.out());
    ok(hr == S_OK && value == L"Unavailable", "an absent tag: \"%s\".\n", value.utf8().c_str());
    hr = CALL(tiff, get_TiffTagString)(70000, value.out());
    check_failure(hr, E_INVALIDARG, tiff, "65535");
    hr = CALL(tiff, get_TiffTagString)(-1, value.out());
    check_failure(hr, E_INVALIDARG, tiff, "65535");
    hr = CALL(tiff, get_TiffTagString)(305, nullptr);
    check_failure(hr, E_POINTER, tiff, "NULL");
    hr = CALL(tiff, get_Image)(nullptr);
    check_failure(hr, E_POINTER, tiff, "NULL");

    /* A failed put_Image keeps the image selected before. */
    hr = CALL(tiff, put_Image)(missing.get());
    check_failure(hr, hresult_file_not_found, tiff, nullptr);
    tiff->get_Image(value.out());
    ok(value == received.get(), "Image after a failed put_Image: \"%s\".\n", value.utf8().c_str());
}

} // namespace faxcom::testing
