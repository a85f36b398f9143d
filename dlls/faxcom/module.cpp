// SPDX-License-Identifier: LGPL-2.1-or-later
/* What faxcom.dll tells the COM support library about itself (comsupport/com_module.h). */
#include "comsupport/com_module.h"

#include "faxcom_interfaces.h"
#include "object_factories.h"

namespace faxcom {

namespace {

const IID *const dispatch_interfaces[] = {
    &IID_IFaxTiff,           &IID_IFaxServer, &IID_IFaxPort, &IID_IFaxPorts, &IID_IFaxRoutingMethod,
    &IID_IFaxRoutingMethods, &IID_IFaxStatus, &IID_IFaxDoc,  &IID_IFaxJobs,  &IID_IFaxJob,
};
static_assert(sizeof(dispatch_interfaces) / sizeof(dispatch_interfaces[0]) ==
                  static_cast<size_t>(TypeInfoId::count),
              "one IID per TypeInfoId, in its order");

const CreatableClass creatable_classes[] = {
    {&CLSID_FaxServer, create_fax_server},
    {&CLSID_FaxTiff, create_fax_tiff},
};

const CLSID *const noncreatable_classes[] = {
    &CLSID_FaxPort,   &CLSID_FaxPorts, &CLSID_FaxRoutingMethod, &CLSID_FaxRoutingMethods,
    &CLSID_FaxStatus, &CLSID_FaxDoc,   &CLSID_FaxJobs,          &CLSID_FaxJob,
};

} // namespace

const ComModule this_module = {
    "faxcom",
    "FAXCOMLib",
    &LIBID_FAXCOMLib,
    1,
    0,
    dispatch_interfaces,
    count_of(dispatch_interfaces),
    creatable_classes,
    count_of(creatable_classes),
    noncreatable_classes,
    count_of(noncreatable_classes),
};

} // namespace faxcom
