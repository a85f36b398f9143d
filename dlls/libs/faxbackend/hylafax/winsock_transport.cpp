// SPDX-License-Identifier: LGPL-2.1-or-later
/* TCP transport over Winsock for the PE DLL: non-blocking sockets, every wait one WSAPoll entry
 * for one socket, TCP_NODELAY, a reset peer told from one that closed (Wine 8 reports a reset
 * as an orderly end of data: recv returns 0 and only POLLERR tells).  Winsock has no
 * TCP_QUICKACK (Wine's sockets are Linux sockets whose delayed ACK then stalls a second reply
 * segment by about 40 ms), so acks_promptly() is false and the session acknowledges such
 * replies itself (hylafax_session.cpp). */
#include "hylafax/transport.h"

#include <mutex>
#include <winsock2.h>
#include <ws2tcpip.h>

#include "hylafax/address_attempts.h"
#include "hylafax/winsock_error_text.h"

namespace faxcom::hylafax {

namespace {

static_assert(WSAECONNRESET == 10054, "winsock_error_text() uses Winsock's numbers");

Error socket_error(ErrorKind kind, const std::string &what, int code)
{
    return make_error(kind, what + ": " + winsock_error_text(code));
}

/* After recv returned 0: true when the peer reset the connection rather than closing it.
 * Windows fails recv with WSAECONNRESET itself; Wine 8 returns 0 (its wineserver has already
 * taken the socket's error) and leaves POLLERR set beside POLLHUP, where a close sets POLLHUP
 * alone (as long as nothing was sent after it, which a reader of a download never does). */
bool reset_by_peer(SOCKET fd)
{
    WSAPOLLFD entry{};
    entry.fd = fd;
    entry.events = POLLRDNORM;
    return ::WSAPoll(&entry, 1, 0) > 0 && (entry.revents & POLLERR) != 0;
}

Status ensure_winsock()
{
    static std::once_flag once;
    static int startup_result = 0;
    std::call_once(once, [] {
        WSADATA data;
        startup_result = WSAStartup(MAKEWORD(2, 2), &data);
    });
    if (startup_result != 0)
        return socket_error(ErrorKind::connection, "cannot initialise Winsock", startup_result);
    return success();
}

/* Waits until `fd` is readable (or writable, or its connect failed); timeout/connection errors.
 * One WSAPoll entry for one socket: Wine 8's wineserver has failed an assertion
 * (complete_async_poll) under load with resets when select() listed a socket in both its read
 * and its exception set, so no wait here ever names a socket twice. */
Status wait_for(SOCKET fd, bool for_write, int timeout_ms, const char *what)
{
    WSAPOLLFD entry{};
    entry.fd = fd;
    entry.events = for_write ? POLLWRNORM : POLLRDNORM;
    int ready = ::WSAPoll(&entry, 1, timeout_ms < 0 ? 0 : timeout_ms);
    if (ready == 0)
        return make_error(ErrorKind::timeout,
                          std::string(what) + " timed out after " + std::to_string(timeout_ms) + " ms");
    if (ready == SOCKET_ERROR)
        return socket_error(ErrorKind::connection, what, WSAGetLastError());
    return success(); /* readable, writable, or POLLERR/POLLHUP: the next call reports it at once */
}

class WinsockTransport final : public Transport {
  public:
    explicit WinsockTransport(SOCKET fd) : fd_(fd) {}
    ~WinsockTransport() override { close(); }

    Status send_all(const void *data, size_t length, int timeout_ms) override
    {
        auto bytes = static_cast<const char *>(data);
        const TimePoint end = time_after(timeout_ms);
        while (length > 0) {
            int chunk = length > 1 << 20 ? 1 << 20 : static_cast<int>(length);
            int sent = ::send(fd_, bytes, chunk, 0);
            if (sent > 0) {
                bytes += sent;
                length -= static_cast<size_t>(sent);
                continue;
            }
            int code = WSAGetLastError();
            if (code != WSAEWOULDBLOCK)
                return socket_error(ErrorKind::connection, "sending to the server", code);
            Status ready = wait_for(fd_, true, milliseconds_until(end), "sending to the server");
            if (!ready)
                return ready;
        }
        return success();
    }

    Result<size_t> receive(void *buffer, size_t capacity, int timeout_ms) override
    {
        int limit = capacity > 1 << 20 ? 1 << 20 : static_cast<int>(capacity);
        const TimePoint end = time_after(timeout_ms);
        for (;;) {
            int got = ::recv(fd_, static_cast<char *>(buffer), limit, 0);
            if (got == 0 && reset_by_peer(fd_))
                return socket_error(ErrorKind::connection, "receiving from the server", WSAECONNRESET);
            if (got >= 0)
                return static_cast<size_t>(got);
            int code = WSAGetLastError();
            if (code != WSAEWOULDBLOCK)
                return socket_error(ErrorKind::connection, "receiving from the server", code);
            Status ready = wait_for(fd_, false, milliseconds_until(end), "waiting for the server");
            if (!ready)
                return ready.error();
        }
    }

    bool peer_closed_or_spoke() override
    {
        WSAPOLLFD entry{};
        entry.fd = fd_;
        entry.events = POLLRDNORM;
        return ::WSAPoll(&entry, 1, 0) != 0;
    }

    bool acks_promptly() const override { return false; }

    void shutdown_send() override { ::shutdown(fd_, SD_SEND); }

    void close() override
    {
        if (fd_ != INVALID_SOCKET) {
            ::closesocket(fd_);
            fd_ = INVALID_SOCKET;
        }
    }

  private:
    SOCKET fd_;
};

Result<SOCKET> connect_one(const addrinfo *address, int timeout_ms)
{
    SOCKET fd = ::socket(address->ai_family, address->ai_socktype, address->ai_protocol);
    if (fd == INVALID_SOCKET)
        return socket_error(ErrorKind::connection, "cannot create a socket", WSAGetLastError());
    u_long non_blocking = 1;
    ::ioctlsocket(fd, FIONBIO, &non_blocking);
    if (::connect(fd, address->ai_addr, static_cast<int>(address->ai_addrlen)) != 0) {
        int code = WSAGetLastError();
        if (code != WSAEWOULDBLOCK) {
            ::closesocket(fd);
            return socket_error(ErrorKind::connection, "cannot connect", code);
        }
        Status ready = wait_for(fd, true, timeout_ms, "connecting");
        if (!ready) {
            ::closesocket(fd);
            return ready.error();
        }
        int failure = 0;
        int size = sizeof failure;
        ::getsockopt(fd, SOL_SOCKET, SO_ERROR, reinterpret_cast<char *>(&failure), &size);
        if (failure != 0) {
            ::closesocket(fd);
            return socket_error(ErrorKind::connection, "cannot connect", failure);
        }
    }
    BOOL on = TRUE;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, reinterpret_cast<const char *>(&on), sizeof on);
    return fd;
}

class WinsockTransportFactory final : public TransportFactory {
  public:
    Result<std::unique_ptr<Transport>> connect(const std::string &host, uint16_t port,
                                               int timeout_ms) override
    {
        Status started = ensure_winsock();
        if (!started)
            return started.error();
        addrinfo hints{};
        hints.ai_family = AF_UNSPEC;
        hints.ai_socktype = SOCK_STREAM;
        hints.ai_protocol = IPPROTO_TCP;
        addrinfo *addresses = nullptr;
        std::string service = std::to_string(port);
        int failure = ::getaddrinfo(host.c_str(), service.c_str(), &hints, &addresses);
        if (failure != 0)
            return socket_error(ErrorKind::connection, "cannot resolve host '" + host + "'", failure);
        return connect_to_first_address(
            addresses, host, service,
            [&](const addrinfo *address) { return connect_one(address, timeout_ms); },
            [](SOCKET fd) { return std::unique_ptr<Transport>(new WinsockTransport(fd)); });
    }
};

} // namespace

std::shared_ptr<TransportFactory> make_tcp_transport_factory()
{
    return std::make_shared<WinsockTransportFactory>();
}

} // namespace faxcom::hylafax
