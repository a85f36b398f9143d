// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * The part of opening a TCP connection both platform transports share: try each address
 * the resolver returned, in order, until one connects.  Included after the platform's own
 * socket headers (which declare addrinfo and freeaddrinfo).
 */
#ifndef FAXCOM_HYLAFAX_ADDRESS_ATTEMPTS_H
#define FAXCOM_HYLAFAX_ADDRESS_ATTEMPTS_H

#include <memory>
#include <string>

#include "hylafax/transport.h"

namespace faxcom::hylafax {

/* `connect_one(const addrinfo *)` returns Result<Socket>; `wrap(Socket)` makes the transport.
 * Takes ownership of `addresses`.  The error names host:service and the last failure. */
template <typename ConnectOne, typename Wrap>
Result<std::unique_ptr<Transport>> connect_to_first_address(addrinfo *addresses, const std::string &host,
                                                            const std::string &service,
                                                            ConnectOne connect_one, Wrap wrap)
{
    Error last = make_error(ErrorKind::connection, "no address for host '" + host + "'");
    for (const addrinfo *address = addresses; address; address = address->ai_next) {
        auto socket = connect_one(address);
        if (socket) {
            ::freeaddrinfo(addresses);
            return wrap(socket.value());
        }
        last = socket.error();
    }
    ::freeaddrinfo(addresses);
    last.message = host + ":" + service + ": " + last.message;
    return last;
}

} // namespace faxcom::hylafax

#endif
