// SPDX-License-Identifier: LGPL-2.1-or-later
#include "documents/document_kind.h"

#include <algorithm>
#include <cstring>
#include <functional>
#include <string_view>
#include <vector>

#include "common/file_reader.h"
#include "documents/text_to_postscript.h"
#include "tiff/tiff_file.h"

namespace faxcom {

namespace {

constexpr size_t sniff_bytes = 4096;
constexpr size_t pdf_header_window = 1024;
constexpr uint64_t max_scanned_bytes = 64ull * 1024 * 1024;
constexpr uint64_t max_text_bytes = 16ull * 1024 * 1024;
constexpr size_t scan_chunk_bytes = 1024 * 1024;
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

Result<std::string> read_head(const FileReader &reader, size_t limit)
{
    std::string head(static_cast<size_t>(std::min<uint64_t>(reader.size(), limit)), '\0');
    if (Status read = reader.read_at(0, head.data(), head.size()); !read)
        return read.error();
    return head;
}

Error not_sendable(const std::string &path, const char *what)
{
    return make_error(ErrorKind::bad_format, "'" + path + "' is " + what + "; " + sendable_types);
}

/* Calls `visit` with successive pieces of the file.  Each piece begins with the last
 * `overlap` bytes of the previous one, so a pattern shorter than `overlap` that starts in
 * the final `overlap` bytes of a piece (not the last) is seen whole in the next one. */
Status scan_file(const FileReader &reader, size_t overlap,
                 const std::function<void(std::string_view piece, bool is_last)> &visit)
{
    std::string piece;
    uint64_t offset = 0;
    while (offset < reader.size()) {
        size_t length = static_cast<size_t>(std::min<uint64_t>(scan_chunk_bytes, reader.size() - offset));
        size_t kept = std::min(overlap, piece.size());
        piece.erase(0, piece.size() - kept);
        piece.resize(kept + length);
        if (Status read = reader.read_at(offset, piece.data() + kept, length); !read)
            return read;
        offset += length;
        visit(piece, offset == reader.size());
    }
    return success();
}

Result<FileReader> open_bounded(const std::string &path, uint64_t limit)
{
    Result<FileReader> reader = FileReader::open(path);
    if (reader && reader.value().size() > limit)
        return make_error(ErrorKind::bad_input, "'" + path + "' is too large to count its pages (more than " +
                                                    std::to_string(limit / (1024 * 1024)) + " MiB)");
    return reader;
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

Result<int> count_postscript_pages(const std::string &path)
{
    Result<FileReader> reader = open_bounded(path, max_scanned_bytes);
    if (!reader)
        return reader.error();
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
    Status scanned = scan_file(reader.value(), 0, [&](std::string_view piece, bool) {
        for (char c : piece) {
            if (c == '\n' || c == '\r')
                end_line();
            else if (line.size() < 64)
                line += c; /* only the start of a line matters */
        }
    });
    if (!scanned)
        return scanned.error();
    end_line();
    long pages = pages_at_end ? last_pages : header_pages;
    if (pages <= 0)
        pages = page_comments;
    if (pages <= 0)
        return make_error(ErrorKind::bad_format,
                          "'" + path +
                              "' has no DSC page comments (%%Pages: or %%Page:), so its "
                              "pages cannot be counted");
    return static_cast<int>(pages);
}

bool is_pdf_delimiter(char c)
{
    return std::strchr(" \t\r\n\f/<>[]()%", c) != nullptr || c == '\0';
}

Result<int> count_pdf_pages(const std::string &path)
{
    Result<FileReader> reader = open_bounded(path, max_scanned_bytes);
    if (!reader)
        return reader.error();
    constexpr std::string_view type_key = "/Type";
    constexpr std::string_view page_name = "/Page";
    constexpr size_t max_blanks = 16;
    constexpr size_t pattern_room = 5 + max_blanks + 5 + 1;
    long pages = 0;
    Status scanned = scan_file(reader.value(), pattern_room, [&](std::string_view piece, bool is_last) {
        /* matches starting in the overlap are counted with the next piece */
        size_t limit = is_last ? piece.size() : piece.size() - std::min(piece.size(), pattern_room);
        for (size_t at = piece.find(type_key); at < limit; at = piece.find(type_key, at + 1)) {
            size_t i = at + type_key.size();
            size_t blanks = 0;
            while (i < piece.size() && blanks <= max_blanks && piece[i] != '\0' &&
                   std::strchr(" \t\r\n\f", piece[i])) {
                ++i;
                ++blanks;
            }
            if (piece.substr(i, page_name.size()) != page_name)
                continue;
            i += page_name.size();
            if (i >= piece.size() || is_pdf_delimiter(piece[i]))
                ++pages;
        }
    });
    if (!scanned)
        return scanned.error();
    if (pages <= 0)
        return make_error(ErrorKind::bad_format,
                          "'" + path +
                              "': no /Type /Page objects found (its pages may be in "
                              "compressed object streams), so its pages cannot be counted");
    return static_cast<int>(std::min<long>(pages, 1000000));
}

Result<int> count_text_pages(const std::string &path)
{
    Result<FileReader> reader = open_bounded(path, max_text_bytes);
    if (!reader)
        return reader.error();
    Result<std::vector<uint8_t>> bytes = reader.value().read_all(max_text_bytes);
    if (!bytes)
        return bytes.error();
    std::string postscript = text_to_postscript(
        std::string_view(reinterpret_cast<const char *>(bytes.value().data()), bytes.value().size()));
    size_t at = postscript.find("\n%%Pages: ");
    long pages = at == std::string::npos ? -1 : leading_number(std::string_view(postscript).substr(at + 10));
    if (pages <= 0)
        return make_error(ErrorKind::bad_format, "'" + path + "': the text rendering has no page count");
    return static_cast<int>(pages);
}

} // namespace

Result<DocumentKind> detect_document_kind(const std::string &utf8_path)
{
    Result<FileReader> reader = FileReader::open(utf8_path);
    if (!reader)
        return reader.error();
    if (reader.value().size() == 0)
        return make_error(ErrorKind::bad_input, "'" + utf8_path + "' is empty");
    Result<std::string> head = read_head(reader.value(), sniff_bytes);
    if (!head)
        return head.error();
    std::string_view data = head.value();

    if (starts_with(data, std::string_view("II*\0", 4)) || starts_with(data, std::string_view("MM\0*", 4)))
        return DocumentKind::tiff;
    if (starts_with(data, "%!"))
        return DocumentKind::postscript;
    if (data.substr(0, pdf_header_window).find("%PDF-") != std::string_view::npos)
        return DocumentKind::pdf;
    for (const Signature &signature : unsupported_signatures)
        if (starts_with(data, signature.magic))
            return not_sendable(utf8_path, signature.description);
    std::string_view without_bom = starts_with(data, "\xef\xbb\xbf") ? data.substr(3) : data;
    if (looks_like_text(without_bom))
        return DocumentKind::text;
    return not_sendable(utf8_path, "binary data of a kind faxcom does not know");
}

Result<int> count_document_pages(const DocumentFile &doc)
{
    switch (doc.kind) {
    case DocumentKind::tiff: {
        Result<TiffFile> tiff = TiffFile::open(doc.path);
        if (!tiff)
            return tiff.error();
        if (tiff.value().page_count() == 0)
            return make_error(ErrorKind::bad_format, "'" + doc.path + "' has no pages");
        return static_cast<int>(tiff.value().page_count());
    }
    case DocumentKind::postscript: return count_postscript_pages(doc.path);
    case DocumentKind::pdf: return count_pdf_pages(doc.path);
    case DocumentKind::text: return count_text_pages(doc.path);
    }
    return make_error(ErrorKind::bad_input, "'" + doc.path + "' has an unknown document kind");
}

} // namespace faxcom
