// SPDX-License-Identifier: LGPL-2.1-or-later
#include "hylafax/winsock_error_text.h"

namespace faxcom::hylafax {

namespace {

struct WinsockErrorName {
    int code;
    const char *name;
    const char *words;
};

/* The codes a client socket can meet (Winsock's WSAE* and name-resolution numbers). */
constexpr WinsockErrorName winsock_errors[] = {
    {10004, "WSAEINTR", "the call was interrupted"},
    {10013, "WSAEACCES", "permission denied"},
    {10014, "WSAEFAULT", "bad address"},
    {10022, "WSAEINVAL", "invalid argument"},
    {10024, "WSAEMFILE", "too many open sockets"},
    {10035, "WSAEWOULDBLOCK", "the call would block"},
    {10036, "WSAEINPROGRESS", "a blocking call is in progress"},
    {10037, "WSAEALREADY", "the call is already in progress"},
    {10038, "WSAENOTSOCK", "not a socket"},
    {10040, "WSAEMSGSIZE", "message too long"},
    {10043, "WSAEPROTONOSUPPORT", "protocol not supported"},
    {10047, "WSAEAFNOSUPPORT", "address family not supported"},
    {10048, "WSAEADDRINUSE", "address already in use"},
    {10049, "WSAEADDRNOTAVAIL", "address not available"},
    {10050, "WSAENETDOWN", "the network is down"},
    {10051, "WSAENETUNREACH", "the network is unreachable"},
    {10052, "WSAENETRESET", "the network dropped the connection"},
    {10053, "WSAECONNABORTED", "connection aborted on this computer"},
    {10054, "WSAECONNRESET", "connection reset by the server"},
    {10055, "WSAENOBUFS", "no buffer space available"},
    {10056, "WSAEISCONN", "the socket is already connected"},
    {10057, "WSAENOTCONN", "the socket is not connected"},
    {10058, "WSAESHUTDOWN", "the connection was shut down"},
    {10060, "WSAETIMEDOUT", "connection timed out"},
    {10061, "WSAECONNREFUSED", "connection refused"},
    {10064, "WSAEHOSTDOWN", "the host is down"},
    {10065, "WSAEHOSTUNREACH", "no route to the host"},
    {10091, "WSASYSNOTREADY", "the network subsystem is not ready"},
    {10092, "WSAVERNOTSUPPORTED", "Winsock 2.2 is not available"},
    {10093, "WSANOTINITIALISED", "Winsock is not initialised"},
    {10101, "WSAEDISCON", "the server is closing the connection"},
    {10109, "WSATYPE_NOT_FOUND", "service type not found"},
    {11001, "WSAHOST_NOT_FOUND", "host not found"},
    {11002, "WSATRY_AGAIN", "the name server did not answer, try again"},
    {11003, "WSANO_RECOVERY", "name resolution failed"},
    {11004, "WSANO_DATA", "the name has no address"},
};

} // namespace

std::string winsock_error_text(int code)
{
    for (const WinsockErrorName &known : winsock_errors)
        if (known.code == code)
            return std::string(known.words) + " (" + known.name + ", " + std::to_string(code) + ")";
    return "Winsock error " + std::to_string(code);
}

} // namespace faxcom::hylafax
