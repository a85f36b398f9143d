// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * Reading TIFF's fixed-size integers from raw bytes in either byte order
 * ("II" little-endian, "MM" big-endian).  The caller guarantees the bytes exist.
 */
#ifndef FAXCOM_BACKEND_TIFF_BYTE_ORDER_H
#define FAXCOM_BACKEND_TIFF_BYTE_ORDER_H

#include <cstdint>

namespace faxcom {

struct TiffByteOrder {
    bool big_endian;

    uint16_t u16(const uint8_t *p) const
    {
        return big_endian ? static_cast<uint16_t>(p[0] << 8 | p[1]) : static_cast<uint16_t>(p[1] << 8 | p[0]);
    }
    uint32_t u32(const uint8_t *p) const
    {
        return big_endian ? static_cast<uint32_t>(u16(p)) << 16 | u16(p + 2)
                          : static_cast<uint32_t>(u16(p + 2)) << 16 | u16(p);
    }
    uint64_t u64(const uint8_t *p) const
    {
        return big_endian ? static_cast<uint64_t>(u32(p)) << 32 | u32(p + 4)
                          : static_cast<uint64_t>(u32(p + 4)) << 32 | u32(p);
    }
};

} // namespace faxcom

#endif
