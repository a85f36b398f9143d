// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * What the conformance programs check after a failed call: the thread's IErrorInfo carries
 * a description worth reading (and, where a secret was involved, one that does not repeat
 * it).  utf8() turns a wide string into printable text for the messages.
 */
#ifndef FAXCOM_CONFORMANCE_ERROR_DESCRIPTION_H
#define FAXCOM_CONFORMANCE_ERROR_DESCRIPTION_H

#include <wchar.h>
#include <windows.h>
#include <oleauto.h>

#include "wine_style_test.h"

/* Four rotating buffers, so one message may print up to four strings. */
static const char *utf8(const WCHAR *text)
{
    static char buffers[4][512];
    static int next;
    char *buffer = buffers[next++ % 4];
    if (!text)
        return "(null)";
    WideCharToMultiByte(CP_UTF8, 0, text, -1, buffer, sizeof(buffers[0]), NULL, NULL);
    return buffer;
}

/* The thread's IErrorInfo has a description of more than five characters, without
 * `must_not_contain` when that is not NULL. */
static void check_description_(const char *file, int line, const WCHAR *must_not_contain)
{
    IErrorInfo *info = NULL;
    BSTR description = NULL;
    HRESULT hr = GetErrorInfo(0, &info);
    ok_at(file, line, hr == S_OK && info, "no IErrorInfo: %#lx.\n", hr);
    if (!info)
        return;
    IErrorInfo_GetDescription(info, &description);
    ok_at(file, line, description && SysStringLen(description) > 5, "unhelpful description %s.\n",
          utf8(description));
    if (description && must_not_contain)
        ok_at(file, line, !wcsstr(description, must_not_contain), "description leaks %s: %s.\n",
              utf8(must_not_contain), utf8(description));
    SysFreeString(description);
    IErrorInfo_Release(info);
}
#define check_description(secret) check_description_(__FILE__, __LINE__, secret)

#endif
