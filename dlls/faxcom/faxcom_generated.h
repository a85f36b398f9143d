// SPDX-License-Identifier: LGPL-2.1-or-later
/* The widl-generated API header (built from include/faxcom.idl) and mingw's C++ pieces. */
#ifndef FAXCOM_GENERATED_H
#define FAXCOM_GENERATED_H

#include <windows.h>
#include <ole2.h>
#include <oleauto.h>

#include "faxcom.h"

#endif
