#include "hylafax_session.h"

#include <cstdio>

#include "command_text.h"
#include "utf8.h"

namespace faxcom::hylafax {

namespace {

constexpr size_t data_chunk_bytes = 64 * 1024;

Error refused(const Reply &reply, const std::string &what)
{
    ErrorKind kind = reply.code == 530 ? ErrorKind::authentication : ErrorKind::server_refused;
    return make_error(kind, what + ": " + std::to_string(reply.code) + " " + reply.text(), reply.code);
}

/* The port from "227 Entering passive mode (h1,h2,h3,h4,p1,p2)". */
Result<uint16_t> passive_port(const Reply &reply)
{
    const std::string &text = reply.last_line();
    size_t open = text.find('(');
    unsigned fields[6];
    char close = 0;
    if (open == std::string::npos ||
        std::sscanf(text.c_str() + open, "(%u,%u,%u,%u,%u,%u%c", &fields[0], &fields[1], &fields[2],
                    &fields[3], &fields[4], &fields[5], &close) != 7 ||
        close != ')')
        return make_error(ErrorKind::protocol, "malformed passive-mode reply: " + text);
    for (unsigned field : fields)
        if (field > 255)
            return make_error(ErrorKind::protocol, "malformed passive-mode reply: " + text);
    return static_cast<uint16_t>(fields[4] * 256 + fields[5]);
}

} // namespace

HylafaxSession::HylafaxSession(ConnectionConfig config, std::shared_ptr<TransportFactory> factory,
                               TraceHook trace)
    : config_(std::move(config)), factory_(std::move(factory)), trace_(std::move(trace))
{
}

HylafaxSession::~HylafaxSession()
{
    disconnect();
}

void HylafaxSession::trace(TraceLevel level, const std::string &message) const
{
    if (trace_)
        trace_(level, message);
}

void HylafaxSession::drop_connection()
{
    if (control_)
        control_->close();
    control_.reset();
    reader_.reset();
    current_type_.clear();
}

void HylafaxSession::disconnect()
{
    if (!control_)
        return;
    std::string quit = "QUIT\r\n";
    if (control_->send_all(quit.data(), quit.size(), config_.reply_timeout_ms))
        (void)reader_.read(*control_, config_.reply_timeout_ms);
    drop_connection();
}

Status HylafaxSession::ensure_connected()
{
    if (control_ && control_->peer_closed_or_spoke()) {
        trace(TraceLevel::info, "the server closed the idle session; reconnecting");
        drop_connection();
    }
    if (control_)
        return success();
    Status opened = open_and_login();
    if (!opened)
        drop_connection();
    return opened;
}

Status HylafaxSession::open_and_login()
{
    const ServerAddress &server = config_.server;
    trace(TraceLevel::info, "connecting to " + server.host + ":" + std::to_string(server.port));
    Result<std::unique_ptr<Transport>> transport =
        factory_->connect(server.host, server.port, config_.connect_timeout_ms);
    if (!transport)
        return transport.error();
    control_ = std::move(transport.value());
    Result<Reply> greeting = reader_.read(*control_, config_.reply_timeout_ms);
    if (!greeting)
        return greeting.error();
    trace(TraceLevel::debug, "<- " + std::to_string(greeting.value().code) + " " + greeting.value().text());
    if (greeting.value().code != 220)
        return refused(greeting.value(), "the server refused the connection");
    return login();
}

Status HylafaxSession::login()
{
    Status user_ok = check_value(config_.user, "user name");
    if (!user_ok)
        return user_ok;
    Result<std::string> user = to_wire(config_.user, "user name");
    if (!user)
        return user.error();
    Result<Reply> reply = exchange("USER " + user.value(), "USER " + user.value());
    if (!reply)
        return reply.error();
    if (reply.value().code == 331) {
        Status password_ok = check_value(config_.password, "password");
        if (!password_ok)
            return password_ok;
        reply = exchange("PASS " + config_.password, "PASS ********");
        if (!reply)
            return reply.error();
    }
    if (reply.value().code != 230)
        return make_error(ErrorKind::authentication,
                          "login as '" + config_.user + "' refused: " + std::to_string(reply.value().code) +
                              " " + reply.value().text(),
                          reply.value().code);
    if (!config_.admin_password.empty()) {
        Status admin_ok = check_value(config_.admin_password, "admin password");
        if (!admin_ok)
            return admin_ok;
        reply = exchange("ADMIN " + config_.admin_password, "ADMIN ********");
        if (!reply)
            return reply.error();
        if (reply.value().code != 230)
            return make_error(ErrorKind::authentication,
                              "administrative privileges refused: " + std::to_string(reply.value().code),
                              reply.value().code);
    }
    /* Times in listings are read as UTC (%Z is an epoch anyway); GMT is the session
     * default, stated explicitly so a server configured otherwise still agrees. */
    reply = exchange("TZONE GMT", "TZONE GMT");
    if (!reply)
        return reply.error();
    if (!reply.value().positive_completion())
        return refused(reply.value(), "TZONE");
    return success();
}

Result<Reply> HylafaxSession::exchange(const std::string &line, const std::string &traced_line)
{
    Status length_ok = check_command_length(line);
    if (!length_ok)
        return length_ok.error();
    Status line_ok = check_value(line, "command");
    if (!line_ok)
        return line_ok.error();
    trace(TraceLevel::debug, "-> " + traced_line);
    std::string wire = line + "\r\n";
    Status sent = control_->send_all(wire.data(), wire.size(), config_.reply_timeout_ms);
    if (!sent) {
        drop_connection();
        return sent.error();
    }
    Result<Reply> reply = reader_.read(*control_, config_.reply_timeout_ms);
    if (!reply) {
        /* After a timeout or garbage the stream position is unknown: never reuse it. */
        drop_connection();
        return reply.error();
    }
    trace(TraceLevel::debug, "<- " + std::to_string(reply.value().code) + " " + reply.value().text());
    if (reply.value().code == 421) {
        drop_connection();
        return make_error(ErrorKind::connection, "the server closed the session: " + reply.value().text(),
                          421);
    }
    return reply;
}

Result<Reply> HylafaxSession::command(const std::string &line)
{
    Status connected = ensure_connected();
    if (!connected)
        return connected.error();
    return exchange(line, line);
}

Result<Reply> HylafaxSession::command_ok(const std::string &line)
{
    Result<Reply> reply = command(line);
    if (!reply)
        return reply;
    if (!reply.value().positive_completion())
        return refused(reply.value(), line.substr(0, line.find(' ')));
    return reply;
}

Result<std::unique_ptr<Transport>> HylafaxSession::open_passive()
{
    Result<Reply> reply = command("PASV");
    if (!reply)
        return reply.error();
    if (reply.value().code != 227)
        return refused(reply.value(), "PASV");
    Result<uint16_t> port = passive_port(reply.value());
    if (!port)
        return port.error();
    /* Connect to the control connection's host: the address in the reply may be a
     * server-side view that is unreachable from here (NAT). */
    return factory_->connect(config_.server.host, port.value(), config_.connect_timeout_ms);
}

Status HylafaxSession::download(const std::string &line, const ByteSink &sink, uint64_t max_bytes)
{
    Status connected = ensure_connected();
    if (!connected)
        return connected;
    if (current_type_ != "I" || !control_) {
        Result<Reply> type = command_ok("TYPE I");
        if (!type)
            return type.error();
        current_type_ = "I";
    }
    Result<std::unique_ptr<Transport>> data = open_passive();
    if (!data)
        return data.error();
    Result<Reply> start = command(line);
    if (!start)
        return start.error();
    if (!start.value().positive_preliminary())
        return refused(start.value(), line.substr(0, line.find(' ')));

    std::vector<uint8_t> chunk(data_chunk_bytes);
    uint64_t total = 0;
    Status outcome = success();
    for (;;) {
        Result<size_t> got = data.value()->receive(chunk.data(), chunk.size(), config_.transfer_timeout_ms);
        if (!got) {
            outcome = got.error();
            break;
        }
        if (got.value() == 0)
            break;
        total += got.value();
        if (total > max_bytes) {
            outcome =
                make_error(ErrorKind::protocol, "the server sent more than " + std::to_string(max_bytes) +
                                                    " bytes for " + line.substr(0, line.find(' ')));
            break;
        }
        if (!sink(chunk.data(), got.value())) {
            outcome = make_error(ErrorKind::io, "the transfer was aborted by the receiver");
            break;
        }
    }
    data.value()->close();
    if (!outcome) {
        /* The server's final reply may still arrive, or not: the session is unusable. */
        drop_connection();
        return outcome;
    }
    Result<Reply> done = reader_.read(*control_, config_.transfer_timeout_ms);
    if (!done) {
        drop_connection();
        return done.error();
    }
    trace(TraceLevel::debug, "<- " + std::to_string(done.value().code) + " " + done.value().text());
    if (!done.value().positive_completion())
        return refused(done.value(), line.substr(0, line.find(' ')));
    return success();
}

Result<std::string> HylafaxSession::download_text(const std::string &line, uint64_t max_bytes)
{
    std::string text;
    Status status = download(
        line,
        [&text](const uint8_t *data, size_t length) {
            text.append(reinterpret_cast<const char *>(data), length);
            return true;
        },
        max_bytes);
    if (!status)
        return status.error();
    return text;
}

Result<std::string> HylafaxSession::upload_temporary(const std::string &form, const ByteSource &source)
{
    Status connected = ensure_connected();
    if (!connected)
        return connected.error();
    if (current_type_ != "I" || !control_) {
        Result<Reply> type = command_ok("TYPE I");
        if (!type)
            return type.error();
        current_type_ = "I";
    }
    Result<Reply> form_reply = command_ok("FORM " + form);
    if (!form_reply)
        return form_reply.error();
    Result<std::unique_ptr<Transport>> data = open_passive();
    if (!data)
        return data.error();
    Result<Reply> start = command("STOT");
    if (!start)
        return start.error();
    if (!start.value().positive_preliminary())
        return refused(start.value(), "STOT");

    std::vector<uint8_t> chunk(data_chunk_bytes);
    Status outcome = success();
    for (;;) {
        Result<size_t> produced = source(chunk.data(), chunk.size());
        if (!produced) {
            outcome = produced.error();
            break;
        }
        if (produced.value() == 0)
            break;
        Status sent = data.value()->send_all(chunk.data(), produced.value(), config_.transfer_timeout_ms);
        if (!sent) {
            outcome = sent;
            break;
        }
    }
    data.value()->close();
    if (!outcome) {
        drop_connection();
        return outcome.error();
    }
    Result<Reply> done = reader_.read(*control_, config_.transfer_timeout_ms);
    if (!done) {
        drop_connection();
        return done.error();
    }
    trace(TraceLevel::debug, "<- " + std::to_string(done.value().code) + " " + done.value().text());
    if (!done.value().positive_completion())
        return refused(done.value(), "STOT");
    /* "226 Transfer complete (FILE: /tmp/doc1.tif)." -- also named in the 150 reply. */
    for (const Reply *reply : {&done.value(), &start.value()}) {
        const std::string text = reply->text();
        size_t at = text.find("FILE: ");
        if (at == std::string::npos)
            continue;
        at += 6;
        size_t end = text.find_first_of(" )\n", at);
        std::string name = text.substr(at, end == std::string::npos ? std::string::npos : end - at);
        if (check_token(name, "uploaded file name"))
            return name;
    }
    return make_error(ErrorKind::protocol, "the server did not name the uploaded file");
}

Result<std::string> HylafaxSession::to_wire(const std::string &utf8, std::string_view what) const
{
    if (config_.charset == Charset::utf8)
        return utf8;
    Result<std::string> latin1 = utf8_to_latin1(utf8);
    if (!latin1)
        return make_error(ErrorKind::bad_input, std::string(what) + ": " + latin1.error().message);
    return latin1;
}

std::string HylafaxSession::from_wire(const std::string &wire) const
{
    return config_.charset == Charset::utf8 ? wire : latin1_to_utf8(wire);
}

} // namespace faxcom::hylafax
