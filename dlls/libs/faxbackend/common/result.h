// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * Errors as values for the portable faxcom backend.
 *
 * The backend never throws across its public API and never uses Windows types: every
 * operation that can fail returns Result<T>, holding either the value or an Error with a
 * category (ErrorKind) and a human-readable UTF-8 message.  The COM layer maps ErrorKind
 * onto HRESULTs in exactly one table (dlls/faxcom/error_mapping.cpp).
 */
#ifndef FAXCOM_BACKEND_RESULT_H
#define FAXCOM_BACKEND_RESULT_H

#include <string>
#include <utility>
#include <variant>

namespace faxcom {

enum class ErrorKind {
    connection,     /* cannot reach the server, or it went away */
    authentication, /* login or admin password refused */
    protocol,       /* malformed, oversized or unexpected reply */
    server_refused, /* the server understood and said no (4xx/5xx) */
    bad_input,      /* caller-supplied value rejected before anything was sent */
    timeout,        /* connect, reply or transfer took too long */
    not_found,      /* a file, job, port ... does not exist */
    io,             /* local file could not be read or written */
    bad_format,     /* a file is not in the expected format (e.g. not a TIFF) */
    not_supported,  /* the operation exists but this backend cannot do it */
    access_denied,  /* the session lacks the rights for the operation */
    not_connected,  /* a server-bound operation before Connect / after Disconnect */
};

/* A stable English name for an ErrorKind, for traces and tests. */
const char *error_kind_name(ErrorKind kind);

struct Error {
    ErrorKind kind;
    std::string message; /* UTF-8; never contains a password */
    int server_code = 0; /* the server's reply code, when the error came from a reply */
};

/* The value of a Result<Unit>: an operation that returns nothing but can fail. */
struct Unit {};

template <typename T> class [[nodiscard]] Result {
  public:
    Result(T value) : state_(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : state_(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return state_.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(state_); }
    const T &value() const & { return std::get<0>(state_); }
    T &&value() && { return std::get<0>(std::move(state_)); }
    const Error &error() const { return std::get<1>(state_); }

  private:
    std::variant<T, Error> state_;
};

using Status = Result<Unit>;

inline Status success()
{
    return Unit{};
}

inline Error make_error(ErrorKind kind, std::string message, int server_code = 0)
{
    return Error{kind, std::move(message), server_code};
}

} // namespace faxcom

#endif
