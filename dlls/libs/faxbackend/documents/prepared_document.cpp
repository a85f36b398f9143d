// SPDX-License-Identifier: LGPL-2.1-or-later
#include "documents/prepared_document.h"

#include <algorithm>

#include "common/file_reader.h"
#include "documents/document_kind.h"
#include "documents/text_to_postscript.h"

namespace faxcom {

Result<DocumentContent> read_document_file(const std::string &utf8_path, const DocumentSizeLimit &limit_for)
{
    Result<FileReader> opened = FileReader::open(utf8_path);
    if (!opened)
        return opened.error();
    const FileReader &file = opened.value();
    if (file.size() == 0)
        return make_error(ErrorKind::bad_input, "'" + utf8_path + "' is empty");
    std::string bytes(static_cast<size_t>(std::min<uint64_t>(file.size(), document_kind_sniff_bytes)), '\0');
    if (Status read = file.read_at(0, bytes.data(), bytes.size()); !read)
        return read.error();
    Result<DocumentKind> kind = document_kind_of(bytes, utf8_path);
    if (!kind)
        return kind.error();
    Result<uint64_t> limit = limit_for(kind.value());
    if (!limit)
        return limit.error();
    if (file.size() > limit.value())
        return make_error(ErrorKind::bad_input, utf8_path + " is larger than the limit of " +
                                                    std::to_string(limit.value()) + " bytes");
    const size_t head = bytes.size();
    bytes.resize(static_cast<size_t>(file.size()));
    if (Status read = file.read_at(head, bytes.data() + head, bytes.size() - head); !read)
        return read.error();
    return DocumentContent{kind.value(), std::move(bytes)};
}

Result<PreparedDocument> prepare_document(const std::string &utf8_path, std::vector<std::string> &warnings)
{
    Result<DocumentContent> file = read_document_file(utf8_path, [](DocumentKind kind) -> Result<uint64_t> {
        return kind == DocumentKind::text ? max_text_document_bytes : max_document_bytes;
    });
    if (!file)
        return file.error();
    PreparedDocument document;
    document.source_path = utf8_path;
    document.kind = file.value().kind;
    document.form = form_of(document.kind);
    document.bytes = document.kind == DocumentKind::text ? text_to_postscript(file.value().bytes)
                                                         : std::move(file.value().bytes);
    Result<int> pages = count_pages(document.form, document.bytes, utf8_path);
    if (pages)
        document.page_count = pages.value();
    else
        warnings.push_back("cannot count the pages of " + utf8_path + ": " + pages.error().message);
    return document;
}

} // namespace faxcom
