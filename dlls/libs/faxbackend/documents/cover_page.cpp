// SPDX-License-Identifier: LGPL-2.1-or-later
#include "documents/cover_page.h"

#include <algorithm>
#include <cstdio>
#include <string_view>
#include <vector>

#include "common/utf8.h"
#include "documents/prepared_document.h"

namespace faxcom {

namespace {

/* The page: the width of A4 and the height of US letter, so it fits either. */
constexpr int page_width = 595;
constexpr int page_height = 792;
constexpr int margin = 54;
constexpr int value_x = 160;
constexpr double note_font_size = 10.0;
constexpr double note_leading = 12.0;
constexpr int note_columns =
    static_cast<int>((page_width - 2 * margin) / (note_font_size * 0.6)); /* Courier */
constexpr char ellipsis_code = '\x85'; /* our encoding puts /ellipsis here (as Windows-1252 does) */
constexpr uint64_t max_template_bytes = 1024 * 1024;
constexpr int faxcover_comment_lines = 20;
constexpr size_t faxcover_comment_width = 35;

/* UTF-8 to printable Latin-1: outside Latin-1 -> '?'; control characters -> ' ' except
 * '\n' when keep_newlines. */
std::string printable_latin1(std::string_view utf8, bool keep_newlines = false)
{
    std::u16string utf16 = utf8_to_utf16(utf8);
    std::string out;
    for (size_t i = 0; i < utf16.size(); ++i) {
        char16_t c = utf16[i];
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < utf16.size() && utf16[i + 1] >= 0xdc00 &&
            utf16[i + 1] <= 0xdfff)
            ++i; /* one '?' for a surrogate pair */
        if (c == '\r' && i + 1 < utf16.size() && utf16[i + 1] == '\n')
            continue;
        if ((c == '\n' || c == '\r') && keep_newlines)
            out += '\n';
        else if (c < 0x20 || (c >= 0x7f && c < 0xa0))
            out += ' ';
        else
            out += c <= 0xff ? static_cast<char>(c) : '?';
    }
    return out;
}

/* A PostScript string literal of Latin-1 text. */
std::string ps_string(std::string_view latin1)
{
    std::string out = "(";
    for (char c : latin1) {
        auto byte = static_cast<unsigned char>(c);
        if (c == '(' || c == ')' || c == '\\') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else if (byte < 0x20 || byte >= 0x7f) {
            char octal[5];
            std::snprintf(octal, sizeof octal, "\\%03o", byte);
            out += octal;
        } else {
            out += c;
        }
    }
    return out + ")";
}

std::string ps_text(std::string_view utf8)
{
    return ps_string(printable_latin1(utf8));
}

/* Words wrapped into lines of at most `width` characters; a longer word is split; each
 * '\n' starts a new line. */
std::vector<std::string> wrap_lines(const std::string &latin1, size_t width)
{
    std::vector<std::string> lines;
    size_t start = 0;
    while (start <= latin1.size()) {
        size_t end = latin1.find('\n', start);
        std::string paragraph =
            latin1.substr(start, end == std::string::npos ? std::string::npos : end - start);
        std::string line;
        size_t i = 0;
        while (i < paragraph.size()) {
            size_t word_end = paragraph.find(' ', i);
            std::string word =
                paragraph.substr(i, word_end == std::string::npos ? std::string::npos : word_end - i);
            i = word_end == std::string::npos ? paragraph.size() : word_end + 1;
            if (word.empty())
                continue;
            if (!line.empty() && line.size() + 1 + word.size() > width) {
                lines.push_back(line);
                line.clear();
            }
            while (word.size() > width) {
                if (!line.empty()) {
                    lines.push_back(line);
                    line.clear();
                }
                lines.push_back(word.substr(0, width));
                word.erase(0, width);
            }
            line += (line.empty() ? "" : " ") + word;
        }
        lines.push_back(line);
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    while (!lines.empty() && lines.back().empty())
        lines.pop_back();
    return lines;
}

std::string join_non_empty(std::initializer_list<const std::string *> parts, const char *separator)
{
    std::string out;
    for (const std::string *part : parts)
        if (!part->empty())
            out += (out.empty() ? "" : separator) + *part;
    return out;
}

struct Row {
    const char *label;
    std::string value;
};

} // namespace

std::string generate_cover_page(const DocumentFields &f, const CoverPageDetails &details)
{
    char buffer[128];
    std::string ps = "%!PS-Adobe-3.0\n%%Creator: faxcom\n%%Title: Fax cover page\n%%Pages: 1\n";
    std::snprintf(buffer, sizeof buffer, "%%%%BoundingBox: 0 0 %d %d\n", page_width, page_height);
    ps += buffer;
    ps += "%%DocumentNeededResources: font Helvetica Helvetica-Bold Courier\n%%EndComments\n";
    ps += "%%BeginProlog\n"
          "/faxcom-encoding ISOLatin1Encoding 256 array copy def\n"
          "faxcom-encoding 133 /ellipsis put\n"
          "/faxcom-font { % new-name base-name\n"
          "  findfont dup length dict begin { 1 index /FID ne { def } { pop pop } ifelse } forall\n"
          "  /Encoding faxcom-encoding def currentdict end definefont pop } bind def\n"
          "/Helvetica-L1 /Helvetica faxcom-font\n"
          "/Helvetica-Bold-L1 /Helvetica-Bold faxcom-font\n"
          "/Courier-L1 /Courier faxcom-font\n"
          "% string max-width FitShow: shows the string, cut to fit and ended with an ellipsis\n"
          "/FitShow { /fit-width exch def /fit-text exch def\n"
          "  fit-text stringwidth pop fit-width le { fit-text show } {\n"
          "    /fit-n fit-text length def /fit-room fit-width (\\205) stringwidth pop sub def\n"
          "    { fit-n 0 le { exit } if /fit-n fit-n 1 sub def\n"
          "      fit-text 0 fit-n getinterval stringwidth pop fit-room le { exit } if } loop\n"
          "    fit-text 0 fit-n getinterval show (\\205) show } ifelse } bind def\n"
          "% label y Row-label; value y Row-value\n"
          "/LabelAt { /Helvetica-Bold-L1 findfont 10 scalefont setfont 54 exch moveto show } bind def\n";
    std::snprintf(
        buffer, sizeof buffer,
        "/ValueAt { /Helvetica-L1 findfont 11 scalefont setfont %d exch moveto %d FitShow } bind def\n",
        value_x, page_width - margin - value_x);
    ps += buffer;
    ps += "%%EndProlog\n%%Page: 1 1\n";

    int y = page_height - margin - 30;
    ps += "/Helvetica-Bold-L1 findfont 36 scalefont setfont 54 " + std::to_string(y) + " moveto (FAX) show\n";
    y -= 14;
    ps += "2 setlinewidth 54 " + std::to_string(y) + " moveto " + std::to_string(page_width - margin) + " " +
          std::to_string(y) + " lineto stroke\n";
    y -= 24;

    const std::string recipient_place =
        join_non_empty({&f.recipient_city, &f.recipient_state, &f.recipient_zip}, " ");
    const std::string page_text = details.document_pages == 1
                                      ? "1 page plus this cover"
                                      : std::to_string(details.document_pages) + " pages plus this cover";
    const std::vector<std::vector<Row>> blocks = {
        {{"To:", f.recipient_name},
         {"Fax:", f.fax_number},
         {"Company:", f.recipient_company},
         {"Title:", f.recipient_title},
         {"Department:", f.recipient_department},
         {"Office:", f.recipient_office},
         {"Address:", f.recipient_address},
         {"", recipient_place},
         {"", f.recipient_country},
         {"Office phone:", f.recipient_office_phone},
         {"Home phone:", f.recipient_home_phone}},
        {{"From:", f.sender_name},
         {"Fax:", f.sender_fax},
         {"Company:", f.sender_company},
         {"Title:", f.sender_title},
         {"Department:", f.sender_department},
         {"Office:", f.sender_office},
         {"Address:", f.sender_address},
         {"Office phone:", f.sender_office_phone},
         {"Home phone:", f.sender_home_phone}},
        {{"Date:", details.date_text}, {"Subject:", f.coverpage_subject}, {"Pages:", page_text}},
    };
    for (const std::vector<Row> &block : blocks) {
        for (const Row &row : block) {
            if (row.value.empty())
                continue;
            if (row.label[0])
                ps += ps_text(row.label) + " " + std::to_string(y) + " LabelAt\n";
            ps += ps_text(row.value) + " " + std::to_string(y) + " ValueAt\n";
            y -= 15;
        }
        y -= 10;
    }
    ps += "1 setlinewidth 54 " + std::to_string(y + 8) + " moveto " + std::to_string(page_width - margin) +
          " " + std::to_string(y + 8) + " lineto stroke\n";

    std::vector<std::string> note = wrap_lines(printable_latin1(f.coverpage_note, true), note_columns);
    if (!note.empty()) {
        y -= 14;
        ps += ps_text("Note:") + " " + std::to_string(y) + " LabelAt\n";
        y -= 16;
        ps += "/Courier-L1 findfont " + std::to_string(static_cast<int>(note_font_size)) +
              " scalefont setfont\n";
        const int room = std::max(0, static_cast<int>((y - margin) / note_leading) + 1);
        if (static_cast<int>(note.size()) > room) {
            note.resize(room);
            if (!note.empty()) {
                std::string &last = note.back();
                if (last.size() >= static_cast<size_t>(note_columns))
                    last.resize(note_columns - 1);
                last += ellipsis_code;
            }
        }
        double line_y = y;
        for (const std::string &line : note) {
            std::snprintf(buffer, sizeof buffer, "54 %.1f moveto ", line_y);
            ps += buffer + ps_string(line) + " show\n";
            line_y -= note_leading;
        }
    }
    ps += "showpage\n%%Trailer\n%%EOF\n";
    return ps;
}

Result<std::string> fill_cover_template(const std::string &template_utf8_path, const DocumentFields &f,
                                        const CoverPageDetails &details)
{
    Result<DocumentContent> body =
        read_document_file(template_utf8_path, [&](DocumentKind kind) -> Result<uint64_t> {
            if (kind != DocumentKind::postscript)
                return make_error(ErrorKind::bad_format,
                                  "'" + template_utf8_path + "' is not a PostScript faxcover template");
            return max_template_bytes;
        });
    if (!body)
        return make_error(body.error().kind, "cover page template: " + body.error().message);

    auto define = [](std::string &ps, const char *name, const std::string &value_ps) {
        ps += "/" + std::string(name) + " " + value_ps + " def\n";
    };
    const std::string recipient_place = join_non_empty(
        {&f.recipient_address, &f.recipient_city, &f.recipient_state, &f.recipient_zip, &f.recipient_country},
        ", ");
    const std::string &recipient_voice =
        f.recipient_office_phone.empty() ? f.recipient_home_phone : f.recipient_office_phone;
    const std::string &sender_voice =
        f.sender_office_phone.empty() ? f.sender_home_phone : f.sender_office_phone;

    std::string ps = "%!PS-Adobe-3.0\n%%Creator: faxcom\n%%Title: Fax cover page\n%%Pages: 1\n%%EndComments\n"
                     "%%BeginProlog\n200 dict begin\n";
    ps +=
        "% width height x y string BreakIntoLines: the string in lines of at most width\n"
        "/BreakIntoLines { /bil-text exch def /bil-y exch def /bil-x exch def /bil-h exch def /bil-w exch "
        "def\n"
        "  /bil-line () def\n"
        "  /bil-concat { /bil-b exch def /bil-a exch def bil-a length bil-b length add string\n"
        "    dup 0 bil-a putinterval dup bil-a length bil-b putinterval } def\n"
        "  /bil-flush { bil-x bil-y moveto bil-line show /bil-y bil-y bil-h sub def /bil-line () def } def\n"
        "  /bil-add { /bil-word exch def\n"
        "    bil-line length 0 eq { bil-word } { bil-line ( ) bil-concat bil-word bil-concat } ifelse\n"
        "    dup stringwidth pop bil-w le bil-line length 0 eq or\n"
        "    { /bil-line exch def } { pop bil-flush /bil-line bil-word def } ifelse } def\n"
        "  { bil-text (\\n) search\n"
        "    { /bil-para exch def pop /bil-text exch def } { /bil-para exch def /bil-text () def } ifelse\n"
        "    { bil-para ( ) search { bil-add pop /bil-para exch def } { bil-add exit } ifelse } loop\n"
        "    bil-flush bil-text length 0 eq { exit } if } loop } def\n";
    define(ps, "to", ps_text(f.recipient_name));
    define(ps, "to-company", ps_text(f.recipient_company));
    define(ps, "to-location", ps_text(recipient_place));
    define(ps, "to-voice-number", ps_text(recipient_voice));
    define(ps, "to-fax-number", ps_text(f.fax_number));
    define(ps, "from", ps_text(f.sender_name));
    define(ps, "from-company", ps_text(f.sender_company));
    define(ps, "from-location", ps_text(join_non_empty({&f.sender_office, &f.sender_address}, ", ")));
    define(ps, "from-voice-number", ps_text(sender_voice));
    define(ps, "from-fax-number", ps_text(f.sender_fax));
    define(ps, "from-mail-address", "()");
    define(ps, "regarding", ps_text(f.coverpage_subject));
    define(ps, "page-count", ps_text(std::to_string(details.document_pages)));
    define(ps, "todays-date", ps_text(details.date_text));
    define(ps, "pageWidth", "209.99");
    define(ps, "pageLength", "296.99");
    const std::string note = printable_latin1(f.coverpage_note, true);
    define(ps, "comments", ps_string(note));
    std::vector<std::string> wrapped = wrap_lines(note, faxcover_comment_width);
    std::vector<std::string> broken = wrap_lines(note, note.size() + 1);
    for (int i = 0; i < faxcover_comment_lines; ++i) {
        std::string n = std::to_string(i + 1);
        define(ps, ("comments" + n).c_str(),
               ps_string(i < static_cast<int>(wrapped.size()) ? wrapped[i] : ""));
        define(ps, ("Comment" + n).c_str(), ps_string(i < static_cast<int>(broken.size()) ? broken[i] : ""));
    }
    ps += "%%EndProlog\n%%Page: 1 1\n%%BeginDocument: cover-template.ps\n";
    ps += body.value().bytes;
    ps += "\n%%EndDocument\nend\n%%Trailer\n%%EOF\n";
    return ps;
}

Result<std::string> make_cover_page(const DocumentFields &f, int document_pages, std::time_t now,
                                    std::vector<std::string> &warnings)
{
    CoverPageDetails details{document_pages, {}};
    char date[64] = "";
    if (const std::tm *local = std::localtime(&now))
        std::strftime(date, sizeof(date), "%Y-%m-%d %H:%M", local);
    details.date_text = date;
    if (f.coverpage_name.empty())
        return generate_cover_page(f, details);
    Result<std::string> filled = fill_cover_template(f.coverpage_name, f, details);
    if (filled.ok())
        return filled;
    if (filled.error().kind != ErrorKind::bad_format)
        return filled.error();
    warnings.push_back("cover page " + f.coverpage_name + " cannot be rendered (" + filled.error().message +
                       "); sending a generated cover page instead");
    return generate_cover_page(f, details);
}

} // namespace faxcom
