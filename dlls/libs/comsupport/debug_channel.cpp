// SPDX-License-Identifier: LGPL-2.1-or-later
#include "comsupport/debug_channel.h"

#include <cstdarg>
#include <cstdio>
#include <cstring>

#include "comsupport/com_module.h"

#include "common/utf8.h"

namespace faxcom::debug {

namespace {

/* Layout of Wine's struct __wine_debug_channel. */
struct WineDebugChannel {
    unsigned char flags;
    char name[15];
};
static_assert(sizeof(WineDebugChannel) == 16, "Wine's struct __wine_debug_channel is 16 bytes");

using GetChannelFlags = unsigned char(__cdecl *)(WineDebugChannel *);
using WriteHeader = int(__cdecl *)(int, WineDebugChannel *, const char *);
using WriteOutput = int(__cdecl *)(const char *);

struct WineDebugApi {
    GetChannelFlags get_flags = nullptr;
    WriteHeader header = nullptr;
    WriteOutput output = nullptr;
};

/* The DLL's channel (com_module.h).  0xff: every class enabled and the "not yet initialised"
 * bit set, as Wine's own channels start. */
WineDebugChannel &module_channel()
{
    static WineDebugChannel channel = [] {
        WineDebugChannel made = {0xff, {}};
        std::strncpy(made.name, this_module.debug_channel, sizeof(made.name) - 1);
        return made;
    }();
    return channel;
}

const WineDebugApi &wine_debug_api()
{
    static const WineDebugApi api = [] {
        WineDebugApi found;
        HMODULE ntdll = GetModuleHandleW(L"ntdll.dll");
        if (!ntdll)
            return found;
        found.get_flags = reinterpret_cast<GetChannelFlags>(
            reinterpret_cast<void *>(GetProcAddress(ntdll, "__wine_dbg_get_channel_flags")));
        found.header = reinterpret_cast<WriteHeader>(
            reinterpret_cast<void *>(GetProcAddress(ntdll, "__wine_dbg_header")));
        found.output = reinterpret_cast<WriteOutput>(
            reinterpret_cast<void *>(GetProcAddress(ntdll, "__wine_dbg_output")));
        if (!found.get_flags || !found.header || !found.output)
            found = WineDebugApi{};
        return found;
    }();
    return api;
}

/* A rendering for str(), or nothing when it cannot be made (out of memory). */
template <typename Render> std::string rendered(Render render) noexcept
{
    try {
        return render();
    } catch (...) {
        return std::string();
    }
}

std::string quoted(const std::string &utf8)
{
    std::string out = "\"";
    for (unsigned char c : utf8) {
        if (c == '\n')
            out += "\\n";
        else if (c == '\r')
            out += "\\r";
        else if (c == '"' || c == '\\')
            out += std::string("\\") + static_cast<char>(c);
        else if (c < 0x20) {
            char hex[8];
            std::snprintf(hex, sizeof(hex), "\\x%02x", c);
            out += hex;
        } else
            out += static_cast<char>(c);
    }
    if (out.size() > 300)
        out = out.substr(0, 300) + "...";
    return out + "\"";
}

} // namespace

bool enabled(Level level) noexcept
{
    const WineDebugApi &api = wine_debug_api();
    return api.get_flags && (api.get_flags(&module_channel()) & (1u << static_cast<int>(level)));
}

void log(Level level, const char *function, const char *format, ...) noexcept
{
    const WineDebugApi &api = wine_debug_api();
    if (!api.header)
        return;
    if (api.header(static_cast<int>(level), &module_channel(), function) == -1)
        return;
    char buffer[1024];
    va_list args;
    va_start(args, format);
    std::vsnprintf(buffer, sizeof(buffer), format, args);
    va_end(args);
    api.output(buffer);
}

std::string str(const std::string &utf8) noexcept
{
    return rendered([&] { return quoted(utf8); });
}

std::string str(const WCHAR *text) noexcept
{
    return rendered([&] {
        return text ? "L" + quoted(utf16_to_utf8(reinterpret_cast<const char16_t *>(text))) : "(null)";
    });
}

std::string str(REFIID guid) noexcept
{
    char buffer[64];
    std::snprintf(buffer, sizeof(buffer), "{%08lx-%04x-%04x-%02x%02x-%02x%02x%02x%02x%02x%02x}",
                  static_cast<unsigned long>(guid.Data1), guid.Data2, guid.Data3, guid.Data4[0],
                  guid.Data4[1], guid.Data4[2], guid.Data4[3], guid.Data4[4], guid.Data4[5], guid.Data4[6],
                  guid.Data4[7]);
    return rendered([&] { return std::string(buffer); });
}

std::string str(long number) noexcept
{
    return rendered([&] { return std::to_string(number); });
}

} // namespace faxcom::debug
