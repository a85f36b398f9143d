// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * A document's file read once, and made ready to send.
 *
 * read_document_file opens the file, reads its first bytes to tell its kind
 * (document_kind.h), asks `limit_for` how large a file of that kind may be (or whether it
 * is refused), then reads the rest.  Every byte is read once.
 *   Errors: not_found / io (the file), bad_input ("'...' is empty", "... is larger than the
 *   limit of N bytes"), bad_format (a kind faxcom cannot send), or what `limit_for` returns.
 *
 * prepare_document makes a PreparedDocument (common/fax_service.h) of it: the bytes as read,
 * or a text rendered to PostScript (text_to_postscript.h, default layout); the pages counted
 * on those bytes.  Text files up to 16 MiB, others up to 256 MiB.  Pages that cannot be
 * counted are no reason to refuse a fax: page_count is then 0 and a warning says why.
 * This is the one place a document is opened, rendered and checked for being empty.
 */
#ifndef FAXCOM_BACKEND_PREPARED_DOCUMENT_H
#define FAXCOM_BACKEND_PREPARED_DOCUMENT_H

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "common/fax_service.h"
#include "common/result.h"

namespace faxcom {

struct DocumentContent {
    DocumentKind kind = DocumentKind::tiff;
    std::string bytes;
};

using DocumentSizeLimit = std::function<Result<uint64_t>(DocumentKind kind)>;
Result<DocumentContent> read_document_file(const std::string &utf8_path, const DocumentSizeLimit &limit_for);

inline constexpr uint64_t max_document_bytes = 256ull * 1024 * 1024;
inline constexpr uint64_t max_text_document_bytes = 16ull * 1024 * 1024;

/* `warnings` gets what the caller should trace (pages that cannot be counted). */
Result<PreparedDocument> prepare_document(const std::string &utf8_path, std::vector<std::string> &warnings);

} // namespace faxcom

#endif
