// SPDX-License-Identifier: LGPL-2.1-or-later
/* Winsock error codes in words for error descriptions: "connection reset by the server
 * (WSAECONNRESET, 10054)".  The codes are Winsock's numbers, so this compiles (and is
 * tested) natively too; an unknown code reads "Winsock error N". */
#ifndef FAXCOM_HYLAFAX_WINSOCK_ERROR_TEXT_H
#define FAXCOM_HYLAFAX_WINSOCK_ERROR_TEXT_H

#include <string>

namespace faxcom::hylafax {

std::string winsock_error_text(int code);

} // namespace faxcom::hylafax

#endif
