// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * Plain text to PostScript, because hfaxd converts only PostScript, PDF, PCL and TIFF.
 *
 * Monospaced Courier re-encoded to ISO Latin-1, fixed margins, lines wrapped at the page
 * width, tabs to 8-column stops, form feeds start a new page.  Input is UTF-8 (invalid
 * bytes are read as Latin-1); characters outside Latin-1 print as '?'.
 */
#ifndef FAXCOM_HYLAFAX_TEXT_TO_POSTSCRIPT_H
#define FAXCOM_HYLAFAX_TEXT_TO_POSTSCRIPT_H

#include <cstdint>
#include <string>
#include <string_view>

namespace faxcom {

struct TextPageLayout {
    double page_width_pt = 595.0; /* A4 */
    double page_height_pt = 842.0;
    double margin_pt = 54.0;
    double font_size_pt = 10.0;
    int tab_width = 8;
};

std::string text_to_postscript(std::string_view utf8_text, const TextPageLayout &layout = {});

/* How many texts this process has rendered so far: the unit tests read it to prove that a
 * Send renders its text once. */
uint64_t texts_rendered();

} // namespace faxcom

#endif
