// SPDX-License-Identifier: LGPL-2.1-or-later
/* IDispatch as script hosts use it, from the type library embedded in the program: type info,
 * GetIDsOfNames, Invoke with METHOD and PROPERTYGET|METHOD, VARIANT coercion of arguments,
 * and failures reported as DISP_E_EXCEPTION with EXCEPINFO (and IErrorInfo). */
#include <vector>

#include "com_test.h"
#include "comsupport/com_error.h"

namespace faxcom::testing {

namespace {

/* A VARIANT argument list; Invoke takes them last to first. */
class Arguments {
  public:
    Arguments() = default;
    Arguments(const Arguments &) = delete;
    Arguments &operator=(const Arguments &) = delete;
    ~Arguments()
    {
        for (VARIANT &value : values_)
            VariantClear(&value);
    }
    Arguments &number(long value)
    {
        VARIANT &v = add();
        V_VT(&v) = VT_I4;
        V_I4(&v) = value;
        return *this;
    }
    Arguments &real(double value)
    {
        VARIANT &v = add();
        V_VT(&v) = VT_R8;
        V_R8(&v) = value;
        return *this;
    }
    Arguments &boolean(bool value)
    {
        VARIANT &v = add();
        V_VT(&v) = VT_BOOL;
        V_BOOL(&v) = value ? VARIANT_TRUE : VARIANT_FALSE;
        return *this;
    }
    Arguments &text(const wchar_t *value)
    {
        VARIANT &v = add();
        V_VT(&v) = VT_BSTR;
        V_BSTR(&v) = SysAllocString(value);
        return *this;
    }
    Arguments &null_object()
    {
        VARIANT &v = add();
        V_VT(&v) = VT_DISPATCH;
        V_DISPATCH(&v) = nullptr;
        return *this;
    }
    DISPPARAMS parameters(bool property_put)
    {
        reversed_.assign(values_.rbegin(), values_.rend());
        DISPPARAMS params = {reversed_.data(), nullptr, static_cast<UINT>(reversed_.size()), 0};
        if (property_put) {
            params.rgdispidNamedArgs = &put_id_;
            params.cNamedArgs = 1;
        }
        return params;
    }

  private:
    VARIANT &add()
    {
        values_.emplace_back();
        VariantInit(&values_.back());
        return values_.back();
    }
    std::vector<VARIANT> values_, reversed_;
    DISPID put_id_ = DISPID_PROPERTYPUT;
};

struct Invoked {
    HRESULT hr;
    VARIANT result;
    EXCEPINFO exception;
};

DISPID id_of(IDispatch *object, const wchar_t *name)
{
    DISPID id = DISPID_UNKNOWN;
    LPOLESTR names[] = {const_cast<LPOLESTR>(name)};
    HRESULT hr = object->GetIDsOfNames(IID_NULL, names, 1, LOCALE_USER_DEFAULT, &id);
    ok(hr == S_OK, "GetIDsOfNames(%s): %#lx.\n", utf8(name).c_str(), hr);
    return id;
}

/* Invokes `name` with `flags`; the caller clears result and exception. */
Invoked invoke(IDispatch *object, const wchar_t *name, WORD flags, Arguments &arguments)
{
    Invoked call = {};
    VariantInit(&call.result);
    SetErrorInfo(0, nullptr);
    DISPPARAMS params = arguments.parameters(flags == DISPATCH_PROPERTYPUT);
    call.hr =
        object->Invoke(id_of(object, name), IID_NULL, LOCALE_USER_DEFAULT, flags, &params,
                       flags == DISPATCH_PROPERTYPUT ? nullptr : &call.result, &call.exception, nullptr);
    return call;
}

void clear(Invoked &call)
{
    VariantClear(&call.result);
    SysFreeString(call.exception.bstrSource);
    SysFreeString(call.exception.bstrDescription);
    SysFreeString(call.exception.bstrHelpFile);
    call = {};
}

/* A member failure through Invoke: DISP_E_EXCEPTION, EXCEPINFO with the member's HRESULT,
 * source and description, and the same in IErrorInfo. */
template <typename Interface>
void check_exception_at(int line, Invoked &call, HRESULT expected, const Ref<Interface> &object,
                        const char *mention)
{
    check_failure_at(__FILE__, line, call.hr, DISP_E_EXCEPTION, object, mention);
    std::string source = utf8(call.exception.bstrSource), description = utf8(call.exception.bstrDescription);
    std::string class_name = interface_name(__uuidof(Interface)).substr(1);
    ok_at(__FILE__, line, call.exception.scode == expected, "EXCEPINFO scode %#lx, expected %#lx.\n",
          static_cast<unsigned long>(call.exception.scode), static_cast<unsigned long>(expected));
    ok_at(__FILE__, line, source == "FAXCOMLib." + class_name, "EXCEPINFO source \"%s\".\n", source.c_str());
    ok_at(__FILE__, line, description.find(mention) != std::string::npos, "EXCEPINFO description \"%s\".\n",
          description.c_str());
    clear(call);
}
#define check_exception(call, expected, object, mention)                                                     \
    check_exception_at(__LINE__, call, expected, object, mention)

void test_type_info(IFaxServer *server)
{
    UINT count = 0;
    HRESULT hr = server->GetTypeInfoCount(&count);
    ok(hr == S_OK && count == 1, "GetTypeInfoCount: %#lx, %u.\n", hr, count);
    hr = server->GetTypeInfoCount(nullptr);
    ok(hr == E_INVALIDARG, "GetTypeInfoCount(NULL): %#lx.\n", hr);
    Ref<ITypeInfo> info;
    hr = server->GetTypeInfo(0, LOCALE_USER_DEFAULT, info.out());
    ok(hr == S_OK && info, "GetTypeInfo(0): %#lx.\n", hr);
    if (info) {
        TYPEATTR *attributes;
        info->GetTypeAttr(&attributes);
        ok(IsEqualGUID(attributes->guid, IID_IFaxServer), "GetTypeInfo gave another interface's.\n");
        info->ReleaseTypeAttr(attributes);
    }
    hr = server->GetTypeInfo(1, LOCALE_USER_DEFAULT, info.out());
    ok(hr == DISP_E_BADINDEX, "GetTypeInfo(1): %#lx.\n", hr);
    hr = server->GetTypeInfo(0, LOCALE_USER_DEFAULT, nullptr);
    ok(hr == E_INVALIDARG, "GetTypeInfo(NULL): %#lx.\n", hr);
}

void test_ids_of_names(IFaxServer *server)
{
    ok(id_of(server, L"GetJobs") == 5, "GetJobs has another DISPID.\n");
    ok(id_of(server, L"gEtjObS") == 5, "names are not case-insensitive.\n");
    ok(id_of(server, L"DiscountRateEndMinute") == 19, "DiscountRateEndMinute has another DISPID.\n");
    LPOLESTR names[] = {const_cast<LPOLESTR>(L"CreateDocument"), const_cast<LPOLESTR>(L"FileName")};
    DISPID ids[2] = {DISPID_UNKNOWN, DISPID_UNKNOWN};
    HRESULT hr = server->GetIDsOfNames(IID_NULL, names, 2, LOCALE_USER_DEFAULT, ids);
    ok(hr == S_OK && ids[0] == 4 && ids[1] == 0, "CreateDocument(FileName): %#lx, %ld, %ld.\n", hr, ids[0],
       ids[1]);
    LPOLESTR unknown[] = {const_cast<LPOLESTR>(L"NoSuchMember")};
    hr = server->GetIDsOfNames(IID_NULL, unknown, 1, LOCALE_USER_DEFAULT, ids);
    ok(hr == DISP_E_UNKNOWNNAME && ids[0] == DISPID_UNKNOWN, "an unknown name: %#lx, %ld.\n", hr, ids[0]);
    hr = server->GetIDsOfNames(IID_IFaxServer, names, 1, LOCALE_USER_DEFAULT, ids);
    ok(hr == DISP_E_UNKNOWNINTERFACE, "GetIDsOfNames with an interface id: %#lx.\n", hr);
}

void test_invoke(const std::shared_ptr<FakeFaxServer> &fake, const Ref<IFaxServer> &server)
{
    Arguments none;
    Invoked call = invoke(server.get(), L"GetJobs", DISPATCH_METHOD, none);
    ok(call.hr == S_OK && V_VT(&call.result) == VT_DISPATCH, "GetJobs: %#lx, vt %d.\n", call.hr,
       V_VT(&call.result));
    Ref<IFaxJobs> jobs = dispatch_as<IFaxJobs>(call.result);
    if (!jobs)
        return;

    /* jobs.Count called as a method, as script engines do, is the property get. */
    call = invoke(jobs.get(), L"Count", DISPATCH_METHOD, none);
    ok(call.hr == S_OK && V_VT(&call.result) == VT_I4 && V_I4(&call.result) == 2,
       "Count as a method: %#lx.\n", call.hr);
    clear(call);

    /* jobs(1) / jobs.Item("2") / jobs.Item(1.0): the index is coerced to a long. */
    const struct {
        const char *what;
        void (*add)(Arguments &);
        long job_id;
    } indexes[] = {
        {"VT_I4 1", [](Arguments &a) { a.number(1); }, 5},
        {"VT_BSTR \"2\"", [](Arguments &a) { a.text(L"2"); }, 6},
        {"VT_R8 1.0", [](Arguments &a) { a.real(1.0); }, 5},
        {"VT_BOOL TRUE", [](Arguments &a) { a.boolean(true); }, 0}, /* -1: out of range */
    };
    for (const auto &index : indexes) {
        Arguments argument;
        index.add(argument);
        call = invoke(jobs.get(), L"Item", DISPATCH_METHOD | DISPATCH_PROPERTYGET, argument);
        if (!index.job_id) {
            check_exception(call, E_INVALIDARG, jobs, "out of range");
            continue;
        }
        Ref<IFaxJob> job = dispatch_as<IFaxJob>(call.result);
        long id = 0;
        ok(call.hr == S_OK && job && job->get_JobId(&id) == S_OK && id == index.job_id,
           "Item(%s): %#lx, job %ld.\n", index.what, call.hr, id);
    }

    /* Arguments that cannot be coerced, or are missing, fail in the type library code. */
    Arguments not_a_number;
    not_a_number.text(L"first");
    call = invoke(jobs.get(), L"Item", DISPATCH_METHOD | DISPATCH_PROPERTYGET, not_a_number);
    ok(call.hr == DISP_E_TYPEMISMATCH, "Item(\"first\"): %#lx.\n", call.hr);
    clear(call);
    Arguments null_object;
    null_object.null_object();
    call = invoke(jobs.get(), L"Item", DISPATCH_METHOD | DISPATCH_PROPERTYGET, null_object);
    ok(FAILED(call.hr) && call.hr != DISP_E_EXCEPTION, "Item(Nothing): %#lx.\n", call.hr);
    clear(call);
    call = invoke(jobs.get(), L"Item", DISPATCH_METHOD | DISPATCH_PROPERTYGET, none);
    ok(call.hr == DISP_E_BADPARAMCOUNT, "Item(): %#lx.\n", call.hr);
    clear(call);
    Arguments index;
    index.number(1);
    DISPPARAMS params = index.parameters(false);
    VARIANT result;
    VariantInit(&result);
    HRESULT hr = jobs->Invoke(1234, IID_NULL, LOCALE_USER_DEFAULT, DISPATCH_METHOD, &params, &result, nullptr,
                              nullptr);
    ok(hr == DISP_E_MEMBERNOTFOUND, "an unknown DISPID: %#lx.\n", hr);
    hr = jobs->Invoke(DISPID_VALUE, IID_IFaxJobs, LOCALE_USER_DEFAULT, DISPATCH_METHOD, &params, &result,
                      nullptr, nullptr);
    ok(hr == DISP_E_UNKNOWNINTERFACE, "Invoke with an interface id: %#lx.\n", hr);

    /* A member failure: DISP_E_EXCEPTION, with or without an EXCEPINFO to fill. */
    Arguments out_of_range;
    out_of_range.number(7);
    call = invoke(jobs.get(), L"Item", DISPATCH_METHOD | DISPATCH_PROPERTYGET, out_of_range);
    check_exception(call, E_INVALIDARG, jobs, "out of range");
    params = out_of_range.parameters(false);
    SetErrorInfo(0, nullptr);
    hr = jobs->Invoke(DISPID_VALUE, IID_NULL, LOCALE_USER_DEFAULT, DISPATCH_PROPERTYGET, &params, &result,
                      nullptr, nullptr);
    check_failure(hr, DISP_E_EXCEPTION, jobs, "out of range");
    fake->fail(FakeOperation::list_jobs, make_error(ErrorKind::connection, "the fake server went away"));
    call = invoke(server.get(), L"GetJobs", DISPATCH_METHOD, none);
    check_exception(call, hresult_server_unavailable, server, "the fake server went away");
    fake->heal();
}

void test_property_put(const Ref<IFaxServer> &server)
{
    Arguments five;
    five.text(L"5");
    Invoked call = invoke(server.get(), L"Retries", DISPATCH_PROPERTYPUT, five);
    ok(call.hr == S_OK, "Retries = \"5\": %#lx.\n", call.hr);
    long retries = 0;
    server->get_Retries(&retries);
    ok(retries == 5, "Retries after \"5\": %ld.\n", retries);
    Arguments too_many;
    too_many.number(300);
    call = invoke(server.get(), L"Retries", DISPATCH_PROPERTYPUT, too_many);
    check_exception(call, E_INVALIDARG, server, "must be between");
    Arguments words;
    words.text(L"five");
    call = invoke(server.get(), L"Retries", DISPATCH_PROPERTYPUT, words);
    ok(call.hr == DISP_E_TYPEMISMATCH, "Retries = \"five\": %#lx.\n", call.hr);
    clear(call);
    server->put_Retries(2);

    Ref<IFaxDoc> document = document_of(server.get(), L"C:\\letter.txt");
    if (!document)
        return;
    Arguments number;
    number.number(5550100); /* a number where a string is declared */
    call = invoke(document.get(), L"FaxNumber", DISPATCH_PROPERTYPUT, number);
    Bstr text;
    document->get_FaxNumber(text.out());
    ok(call.hr == S_OK && text == L"5550100", "FaxNumber = 5550100: %#lx, \"%s\".\n", call.hr,
       text.utf8().c_str());
    Arguments yes;
    yes.boolean(true); /* VARIANT_TRUE (-1) where a BOOL is declared */
    call = invoke(document.get(), L"SendCoverpage", DISPATCH_PROPERTYPUT, yes);
    BOOL flag = FALSE;
    document->get_SendCoverpage(&flag);
    ok(call.hr == S_OK && flag == TRUE, "SendCoverpage = True: %#lx, %d.\n", call.hr, flag);
    Arguments none;
    call = invoke(document.get(), L"SendCoverpage", DISPATCH_METHOD | DISPATCH_PROPERTYGET, none);
    ok(call.hr == S_OK && V_VT(&call.result) == VT_I4 && V_I4(&call.result) == TRUE,
       "SendCoverpage: %#lx, vt %d.\n", call.hr, V_VT(&call.result));
    clear(call);
}

} // namespace

void test_dispatch()
{
    auto fake = scripted_fake_server();
    Ref<IFaxServer> server = connected_fax_server(fake);
    if (!server)
        return;
    test_type_info(server.get());
    test_ids_of_names(server.get());
    test_invoke(fake, server);
    test_property_put(server);
}

} // namespace faxcom::testing
