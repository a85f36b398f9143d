// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * FaxComEx.FaxDocument (IFaxDocument2): creatable; none of its members is implemented yet,
 * each answers E_NOTIMPL with a description and a FIXME (make_unimplemented.py).
 */
#include "comsupport/com_object.h"
#include "fxscomex_interfaces.h"

namespace faxcom::fxscomex {

namespace {

class FaxDocument final : public ComObject<FaxDocument, IFaxDocument2, TypeInfoId::fax_document,
                                           Unimplemented_IFaxDocument2<FaxDocument>> {
  public:
    static constexpr const char *class_name = "FaxDocument";
};

} // namespace

HRESULT create_fax_document(REFIID riid, void **object)
{
    return FaxDocument::create_interface(riid, object);
}

} // namespace faxcom::fxscomex
