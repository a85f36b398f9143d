// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * What the COM test harness's test files share: Wine-style ok() (wine_style_test.h), small
 * owners for interface pointers and BSTRs, the check that a failure carries its IErrorInfo,
 * and the way tests call members so that the harness knows which ones have a test.
 *
 * Every call of a faxcom interface member in a test goes through CALL (or, in tables,
 * NAMED_MEMBER and call_member): it records the member as tested and clears the thread's
 * error info first, so a failure's IErrorInfo is always the one that call set.  At the end,
 * member_coverage.h compares the recorded members with the type library's.
 */
#ifndef FAXCOM_TESTS_COM_COM_TEST_H
#define FAXCOM_TESTS_COM_COM_TEST_H

#include <initializer_list>
#include <memory>
#include <string>
#include <type_traits>
#include <utility>

#include "faxcom_generated.h"
#include "fake_fax_service.h"
#include "member_coverage.h"
#include "wine_style_test.h"

namespace faxcom::testing {

/* Owns one reference to an interface. */
template <typename T> class Ref {
  public:
    Ref() = default;
    explicit Ref(T *pointer) : pointer_(pointer) {}
    Ref(Ref &&other) noexcept : pointer_(std::exchange(other.pointer_, nullptr)) {}
    Ref &operator=(Ref &&other) noexcept
    {
        reset();
        pointer_ = std::exchange(other.pointer_, nullptr);
        return *this;
    }
    Ref(const Ref &) = delete;
    Ref &operator=(const Ref &) = delete;
    ~Ref() { reset(); }

    T *get() const { return pointer_; }
    T *operator->() const { return pointer_; }
    explicit operator bool() const { return pointer_ != nullptr; }
    T **out()
    {
        reset();
        return &pointer_;
    }
    void **out_void() { return reinterpret_cast<void **>(out()); }
    void reset()
    {
        if (pointer_)
            pointer_->Release();
        pointer_ = nullptr;
    }

  private:
    T *pointer_ = nullptr;
};

/* Owns a BSTR. */
class Bstr {
  public:
    Bstr() = default;
    explicit Bstr(const wchar_t *text) : text_(SysAllocString(text)) {}
    Bstr(const Bstr &) = delete;
    Bstr &operator=(const Bstr &) = delete;
    ~Bstr() { SysFreeString(text_); }

    BSTR get() const { return text_; }
    BSTR *out()
    {
        SysFreeString(text_);
        text_ = nullptr;
        return &text_;
    }
    bool operator==(const wchar_t *text) const { return text_ && !wcscmp(text_, text); }
    bool operator!=(const wchar_t *text) const { return !(*this == text); }
    std::string utf8() const; /* for messages; "(null)" for NULL */

  private:
    BSTR text_ = nullptr;
};

/* UTF-8 for messages. */
std::string utf8(const wchar_t *text);

/* Records the member as tested and clears the thread's error info: the start of every call. */
template <typename Interface> Interface *tested_call(Interface *object, const char *member)
{
    record_tested_member(__uuidof(Interface), member);
    SetErrorInfo(0, nullptr);
    return object;
}
template <typename Interface> Interface *tested_call(const Ref<Interface> &object, const char *member)
{
    return tested_call(object.get(), member);
}

/* A member for a table of members (each row names its member once). */
template <typename Pointer> struct NamedMember {
    const char *name;
    Pointer pointer;
};
template <typename Object, typename Pointer, typename... Args>
HRESULT call_member(const Object &object, const NamedMember<Pointer> &member, Args &&...args)
{
    return (tested_call(object, member.name)->*member.pointer)(std::forward<Args>(args)...);
}

/* That `hr` is `expected` and that the thread's IErrorInfo describes it: its source is
 * "FAXCOMLib.<class>" and its GUID the interface of `object`, which supports error info; its
 * description is not empty and contains `mention` (when not NULL). */
void check_failure_at(const char *file, int line, HRESULT hr, HRESULT expected, IUnknown *object, REFIID iid,
                      const char *mention);
template <typename Interface>
void check_failure_at(const char *file, int line, HRESULT hr, HRESULT expected, Interface *object,
                      const char *mention)
{
    check_failure_at(file, line, hr, expected, object, __uuidof(Interface), mention);
}
template <typename Interface>
void check_failure_at(const char *file, int line, HRESULT hr, HRESULT expected, const Ref<Interface> &object,
                      const char *mention)
{
    check_failure_at(file, line, hr, expected, object.get(), __uuidof(Interface), mention);
}

/* That each getter refuses a NULL out-pointer with E_POINTER and a description. */
template <typename Object, typename... Pointers>
void check_null_out_pointers_at(const char *file, int line, const Object &object,
                                const NamedMember<Pointers> &...getters)
{
    (check_failure_at(file, line, call_member(object, getters, nullptr), E_POINTER, object, "NULL"), ...);
}

/* A getter and the value it should read, for a table of expected property values. */
template <typename Interface, typename Value> struct ExpectedValue {
    NamedMember<HRESULT (STDMETHODCALLTYPE Interface::*)(Value *)> get;
    std::conditional_t<std::is_same_v<Value, BSTR>, const wchar_t *, Value> expected;
};

/* That each getter reads its expected value and refuses a NULL out-pointer with E_POINTER
 * and a description. */
template <typename Interface>
void check_expected_texts_at(const char *file, int line, Interface *object,
                             std::initializer_list<ExpectedValue<Interface, BSTR>> texts)
{
    for (const auto &text : texts) {
        Bstr value;
        HRESULT hr = call_member(object, text.get, value.out());
        ok_at(file, line, hr == S_OK && value == text.expected, "%s: %#lx, \"%s\".\n", text.get.name, hr,
              value.utf8().c_str());
        check_failure_at(file, line, call_member(object, text.get, nullptr), E_POINTER, object, "NULL");
    }
}
template <typename Interface>
void check_expected_numbers_at(const char *file, int line, Interface *object,
                               std::initializer_list<ExpectedValue<Interface, long>> numbers)
{
    for (const auto &number : numbers) {
        long value = -1;
        HRESULT hr = call_member(object, number.get, &value);
        ok_at(file, line, hr == S_OK && value == number.expected, "%s: %#lx, %ld.\n", number.get.name, hr,
              value);
        check_failure_at(file, line, call_member(object, number.get, nullptr), E_POINTER, object, "NULL");
    }
}

/* The collection contract of FaxJobs, FaxPorts and FaxRoutingMethods: Count reads `count`;
 * Item(0), Item(count + 1) and Item(-1) fail with E_INVALIDARG naming the valid indexes and
 * leave the VARIANT empty; Count and Item refuse a NULL out-pointer. */
template <typename Collection>
void check_collection_bounds_at(const char *file, int line, const Ref<Collection> &collection, long count)
{
    long read = 0;
    HRESULT hr = tested_call(collection, "get_Count")->get_Count(&read);
    ok_at(file, line, hr == S_OK && read == count, "Count: %#lx, %ld.\n", hr, read);
    check_failure_at(file, line, tested_call(collection, "get_Count")->get_Count(nullptr), E_POINTER,
                     collection, "NULL");
    const std::string valid = "valid indexes are 1 to " + std::to_string(count);
    for (long index : {0L, count + 1, -1L}) {
        VARIANT item;
        VariantInit(&item);
        hr = tested_call(collection, "get_Item")->get_Item(index, &item);
        check_failure_at(file, line, hr, E_INVALIDARG, collection, valid.c_str());
        ok_at(file, line, V_VT(&item) == VT_EMPTY, "Item(%ld) left vt %d.\n", index, V_VT(&item));
    }
    check_failure_at(file, line, tested_call(collection, "get_Item")->get_Item(1, nullptr), E_POINTER,
                     collection, "NULL");
}

/* The VT_DISPATCH a factory member returned, as `Interface`; the VARIANT is cleared. */
template <typename Interface> Ref<Interface> dispatch_as(VARIANT &value)
{
    Ref<Interface> object;
    if (V_VT(&value) == VT_DISPATCH && V_DISPATCH(&value))
        V_DISPATCH(&value)->QueryInterface(__uuidof(Interface), object.out_void());
    VariantClear(&value);
    return object;
}

/* The objects the tests work on, made without recording a member as tested. */
Ref<IFaxServer> unconnected_fax_server(const std::shared_ptr<FakeFaxServer> &fake);
Ref<IFaxServer> connected_fax_server(const std::shared_ptr<FakeFaxServer> &fake,
                                     const wchar_t *name = L"fake-host");
Ref<IFaxJobs> jobs_of(IFaxServer *server);
Ref<IFaxJob> job_of(IFaxServer *server, long index);
Ref<IFaxPorts> ports_of(IFaxServer *server);
Ref<IFaxPort> port_of(IFaxServer *server, long index);
Ref<IFaxDoc> document_of(IFaxServer *server, const wchar_t *file_name);
Ref<IFaxStatus> status_of(IFaxPort *port);
Ref<IFaxRoutingMethods> routing_methods_of(IFaxPort *port);

/* A connected scripted_fake_server() with a child object of every kind it hands out. */
struct ObjectTree {
    std::shared_ptr<FakeFaxServer> fake;
    Ref<IFaxServer> server;
    Ref<IFaxJobs> jobs;
    Ref<IFaxJob> job;       /* job 5 */
    Ref<IFaxDoc> document;  /* for C:\letter.txt */
    Ref<IFaxPort> port;     /* ttyS0 */
    Ref<IFaxStatus> status; /* of ttyS0 */
    long port_device_id = 0;
    bool complete() const { return jobs && job && document && port && status; }
};
ObjectTree object_tree();

/* A fake server with two queued jobs (ids 5 and 6) and two modems (ttyS0, served by a
 * faxgetty, and ttyS1, not), ttyS0 with a stored configuration. */
std::shared_ptr<FakeFaxServer> scripted_fake_server();

/* A file in the prefix's temporary directory with `content`; its Windows path. */
std::wstring temporary_file(const wchar_t *name, const std::string &content);

/* The directory of tests/fixtures/make-test-tiffs's files (the harness's argument). */
extern std::wstring tiff_directory;

/* That every faxcom object made so far has been released (DllCanUnloadNow). */
void check_no_object_alive_at(const char *file, int line, const char *after);

/* The test groups, one per file. */
void test_fax_server();
void test_fax_server_settings();
void test_fax_document();
void test_fax_jobs();
void test_fax_ports();
void test_fax_status();
void test_fax_routing();
void test_fax_tiff();
void test_dispatch();
void test_lifetimes();
void test_exceptions();

} // namespace faxcom::testing

#define CALL(object, member) (faxcom::testing::tested_call((object), #member)->member)
#define NAMED_MEMBER(Interface, member)                                                                      \
    faxcom::testing::NamedMember<decltype(&Interface::member)>                                               \
    {                                                                                                        \
#member, &Interface::member                                                                          \
    }
#define check_failure(hr, expected, object, mention)                                                         \
    faxcom::testing::check_failure_at(__FILE__, __LINE__, (hr), (expected), (object), (mention))
#define check_null_out_pointers(object, ...)                                                                 \
    faxcom::testing::check_null_out_pointers_at(__FILE__, __LINE__, (object), __VA_ARGS__)
#define check_expected_texts(object, ...)                                                                    \
    faxcom::testing::check_expected_texts_at(__FILE__, __LINE__, (object), __VA_ARGS__)
#define check_expected_numbers(object, ...)                                                                  \
    faxcom::testing::check_expected_numbers_at(__FILE__, __LINE__, (object), __VA_ARGS__)
#define check_collection_bounds(collection, count)                                                           \
    faxcom::testing::check_collection_bounds_at(__FILE__, __LINE__, (collection), (count))
#define check_no_object_alive(after) faxcom::testing::check_no_object_alive_at(__FILE__, __LINE__, (after))

#endif
