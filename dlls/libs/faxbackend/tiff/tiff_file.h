// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * A defensive reader of TIFF 6.0 tag directories (the metadata of a fax TIFF).
 *
 * Classic TIFF in both byte orders ("II" and "MM", magic 42) is read through FileReader, or
 * from bytes already in memory (parse): only the header, the IFDs (one per page) and the tag
 * values are read, never the image data, and the file is closed again when open() returns.
 * BigTIFF (magic 43) is refused.
 *
 * Everything read from the file is distrusted: every offset and count is checked against
 * the file size with 64-bit arithmetic, the IFD chain is walked with loop detection and at
 * most max_pages pages, and no tag value larger than max_tag_value_bytes is loaded (a
 * hostile count never causes a large allocation).
 *
 * Errors from open():
 *   not_found   the file does not exist
 *   io          it cannot be opened or read (e.g. it is a directory)
 *   bad_format  it is not a TIFF file, or its structure is broken; the message says what
 *               and where, e.g. "not a TIFF file (it does not start with II or MM)",
 *               "truncated IFD at offset 1234 (page 2)", "IFD chain loops back to offset 8".
 * A tag with a type code TIFF does not define is skipped (absent), not an error.
 *
 * Text form of a tag value (tag_string):
 *   ASCII            the characters up to the final NUL; trailing NULs are dropped. When the
 *                    value holds several NUL-separated strings they are joined with "\n".
 *                    Bytes that do not form valid UTF-8 are taken as ISO-8859-1, so the result
 *                    is always valid UTF-8.
 *   BYTE SHORT LONG IFD, SBYTE SSHORT SLONG
 *                    decimal integers, several values separated by one space: "1728",
 *                    "0 1 2", "-5".
 *   RATIONAL SRATIONAL
 *                    the quotient in decimal, in the shortest form that reads back as the
 *                    same double: 204/1 -> "204", 1/2 -> "0.5", 1/3 -> "0.3333333333333333",
 *                    -3/4 -> "-0.75".  A zero denominator gives "N/0" (e.g. "7/0").
 *                    Several values are separated by one space.
 *   FLOAT DOUBLE     decimal, shortest form that reads back as the same value ("1.5",
 *                    "0.1"); "nan", "inf", "-inf" for those values.
 *   UNDEFINED        lower-case hex bytes separated by one space: "00 1f ff".
 *   (a tag with count 0 gives "")
 * A tag whose value is larger than max_tag_value_bytes is listed by tags() but its value is
 * not loaded: tag_string() returns nothing for it.
 */
#ifndef FAXCOM_BACKEND_TIFF_FILE_H
#define FAXCOM_BACKEND_TIFF_FILE_H

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"

namespace faxcom {

/* TIFF field type codes (TIFF 6.0 section 2, plus IFD = 13 from the TIFF Technical Note 1). */
enum class TiffType : uint16_t {
    byte_ = 1,
    ascii = 2,
    short_ = 3,
    long_ = 4,
    rational = 5,
    sbyte = 6,
    undefined = 7,
    sshort = 8,
    slong = 9,
    srational = 10,
    float_ = 11,
    double_ = 12,
    ifd = 13,
};

/* The English name TIFF uses for a type ("SHORT", "RATIONAL", ...). */
const char *tiff_type_name(TiffType type);

/* One directory entry as found in the file. */
struct TiffTagInfo {
    uint16_t tag;
    TiffType type;
    uint32_t count;    /* number of values, as stored in the entry */
    bool value_loaded; /* false when the value exceeds TiffFile::max_tag_value_bytes */
};

class TiffFile {
  public:
    static constexpr size_t max_pages = 4096;
    static constexpr uint32_t max_tag_value_bytes = 1024 * 1024;
    /* Limit on the sum of all loaded tag values of all pages. */
    static constexpr uint64_t max_total_value_bytes = 16 * 1024 * 1024;

    /* Reads the header and every IFD; see the comment at the top for the errors. */
    static Result<TiffFile> open(const std::string &utf8_path);
    /* The same from a whole TIFF in memory; `name` (its file's path) is for messages. */
    static Result<TiffFile> parse(std::string_view bytes, const std::string &name);

    bool big_endian() const { return big_endian_; }
    size_t page_count() const { return pages_.size(); }

    /* Every tag of a page in file order (duplicates of a tag number: only the first);
     * empty for a page that does not exist. */
    std::vector<TiffTagInfo> tags(size_t page = 0) const;

    bool has_tag(uint16_t tag, size_t page = 0) const;

    /* The tag's value as text (format above); nothing when the page or tag is absent or
     * its value was too large to load. */
    std::optional<std::string> tag_string(uint16_t tag, size_t page = 0) const;

    /* The first value of a BYTE, SHORT, LONG or IFD tag; nothing for other types, an empty
     * value, or an absent tag. */
    std::optional<uint32_t> tag_uint32(uint16_t tag, size_t page = 0) const;

  private:
    struct Entry {
        TiffTagInfo info;
        std::vector<uint8_t> value; /* raw bytes in the file's byte order */
    };
    using Page = std::vector<Entry>;

    TiffFile(bool big_endian, std::vector<Page> pages) : big_endian_(big_endian), pages_(std::move(pages)) {}
    const Entry *find(uint16_t tag, size_t page) const;

    friend class TiffDirectoryParser;

    bool big_endian_ = false;
    std::vector<Page> pages_;
};

} // namespace faxcom

#endif
