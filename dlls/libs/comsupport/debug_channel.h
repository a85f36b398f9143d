// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * Wine-style traces on the "faxcom" debug channel (WINEDEBUG=+faxcom, warn+faxcom, ...).
 *
 * The DLL is built with mingw's headers, not Wine's, so it cannot use wine/debug.h directly.
 * Under Wine, ntdll exports the debug-channel entry points (__wine_dbg_get_channel_flags,
 * __wine_dbg_header, __wine_dbg_output); they are looked up once at run time, so the same DLL
 * also loads on Windows, where tracing is simply off.
 */
#ifndef FAXCOM_DEBUG_CHANNEL_H
#define FAXCOM_DEBUG_CHANNEL_H

#include <string>

#include <windows.h>

#include "comsupport/trace_name.h"

namespace faxcom::debug {

enum class Level { fixme = 0, err = 1, warn = 2, trace = 3 };

/* None of these throws, so a member may trace before its guarded() body: out of memory, a
 * trace line is dropped and a rendering is empty. */
bool enabled(Level level) noexcept;
/* `function` is the trace name (trace_name.h) the line is headed with. */
void log(Level level, const char *function, const char *format, ...) noexcept
    __attribute__((format(printf, 3, 4)));

/* Quoted, escaped renderings for trace arguments, like Wine's debugstr_w / debugstr_guid. */
std::string str(const WCHAR *text) noexcept;
std::string str(const std::string &utf8) noexcept;
std::string str(REFIID guid) noexcept;
std::string str(long number) noexcept;

} // namespace faxcom::debug

#define FAXCOM_LOG(level, ...)                                                                               \
    do {                                                                                                     \
        if (faxcom::debug::enabled(level)) {                                                                 \
            static constexpr auto faxcom_trace_name = faxcom::debug::trace_name(__PRETTY_FUNCTION__);        \
            faxcom::debug::log(level, faxcom_trace_name.text, __VA_ARGS__);                                  \
        }                                                                                                    \
    } while (0)
#define TRACE(...) FAXCOM_LOG(faxcom::debug::Level::trace, __VA_ARGS__)
#define WARN(...) FAXCOM_LOG(faxcom::debug::Level::warn, __VA_ARGS__)
#define ERR(...) FAXCOM_LOG(faxcom::debug::Level::err, __VA_ARGS__)
#define FIXME(...) FAXCOM_LOG(faxcom::debug::Level::fixme, __VA_ARGS__)

#endif
