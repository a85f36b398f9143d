// SPDX-License-Identifier: LGPL-2.1-or-later
/* The POSIX TCP transport against a loopback listener that never answers: connect works,
 * a reply read times out within its bound, a closed peer reads as 0 and is noticed. */
#include "cmocka_cpp.h"

#include <arpa/inet.h>
#include <chrono>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include "hylafax/transport.h"

using namespace faxcom;
using namespace faxcom::hylafax;

namespace {

int listen_on_loopback(uint16_t &port)
{
    int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    assert_int_equal(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
    assert_int_equal(::listen(fd, 4), 0);
    socklen_t size = sizeof address;
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &size);
    port = ntohs(address.sin_port);
    return fd;
}

void test_receive_times_out_within_bound(void **)
{
    uint16_t port = 0;
    int listener = listen_on_loopback(port);
    auto factory = make_tcp_transport_factory();
    Result<std::unique_ptr<Transport>> transport = factory->connect("127.0.0.1", port, 2000);
    assert_true(transport.ok());
    int peer = ::accept(listener, nullptr, nullptr);
    assert_true(peer >= 0);
    assert_false(transport.value()->peer_closed_or_spoke());

    char buffer[16];
    auto start = std::chrono::steady_clock::now();
    Result<size_t> got = transport.value()->receive(buffer, sizeof buffer, 200);
    auto elapsed =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
    assert_false(got.ok());
    assert_int_equal(static_cast<int>(got.error().kind), static_cast<int>(ErrorKind::timeout));
    assert_true(elapsed.count() >= 150 && elapsed.count() < 2000);

    ::close(peer);
    assert_true(transport.value()->peer_closed_or_spoke());
    got = transport.value()->receive(buffer, sizeof buffer, 200);
    assert_true(got.ok());
    assert_int_equal(got.value(), 0);
    ::close(listener);
}

void test_connect_refused_is_connection_error(void **)
{
    uint16_t port = 0;
    int listener = listen_on_loopback(port);
    ::close(listener); /* nobody listens there now */
    Result<std::unique_ptr<Transport>> transport =
        make_tcp_transport_factory()->connect("127.0.0.1", port, 2000);
    assert_false(transport.ok());
    assert_int_equal(static_cast<int>(transport.error().kind), static_cast<int>(ErrorKind::connection));
    Result<std::unique_ptr<Transport>> unresolvable =
        make_tcp_transport_factory()->connect("no-such-host.invalid", 4559, 2000);
    assert_false(unresolvable.ok());
}

} // namespace

int main()
{
    const CMUnitTest tests[] = {
        cmocka_unit_test(test_receive_times_out_within_bound),
        cmocka_unit_test(test_connect_refused_is_connection_error),
    };
    return cmocka_run_group_tests(tests, nullptr, nullptr);
}
