// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * HRESULTs and IErrorInfo for the COM layer, and the one table that maps backend errors
 * (faxcom::ErrorKind) to HRESULTs.  BSTR helpers live here too: strings cross between the
 * COM layer (UTF-16 BSTRs) and the backend (UTF-8) only through these functions.
 */
#ifndef FAXCOM_COM_ERROR_H
#define FAXCOM_COM_ERROR_H

#include <string>

#include <windows.h>
#include <oleauto.h>

#include "common/result.h"

namespace faxcom {

/* HRESULTs this project uses beyond the standard ones. */
constexpr HRESULT hresult_not_connected = static_cast<HRESULT>(0x800708CA); /* ERROR_NOT_CONNECTED */
constexpr HRESULT hresult_server_unavailable =
    static_cast<HRESULT>(0x800706BA);                                         /* RPC_S_SERVER_UNAVAILABLE */
constexpr HRESULT hresult_file_not_found = static_cast<HRESULT>(0x80070002);  /* ERROR_FILE_NOT_FOUND */
constexpr HRESULT hresult_bad_format = static_cast<HRESULT>(0x8007000B);      /* ERROR_BAD_FORMAT */
constexpr HRESULT hresult_invalid_data = static_cast<HRESULT>(0x8007000D);    /* ERROR_INVALID_DATA */
constexpr HRESULT hresult_read_fault = static_cast<HRESULT>(0x8007001E);      /* ERROR_READ_FAULT */
constexpr HRESULT hresult_timeout = static_cast<HRESULT>(0x800705B4);         /* ERROR_TIMEOUT */
constexpr HRESULT hresult_request_refused = static_cast<HRESULT>(0x800710E0); /* ERROR_REQUEST_REFUSED */
constexpr HRESULT hresult_wrong_time = static_cast<HRESULT>(0x8000000E);      /* E_ILLEGAL_METHOD_CALL */

/* The mapping table: every backend error category to one HRESULT. */
HRESULT hresult_from_error(const Error &error);

/* Records an IErrorInfo (description, source, interface) for the current thread and returns hr. */
HRESULT set_error_info(HRESULT hr, REFIID iid, const char *class_name, const std::string &utf8_description);

/* The last failure set_error_info recorded on this thread, kept apart from IErrorInfo (which
 * ITypeInfo::Invoke consumes): IDispatch::Invoke reports it in EXCEPINFO whatever the type
 * library code did with it. */
struct RecordedFailure {
    HRESULT hr = S_OK; /* S_OK: nothing recorded */
    IID iid = IID_NULL;
    std::string class_name, description;
};
void forget_recorded_failure();
/* Where a failure comes from, as IErrorInfo and EXCEPINFO name it: "FAXCOMLib.FaxTiff". */
std::string error_source(const RecordedFailure &failure);
RecordedFailure take_recorded_failure();
/* Sets the thread's IErrorInfo from a recorded failure (never throws). */
void publish_error_info(const RecordedFailure &failure);

/* BSTR <-> UTF-8.  A NULL BSTR is the empty string, as COM defines it. */
std::string utf8_from_bstr(BSTR text);
BSTR bstr_from_utf8(const std::string &utf8);

} // namespace faxcom

#endif
