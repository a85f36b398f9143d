// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * The text form of a TIFF tag value, as documented in tiff_file.h (tag_string).
 */
#ifndef FAXCOM_BACKEND_TIFF_VALUE_TEXT_H
#define FAXCOM_BACKEND_TIFF_VALUE_TEXT_H

#include <cstddef>
#include <cstdint>
#include <string>

#include "tiff/tiff_file.h"

namespace faxcom {

/* Size in bytes of one value of a type; 0 for a type code TIFF does not define. */
size_t tiff_type_size(uint16_t type_code);

/* Formats `count` values of `type` held in `bytes` (count * tiff_type_size(type) bytes, in
 * the given byte order). */
std::string tiff_value_text(TiffType type, uint32_t count, const uint8_t *bytes, bool big_endian);

} // namespace faxcom

#endif
