// SPDX-License-Identifier: LGPL-2.1-or-later
/* CMocka from C++: its header has no extern "C" guard in Debian 12's version. */
#ifndef FAXCOM_TESTS_CMOCKA_CPP_H
#define FAXCOM_TESTS_CMOCKA_CPP_H

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>

extern "C" {
#include <cmocka.h>
}

#endif
