// SPDX-License-Identifier: LGPL-2.1-or-later
/* TCP transport over POSIX sockets: non-blocking connect bounded by poll(), TCP_NODELAY,
 * TCP_QUICKACK re-armed before each reply (Linux; avoids a 40 ms delayed-ACK stall). */
#include "hylafax/transport.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include "hylafax/address_attempts.h"

namespace faxcom::hylafax {

namespace {

Error system_error(ErrorKind kind, const std::string &what, int error_number)
{
    return make_error(kind, what + ": " + std::strerror(error_number));
}

/* Waits for `events` on `fd`; returns timeout/connection errors. */
Status wait_for(int fd, short events, int timeout_ms, const char *what)
{
    pollfd entry{fd, events, 0};
    for (;;) {
        int ready = ::poll(&entry, 1, timeout_ms);
        if (ready > 0)
            return success();
        if (ready == 0)
            return make_error(ErrorKind::timeout,
                              std::string(what) + " timed out after " + std::to_string(timeout_ms) + " ms");
        if (errno != EINTR)
            return system_error(ErrorKind::connection, what, errno);
    }
}

class PosixTransport final : public Transport {
  public:
    explicit PosixTransport(int fd) : fd_(fd) {}
    ~PosixTransport() override { close(); }

    Status send_all(const void *data, size_t length, int timeout_ms) override
    {
        auto bytes = static_cast<const char *>(data);
        const TimePoint end = time_after(timeout_ms);
        while (length > 0) {
            ssize_t sent = ::send(fd_, bytes, length, MSG_NOSIGNAL);
            if (sent > 0) {
                bytes += sent;
                length -= static_cast<size_t>(sent);
                continue;
            }
            if (sent < 0 && errno == EINTR)
                continue;
            if (sent < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
                Status ready = wait_for(fd_, POLLOUT, milliseconds_until(end), "sending to the server");
                if (!ready)
                    return ready;
                continue;
            }
            return system_error(ErrorKind::connection, "sending to the server", errno);
        }
        return success();
    }

    Result<size_t> receive(void *buffer, size_t capacity, int timeout_ms) override
    {
        const TimePoint end = time_after(timeout_ms);
        for (;;) {
            ssize_t got = ::recv(fd_, buffer, capacity, 0);
            if (got >= 0)
                return static_cast<size_t>(got);
            if (errno == EINTR)
                continue;
            if (errno != EAGAIN && errno != EWOULDBLOCK)
                return system_error(ErrorKind::connection, "receiving from the server", errno);
            Status ready = wait_for(fd_, POLLIN, milliseconds_until(end), "waiting for the server");
            if (!ready)
                return ready.error();
        }
    }

    void prepare_for_reply() override
    {
#ifdef TCP_QUICKACK
        int on = 1;
        ::setsockopt(fd_, IPPROTO_TCP, TCP_QUICKACK, &on, sizeof on);
#endif
    }

    bool acks_promptly() const override
    {
#ifdef TCP_QUICKACK
        return true;
#else
        return false;
#endif
    }

    bool peer_closed_or_spoke() override
    {
        pollfd entry{fd_, POLLIN, 0};
        int ready = ::poll(&entry, 1, 0);
        return ready != 0;
    }

    void shutdown_send() override
    {
        ::shutdown(fd_, SHUT_WR);
    }

    void close() override
    {
        if (fd_ >= 0) {
            ::close(fd_);
            fd_ = -1;
        }
    }

  private:
    int fd_;
};

Result<int> connect_one(const addrinfo *address, int timeout_ms)
{
    int fd = ::socket(address->ai_family, address->ai_socktype | SOCK_CLOEXEC, address->ai_protocol);
    if (fd < 0)
        return system_error(ErrorKind::connection, "cannot create a socket", errno);
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    if (::connect(fd, address->ai_addr, address->ai_addrlen) != 0) {
        if (errno != EINPROGRESS) {
            int saved = errno;
            ::close(fd);
            return system_error(ErrorKind::connection, "cannot connect", saved);
        }
        Status ready = wait_for(fd, POLLOUT, timeout_ms, "connecting");
        if (!ready) {
            ::close(fd);
            return ready.error();
        }
        int failure = 0;
        socklen_t size = sizeof failure;
        ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &failure, &size);
        if (failure != 0) {
            ::close(fd);
            return system_error(ErrorKind::connection, "cannot connect", failure);
        }
    }
    int on = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
    return fd;
}

class PosixTransportFactory final : public TransportFactory {
  public:
    Result<std::unique_ptr<Transport>> connect(const std::string &host, uint16_t port,
                                               int timeout_ms) override
    {
        addrinfo hints{};
        hints.ai_family = AF_UNSPEC;
        hints.ai_socktype = SOCK_STREAM;
        addrinfo *addresses = nullptr;
        std::string service = std::to_string(port);
        int failure = ::getaddrinfo(host.c_str(), service.c_str(), &hints, &addresses);
        if (failure != 0)
            return make_error(ErrorKind::connection,
                              "cannot resolve host '" + host + "': " + ::gai_strerror(failure));
        return connect_to_first_address(
            addresses, host, service,
            [&](const addrinfo *address) { return connect_one(address, timeout_ms); },
            [](int fd) { return std::unique_ptr<Transport>(new PosixTransport(fd)); });
    }
};

} // namespace

std::shared_ptr<TransportFactory> make_tcp_transport_factory()
{
    return std::make_shared<PosixTransportFactory>();
}

} // namespace faxcom::hylafax
