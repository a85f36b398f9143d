// SPDX-License-Identifier: LGPL-2.1-or-later
/* HylafaxSession and ReplyReader against the scripted fake server: reply shapes, errors,
 * timeouts, early disconnects, Telnet IAC, oversized replies, login, reconnect. */
#include "cmocka_cpp.h"

#include <chrono>
#include <string>

#include "fake_server.h"
#include "hylafax/hylafax_session.h"

using namespace faxcom;
using namespace faxcom::hylafax;
using namespace faxcom::hylafax::testing;

namespace {

struct Fixture {
    std::shared_ptr<FakeServer> server = std::make_shared<FakeServer>();
    std::string traces;
    ConnectionConfig config;
    Fixture()
    {
        config.server.port = FakeServer::control_port;
        config.user = "tester";
    }
    std::unique_ptr<HylafaxSession> session()
    {
        return std::make_unique<HylafaxSession>(
            config, server, [this](TraceLevel, const std::string &message) { traces += message + "\n"; });
    }
};

void test_login_without_password(void **)
{
    Fixture f;
    f.server->expect_login();
    auto session = f.session();
    Status status = session->ensure_connected();
    assert_true(status.ok());
    assert_true(f.server->unexpected_lines.empty());
    assert_true(f.server->script.empty());
}

void test_login_with_passwords_never_traced(void **)
{
    Fixture f;
    f.config.password = "s3cr3t-pw";
    f.config.admin_password = "adm1n-pw";
    f.server->expect("USER tester", "331 Password required for tester.\r\n");
    f.server->expect("PASS s3cr3t-pw", "230 User tester logged in.\r\n");
    f.server->expect("ADMIN adm1n-pw", "230 Administrative privileges established.\r\n");
    f.server->expect("TZONE GMT", "200 GMT.\r\n");
    auto session = f.session();
    assert_true(session->ensure_connected().ok());
    assert_true(f.traces.find("PASS ********") != std::string::npos);
    assert_true(f.traces.find("s3cr3t") == std::string::npos);
    assert_true(f.traces.find("adm1n") == std::string::npos);
}

void test_wrong_password_is_authentication_error_without_password(void **)
{
    Fixture f;
    f.config.password = "wrong-secret";
    f.server->expect("USER tester", "331 Password required for tester.\r\n");
    f.server->expect("PASS wrong-secret", "530 Login incorrect.\r\n");
    auto session = f.session();
    Status status = session->ensure_connected();
    assert_false(status.ok());
    assert_int_equal(static_cast<int>(status.error().kind), static_cast<int>(ErrorKind::authentication));
    assert_int_equal(status.error().server_code, 530);
    assert_true(status.error().message.find("wrong-secret") == std::string::npos);
    assert_true(f.traces.find("wrong-secret") == std::string::npos);
    assert_false(session->connected());
}

void test_greeting_refusal_and_connect_failure(void **)
{
    Fixture f;
    f.server->greeting = "421 Service not available.\r\n";
    auto session = f.session();
    Status status = session->ensure_connected();
    assert_false(status.ok());
    assert_int_equal(status.error().server_code, 421);

    Fixture g;
    g.server->refuse_connect = true;
    status = g.session()->ensure_connected();
    assert_int_equal(static_cast<int>(status.error().kind), static_cast<int>(ErrorKind::timeout));
}

void test_multi_line_reply_split_into_single_bytes(void **)
{
    Fixture f;
    f.server->chunk_limit = 1;
    f.server->expect_login();
    f.server->expect("JPARM", "217-Job state: jobid 3 groupid 3\r\n    STATE: READY\r\n217-    TSI: x\r\n"
                              "217 End of job state.\r\n");
    auto session = f.session();
    Result<Reply> reply = session->command("JPARM");
    assert_true(reply.ok());
    assert_int_equal(reply.value().code, 217);
    assert_int_equal(reply.value().lines.size(), 4);
    assert_string_equal(reply.value().lines[1].c_str(), "    STATE: READY");
    assert_string_equal(reply.value().lines[2].c_str(), "    TSI: x");
    assert_string_equal(reply.value().last_line().c_str(), "End of job state.");
}

void test_telnet_iac_sequences_are_removed(void **)
{
    Fixture f;
    f.server->chunk_limit = 2; /* cuts sequences at receive boundaries */
    f.server->expect_login();
    f.server->expect("NOOP", "\xff\xfb\x01"
                             "200 \xff\xff"
                             "ok\xff\xf1.\r\n");
    auto session = f.session();
    Result<Reply> reply = session->command("NOOP");
    assert_true(reply.ok());
    assert_int_equal(reply.value().code, 200);
    assert_string_equal(reply.value().lines[0].c_str(), "\xff"
                                                        "ok.");
}

void expect_error(const Result<Reply> &reply, ErrorKind kind)
{
    assert_false(reply.ok());
    assert_int_equal(static_cast<int>(reply.error().kind), static_cast<int>(kind));
}

void test_malformed_replies_are_protocol_errors(void **)
{
    for (const char *bad : {"hello\r\n", "20 short\r\n", "200x bad separator\r\n", "999 out of range\r\n",
                            "099 too small\r\n"}) {
        Fixture f;
        f.server->expect_login();
        f.server->expect("NOOP", bad);
        auto session = f.session();
        expect_error(session->command("NOOP"), ErrorKind::protocol);
        assert_false(session->connected());
    }
}

void test_oversized_line_and_reply_are_protocol_errors(void **)
{
    Fixture f;
    f.server->expect_login();
    f.server->expect("NOOP", "200 " + std::string(20000, 'x') + "\r\n");
    auto session = f.session();
    expect_error(session->command("NOOP"), ErrorKind::protocol);

    Fixture g;
    g.server->expect_login();
    std::string endless = "217-start\r\n";
    for (int i = 0; i < 20000; ++i)
        endless += "    " + std::string(100, 'y') + "\r\n";
    g.server->expect("JPARM", endless);
    auto session2 = g.session();
    expect_error(session2->command("JPARM"), ErrorKind::protocol);
}

void test_timeout_and_early_disconnect(void **)
{
    Fixture f;
    f.server->expect_login();
    f.server->expect("NOOP", "", AfterReply::go_silent);
    auto session = f.session();
    expect_error(session->command("NOOP"), ErrorKind::timeout);
    assert_false(session->connected());

    Fixture g;
    g.server->expect_login();
    g.server->expect("NOOP", "200-first line only\r\n", AfterReply::close);
    auto session2 = g.session();
    expect_error(session2->command("NOOP"), ErrorKind::connection);

    Fixture h;
    h.server->greeting = "";
    h.server->script.push_back({"", "", AfterReply::close});
    auto session3 = h.session();
    Status status = session3->ensure_connected();
    assert_false(status.ok());
}

void test_421_closes_and_next_operation_reconnects(void **)
{
    Fixture f;
    f.server->expect_login();
    f.server->expect("NOOP", "421 Timeout (900 seconds): closing control connection.\r\n", AfterReply::close);
    f.server->expect_login();
    f.server->expect("NOOP", "200 Command okay.\r\n");
    auto session = f.session();
    Result<Reply> first = session->command("NOOP");
    expect_error(first, ErrorKind::connection);
    assert_int_equal(first.error().server_code, 421);
    Result<Reply> second = session->command("NOOP");
    assert_true(second.ok());
    assert_int_equal(f.server->connects, 2);
}

void test_idle_drop_is_noticed_before_sending(void **)
{
    Fixture f;
    f.server->expect_login();
    /* The server answers NOOP, then closes: the unsolicited close is seen before the
     * next command, which goes to a fresh connection. */
    f.server->expect("NOOP", "200 ok.\r\n", AfterReply::close);
    f.server->expect_login();
    f.server->expect("NOOP", "200 ok again.\r\n");
    auto session = f.session();
    assert_true(session->command("NOOP").ok());
    Result<Reply> again = session->command("NOOP");
    assert_true(again.ok());
    assert_string_equal(again.value().lines[0].c_str(), "ok again.");
    assert_int_equal(f.server->connects, 2);
    assert_true(f.traces.find("reconnecting") != std::string::npos);
}

void test_command_lines_are_checked_before_sending(void **)
{
    Fixture f;
    f.server->expect_login();
    auto session = f.session();
    assert_true(session->ensure_connected().ok());
    size_t sent = f.server->received_lines.size();
    expect_error(session->command("NOOP\r\nJKILL 1"), ErrorKind::bad_input);
    expect_error(session->command("JPARM TOUSER \"" + std::string(600, 'a') + "\""), ErrorKind::bad_input);
    assert_int_equal(f.server->received_lines.size(), sent);
}

void test_command_ok_maps_refusals(void **)
{
    Fixture f;
    f.server->expect_login();
    f.server->expect("JOB 999", "500 Cannot set job 999; job does not exist.\r\n");
    auto session = f.session();
    Result<Reply> reply = session->command_ok("JOB 999");
    expect_error(reply, ErrorKind::server_refused);
    assert_int_equal(reply.error().server_code, 500);
    assert_true(reply.error().message.find("does not exist") != std::string::npos);
}

void test_download_and_upload(void **)
{
    Fixture f;
    f.server->expect_login();
    f.server->expect("TYPE I", "200 Type set to Image.\r\n");
    f.server->expect_pasv();
    f.server->expect("LIST sendq", "150 Opening new data connection.\r\n226 Transfer complete.\r\n");
    f.server->data_to_send = "line1\nline2\n";
    f.server->expect("FORM TIFF", "200 Format set to TIFF.\r\n");
    f.server->expect_pasv();
    f.server->expect("STOT", "150 FILE: /tmp/doc7.tif (Opening new data connection).\r\n"
                             "226 Transfer complete (FILE: /tmp/doc7.tif).\r\n");
    auto session = f.session();
    Result<std::string> listing = session->download_text("LIST sendq", 1000);
    assert_true(listing.ok());
    assert_string_equal(listing.value().c_str(), "line1\nline2\n");

    std::string payload = "II*\0payload";
    bool given = false;
    Result<std::string> name =
        session->upload_temporary("TIFF", [&](uint8_t *buffer, size_t) -> Result<size_t> {
            if (given)
                return size_t{0};
            given = true;
            payload.copy(reinterpret_cast<char *>(buffer), payload.size());
            return payload.size();
        });
    assert_true(name.ok());
    assert_string_equal(name.value().c_str(), "/tmp/doc7.tif");
    assert_int_equal(f.server->uploads.size(), 1);
    assert_true(f.server->uploads[0] == payload);
}

void test_download_limit_and_refused_transfer(void **)
{
    Fixture f;
    f.server->expect_login();
    f.server->expect("TYPE I", "200 Type set to Image.\r\n");
    f.server->expect_pasv();
    f.server->expect("LIST sendq", "150 Opening.\r\n226 Transfer complete.\r\n");
    f.server->data_to_send = std::string(5000, 'z');
    auto session = f.session();
    Result<std::string> limited = session->download_text("LIST sendq", 100);
    assert_false(limited.ok());
    assert_int_equal(static_cast<int>(limited.error().kind), static_cast<int>(ErrorKind::protocol));

    Fixture g;
    g.server->expect_login();
    g.server->expect("TYPE I", "200 Type set to Image.\r\n");
    g.server->expect_pasv();
    g.server->expect("RETR recvq/none.tif", "550 recvq/none.tif: No such file or directory.\r\n");
    auto session2 = g.session();
    Result<std::string> got = session2->download_text("RETR recvq/none.tif", 100);
    assert_false(got.ok());
    assert_int_equal(got.error().server_code, 550);
}

void test_bad_passive_reply(void **)
{
    Fixture f;
    f.server->expect_login();
    f.server->expect("TYPE I", "200 Type set to Image.\r\n");
    f.server->expect("PASV", "227 Entering passive mode (127,0,0,1,999,1)\r\n");
    auto session = f.session();
    Result<std::string> got = session->download_text("LIST sendq", 100);
    assert_false(got.ok());
    assert_int_equal(static_cast<int>(got.error().kind), static_cast<int>(ErrorKind::protocol));
}

long elapsed_ms_since(std::chrono::steady_clock::time_point start)
{
    return static_cast<long>(
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start)
            .count());
}

void expect_deadline_error(const Error &error, const char *setting)
{
    assert_int_equal(static_cast<int>(error.kind), static_cast<int>(ErrorKind::timeout));
    if (error.message.find(setting) == std::string::npos)
        std::fprintf(stderr, "message without %s: %s\n", setting, error.message.c_str());
    assert_true(error.message.find(setting) != std::string::npos);
}

/* One byte every 20 ms never trips a 150 ms per-read timeout; the reply as a whole must
 * still end within ReplyTimeout. */
void test_dripping_reply_is_bounded_by_reply_timeout(void **)
{
    Fixture f;
    f.config.reply_timeout_ms = 150;
    f.server->expect_login();
    f.server->expect("NOOP", "200 " + std::string(60, 'd') + ".\r\n");
    auto session = f.session();
    assert_true(session->ensure_connected().ok());
    f.server->drip_ms = 20;
    auto start = std::chrono::steady_clock::now();
    Result<Reply> reply = session->command("NOOP");
    assert_false(reply.ok());
    expect_deadline_error(reply.error(), "ReplyTimeout");
    assert_true(elapsed_ms_since(start) < 600);
    assert_false(session->connected());
}

void test_dripping_multi_line_reply_is_bounded_by_reply_timeout(void **)
{
    Fixture f;
    f.config.reply_timeout_ms = 150;
    f.server->expect_login();
    f.server->expect("JPARM", "217-a\r\n217-b\r\n217-c\r\n217-d\r\n217-e\r\n217-f\r\n217 end.\r\n");
    auto session = f.session();
    assert_true(session->ensure_connected().ok());
    f.server->drip_ms = 10;
    Result<Reply> reply = session->command("JPARM");
    assert_false(reply.ok());
    expect_deadline_error(reply.error(), "ReplyTimeout");
}

void test_dripping_listing_is_bounded_by_transfer_timeout(void **)
{
    Fixture f;
    f.config.transfer_timeout_ms = 150;
    f.server->expect_login();
    f.server->expect("TYPE I", "200 Type set to Image.\r\n");
    f.server->expect_pasv();
    f.server->expect("LIST sendq", "150 Opening.\r\n226 Transfer complete.\r\n");
    f.server->data_to_send = std::string(100, 'l');
    f.server->data_drip_ms = 10;
    auto session = f.session();
    auto start = std::chrono::steady_clock::now();
    Result<std::string> listing = session->download_text("LIST sendq", 1000);
    assert_false(listing.ok());
    expect_deadline_error(listing.error(), "TransferTimeout");
    assert_true(elapsed_ms_since(start) < 700);
}

void test_slow_upload_is_bounded_by_transfer_timeout(void **)
{
    Fixture f;
    f.config.transfer_timeout_ms = 150;
    f.server->expect_login();
    f.server->expect("TYPE I", "200 Type set to Image.\r\n");
    f.server->expect("FORM TIFF", "200 Format set to TIFF.\r\n");
    f.server->expect_pasv();
    f.server->expect("STOT", "150 FILE: /tmp/doc7.tif (Opening new data connection).\r\n"
                             "226 Transfer complete (FILE: /tmp/doc7.tif).\r\n");
    f.server->upload_delay_ms = 60;
    auto session = f.session();
    int chunks = 0;
    auto start = std::chrono::steady_clock::now();
    Result<std::string> name = session->upload_temporary("TIFF", [&](uint8_t *buffer, size_t capacity) {
        if (chunks++ == 6)
            return Result<size_t>(size_t{0});
        std::fill(buffer, buffer + capacity, uint8_t{'u'});
        return Result<size_t>(capacity);
    });
    assert_false(name.ok());
    expect_deadline_error(name.error(), "TransferTimeout");
    assert_true(elapsed_ms_since(start) < 600);
}

void expect_listing(FakeServer &server, const std::string &data)
{
    server.expect("TYPE I", "200 Type set to Image.\r\n");
    server.expect_pasv();
    server.expect("LIST sendq", "150 Opening.\r\n226 Transfer complete.\r\n");
    server.data_to_send = data;
}

/* An extra reply after TZONE (same segment): the next operation must not take it for the
 * answer to its first command; the session is replaced before anything is sent. */
void test_stray_reply_after_login_ends_the_session(void **)
{
    Fixture f;
    f.server->expect("USER tester", "230 User tester logged in.\r\n");
    f.server->expect("TZONE GMT", "200 Time values are handled in GMT.\r\n200 Stray.\r\n");
    f.server->expect_login();
    expect_listing(*f.server, "job\n");
    auto session = f.session();
    assert_true(session->ensure_connected().ok());
    Result<std::string> listing = session->download_text("LIST sendq", 1000);
    if (!listing)
        std::fprintf(stderr, "listing failed: %s\n", listing.error().message.c_str());
    assert_true(listing.ok());
    assert_string_equal(listing.value().c_str(), "job\n");
    assert_int_equal(f.server->connects, 2);
    assert_true(f.server->unexpected_lines.empty());
}

/* A stray reply read as the answer to a later command: a reply that does not fit the
 * command (200 to PASV) ends the session instead of shifting every later answer. */
void test_reply_that_does_not_fit_the_command_ends_the_session(void **)
{
    Fixture f;
    f.server->expect_login();
    f.server->expect("TYPE I", "200 Type set to Image.\r\n200 Stray.\r\n");
    f.server->expect_pasv();
    f.server->expect_login();
    expect_listing(*f.server, "job\n");
    auto session = f.session();
    Result<std::string> first = session->download_text("LIST sendq", 1000);
    assert_false(first.ok());
    assert_int_equal(static_cast<int>(first.error().kind), static_cast<int>(ErrorKind::protocol));
    assert_false(session->connected());
    Result<std::string> second = session->download_text("LIST sendq", 1000);
    if (!second)
        std::fprintf(stderr, "second listing failed: %s\n", second.error().message.c_str());
    assert_true(second.ok());
    assert_int_equal(f.server->connects, 2);
}

/* Unread input before a command in the middle of an operation: the operation fails and
 * the session ends; nothing more is sent on it. */
void test_unread_input_before_a_command_ends_the_session(void **)
{
    Fixture f;
    f.server->expect_login();
    f.server->expect("TYPE I", "200 Type set to Image.\r\n");
    f.server->expect("PASV", "227 Entering passive mode (127,0,0,1,200,10)\r\n226 Stray.\r\n");
    auto session = f.session();
    Result<std::string> listing = session->download_text("LIST sendq", 1000);
    assert_false(listing.ok());
    assert_int_equal(static_cast<int>(listing.error().kind), static_cast<int>(ErrorKind::protocol));
    assert_false(session->connected());
    assert_true(f.server->unexpected_lines.empty());
    for (const std::string &line : f.server->received_lines)
        assert_true(line.rfind("LIST", 0) != 0);
}

} // namespace

int main()
{
    const CMUnitTest tests[] = {
        cmocka_unit_test(test_login_without_password),
        cmocka_unit_test(test_login_with_passwords_never_traced),
        cmocka_unit_test(test_wrong_password_is_authentication_error_without_password),
        cmocka_unit_test(test_greeting_refusal_and_connect_failure),
        cmocka_unit_test(test_multi_line_reply_split_into_single_bytes),
        cmocka_unit_test(test_telnet_iac_sequences_are_removed),
        cmocka_unit_test(test_malformed_replies_are_protocol_errors),
        cmocka_unit_test(test_oversized_line_and_reply_are_protocol_errors),
        cmocka_unit_test(test_timeout_and_early_disconnect),
        cmocka_unit_test(test_421_closes_and_next_operation_reconnects),
        cmocka_unit_test(test_idle_drop_is_noticed_before_sending),
        cmocka_unit_test(test_command_lines_are_checked_before_sending),
        cmocka_unit_test(test_command_ok_maps_refusals),
        cmocka_unit_test(test_download_and_upload),
        cmocka_unit_test(test_download_limit_and_refused_transfer),
        cmocka_unit_test(test_bad_passive_reply),
        cmocka_unit_test(test_dripping_reply_is_bounded_by_reply_timeout),
        cmocka_unit_test(test_dripping_multi_line_reply_is_bounded_by_reply_timeout),
        cmocka_unit_test(test_dripping_listing_is_bounded_by_transfer_timeout),
        cmocka_unit_test(test_slow_upload_is_bounded_by_transfer_timeout),
        cmocka_unit_test(test_stray_reply_after_login_ends_the_session),
        cmocka_unit_test(test_reply_that_does_not_fit_the_command_ends_the_session),
        cmocka_unit_test(test_unread_input_before_a_command_ends_the_session),
    };
    return cmocka_run_group_tests(tests, nullptr, nullptr);
}
