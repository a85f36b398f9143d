// SPDX-License-Identifier: LGPL-2.1-or-later
#include "documents/text_to_postscript.h"

#include <atomic>
#include <cstdio>
#include <vector>

namespace faxcom {

namespace {

/* Courier's advance width is 0.6 em. */
constexpr double courier_advance = 0.6;
constexpr double line_spacing = 1.15;

std::atomic<uint64_t> renderings{0};

/* Decodes UTF-8 into Latin-1 bytes: code points above U+00FF become '?', a byte that does
 * not start a valid sequence is taken as Latin-1 itself. */
std::string utf8_to_printable_latin1(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    size_t i = 0;
    while (i < text.size()) {
        auto lead = static_cast<unsigned char>(text[i]);
        int length = lead < 0x80           ? 1
                     : (lead >> 5) == 0x6  ? 2
                     : (lead >> 4) == 0xe  ? 3
                     : (lead >> 3) == 0x1e ? 4
                                           : 0;
        bool valid = length > 0 && i + length <= text.size();
        unsigned code = length == 1   ? lead
                        : length == 2 ? lead & 0x1f
                        : length == 3 ? lead & 0x0f
                                      : lead & 0x07;
        for (int k = 1; valid && k < length; ++k) {
            auto next = static_cast<unsigned char>(text[i + k]);
            valid = (next & 0xc0) == 0x80;
            code = (code << 6) | (next & 0x3f);
        }
        if (!valid) {
            out += static_cast<char>(lead);
            ++i;
            continue;
        }
        out += code <= 0xff ? static_cast<char>(code) : '?';
        i += length;
    }
    return out;
}

/* One page is a list of lines; a line is Latin-1 text without tabs or control bytes. */
using Page = std::vector<std::string>;

std::vector<Page> lay_out(const std::string &latin1, int columns, int rows, int tab_width)
{
    std::vector<Page> pages(1);
    std::string line;
    auto end_line = [&]() {
        if (static_cast<int>(pages.back().size()) >= rows)
            pages.emplace_back();
        pages.back().push_back(line);
        line.clear();
    };
    for (size_t i = 0; i < latin1.size(); ++i) {
        char c = latin1[i];
        if (c == '\r' && i + 1 < latin1.size() && latin1[i + 1] == '\n')
            continue;
        if (c == '\n' || c == '\r') {
            end_line();
        } else if (c == '\f') {
            if (!line.empty())
                end_line();
            pages.emplace_back();
        } else if (c == '\t') {
            do
                line += ' ';
            while (line.size() % tab_width != 0 && static_cast<int>(line.size()) < columns);
        } else {
            auto byte = static_cast<unsigned char>(c);
            line += (byte < 0x20 || byte == 0x7f) ? ' ' : c;
        }
        if (static_cast<int>(line.size()) >= columns)
            end_line();
    }
    if (!line.empty())
        end_line();
    if (pages.size() > 1 && pages.back().empty())
        pages.pop_back();
    return pages;
}

void append_postscript_string(std::string &out, const std::string &latin1)
{
    out += '(';
    for (char c : latin1) {
        auto byte = static_cast<unsigned char>(c);
        if (c == '(' || c == ')' || c == '\\') {
            out += '\\';
            out += c;
        } else if (byte >= 0x80) {
            char octal[5];
            std::snprintf(octal, sizeof octal, "\\%03o", byte);
            out += octal;
        } else {
            out += c;
        }
    }
    out += ')';
}

} // namespace

uint64_t texts_rendered()
{
    return renderings.load(std::memory_order_relaxed);
}

std::string text_to_postscript(std::string_view utf8_text, const TextPageLayout &layout)
{
    renderings.fetch_add(1, std::memory_order_relaxed);
    const double usable_width = layout.page_width_pt - 2 * layout.margin_pt;
    const double usable_height = layout.page_height_pt - 2 * layout.margin_pt;
    const double leading = layout.font_size_pt * line_spacing;
    int columns = static_cast<int>(usable_width / (layout.font_size_pt * courier_advance));
    int rows = static_cast<int>(usable_height / leading);
    columns = columns < 1 ? 1 : columns;
    rows = rows < 1 ? 1 : rows;
    int tab_width = layout.tab_width < 1 ? 1 : layout.tab_width;

    std::vector<Page> pages = lay_out(utf8_to_printable_latin1(utf8_text), columns, rows, tab_width);

    char number[160];
    std::string ps = "%!PS-Adobe-3.0\n%%Creator: faxcom text_to_postscript\n";
    std::snprintf(number, sizeof number, "%%%%Pages: %zu\n%%%%BoundingBox: 0 0 %d %d\n%%%%EndComments\n",
                  pages.size(), static_cast<int>(layout.page_width_pt),
                  static_cast<int>(layout.page_height_pt));
    ps += number;
    ps += "%%BeginProlog\n"
          "/Courier-Latin1 /Courier findfont dup length dict begin\n"
          "  { 1 index /FID ne { def } { pop pop } ifelse } forall\n"
          "  /Encoding ISOLatin1Encoding def currentdict end definefont pop\n";
    std::snprintf(number, sizeof number, "/L { %.2f exch moveto show } bind def\n%%%%EndProlog\n",
                  layout.margin_pt);
    ps += number;
    for (size_t p = 0; p < pages.size(); ++p) {
        std::snprintf(number, sizeof number,
                      "%%%%Page: %zu %zu\n/Courier-Latin1 findfont %.2f scalefont setfont\n", p + 1, p + 1,
                      layout.font_size_pt);
        ps += number;
        double y = layout.page_height_pt - layout.margin_pt - layout.font_size_pt;
        for (const std::string &line : pages[p]) {
            if (!line.empty()) {
                append_postscript_string(ps, line);
                std::snprintf(number, sizeof number, " %.2f L\n", y);
                ps += number;
            }
            y -= leading;
        }
        ps += "showpage\n";
    }
    ps += "%%EOF\n";
    return ps;
}

} // namespace faxcom
