// SPDX-License-Identifier: LGPL-2.1-or-later
/* FaxDoc: its 36 properties as plain values, Send to the fake service, and the TAPI members
 * that are not supported. */
#include "com_test.h"
#include "comsupport/com_error.h"

namespace faxcom::testing {

namespace {

using TextGetter = HRESULT (STDMETHODCALLTYPE IFaxDoc::*)(BSTR *);
using TextPutter = HRESULT (STDMETHODCALLTYPE IFaxDoc::*)(BSTR);
using FlagGetter = HRESULT (STDMETHODCALLTYPE IFaxDoc::*)(BOOL *);
using FlagPutter = HRESULT (STDMETHODCALLTYPE IFaxDoc::*)(BOOL);

struct TextProperty {
    NamedMember<TextGetter> get;
    NamedMember<TextPutter> put;
};
struct FlagProperty {
    NamedMember<FlagGetter> get;
    NamedMember<FlagPutter> put;
};

#define TEXT_PROPERTY(name)                                                                                  \
    {                                                                                                        \
        NAMED_MEMBER(IFaxDoc, get_##name), NAMED_MEMBER(IFaxDoc, put_##name)                                 \
    }

void test_text_properties(IFaxServer *server)
{
    const TextProperty properties[] = {
        TEXT_PROPERTY(FileName),
        TEXT_PROPERTY(CoverpageName),
        TEXT_PROPERTY(RecipientName),
        TEXT_PROPERTY(RecipientCompany),
        TEXT_PROPERTY(RecipientAddress),
        TEXT_PROPERTY(RecipientCity),
        TEXT_PROPERTY(RecipientState),
        TEXT_PROPERTY(RecipientZip),
        TEXT_PROPERTY(RecipientCountry),
        TEXT_PROPERTY(RecipientTitle),
        TEXT_PROPERTY(RecipientDepartment),
        TEXT_PROPERTY(RecipientOffice),
        TEXT_PROPERTY(RecipientHomePhone),
        TEXT_PROPERTY(RecipientOfficePhone),
        TEXT_PROPERTY(SenderName),
        TEXT_PROPERTY(SenderCompany),
        TEXT_PROPERTY(SenderAddress),
        TEXT_PROPERTY(SenderTitle),
        TEXT_PROPERTY(SenderDepartment),
        TEXT_PROPERTY(SenderOffice),
        TEXT_PROPERTY(SenderHomePhone),
        TEXT_PROPERTY(SenderOfficePhone),
        TEXT_PROPERTY(CoverpageNote),
        TEXT_PROPERTY(CoverpageSubject),
        TEXT_PROPERTY(Tsid),
        TEXT_PROPERTY(BillingCode),
        TEXT_PROPERTY(EmailAddress),
        TEXT_PROPERTY(DisplayName),
        TEXT_PROPERTY(FaxNumber),
        TEXT_PROPERTY(SenderFax),
    };
    Ref<IFaxDoc> document = document_of(server, L"C:\\letter.txt");
    if (!document)
        return;
    for (const TextProperty &property : properties) {
        Bstr value;
        HRESULT hr = call_member(document, property.get, value.out());
        bool file_name = property.get.pointer == &IFaxDoc::get_FileName;
        ok(hr == S_OK && value == (file_name ? L"C:\\letter.txt" : L""), "%s: %#lx, \"%s\".\n",
           property.get.name, hr, value.utf8().c_str());
        Bstr text(L"Ünïcode \x4e2d\x6587 value");
        hr = call_member(document, property.put, text.get());
        ok(hr == S_OK, "%s: %#lx.\n", property.put.name, hr);
        hr = call_member(document, property.get, value.out());
        ok(hr == S_OK && value == text.get(), "%s read back \"%s\".\n", property.get.name,
           value.utf8().c_str());
        hr = call_member(document, property.put, nullptr);
        ok(hr == S_OK, "%s(NULL): %#lx.\n", property.put.name, hr);
        hr = call_member(document, property.get, value.out());
        ok(hr == S_OK && value == L"", "%s after NULL: \"%s\".\n", property.get.name, value.utf8().c_str());
        hr = call_member(document, property.get, nullptr);
        check_failure(hr, E_POINTER, document, "NULL");
    }
}

void test_flag_properties(IFaxServer *server)
{
    const FlagProperty properties[] = {
        {NAMED_MEMBER(IFaxDoc, get_SendCoverpage), NAMED_MEMBER(IFaxDoc, put_SendCoverpage)},
        {NAMED_MEMBER(IFaxDoc, get_ServerCoverpage), NAMED_MEMBER(IFaxDoc, put_ServerCoverpage)},
        {NAMED_MEMBER(IFaxDoc, get_DiscountSend), NAMED_MEMBER(IFaxDoc, put_DiscountSend)},
    };
    Ref<IFaxDoc> document = document_of(server, L"C:\\letter.txt");
    if (!document)
        return;
    for (const FlagProperty &property : properties) {
        BOOL value = 7;
        HRESULT hr = call_member(document, property.get, &value);
        ok(hr == S_OK && value == FALSE, "%s: %#lx, %d.\n", property.get.name, hr, value);
        hr = call_member(document, property.put, 5); /* any non-zero BOOL is TRUE */
        ok(hr == S_OK, "%s: %#lx.\n", property.put.name, hr);
        hr = call_member(document, property.get, &value);
        ok(hr == S_OK && value == TRUE, "%s read back %d.\n", property.get.name, value);
        hr = call_member(document, property.get, nullptr);
        check_failure(hr, E_POINTER, document, "NULL");
    }
}

void test_send(const std::shared_ptr<FakeFaxServer> &fake, IFaxServer *server)
{
    std::wstring letter = temporary_file(L"faxcom-com-letter.txt", "Dear Bob,\nthis is a fax.\n");
    Ref<IFaxDoc> document = document_of(server, letter.c_str());
    if (!document)
        return;
    HRESULT hr = CALL(document, Send)(nullptr);
    check_failure(hr, E_POINTER, document, "NULL");
    long id = -1;
    hr = CALL(document, Send)(&id);
    check_failure(hr, E_INVALIDARG, document, "FaxNumber");
    ok(id == 0, "a failed Send returned job id %ld.\n", id);

    Bstr number(L"5550100"), recipient(L"Bob Recipient");
    document->put_FaxNumber(number.get());
    document->put_RecipientName(recipient.get());
    hr = CALL(document, Send)(&id);
    ok(hr == S_OK && id == 42, "Send: %#lx, job id %ld.\n", hr, id);
    ok(fake->submissions.size() == 1 && fake->submissions[0].dial_string == "5550100" &&
           fake->submissions[0].recipient_name == "Bob Recipient",
       "Send submitted %u job(s).\n", static_cast<unsigned>(fake->submissions.size()));

    fake->next_job_id = "not-a-number";
    hr = CALL(document, Send)(&id);
    check_failure(hr, hresult_invalid_data, document, "not-a-number");
    fake->next_job_id = "42";

    fake->fail(FakeOperation::submit_job, make_error(ErrorKind::server_refused, "the fake refuses the job"));
    hr = CALL(document, Send)(&id);
    check_failure(hr, hresult_request_refused, document, "the fake refuses the job");
    fake->heal();

    Ref<IFaxDoc> missing = document_of(server, L"C:\\no\\such\\letter.txt");
    missing->put_FaxNumber(number.get());
    hr = CALL(missing, Send)(&id);
    check_failure(hr, hresult_file_not_found, missing, "letter.txt");
    DeleteFileW(letter.c_str());
}

void test_tapi_members(IFaxServer *server)
{
    Ref<IFaxDoc> document = document_of(server, L"C:\\letter.txt");
    if (!document)
        return;
    long handle = -1;
    HRESULT hr = CALL(document, get_CallHandle)(&handle);
    ok(hr == S_OK && handle == 0, "CallHandle: %#lx, %ld.\n", hr, handle);
    hr = CALL(document, get_CallHandle)(nullptr);
    check_failure(hr, E_POINTER, document, "NULL");
    hr = CALL(document, put_CallHandle)(1);
    check_failure(hr, E_NOTIMPL, document, "TAPI");
    hr = CALL(document, putref_ConnectionObject)(nullptr);
    check_failure(hr, E_NOTIMPL, document, "TAPI");
}

} // namespace

void test_fax_document()
{
    auto fake = scripted_fake_server();
    Ref<IFaxServer> server = connected_fax_server(fake);
    test_text_properties(server.get());
    test_flag_properties(server.get());
    test_send(fake, server.get());
    test_tapi_members(server.get());

    /* A document outlives its server's connection: its values stay, Send says why it cannot. */
    Ref<IFaxDoc> document = document_of(server.get(), L"C:\\letter.txt");
    server->Disconnect();
    Bstr value;
    HRESULT hr = CALL(document, get_FileName)(value.out());
    ok(hr == S_OK && value == L"C:\\letter.txt", "FileName after Disconnect: %#lx.\n", hr);
    long id;
    hr = CALL(document, Send)(&id);
    check_failure(hr, hresult_not_connected, document, "Connect");
}

} // namespace faxcom::testing
