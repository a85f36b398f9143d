// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * Conformance tests of FaxServer, FaxDoc, FaxJobs and FaxJob against a real HylaFAX server,
 * through the vtables (as C and C++ #import clients call them).  Run by run-server-conformance
 * inside tests/fixtures/with-hylafax:
 *
 *   faxcom_server_conformance.exe SERVER LOGIN PASSWORD_USER PASSWORD DOC_DIR REFUSED_PORT
 *
 * SERVER is host:port; LOGIN is the local login name (let in without a password);
 * REFUSED_PORT is a loopback port nothing listens on.
 */
#define COBJMACROS
#include <stdio.h>
#include <wchar.h>
#include <windows.h>
#include <ole2.h>
#include <oleauto.h>

#include "faxcom.h"
#include "error_description.h"
#include "wine_style_test.h"

static const WCHAR *server_name, *login, *password_user, *password, *doc_dir, *refused_port;

static BSTR bstr_printf(const WCHAR *format, ...)
{
    WCHAR buffer[1024];
    va_list args;
    va_start(args, format);
    vswprintf(buffer, ARRAYSIZE(buffer), format, args);
    va_end(args);
    return SysAllocString(buffer);
}

static IFaxServer *create_server(void)
{
    IFaxServer *server = NULL;
    HRESULT hr =
        CoCreateInstance(&CLSID_FaxServer, NULL, CLSCTX_INPROC_SERVER, &IID_IFaxServer, (void **)&server);
    ok(hr == S_OK, "CoCreateInstance(FaxServer) returned %#lx.\n", hr);
    return server;
}

static HRESULT connect_to(IFaxServer *server, BSTR name)
{
    HRESULT hr = IFaxServer_Connect(server, name);
    SysFreeString(name);
    return hr;
}

/* The object in a VT_DISPATCH VARIANT, as the interface asked for. */
static void *object_of(VARIANT *value, REFIID iid)
{
    void *object = NULL;
    ok(V_VT(value) == VT_DISPATCH && V_DISPATCH(value), "vt %d.\n", V_VT(value));
    if (V_VT(value) == VT_DISPATCH && V_DISPATCH(value))
        IDispatch_QueryInterface(V_DISPATCH(value), iid, &object);
    VariantClear(value);
    ok(object != NULL, "QueryInterface of the returned object failed.\n");
    return object;
}

static IFaxJob *find_job(IFaxServer *server, long id)
{
    VARIANT value;
    IFaxJobs *jobs;
    IFaxJob *found = NULL;
    long count = 0, i;
    HRESULT hr;

    VariantInit(&value);
    hr = IFaxServer_GetJobs(server, &value);
    ok(hr == S_OK, "GetJobs returned %#lx.\n", hr);
    if (hr != S_OK || !(jobs = object_of(&value, &IID_IFaxJobs)))
        return NULL;
    IFaxJobs_get_Count(jobs, &count);
    for (i = 1; i <= count && !found; i++) {
        IFaxJob *job;
        long job_id = 0;
        hr = IFaxJobs_get_Item(jobs, i, &value);
        ok(hr == S_OK, "Item(%ld) returned %#lx.\n", i, hr);
        if (hr != S_OK || !(job = object_of(&value, &IID_IFaxJob)))
            continue;
        IFaxJob_get_JobId(job, &job_id);
        if (job_id == id)
            found = job;
        else
            IFaxJob_Release(job);
    }
    IFaxJobs_Release(jobs);
    return found;
}

static long queue_count(IFaxServer *server)
{
    VARIANT value;
    IFaxJobs *jobs;
    long count = -1;
    VariantInit(&value);
    if (IFaxServer_GetJobs(server, &value) == S_OK && (jobs = object_of(&value, &IID_IFaxJobs))) {
        IFaxJobs_get_Count(jobs, &count);
        IFaxJobs_Release(jobs);
    }
    return count;
}

static IFaxDoc *create_document(IFaxServer *server, const WCHAR *file)
{
    VARIANT value;
    BSTR path = bstr_printf(L"%ls\\%ls", doc_dir, file);
    HRESULT hr;
    IFaxDoc *doc = NULL;
    VariantInit(&value);
    hr = IFaxServer_CreateDocument(server, path, &value);
    ok(hr == S_OK, "CreateDocument(%s) returned %#lx.\n", utf8(path), hr);
    if (hr == S_OK)
        doc = object_of(&value, &IID_IFaxDoc);
    SysFreeString(path);
    return doc;
}

static void put_text(HRESULT(STDMETHODCALLTYPE *put)(IFaxDoc *, BSTR), IFaxDoc *doc, const WCHAR *text)
{
    BSTR value = SysAllocString(text);
    HRESULT hr = put(doc, value);
    ok(hr == S_OK, "put returned %#lx.\n", hr);
    SysFreeString(value);
}

#define expect_job_text(job, getter, expected) expect_job_text_(__LINE__, job, getter, #getter, expected)
static void expect_job_text_(int line, IFaxJob *job, HRESULT(STDMETHODCALLTYPE *getter)(IFaxJob *, BSTR *),
                             const char *what, const WCHAR *expected)
{
    BSTR value = NULL;
    HRESULT hr = getter(job, &value);
    ok_at(__FILE__, line, hr == S_OK && value && !wcscmp(value, expected), "%s: %#lx, %s, expected %s.\n",
          what, hr, utf8(value), utf8(expected));
    SysFreeString(value);
}

static void test_connect_failures(void)
{
    IFaxServer *server = create_server();
    VARIANT value;
    DWORD start, elapsed;
    HRESULT hr;

    if (!server)
        return;
    VariantInit(&value);
    hr = IFaxServer_GetJobs(server, &value);
    ok(hr == (HRESULT)0x800708ca, "GetJobs before Connect returned %#lx.\n", hr);
    check_description(NULL);

    start = GetTickCount();
    hr = connect_to(server, bstr_printf(L"127.0.0.1:%ls", refused_port));
    elapsed = GetTickCount() - start;
    ok(hr == (HRESULT)0x800706ba, "Connect to a refused port returned %#lx.\n", hr);
    check_description(NULL);
    ok(elapsed < 10000, "Connect to a refused port took %lu ms.\n", elapsed);

    hr = connect_to(server, bstr_printf(L"hylafax://%ls:not-the-password@%ls", password_user, server_name));
    ok(hr == E_ACCESSDENIED, "Connect with a wrong password returned %#lx.\n", hr);
    check_description(L"not-the-password");

    hr = connect_to(server, SysAllocString(L"127.0.0.1:99999"));
    ok(hr == E_INVALIDARG, "Connect to a bad port returned %#lx.\n", hr);
    check_description(NULL);

    hr = connect_to(server, bstr_printf(L"hylafax://%ls:%ls@%ls", password_user, password, server_name));
    ok(hr == S_OK, "Connect as the password user returned %#lx.\n", hr);
    hr = IFaxServer_Disconnect(server);
    ok(hr == S_OK, "Disconnect returned %#lx.\n", hr);
    IFaxServer_Release(server);
}

static void test_send_list_control(IFaxServer *server)
{
    IFaxDoc *doc = create_document(server, L"doc.ps");
    IFaxJob *job;
    BSTR value = NULL;
    long id = 0, type = 0;
    BOOL flag = -1;
    HRESULT hr;

    if (!doc)
        return;
    put_text(doc->lpVtbl->put_FaxNumber, doc, L"5550123");
    put_text(doc->lpVtbl->put_RecipientName, doc, L"Grace Hopper");
    put_text(doc->lpVtbl->put_SenderCompany, doc, L"Navy");
    put_text(doc->lpVtbl->put_DisplayName, doc, L"vtable job");
    put_text(doc->lpVtbl->put_BillingCode, doc, L"COBOL-59");
    hr = IFaxDoc_put_SendCoverpage(doc, TRUE);
    ok(hr == S_OK, "put_SendCoverpage returned %#lx.\n", hr);
    hr = IFaxDoc_get_SendCoverpage(doc, &flag);
    ok(hr == S_OK && flag == TRUE, "SendCoverpage reads %d.\n", flag);
    hr = IFaxDoc_put_CallHandle(doc, 1);
    ok(hr == E_NOTIMPL, "put_CallHandle returned %#lx.\n", hr);
    check_description(NULL);
    hr = IFaxDoc_Send(doc, &id);
    ok(hr == S_OK && id > 0, "Send returned %#lx, id %ld.\n", hr, id);
    IFaxDoc_Release(doc);

    job = find_job(server, id);
    ok(job != NULL, "job %ld is not listed.\n", id);
    if (!job)
        return;
    IFaxJob_get_Type(job, &type);
    ok(type == 1, "Type %ld.\n", type);
    expect_job_text(job, job->lpVtbl->get_FaxNumber, L"5550123");
    expect_job_text(job, job->lpVtbl->get_RecipientName, L"Grace Hopper");
    expect_job_text(job, job->lpVtbl->get_SenderCompany, L"Navy");
    expect_job_text(job, job->lpVtbl->get_DisplayName, L"vtable job");
    expect_job_text(job, job->lpVtbl->get_BillingCode, L"COBOL-59");
    expect_job_text(job, job->lpVtbl->get_UserName, login);

    hr = IFaxJob_SetStatus(job, 2);
    ok(hr == S_OK, "SetStatus(pause) returned %#lx.\n", hr);
    hr = IFaxJob_Refresh(job);
    ok(hr == S_OK, "Refresh returned %#lx.\n", hr);
    expect_job_text(job, job->lpVtbl->get_QueueStatus, L"Paused");
    hr = IFaxJob_SetStatus(job, 3);
    ok(hr == S_OK, "SetStatus(resume) returned %#lx.\n", hr);
    hr = IFaxJob_SetStatus(job, 0);
    ok(hr == E_INVALIDARG, "SetStatus(0) returned %#lx.\n", hr);
    check_description(NULL);
    hr = IFaxJob_SetStatus(job, 1);
    ok(hr == S_OK, "SetStatus(cancel) returned %#lx.\n", hr);
    IFaxJob_Release(job);
    job = find_job(server, id);
    ok(job == NULL, "job %ld is still queued after SetStatus(1).\n", id);
    if (job)
        IFaxJob_Release(job);
    SysFreeString(value);
}

static void test_bad_input(IFaxServer *server)
{
    static const struct {
        const WCHAR *file, *number;
        HRESULT expected;
    } cases[] = {
        {L"missing.ps", L"5550100", (HRESULT)0x80070002},
        {L"image.png", L"5550100", (HRESULT)0x8007000b},
        {L"doc.ps", L"555\r\nJKILL 1", E_INVALIDARG},
        {L"doc.ps", L"", E_INVALIDARG},
    };
    long before = queue_count(server), id;
    VARIANT value;
    IFaxJobs *jobs;
    unsigned int i;
    HRESULT hr;

    for (i = 0; i < ARRAYSIZE(cases); i++) {
        IFaxDoc *doc = create_document(server, cases[i].file);
        if (!doc)
            continue;
        put_text(doc->lpVtbl->put_FaxNumber, doc, cases[i].number);
        id = -1;
        hr = IFaxDoc_Send(doc, &id);
        ok(hr == cases[i].expected, "Send(%s, %s) returned %#lx, expected %#lx.\n", utf8(cases[i].file),
           utf8(cases[i].number), hr, cases[i].expected);
        ok(id == 0, "a failed Send returned job id %ld.\n", id);
        check_description(NULL);
        IFaxDoc_Release(doc);
    }
    ok(queue_count(server) == before, "the failures left jobs behind: %ld before, %ld after.\n", before,
       queue_count(server));

    VariantInit(&value);
    if (IFaxServer_GetJobs(server, &value) == S_OK && (jobs = object_of(&value, &IID_IFaxJobs))) {
        hr = IFaxJobs_get_Item(jobs, 0, &value);
        ok(hr == E_INVALIDARG, "Item(0) returned %#lx.\n", hr);
        ok(V_VT(&value) == VT_EMPTY, "Item(0) left vt %d.\n", V_VT(&value));
        check_description(NULL);
        hr = IFaxJobs_get_Item(jobs, 1, NULL);
        ok(hr == E_POINTER, "Item(1, NULL) returned %#lx.\n", hr);
        IFaxJobs_Release(jobs);
    }
}

/* One FaxServer used from several threads at once (the classes are registered "Both"). */
static DWORD WINAPI list_repeatedly(void *param)
{
    IFaxServer *server = param;
    DWORD failures = 0;
    int i;
    CoInitializeEx(NULL, COINIT_MULTITHREADED);
    for (i = 0; i < 20; i++)
        if (queue_count(server) < 0)
            failures++;
    CoUninitialize();
    return failures;
}

static void test_threads(IFaxServer *server)
{
    HANDLE threads[4];
    DWORD failures, i;
    for (i = 0; i < ARRAYSIZE(threads); i++)
        threads[i] = CreateThread(NULL, 0, list_repeatedly, server, 0, NULL);
    WaitForMultipleObjects(ARRAYSIZE(threads), threads, TRUE, 60000);
    for (i = 0; i < ARRAYSIZE(threads); i++) {
        GetExitCodeThread(threads[i], &failures);
        ok(failures == 0, "thread %lu: %lu listings failed.\n", i, failures);
        CloseHandle(threads[i]);
    }
}

static void test_disconnect(IFaxServer *server)
{
    IFaxDoc *doc = create_document(server, L"doc.txt");
    long id = 0;
    HRESULT hr;
    if (!doc)
        return;
    hr = IFaxServer_Disconnect(server);
    ok(hr == S_OK, "Disconnect returned %#lx.\n", hr);
    put_text(doc->lpVtbl->put_FaxNumber, doc, L"5550100");
    hr = IFaxDoc_Send(doc, &id);
    ok(hr == (HRESULT)0x800708ca, "Send after Disconnect returned %#lx.\n", hr);
    check_description(NULL);
    IFaxDoc_Release(doc);
    hr = IFaxServer_Disconnect(server);
    ok(hr == (HRESULT)0x800708ca, "a second Disconnect returned %#lx.\n", hr);
}

int wmain(int argc, WCHAR **argv)
{
    IFaxServer *server;
    HRESULT hr;
    if (argc != 7) {
        printf("usage: faxcom_server_conformance SERVER LOGIN PASSWORD_USER PASSWORD DOC_DIR REFUSED_PORT\n");
        return 2;
    }
    server_name = argv[1], login = argv[2], password_user = argv[3], password = argv[4], doc_dir = argv[5];
    refused_port = argv[6];
    test_name = "faxcom_server";
    CoInitializeEx(NULL, COINIT_MULTITHREADED);

    test_connect_failures();
    if ((server = create_server())) {
        hr = connect_to(server, SysAllocString(server_name));
        ok(hr == S_OK, "Connect(%s) returned %#lx.\n", utf8(server_name), hr);
        if (hr == S_OK) {
            test_send_list_control(server);
            test_bad_input(server);
            test_threads(server);
            test_disconnect(server);
        }
        ok(IFaxServer_Release(server) == 0, "FaxServer still referenced.\n");
    }
    CoUninitialize();
    return test_summary();
}
