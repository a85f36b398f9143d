// SPDX-License-Identifier: LGPL-2.1-or-later
/* Live objects and server locks, counted for DllCanUnloadNow. */
#ifndef FAXCOM_MODULE_REFERENCES_H
#define FAXCOM_MODULE_REFERENCES_H

namespace faxcom {

void module_add_ref();
void module_release();
bool module_in_use();

} // namespace faxcom

#endif
