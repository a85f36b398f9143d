// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * Which members of faxcom's interfaces the harness tested, against the list of members the
 * type library embedded in this program declares (built from include/faxcom.idl): a member
 * added to the IDL without a test fails the harness.  Members are named as in the C++
 * vtable: get_X / put_X / putref_X for properties, the plain name for methods.
 */
#ifndef FAXCOM_TESTS_COM_MEMBER_COVERAGE_H
#define FAXCOM_TESTS_COM_MEMBER_COVERAGE_H

#include <string>

#include <windows.h>
#include <oaidl.h>

namespace faxcom::testing {

void record_tested_member(REFIID iid, const char *member);

/* The interface's name in the type library ("IFaxDoc"); empty when it has none. */
std::string interface_name(REFIID iid);

/* One failure (ok) per member of every dual interface of the type library without a test;
 * also fails when the library cannot be read or holds another number of interfaces than
 * the module dispatches through (this_module). */
void check_every_member_tested();

} // namespace faxcom::testing

#endif
