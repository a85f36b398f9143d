// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * How often a document is read while one of these lives: the opens of its file (through
 * FileReader's test seam) and the texts rendered to PostScript.  One at a time.
 *
 *     DocumentReads reads(path);
 *     ... FaxDoc.Send's steps ...
 *     assert_int_equal(reads.opens(), 1);
 */
#ifndef FAXCOM_TESTS_DOCUMENT_READS_H
#define FAXCOM_TESTS_DOCUMENT_READS_H

#include <algorithm>
#include <string>
#include <vector>

#include "common/file_reader.h"
#include "documents/text_to_postscript.h"

class DocumentReads {
  public:
    explicit DocumentReads(std::string path)
        : path_(std::move(path)), rendered_before_(faxcom::texts_rendered())
    {
        opened_paths().clear();
        faxcom::observe_file_opens([](const std::string &opened) { opened_paths().push_back(opened); });
    }
    ~DocumentReads() { faxcom::observe_file_opens(nullptr); }
    DocumentReads(const DocumentReads &) = delete;
    DocumentReads &operator=(const DocumentReads &) = delete;

    long opens() const { return std::count(opened_paths().begin(), opened_paths().end(), path_); }
    long renderings() const { return static_cast<long>(faxcom::texts_rendered() - rendered_before_); }

  private:
    static std::vector<std::string> &opened_paths()
    {
        static std::vector<std::string> paths;
        return paths;
    }

    std::string path_;
    uint64_t rendered_before_;
};

#endif
