// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * faxcom's COM objects in-process, over a fake fax service, under Wine:
 *
 *     faxcom_com_tests.exe TIFF_DIRECTORY
 *
 * where TIFF_DIRECTORY holds the files made by tests/fixtures/make-test-tiffs.  The program
 * is faxcom.dll's own object sources (faxcom_objects) with its type library embedded, so
 * IDispatch works with nothing registered: the COM support library loads the library from
 * the module that holds it, and in a program that is the program (module_instance stays NULL,
 * which GetModuleFileName reads as the program).  Output and exit code are Wine's tests'.
 */
#include "com_test.h"

using namespace faxcom::testing;

int wmain(int argc, wchar_t **argv)
{
    test_name = "com";
    if (argc > 1)
        tiff_directory = argv[1];
    CoInitializeEx(nullptr, COINIT_MULTITHREADED);
    const struct {
        const char *name;
        void (*run)();
    } groups[] = {
        {"FaxServer", test_fax_server},
        {"FaxServer settings", test_fax_server_settings},
        {"FaxDoc", test_fax_document},
        {"FaxJobs and FaxJob", test_fax_jobs},
        {"FaxPorts and FaxPort", test_fax_ports},
        {"FaxStatus", test_fax_status},
        {"FaxRoutingMethods and FaxRoutingMethod", test_fax_routing},
        {"FaxTiff", test_fax_tiff},
        {"IDispatch", test_dispatch},
        {"reference counts and lifetimes", test_lifetimes},
        {"exceptions inside members", test_exceptions},
    };
    for (const auto &group : groups) {
        group.run();
        check_no_object_alive(group.name);
    }
    check_every_member_tested();
    CoUninitialize();
    return test_summary();
}
