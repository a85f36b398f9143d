// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * What kind of document a file is (by content, not by name) and how many pages it has.
 *
 * detect_document_kind reads at most the first 4 KiB:
 *   TIFF ("II*\0" / "MM\0*"), PostScript ("%!"), PDF ("%PDF-" within the first 1024 bytes),
 *   plain text (UTF-8 or Latin-1: no NUL, tab/CR/LF/FF allowed, at most 1 in 100 other
 *   control bytes).
 * Errors: not_found (no such file), io (unreadable), bad_input ("... is empty"), and
 * bad_format naming what the file is when recognisable (a PNG/JPEG/GIF image, a ZIP archive
 * such as a .docx/.xlsx/.odt document, an OLE compound document such as a .doc/.xls file, an
 * RTF document, a Windows cover page (.cov) file, a BigTIFF file, UTF-16 text, PCL, binary
 * data) and which types faxcom can send.
 *
 * count_document_pages:
 *   TIFF        the number of IFDs (TiffFile::page_count)
 *   PostScript  the "%%Pages: N" header (or trailer when "(atend)"), else the "%%Page:" lines;
 *               embedded documents (%%BeginDocument ... %%EndDocument) are skipped
 *   PDF         "/Type /Page" objects (not /Pages); files up to 64 MiB
 *   text        the pages text_to_postscript makes of it with its default layout (the text
 *               is rendered and its %%Pages: read, so the count always matches); up to 16 MiB
 * A document whose pages cannot be counted is an error, never 0.
 */
#ifndef FAXCOM_BACKEND_DOCUMENT_KIND_H
#define FAXCOM_BACKEND_DOCUMENT_KIND_H

#include <string>

#include "common/fax_service.h"
#include "common/result.h"

namespace faxcom {

Result<DocumentKind> detect_document_kind(const std::string &utf8_path);

Result<int> count_document_pages(const DocumentFile &doc);

} // namespace faxcom

#endif
