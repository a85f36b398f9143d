// SPDX-License-Identifier: LGPL-2.1-or-later
#include "cmocka_cpp.h"
#include "document_reads.h"
#include "temp_directory.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <unistd.h>

#include "documents/cover_page.h"

using namespace faxcom;

static TempDirectory test_dir;

static std::string write_file(const std::string &name, const std::string &content)
{
    return test_dir.write(name, content);
}

static int setup(void **)
{
    return test_dir.create("faxcom-cover");
}

static int teardown(void **)
{
    return test_dir.remove();
}

static bool have_ghostscript()
{
    return std::system("gs --version >/dev/null 2>&1") == 0;
}

/* Renders with ghostscript and returns the number of pages it printed (-1 on an error). */
static int ghostscript_pages(const std::string &postscript)
{
    std::string path = write_file("page.ps", postscript);
    std::string out = test_dir.path() + "/page-%d.pbm";
    std::string command = "gs -q -dSAFER -dNOPAUSE -dBATCH -sDEVICE=pbmraw -r20 -sOutputFile='" + out +
                          "' '" + path + "' >'" + test_dir.path() + "/gs.log' 2>&1";
    std::system(("rm -f '" + test_dir.path() + "'/page-*.pbm").c_str());
    if (std::system(command.c_str()) != 0) {
        std::system(("cat '" + test_dir.path() + "/gs.log'").c_str());
        return -1;
    }
    int pages = 0;
    while (access((test_dir.path() + "/page-" + std::to_string(pages + 1) + ".pbm").c_str(), F_OK) == 0)
        ++pages;
    return pages;
}

static DocumentFields full_fields()
{
    DocumentFields f;
    f.recipient_name = "Hans M\xc3\xbcller";
    f.fax_number = "+49 30 1234567";
    f.recipient_company = "ACME (Europe) GmbH";
    f.recipient_city = "Berlin";
    f.recipient_zip = "10115";
    f.recipient_country = "Germany";
    f.sender_name = "Ann \\ Other";
    f.sender_company = "Unbalanced ) paren (";
    f.coverpage_subject = "100% done \xe6\x97\xa5\xe6\x9c\xac";
    f.coverpage_note = "Hello,\nplease see the attached pages.";
    return f;
}

static const CoverPageDetails details{3, "2024-06-15 12:00"};

static void generated_page_is_one_dsc_page(void **)
{
    std::string ps = generate_cover_page(full_fields(), details);
    assert_true(ps.rfind("%!PS-Adobe-3.0\n", 0) == 0);
    assert_non_null(strstr(ps.c_str(), "%%Pages: 1\n"));
    assert_non_null(strstr(ps.c_str(), "(FAX)"));
    assert_non_null(strstr(ps.c_str(), "(Hans M\\374ller)"));
    assert_non_null(strstr(ps.c_str(), "(ACME \\(Europe\\) GmbH)"));
    assert_non_null(strstr(ps.c_str(), "(Ann \\\\ Other)"));
    assert_non_null(strstr(ps.c_str(), "(100% done ?\?)"));
    assert_non_null(strstr(ps.c_str(), "(3 pages plus this cover)"));
    assert_null(strstr(ps.c_str(), "Office phone")); /* empty fields are left out */
    if (have_ghostscript())
        assert_int_equal(ghostscript_pages(ps), 1);
}

static void hostile_and_long_strings_stay_on_one_page(void **)
{
    DocumentFields f = full_fields();
    std::string hostile = ") showpage (x) (\\) % not a comment \r\n\x01 stop quit";
    f.recipient_name = hostile;
    f.recipient_company = std::string(500, 'W'); /* far wider than the line */
    f.coverpage_subject = hostile;
    std::string long_note;
    for (int i = 0; i < 2000; ++i)
        long_note += "word" + std::to_string(i) + (i % 37 == 0 ? "\n" : " ");
    long_note += std::string(300, 'x'); /* a word longer than a line */
    f.coverpage_note = long_note + hostile;
    std::string ps = generate_cover_page(f, details);
    assert_non_null(strstr(ps.c_str(), "\\205")); /* the note was cut with an ellipsis */
    assert_null(strstr(ps.c_str(), "\r"));
    if (have_ghostscript())
        assert_int_equal(ghostscript_pages(ps), 1);
    f.coverpage_note.clear();
    if (have_ghostscript())
        assert_int_equal(ghostscript_pages(generate_cover_page(f, details)), 1);
    if (have_ghostscript())
        assert_int_equal(ghostscript_pages(generate_cover_page(DocumentFields{}, CoverPageDetails{})), 1);
}

static void template_is_filled(void **)
{
    std::string tpl = write_file("cover.ps", "%!PS-Adobe-2.0 EPSF-2.0\n%%Pages: 1\n%%EndComments\n"
                                             "/Helvetica findfont 12 scalefont setfont\n"
                                             "72 700 moveto to show 72 680 moveto to-company show\n"
                                             "72 660 moveto regarding show 72 640 moveto page-count show\n"
                                             "72 620 moveto comments1 show 72 600 moveto Comment2 show\n"
                                             "300 20 72 500 comments BreakIntoLines\n"
                                             "showpage\n");
    DocumentFields f = full_fields();
    f.coverpage_note =
        "first line\nsecond ) line with quite a few words that need wrapping in BreakIntoLines";
    DocumentReads reads(tpl);
    Result<std::string> ps = fill_cover_template(tpl, f, details);
    if (!ps)
        fail_msg("refused: %s", ps.error().message.c_str());
    assert_int_equal(reads.opens(), 1);
    const char *text = ps.value().c_str();
    assert_non_null(strstr(text, "/to (Hans M\\374ller) def"));
    assert_non_null(strstr(text, "/to-company (ACME \\(Europe\\) GmbH) def"));
    assert_non_null(strstr(text, "/page-count (3) def"));
    assert_non_null(strstr(text, "/to-location (Berlin, 10115, Germany) def"));
    assert_non_null(strstr(text, "/comments1 (first line) def"));
    assert_non_null(strstr(text, "/Comment2 (second \\) line with quite a few words that need wrapping in "
                                 "BreakIntoLines) def"));
    assert_non_null(strstr(text, "/comments20 () def"));
    if (have_ghostscript()) {
        assert_int_equal(ghostscript_pages(ps.value()), 1);
        /* HylaFAX's own template, when installed */
        if (access("/etc/hylafax/faxcover.ps", R_OK) == 0) {
            Result<std::string> hylafax = fill_cover_template("/etc/hylafax/faxcover.ps", f, details);
            assert_true(hylafax.ok());
            assert_int_equal(ghostscript_pages(hylafax.value()), 1);
        }
    }
}

static void non_postscript_templates_are_refused(void **)
{
    std::string cov = write_file("fax.cov", std::string("FAXCOVER-VER005w\0\0\0", 19));
    Result<std::string> ps = fill_cover_template(cov, full_fields(), details);
    assert_false(ps.ok());
    assert_int_equal(static_cast<int>(ps.error().kind), static_cast<int>(ErrorKind::bad_format));
    assert_non_null(strstr(ps.error().message.c_str(), "Windows cover page (.cov)"));
    Result<std::string> missing = fill_cover_template(test_dir.path() + "/none.ps", full_fields(), details);
    assert_int_equal(static_cast<int>(missing.error().kind), static_cast<int>(ErrorKind::not_found));
    Result<std::string> text =
        fill_cover_template(write_file("t.txt", "just text\n"), full_fields(), details);
    assert_int_equal(static_cast<int>(text.error().kind), static_cast<int>(ErrorKind::bad_format));
}

int main()
{
    if (!have_ghostscript())
        std::fprintf(stderr, "note: ghostscript (gs) not found; rendering checks are not run\n");
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(generated_page_is_one_dsc_page),
        cmocka_unit_test(hostile_and_long_strings_stay_on_one_page),
        cmocka_unit_test(template_is_filled),
        cmocka_unit_test(non_postscript_templates_are_refused),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
