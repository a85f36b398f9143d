// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * A small conformance-test harness in the style of Wine's own tests (wine/test.h is not
 * shipped by Debian): ok() records a result with its line number, todo_wine marks known
 * gaps, and the run ends with Wine's summary line.  The exit code is the failure count
 * (capped), so a harness reading only the exit code still sees failures.
 *
 * A C program is one file; in C++ (the COM test harness, tests/com) the counters are inline
 * variables, so the test files of one program share them.
 */
#ifndef FAXCOM_WINE_STYLE_TEST_H
#define FAXCOM_WINE_STYLE_TEST_H

#include <stdarg.h>
#include <stdio.h>

#ifdef __cplusplus
#define WINE_STYLE_TEST_SHARED inline
#else
#define WINE_STYLE_TEST_SHARED static
#endif

WINE_STYLE_TEST_SHARED const char *test_name = "faxcom";
WINE_STYLE_TEST_SHARED int tests_executed, tests_failed, tests_todo, tests_skipped;
WINE_STYLE_TEST_SHARED int todo_level;

WINE_STYLE_TEST_SHARED void ok_at(const char *file, int line, int condition, const char *format, ...)
    __attribute__((format(printf, 4, 5)));
WINE_STYLE_TEST_SHARED void ok_at(const char *file, int line, int condition, const char *format, ...)
{
    va_list args;
    tests_executed++;
    if (todo_level) {
        tests_todo++;
        if (!condition)
            return;
        printf("%s:%d: Test succeeded inside todo block: ", file, line);
    } else {
        if (condition)
            return;
        printf("%s:%d: Test failed: ", file, line);
    }
    tests_failed++;
    va_start(args, format);
    vprintf(format, args);
    va_end(args);
    fflush(stdout);
}

#define ok(condition, ...) ok_at(__FILE__, __LINE__, (condition) != 0, __VA_ARGS__)
#define todo_wine for (todo_level++; todo_level; todo_level = 0)
#define skip(...)                                                                                            \
    do {                                                                                                     \
        tests_skipped++;                                                                                     \
        printf("%s:%d: Tests skipped: ", __FILE__, __LINE__);                                                \
        printf(__VA_ARGS__);                                                                                 \
    } while (0)

WINE_STYLE_TEST_SHARED int test_summary(void)
{
    printf("%s: %d tests executed (%d marked as todo, %d failures), %d skipped.\n", test_name, tests_executed,
           tests_todo, tests_failed, tests_skipped);
    fflush(stdout);
    if (tests_executed == 0)
        return 1; /* a run that tested nothing is a failure */
    return tests_failed > 255 ? 255 : tests_failed;
}

#endif
