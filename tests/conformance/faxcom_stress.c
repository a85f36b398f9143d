// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * Stress under Wine: many threads on one FaxServer (MTA) against a fake hfaxd that resets
 * connections now and then (tests/stress/resetting_hfaxd.py).  Called as
 *
 *     faxcom_stress.exe jobs SERVER THREADS CALLS     THREADS x CALLS GetJobs
 *     faxcom_stress.exe csid SERVER THREADS CALLS     THREADS read FaxPort.Csid while one puts it
 *
 * Every call must come back (failures from resets are expected, hangs are not): each wait
 * is bounded, and a thread that does not finish in time fails the run.  The csid mode needs
 * HKCU\Software\Wine\Fax AdminPassword (any value: the fake server accepts it).
 */
#define COBJMACROS
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>
#include <windows.h>
#include <ole2.h>
#include <oleauto.h>

#include "faxcom.h"
#include "wine_style_test.h"

#define MAX_THREADS 64
#define FINISH_WITHIN_MS 100000

static const WCHAR *const identifiers[] = {L"+1 555 0001", L"+49 30 1234567 extension 8901 (a long one)"};

struct worker {
    IFaxServer *server;
    IFaxPort *port;
    long calls;
    long succeeded, failed, undescribed, wrong_values;
    HRESULT last_failure;
};

static void note_failure(struct worker *worker, HRESULT hr)
{
    IErrorInfo *info = NULL;
    BSTR description = NULL;
    worker->failed++;
    worker->last_failure = hr;
    if (GetErrorInfo(0, &info) == S_OK && info) {
        IErrorInfo_GetDescription(info, &description);
        IErrorInfo_Release(info);
    }
    if (!description || !SysStringLen(description))
        worker->undescribed++;
    SysFreeString(description);
}

static DWORD WINAPI get_jobs_thread(void *context)
{
    struct worker *worker = context;
    long i;
    CoInitializeEx(NULL, COINIT_MULTITHREADED);
    for (i = 0; i < worker->calls; i++) {
        VARIANT jobs;
        HRESULT hr;
        VariantInit(&jobs);
        hr = IFaxServer_GetJobs(worker->server, &jobs);
        if (SUCCEEDED(hr))
            worker->succeeded++;
        else
            note_failure(worker, hr);
        VariantClear(&jobs);
    }
    CoUninitialize();
    return 0;
}

/* One Csid call: readers check the value is one that was written, the writer alternates. */
static void csid_call(struct worker *worker, long i, BOOL write)
{
    BSTR csid = write ? SysAllocString(identifiers[i % 2]) : NULL;
    HRESULT hr = write ? IFaxPort_put_Csid(worker->port, csid) : IFaxPort_get_Csid(worker->port, &csid);
    if (FAILED(hr))
        note_failure(worker, hr);
    else {
        worker->succeeded++;
        if (!write && (!csid || (wcscmp(csid, identifiers[0]) && wcscmp(csid, identifiers[1]))))
            worker->wrong_values++;
    }
    SysFreeString(csid);
}

static DWORD WINAPI csid_thread(struct worker *worker, BOOL write)
{
    long i;
    CoInitializeEx(NULL, COINIT_MULTITHREADED);
    for (i = 0; i < worker->calls; i++)
        csid_call(worker, i, write);
    CoUninitialize();
    return 0;
}

static DWORD WINAPI read_csid_thread(void *context)
{
    return csid_thread(context, FALSE);
}

static DWORD WINAPI put_csid_thread(void *context)
{
    return csid_thread(context, TRUE);
}

static HRESULT connect_server(IFaxServer *server, const WCHAR *name)
{
    BSTR bstr = SysAllocString(name);
    HRESULT hr = E_FAIL;
    int attempt;
    /* The fake server may reset the login too. */
    for (attempt = 0; attempt < 20 && FAILED(hr); attempt++)
        hr = IFaxServer_Connect(server, bstr);
    SysFreeString(bstr);
    return hr;
}

static IFaxPort *first_port(IFaxServer *server)
{
    VARIANT ports, item;
    IFaxPorts *collection = NULL;
    IFaxPort *port = NULL;
    HRESULT hr = E_FAIL;
    int attempt;
    VariantInit(&ports);
    VariantInit(&item);
    for (attempt = 0; attempt < 20 && FAILED(hr); attempt++)
        hr = IFaxServer_GetPorts(server, &ports);
    ok(hr == S_OK && V_VT(&ports) == VT_DISPATCH, "GetPorts returned %#lx.\n", hr);
    if (hr != S_OK)
        return NULL;
    IDispatch_QueryInterface(V_DISPATCH(&ports), &IID_IFaxPorts, (void **)&collection);
    VariantClear(&ports);
    if (!collection)
        return NULL;
    hr = IFaxPorts_get_Item(collection, 1, &item);
    ok(hr == S_OK && V_VT(&item) == VT_DISPATCH, "FaxPorts.Item(1) returned %#lx.\n", hr);
    if (hr == S_OK)
        IDispatch_QueryInterface(V_DISPATCH(&item), &IID_IFaxPort, (void **)&port);
    VariantClear(&item);
    IFaxPorts_Release(collection);
    return port;
}

int wmain(int argc, WCHAR **argv)
{
    struct worker workers[MAX_THREADS + 1];
    HANDLE threads[MAX_THREADS + 1];
    IFaxServer *server = NULL;
    IFaxPort *port = NULL;
    long succeeded = 0, failed = 0, undescribed = 0, wrong = 0, calls;
    int count, started = 0, i, csid;
    DWORD waited, start;
    HRESULT hr;

    if (argc < 5 || (wcscmp(argv[1], L"jobs") && wcscmp(argv[1], L"csid"))) {
        printf("usage: faxcom_stress jobs|csid SERVER THREADS CALLS\n");
        return 2;
    }
    csid = !wcscmp(argv[1], L"csid");
    count = _wtoi(argv[3]);
    calls = _wtol(argv[4]);
    if (count < 1 || count > MAX_THREADS)
        count = 8;
    CoInitializeEx(NULL, COINIT_MULTITHREADED);
    hr = CoCreateInstance(&CLSID_FaxServer, NULL, CLSCTX_INPROC_SERVER, &IID_IFaxServer, (void **)&server);
    ok(hr == S_OK, "CoCreateInstance(FaxServer) returned %#lx.\n", hr);
    if (!server)
        return test_summary();
    hr = connect_server(server, argv[2]);
    ok(hr == S_OK, "Connect(%ls) returned %#lx.\n", argv[2], hr);
    if (hr == S_OK && csid) {
        port = first_port(server);
        ok(port != NULL, "no FaxPort to race on.\n");
    }
    start = GetTickCount();
    if (hr == S_OK && (!csid || port)) {
        for (i = 0; i < count + csid; i++) {
            memset(&workers[i], 0, sizeof(workers[i]));
            workers[i].server = server;
            workers[i].port = port;
            workers[i].calls = calls;
            threads[i] = CreateThread(NULL, 0,
                                      !csid       ? get_jobs_thread
                                      : i < count ? read_csid_thread
                                                  : put_csid_thread,
                                      &workers[i], 0, NULL);
            ok(threads[i] != NULL, "CreateThread failed: %lu.\n", GetLastError());
            if (!threads[i])
                break;
            started++;
        }
    }
    if (started) {
        waited = WaitForMultipleObjects(started, threads, TRUE, FINISH_WITHIN_MS);
        ok(waited == WAIT_OBJECT_0, "the threads did not finish within %d s (wait %#lx): a call hangs.\n",
           FINISH_WITHIN_MS / 1000, waited);
        if (waited != WAIT_OBJECT_0) {
            /* Leave the stuck threads be: report and end the process. */
            fflush(stdout);
            ExitProcess(test_summary() ? test_summary() : 1);
        }
        for (i = 0; i < started; i++) {
            CloseHandle(threads[i]);
            if (!csid || i < count) {
                succeeded += workers[i].succeeded;
                failed += workers[i].failed;
                undescribed += workers[i].undescribed;
                wrong += workers[i].wrong_values;
            }
        }
        printf(
            "faxcom_stress: %s, %d thread(s) x %ld calls: %ld succeeded, %ld failed (last %#lx), %lu ms.\n",
            csid ? "Csid readers" : "GetJobs", count, calls, succeeded, failed,
            (unsigned long)(failed ? workers[0].last_failure : 0), GetTickCount() - start);
        ok(succeeded + failed == (long)count * calls, "%ld of %ld calls came back.\n", succeeded + failed,
           (long)count * calls);
        ok(succeeded > 0, "no call succeeded.\n");
        ok(!undescribed, "%ld failures had no description.\n", undescribed);
        if (csid) {
            ok(!wrong, "%ld Csid reads gave a value never written.\n", wrong);
            ok(workers[count].succeeded > 0, "no put_Csid succeeded (%ld failed, last %#lx).\n",
               workers[count].failed, workers[count].last_failure);
        }
    }
    if (port)
        IFaxPort_Release(port);
    IFaxServer_Disconnect(server);
    IFaxServer_Release(server);
    CoUninitialize();
    return test_summary();
}
