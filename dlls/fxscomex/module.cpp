// SPDX-License-Identifier: LGPL-2.1-or-later
/* What fxscomex.dll tells the COM support library about itself (comsupport/com_module.h). */
#include "comsupport/com_module.h"

#include "fxscomex_interfaces.h"

namespace faxcom {

namespace {

const IID *const dispatch_interfaces[] = {&IID_IFaxServer2, &IID_IFaxDocument2};
static_assert(sizeof(dispatch_interfaces) / sizeof(dispatch_interfaces[0]) ==
                  static_cast<size_t>(fxscomex::TypeInfoId::count),
              "one IID per TypeInfoId, in its order");

/* The two classes FAXCOMEXLib lets programs create; every other object is handed out by them. */
const CreatableClass creatable_classes[] = {
    {&CLSID_FaxServer, fxscomex::create_fax_server},
    {&CLSID_FaxDocument, fxscomex::create_fax_document},
};

} // namespace

const ComModule this_module = {
    "fxscomex",
    "FAXCOMEXLib",
    &LIBID_FAXCOMEXLib,
    1,
    0,
    dispatch_interfaces,
    count_of(dispatch_interfaces),
    creatable_classes,
    count_of(creatable_classes),
    nullptr,
    0,
};

} // namespace faxcom
