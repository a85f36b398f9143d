// SPDX-License-Identifier: LGPL-2.1-or-later
/* What kind of document some bytes are, and the pages of each form. */
#include "cmocka_cpp.h"

#include <cstring>
#include <string>

#include "documents/document_kind.h"
#include "documents/text_to_postscript.h"

using namespace faxcom;

static void assert_kind_of(const std::string &content, DocumentKind expected)
{
    Result<DocumentKind> kind = document_kind_of(content, "doc");
    if (!kind)
        fail_msg("refused: %s", kind.error().message.c_str());
    assert_int_equal(static_cast<int>(kind.value()), static_cast<int>(expected));
}

static void assert_refused(const std::string &content, ErrorKind error, const char *message_part)
{
    Result<DocumentKind> kind = document_kind_of(content, "doc");
    if (kind)
        fail_msg("accepted content expected to contain '%s'", message_part);
    assert_int_equal(static_cast<int>(kind.error().kind), static_cast<int>(error));
    if (!strstr(kind.error().message.c_str(), message_part))
        fail_msg("message '%s' lacks '%s'", kind.error().message.c_str(), message_part);
}

/* A little-endian TIFF with `pages` IFDs of one tag each (ImageWidth = 1728). */
static std::string tiny_tiff(int pages)
{
    std::string tiff("II*\0", 4);
    auto put16 = [&](unsigned v) { tiff += static_cast<char>(v & 0xff), tiff += static_cast<char>(v >> 8); };
    auto put32 = [&](unsigned v) { put16(v & 0xffff), put16(v >> 16); };
    put32(8);
    for (int p = 0; p < pages; ++p) {
        put16(1);
        put16(256), put16(3), put32(1), put16(1728), put16(0);
        put32(p + 1 < pages ? static_cast<unsigned>(tiff.size() + 4) : 0);
    }
    return tiff;
}

static void sendable_kinds(void **)
{
    assert_kind_of(tiny_tiff(1), DocumentKind::tiff);
    assert_kind_of(std::string("MM\0*\0\0\0\x08", 8), DocumentKind::tiff);
    assert_kind_of("%!PS-Adobe-3.0\n", DocumentKind::postscript);
    assert_kind_of("%PDF-1.4\n", DocumentKind::pdf);
    assert_kind_of(std::string(600, '\n') + "%PDF-1.7\n", DocumentKind::pdf); /* junk before the header */
    assert_kind_of("Hello,\r\n\tworld\f page two\n", DocumentKind::text);
    assert_kind_of("M\xc3\xbcller \xe6\x97\xa5\xe6\x9c\xac\n", DocumentKind::text); /* UTF-8 */
    assert_kind_of("M\xfcller, Stra\xdf"
                   "e\n",
                   DocumentKind::text); /* Latin-1 */
    assert_kind_of("\xef\xbb\xbfwith a BOM\n", DocumentKind::text);
    assert_kind_of(std::string(200, 'a') + "\x1b", DocumentKind::text); /* one control byte in 201 */
}

static void unsendable_kinds_are_named(void **)
{
    const struct {
        std::string content;
        const char *name;
    } cases[] = {
        {"\x89PNG\r\n\x1a\n....", "a PNG image"},
        {"\xff\xd8\xff\xe0....JFIF", "a JPEG image"},
        {"GIF89a....", "a GIF image"},
        {std::string("PK\x03\x04\x14\0", 6), "a ZIP archive such as a .docx/.xlsx/.odt document"},
        {"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1....", "an OLE compound document such as a .doc/.xls file"},
        {"{\\rtf1\\ansi hello}", "an RTF document"},
        {std::string("FAXCOVER-VER005w\0\0", 18), "a Windows cover page (.cov) file"},
        {std::string("II+\0\x08\0\0\0", 8), "a BigTIFF file"},
        {std::string("\xff\xfeh\0i\0", 6), "UTF-16 text"},
        {std::string("abc\0def", 7), "binary data"},
        {std::string(50, 'a') + "\x01\x02\x03", "binary data"}, /* too many control bytes */
    };
    for (const auto &c : cases) {
        assert_refused(c.content, ErrorKind::bad_format, c.name);
        assert_refused(c.content, ErrorKind::bad_format,
                       "faxcom can send TIFF, PostScript, PDF and plain text");
    }
}

static int pages_of(const std::string &content, DocumentForm form)
{
    Result<int> pages = count_pages(form, content, "pages");
    if (!pages)
        fail_msg("could not count: %s", pages.error().message.c_str());
    return pages.value();
}

static void assert_uncountable(const std::string &content, DocumentForm form, const char *message_part)
{
    Result<int> pages = count_pages(form, content, "pages");
    if (pages)
        fail_msg("counted %d pages, expected an error", pages.value());
    if (!strstr(pages.error().message.c_str(), message_part))
        fail_msg("message '%s' lacks '%s'", pages.error().message.c_str(), message_part);
}

static void tiff_pages(void **)
{
    assert_int_equal(pages_of(tiny_tiff(1), DocumentForm::tiff), 1);
    assert_int_equal(pages_of(tiny_tiff(5), DocumentForm::tiff), 5);
    assert_uncountable("II*\0garbage", DocumentForm::tiff, "");
}

static void postscript_pages(void **)
{
    assert_int_equal(pages_of("%!PS-Adobe-3.0\n%%Pages: 3\n%%EndComments\n", DocumentForm::postscript), 3);
    assert_int_equal(pages_of("%!PS-Adobe-3.0\r%%Pages: (atend)\r%%Page: 1 1\r%%Trailer\r%%Pages: 2\r",
                              DocumentForm::postscript),
                     2);
    assert_int_equal(
        pages_of("%!PS\n%%Page: 1 1\nshowpage\n%%Page: 2 2\nshowpage\n", DocumentForm::postscript), 2);
    /* an embedded document's comments do not count */
    assert_int_equal(pages_of("%!PS-Adobe-3.0\n%%Pages: 1\n%%BeginDocument: x.eps\n%%Pages: 7\n%%Page: 1 1\n"
                              "%%EndDocument\n",
                              DocumentForm::postscript),
                     1);
    assert_uncountable("%!PS\n/x 1 def showpage\n", DocumentForm::postscript, "no DSC page comments");
}

static void pdf_pages(void **)
{
    std::string pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                      "2 0 obj << /Type /Pages /Kids [3 0 R 4 0 R 5 0 R] /Count 3 >> endobj\n"
                      "3 0 obj << /Type /Page /Parent 2 0 R >> endobj\n"
                      "4 0 obj <</Type/Page/Parent 2 0 R>> endobj\n"
                      "5 0 obj <</Type\n/Page>> endobj\n"
                      "6 0 obj <</Type /PageLabel>> endobj\n";
    assert_int_equal(pages_of(pdf, DocumentForm::pdf), 3);
    /* objects at every offset around the 1 MiB boundaries are each counted once */
    std::string big = "%PDF-1.4\n";
    const std::string page = "<< /Type /Page >>";
    const size_t mib = 1024 * 1024;
    big.resize(21 * mib, ' ');
    for (size_t k = 0; k < 20; ++k) /* a page object starting k bytes before the (k+1)th MiB */
        big.replace((k + 1) * mib - k, page.size(), page);
    int expected = 0;
    for (size_t at = big.find("/Type /Page"); at != std::string::npos; at = big.find("/Type /Page", at + 1))
        ++expected;
    assert_int_equal(expected, 20);
    assert_int_equal(pages_of(big, DocumentForm::pdf), expected);
    assert_uncountable("%PDF-1.5\n1 0 obj <</Type /ObjStm /Filter /FlateDecode>> stream\nxxxx\nendstream\n",
                       DocumentForm::pdf, "cannot be counted");
}

/* A text is sent rendered: its pages are those of the rendering. */
static int text_pages(const std::string &text)
{
    return pages_of(text_to_postscript(text), DocumentForm::postscript);
}

static void text_pages_follow_the_text_layout(void **)
{
    /* text_to_postscript's default layout: A4, 54 pt margins, 10 pt Courier with 1.15
     * leading = 63 lines of 81 columns per page */
    std::string lines63, lines64;
    for (int i = 0; i < 63; ++i)
        lines63 += "line\n";
    lines64 = lines63 + "one more\n";
    assert_int_equal(text_pages("hello\n"), 1);
    assert_int_equal(text_pages(lines63), 1);
    assert_int_equal(text_pages(lines64), 2);
    assert_int_equal(text_pages("one\fTwo\fthree\n"), 3);
    assert_int_equal(text_pages(std::string(81 * 63, 'x')), 1); /* wrapped lines */
    assert_int_equal(text_pages(std::string(81 * 63 + 1, 'x')), 2);
}

static void forms(void **)
{
    assert_int_equal(static_cast<int>(form_of(DocumentKind::tiff)), static_cast<int>(DocumentForm::tiff));
    assert_int_equal(static_cast<int>(form_of(DocumentKind::pdf)), static_cast<int>(DocumentForm::pdf));
    assert_int_equal(static_cast<int>(form_of(DocumentKind::postscript)),
                     static_cast<int>(DocumentForm::postscript));
    assert_int_equal(static_cast<int>(form_of(DocumentKind::text)),
                     static_cast<int>(DocumentForm::postscript));
}

int main()
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(sendable_kinds), cmocka_unit_test(unsendable_kinds_are_named),
        cmocka_unit_test(tiff_pages),     cmocka_unit_test(postscript_pages),
        cmocka_unit_test(pdf_pages),      cmocka_unit_test(text_pages_follow_the_text_layout),
        cmocka_unit_test(forms),
    };
    return cmocka_run_group_tests(tests, nullptr, nullptr);
}
