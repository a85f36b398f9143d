// SPDX-License-Identifier: LGPL-2.1-or-later
#include "comsupport/com_error.h"

#include "comsupport/com_module.h"

#include "comsupport/debug_channel.h"
#include "common/utf8.h"

namespace faxcom {

HRESULT hresult_from_error(const Error &error)
{
    switch (error.kind) {
    case ErrorKind::connection: return hresult_server_unavailable;
    case ErrorKind::authentication: return E_ACCESSDENIED;
    case ErrorKind::protocol: return hresult_invalid_data;
    case ErrorKind::server_refused: return hresult_request_refused;
    case ErrorKind::bad_input: return E_INVALIDARG;
    case ErrorKind::timeout: return hresult_timeout;
    case ErrorKind::not_found: return hresult_file_not_found;
    case ErrorKind::io: return hresult_read_fault;
    case ErrorKind::bad_format: return hresult_bad_format;
    case ErrorKind::not_supported: return E_NOTIMPL;
    case ErrorKind::access_denied: return E_ACCESSDENIED;
    case ErrorKind::not_connected: return hresult_not_connected;
    }
    return E_FAIL;
}

namespace {

thread_local RecordedFailure recorded_failure;

} // namespace

void forget_recorded_failure()
{
    recorded_failure.hr = S_OK;
}

RecordedFailure take_recorded_failure()
{
    RecordedFailure failure = std::move(recorded_failure);
    recorded_failure = RecordedFailure();
    return failure;
}

std::string error_source(const RecordedFailure &failure)
{
    return std::string(this_module.library_name) + "." + failure.class_name;
}

void publish_error_info(const RecordedFailure &failure)
{
    try {
        ICreateErrorInfo *create;
        if (FAILED(CreateErrorInfo(&create)))
            return;
        std::u16string description = utf8_to_utf16(failure.description);
        std::u16string source = utf8_to_utf16(error_source(failure));
        create->SetGUID(failure.iid);
        create->SetDescription(reinterpret_cast<LPOLESTR>(const_cast<char16_t *>(description.c_str())));
        create->SetSource(reinterpret_cast<LPOLESTR>(const_cast<char16_t *>(source.c_str())));
        IErrorInfo *info;
        if (SUCCEEDED(create->QueryInterface(IID_IErrorInfo, reinterpret_cast<void **>(&info)))) {
            SetErrorInfo(0, info);
            info->Release();
        }
        create->Release();
    } catch (...) {
        /* Out of memory: the HRESULT alone has to do. */
    }
}

HRESULT set_error_info(HRESULT hr, REFIID iid, const char *class_name, const std::string &utf8_description)
{
    recorded_failure.hr = hr;
    try {
        WARN("%s: returning %#lx, %s.\n", class_name, static_cast<unsigned long>(hr),
             debug::str(utf8_description).c_str());
        recorded_failure.iid = iid;
        recorded_failure.class_name = class_name;
        recorded_failure.description = utf8_description;
    } catch (...) {
        recorded_failure.description.clear(); /* out of memory: the number at least */
    }
    publish_error_info(recorded_failure);
    return hr;
}

std::string utf8_from_bstr(BSTR text)
{
    if (!text)
        return {};
    return utf16_to_utf8(std::u16string_view(reinterpret_cast<const char16_t *>(text), SysStringLen(text)));
}

BSTR bstr_from_utf8(const std::string &utf8)
{
    std::u16string wide = utf8_to_utf16(utf8);
    return SysAllocStringLen(reinterpret_cast<const OLECHAR *>(wide.data()), static_cast<UINT>(wide.size()));
}

} // namespace faxcom
