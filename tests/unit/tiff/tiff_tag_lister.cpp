// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * Prints every tag of every page of a TIFF file as faxcom's TiffFile reads it, for the
 * cross-check against libtiff's tiffdump (cross-check-tiffdump).
 *
 * usage: tiff_tag_lister FILE
 * output: "pages<TAB>N", then one line per tag:
 *   PAGE<TAB>TAG<TAB>TYPE<TAB>COUNT<TAB>VALUE
 * PAGE counts from 0; TYPE is TIFF's name (SHORT, ASCII, ...); VALUE is tag_string() with
 * backslash, tab, newline and other control characters escaped (\\ \t \n \xHH), or the
 * word "(not-loaded)" for a value too large to load.  On error: "error: KIND: MESSAGE" on
 * stderr, exit status 1.
 */
#include <cstdio>
#include <string>

#include "tiff/tiff_file.h"

using namespace faxcom;

static std::string escaped(const std::string &text)
{
    std::string out;
    for (unsigned char c : text) {
        if (c == '\\') {
            out += "\\\\";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\t') {
            out += "\\t";
        } else if (c < 0x20 || c == 0x7F) {
            char hex[8];
            std::snprintf(hex, sizeof(hex), "\\x%02x", c);
            out += hex;
        } else {
            out += static_cast<char>(c);
        }
    }
    return out;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s FILE\n", argv[0]);
        return 2;
    }
    Result<TiffFile> tiff = TiffFile::open(argv[1]);
    if (!tiff.ok()) {
        std::fprintf(stderr, "error: %s: %s\n", error_kind_name(tiff.error().kind),
                     tiff.error().message.c_str());
        return 1;
    }
    std::printf("pages\t%zu\n", tiff.value().page_count());
    for (size_t page = 0; page < tiff.value().page_count(); page++) {
        for (const TiffTagInfo &tag : tiff.value().tags(page)) {
            std::optional<std::string> value = tiff.value().tag_string(tag.tag, page);
            std::printf("%zu\t%u\t%s\t%u\t%s\n", page, tag.tag, tiff_type_name(tag.type), tag.count,
                        value ? escaped(*value).c_str() : "(not-loaded)");
        }
    }
    return 0;
}
