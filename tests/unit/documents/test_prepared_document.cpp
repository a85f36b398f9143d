// SPDX-License-Identifier: LGPL-2.1-or-later
/* A document's file read once and made ready to send: its kind, its bytes (text rendered),
 * its pages counted on those bytes, and the errors of a file that cannot be sent. */
#include "cmocka_cpp.h"
#include "document_reads.h"
#include "temp_directory.h"

#include <cstring>
#include <string>
#include <vector>

#include "documents/prepared_document.h"
#include "documents/text_to_postscript.h"

using namespace faxcom;

namespace {

TempDirectory test_dir;

int setup(void **)
{
    return test_dir.create("faxcom-prepared");
}

int teardown(void **)
{
    return test_dir.remove();
}

PreparedDocument prepared(const std::string &path, std::vector<std::string> &warnings)
{
    Result<PreparedDocument> document = prepare_document(path, warnings);
    if (!document)
        fail_msg("refused: %s", document.error().message.c_str());
    return document.value();
}

void assert_refused(const std::string &path, ErrorKind kind, const char *message_part)
{
    std::vector<std::string> warnings;
    Result<PreparedDocument> document = prepare_document(path, warnings);
    if (document)
        fail_msg("accepted %s, expected an error with '%s'", path.c_str(), message_part);
    assert_int_equal(static_cast<int>(document.error().kind), static_cast<int>(kind));
    if (!std::strstr(document.error().message.c_str(), message_part))
        fail_msg("message '%s' lacks '%s'", document.error().message.c_str(), message_part);
}

void text_is_read_once_rendered_once_and_counted(void **)
{
    const std::string text = "one\fTwo\fthree\n";
    const std::string path = test_dir.write("letter.txt", text);
    std::vector<std::string> warnings;
    DocumentReads reads(path);
    PreparedDocument document = prepared(path, warnings);
    assert_int_equal(reads.opens(), 1);
    assert_int_equal(reads.renderings(), 1);
    assert_string_equal(document.source_path.c_str(), path.c_str());
    assert_int_equal(static_cast<int>(document.kind), static_cast<int>(DocumentKind::text));
    assert_int_equal(static_cast<int>(document.form), static_cast<int>(DocumentForm::postscript));
    assert_true(document.bytes == text_to_postscript(text));
    assert_int_equal(document.page_count, 3);
    assert_true(warnings.empty());
}

void other_kinds_are_sent_as_read(void **)
{
    const std::string postscript = "%!PS-Adobe-3.0\n%%Pages: 2\nshowpage\nshowpage\n";
    const std::string pdf = "%PDF-1.4\n3 0 obj << /Type /Page >> endobj\n";
    const struct {
        std::string name, bytes;
        DocumentKind kind;
        DocumentForm form;
        int pages;
    } cases[] = {
        {"page.ps", postscript, DocumentKind::postscript, DocumentForm::postscript, 2},
        {"page.pdf", pdf, DocumentKind::pdf, DocumentForm::pdf, 1},
        {"big.ps", postscript + std::string(100000, '\n'), DocumentKind::postscript, DocumentForm::postscript,
         2}, /* longer than the first bytes read for the kind */
    };
    for (const auto &c : cases) {
        std::vector<std::string> warnings;
        const std::string path = test_dir.write(c.name, c.bytes);
        DocumentReads reads(path);
        PreparedDocument document = prepared(path, warnings);
        assert_int_equal(reads.opens(), 1);
        assert_int_equal(reads.renderings(), 0);
        assert_int_equal(static_cast<int>(document.kind), static_cast<int>(c.kind));
        assert_int_equal(static_cast<int>(document.form), static_cast<int>(c.form));
        assert_true(document.bytes == c.bytes);
        assert_int_equal(document.page_count, c.pages);
    }
}

/* Pages that cannot be counted do not stop the fax: no count, and a warning. */
void uncountable_pages_are_a_warning(void **)
{
    std::vector<std::string> warnings;
    const std::string path = test_dir.write("broken.tif", std::string("II*\0garbage", 11));
    PreparedDocument document = prepared(path, warnings);
    assert_int_equal(static_cast<int>(document.form), static_cast<int>(DocumentForm::tiff));
    assert_int_equal(document.page_count, 0);
    assert_int_equal(warnings.size(), 1);
    assert_non_null(std::strstr(warnings[0].c_str(), "cannot count the pages of"));
    assert_non_null(std::strstr(warnings[0].c_str(), path.c_str()));
}

void files_that_cannot_be_sent(void **)
{
    assert_refused(test_dir.path() + "/no-such-file.pdf", ErrorKind::not_found, "no-such-file.pdf");
    assert_refused(test_dir.write("empty.txt", ""), ErrorKind::bad_input, "is empty");
    assert_refused(test_dir.write("image.png", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)),
                   ErrorKind::bad_format, "a PNG image");
    assert_refused(test_dir.write("long.txt", std::string(max_text_document_bytes + 1, 'x')),
                   ErrorKind::bad_input, "is larger than the limit of 16777216 bytes");
    assert_refused(test_dir.path(), ErrorKind::io, "");
}

/* The kind is known, and may be refused, before the size matters. */
void the_kind_decides_the_size_limit(void **)
{
    const std::string path = test_dir.write("kinds.ps", "%!PS\n" + std::string(100, 'x'));
    auto refuse_postscript = [](DocumentKind kind) -> Result<uint64_t> {
        if (kind == DocumentKind::postscript)
            return make_error(ErrorKind::bad_format, "no PostScript here");
        return uint64_t{10};
    };
    Result<DocumentContent> refused = read_document_file(path, refuse_postscript);
    assert_false(refused.ok());
    assert_string_equal(refused.error().message.c_str(), "no PostScript here");
    Result<DocumentContent> too_large =
        read_document_file(path, [](DocumentKind) -> Result<uint64_t> { return uint64_t{10}; });
    assert_int_equal(static_cast<int>(too_large.error().kind), static_cast<int>(ErrorKind::bad_input));
    Result<DocumentContent> read =
        read_document_file(path, [](DocumentKind) -> Result<uint64_t> { return uint64_t{105}; });
    assert_true(read.ok());
    assert_true(read.value().bytes == "%!PS\n" + std::string(100, 'x'));
}

} // namespace

int main()
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(text_is_read_once_rendered_once_and_counted),
        cmocka_unit_test(other_kinds_are_sent_as_read),
        cmocka_unit_test(uncountable_pages_are_a_warning),
        cmocka_unit_test(files_that_cannot_be_sent),
        cmocka_unit_test(the_kind_decides_the_size_limit),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
