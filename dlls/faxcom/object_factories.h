/* Entry points that create the two creatable classes for the class factories. */
#ifndef FAXCOM_OBJECT_FACTORIES_H
#define FAXCOM_OBJECT_FACTORIES_H

#include <windows.h>

namespace faxcom {

HRESULT create_fax_server(REFIID riid, void **object);
HRESULT create_fax_tiff(REFIID riid, void **object);

} // namespace faxcom

#endif
