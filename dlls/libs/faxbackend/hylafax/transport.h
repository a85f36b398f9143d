// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * The byte-stream transport under the HylaFAX session: the only platform-specific piece.
 *
 * A POSIX socket implementation (posix_transport.cpp) serves native builds, a Winsock one
 * (winsock_transport.cpp) the PE DLL, and tests plug in a scripted fake.  Every blocking
 * call returns within its timeout in milliseconds (the call as a whole, not each wait in it).
 */
#ifndef FAXCOM_HYLAFAX_TRANSPORT_H
#define FAXCOM_HYLAFAX_TRANSPORT_H

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "hylafax/deadline.h"
#include "common/result.h"

namespace faxcom::hylafax {

class Transport {
  public:
    virtual ~Transport() = default;

    /* Sends every byte or fails (connection / timeout). */
    virtual Status send_all(const void *data, size_t length, int timeout_ms) = 0;

    /* Receives at least one byte and at most `capacity`; 0 means the peer closed the
     * connection.  No data within `timeout_ms` is a timeout error. */
    virtual Result<size_t> receive(void *buffer, size_t capacity, int timeout_ms) = 0;

    /* Called before waiting for a reply: re-arms TCP_QUICKACK where the platform has it. */
    virtual void prepare_for_reply() {}

    /* True when every segment received is acknowledged at once (TCP_QUICKACK re-armed by
     * prepare_for_reply).  Without it the peer's Nagle algorithm holds a second reply
     * segment until our delayed ACK, about 40 ms on Linux, unless we send something first:
     * the session then sends one command at a time (hylafax_session.h). */
    virtual bool acks_promptly() const { return true; }

    /* True when the peer has closed the connection or sent something unsolicited (for
     * instance a 421 after an idle timeout) while we were not waiting: the connection
     * must not be reused.  Never blocks. */
    virtual bool peer_closed_or_spoke() = 0;

    /* Orderly end of the sending side (a finished upload); the connection stays readable. */
    virtual void shutdown_send() = 0;
    virtual void close() = 0;
};

class TransportFactory {
  public:
    virtual ~TransportFactory() = default;
    virtual Result<std::unique_ptr<Transport>> connect(const std::string &host, uint16_t port,
                                                       int timeout_ms) = 0;
};

/* The platform's TCP transport (POSIX sockets natively, Winsock in the DLL). */
std::shared_ptr<TransportFactory> make_tcp_transport_factory();

} // namespace faxcom::hylafax

#endif
