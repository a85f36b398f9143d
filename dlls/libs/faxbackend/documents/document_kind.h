// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * What kind of document some bytes are (by content, not by name) and how many pages a
 * document in the form it is sent in has.  Nothing here opens a file: prepared_document.h
 * reads each file once and hands its bytes to these.
 *
 * document_kind_of looks at the first 4 KiB at most:
 *   TIFF ("II*\0" / "MM\0*"), PostScript ("%!"), PDF ("%PDF-" within the first 1024 bytes),
 *   plain text (UTF-8 or Latin-1: no NUL, tab/CR/LF/FF allowed, at most 1 in 100 other
 *   control bytes).
 * Errors: bad_format naming what the bytes are when recognisable (a PNG/JPEG/GIF image, a
 * ZIP archive such as a .docx/.xlsx/.odt document, an OLE compound document such as a
 * .doc/.xls file, an RTF document, a Windows cover page (.cov) file, a BigTIFF file, UTF-16
 * text, PCL, binary data) and which types faxcom can send.
 *
 * count_pages:
 *   TIFF        the number of IFDs (TiffFile::page_count)
 *   PostScript  the "%%Pages: N" header (or trailer when "(atend)"), else the "%%Page:" lines;
 *               embedded documents (%%BeginDocument ... %%EndDocument) are skipped; up to 64 MiB
 *   PDF         "/Type /Page" objects (not /Pages); up to 64 MiB
 * A text document is sent rendered, so its pages are those of its PostScript rendering.
 * A document whose pages cannot be counted is an error, never 0.  `name` (the file's path)
 * is only used in error messages.
 */
#ifndef FAXCOM_BACKEND_DOCUMENT_KIND_H
#define FAXCOM_BACKEND_DOCUMENT_KIND_H

#include <string>
#include <string_view>

#include "common/fax_service.h"
#include "common/result.h"

namespace faxcom {

/* document_kind_of looks at no more than this many bytes. */
inline constexpr size_t document_kind_sniff_bytes = 4096;
Result<DocumentKind> document_kind_of(std::string_view bytes, const std::string &name);

/* The form a document of `kind` is sent in: text is sent as PostScript. */
DocumentForm form_of(DocumentKind kind);

Result<int> count_pages(DocumentForm form, std::string_view bytes, const std::string &name);

} // namespace faxcom

#endif
