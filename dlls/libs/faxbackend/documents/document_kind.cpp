// SPDX-License-Identifier: LGPL-2.1-or-later
#include "documents/document_kind.h"

#include <algorithm>
#include <cstring>

#include "tiff/tiff_file.h"

namespace faxcom {

namespace {

constexpr size_t pdf_header_window = 1024;
constexpr uint64_t max_scanned_bytes = 64ull * 1024 * 1024;
constexpr const char *sendable_types = "faxcom can send TIFF, PostScript, PDF and plain text files";

bool starts_with(std::string_view data, std::string_view prefix)
{
    return data.substr(0, prefix.size()) == prefix;
}

struct Signature {
    std::string_view magic;
    const char *description;
};

/* Formats faxcom cannot send, recognised only to say what they are. */
const Signature unsupported_signatures[] = {
    {"\x89PNG\r\n\x1a\n", "a PNG image"},
    {"\xff\xd8\xff", "a JPEG image"},
    {"GIF87a", "a GIF image"},
    {"GIF89a", "a GIF image"},
    {"PK\x03\x04", "a ZIP archive such as a .docx/.xlsx/.odt document"},
    {"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an OLE compound document such as a .doc/.xls file"},
    {"{\\rtf", "an RTF document"},
    {"FAXCOVER-VER", "a Windows cover page (.cov) file"},
    {std::string_view("II+\0", 4), "a BigTIFF file"},
    {std::string_view("MM\0+", 4), "a BigTIFF file"},
    {"\xff\xfe", "UTF-16 text (save it as UTF-8 or Latin-1)"},
    {"\xfe\xff", "UTF-16 text (save it as UTF-8 or Latin-1)"},
    {"\x1b"
     "E",
     "a PCL print file"},
    {"\xc5\xd0\xd3\xc6", "an EPS file with a binary preview header"},
};

bool looks_like_text(std::string_view data)
{
    size_t controls = 0;
    for (char c : data) {
        auto byte = static_cast<unsigned char>(c);
        if (byte == 0)
            return false;
        if ((byte < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || byte == 0x7f)
            ++controls;
    }
    return controls * 100 <= data.size();
}

Error not_sendable(const std::string &name, const char *what)
{
    return make_error(ErrorKind::bad_format, "'" + name + "' is " + what + "; " + sendable_types);
}

Status check_scannable(std::string_view bytes, const std::string &name)
{
    if (bytes.size() > max_scanned_bytes)
        return make_error(ErrorKind::bad_input, "'" + name + "' is too large to count its pages (more than " +
                                                    std::to_string(max_scanned_bytes / (1024 * 1024)) +
                                                    " MiB)");
    return success();
}

/* A non-negative decimal number at the start of `text` (after blanks), or -1. */
long leading_number(std::string_view text)
{
    size_t i = text.find_first_not_of(" \t");
    if (i == std::string_view::npos || text[i] < '0' || text[i] > '9')
        return -1;
    long value = 0;
    for (; i < text.size() && text[i] >= '0' && text[i] <= '9' && value < 1000000; ++i)
        value = value * 10 + (text[i] - '0');
    return value;
}

Result<int> count_postscript_pages(std::string_view bytes, const std::string &name)
{
    if (Status size = check_scannable(bytes, name); !size)
        return size.error();
    long header_pages = -1, last_pages = -1, page_comments = 0;
    bool pages_at_end = false;
    int embedded_depth = 0;
    std::string line;
    auto end_line = [&]() {
        std::string_view text = line;
        if (starts_with(text, "%%BeginDocument"))
            ++embedded_depth;
        else if (starts_with(text, "%%EndDocument") && embedded_depth > 0)
            --embedded_depth;
        else if (embedded_depth == 0 && starts_with(text, "%%Pages:")) {
            std::string_view value = text.substr(8);
            if (value.find("(atend)") != std::string_view::npos)
                pages_at_end = true;
            else if (long number = leading_number(value); number >= 0) {
                if (header_pages < 0)
                    header_pages = number;
                last_pages = number;
            }
        } else if (embedded_depth == 0 && starts_with(text, "%%Page:"))
            ++page_comments;
        line.clear();
    };
    for (char c : bytes) {
        if (c == '\n' || c == '\r')
            end_line();
        else if (line.size() < 64)
            line += c; /* only the start of a line matters */
    }
    end_line();
    long pages = pages_at_end ? last_pages : header_pages;
    if (pages <= 0)
        pages = page_comments;
    if (pages <= 0)
        return make_error(ErrorKind::bad_format,
                          "'" + name +
                              "' has no DSC page comments (%%Pages: or %%Page:), so its "
                              "pages cannot be counted");
    return static_cast<int>(pages);
}

bool is_pdf_delimiter(char c)
{
    return std::strchr(" \t\r\n\f/<>[]()%", c) != nullptr || c == '\0';
}

Result<int> count_pdf_pages(std::string_view bytes, const std::string &name)
{
    if (Status size = check_scannable(bytes, name); !size)
        return size.error();
    constexpr std::string_view type_key = "/Type";
    constexpr std::string_view page_name = "/Page";
    constexpr size_t max_blanks = 16;
    long pages = 0;
    for (size_t at = bytes.find(type_key); at != std::string_view::npos; at = bytes.find(type_key, at + 1)) {
        size_t i = at + type_key.size();
        size_t blanks = 0;
        while (i < bytes.size() && blanks <= max_blanks && bytes[i] != '\0' &&
               std::strchr(" \t\r\n\f", bytes[i])) {
            ++i;
            ++blanks;
        }
        if (bytes.substr(i, page_name.size()) != page_name)
            continue;
        i += page_name.size();
        if (i >= bytes.size() || is_pdf_delimiter(bytes[i]))
            ++pages;
    }
    if (pages <= 0)
        return make_error(ErrorKind::bad_format,
                          "'" + name +
                              "': no /Type /Page objects found (its pages may be in "
                              "compressed object streams), so its pages cannot be counted");
    return static_cast<int>(std::min<long>(pages, 1000000));
}

Result<int> count_tiff_pages(std::string_view bytes, const std::string &name)
{
    Result<TiffFile> tiff = TiffFile::parse(bytes, name);
    if (!tiff)
        return tiff.error();
    if (tiff.value().page_count() == 0)
        return make_error(ErrorKind::bad_format, "'" + name + "' has no pages");
    return static_cast<int>(tiff.value().page_count());
}

} // namespace

Result<DocumentKind> document_kind_of(std::string_view bytes, const std::string &name)
{
    std::string_view data = bytes.substr(0, document_kind_sniff_bytes);
    if (starts_with(data, std::string_view("II*\0", 4)) || starts_with(data, std::string_view("MM\0*", 4)))
        return DocumentKind::tiff;
    if (starts_with(data, "%!"))
        return DocumentKind::postscript;
    if (data.substr(0, pdf_header_window).find("%PDF-") != std::string_view::npos)
        return DocumentKind::pdf;
    for (const Signature &signature : unsupported_signatures)
        if (starts_with(data, signature.magic))
            return not_sendable(name, signature.description);
    std::string_view without_bom = starts_with(data, "\xef\xbb\xbf") ? data.substr(3) : data;
    if (looks_like_text(without_bom))
        return DocumentKind::text;
    return not_sendable(name, "binary data of a kind faxcom does not know");
}

DocumentForm form_of(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::tiff: return DocumentForm::tiff;
    case DocumentKind::pdf: return DocumentForm::pdf;
    case DocumentKind::postscript:
    case DocumentKind::text: return DocumentForm::postscript;
    }
    return DocumentForm::postscript;
}

Result<int> count_pages(DocumentForm form, std::string_view bytes, const std::string &name)
{
    switch (form) {
    case DocumentForm::tiff: return count_tiff_pages(bytes, name);
    case DocumentForm::postscript: return count_postscript_pages(bytes, name);
    case DocumentForm::pdf: return count_pdf_pages(bytes, name);
    }
    return make_error(ErrorKind::bad_input, "'" + name + "' has an unknown document form");
}

} // namespace faxcom
