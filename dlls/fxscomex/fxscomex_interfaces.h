// SPDX-License-Identifier: LGPL-2.1-or-later
/* fxscomex's dispatch interfaces, as ComObject names them (the index into this_module.interfaces,
 * module.cpp), over the widl-generated API header and the generated Unimplemented_ classes. */
#ifndef FAXCOM_FXSCOMEX_INTERFACES_H
#define FAXCOM_FXSCOMEX_INTERFACES_H

#include <windows.h>
#include <ole2.h>
#include <oleauto.h>

#include "fxscomex.h"
#include "fxscomex_unimplemented.h"

namespace faxcom::fxscomex {

enum class TypeInfoId { fax_server, fax_document, count };

HRESULT create_fax_server(REFIID riid, void **object);
HRESULT create_fax_document(REFIID riid, void **object);

} // namespace faxcom::fxscomex

#endif
