// SPDX-License-Identifier: LGPL-2.1-or-later
#include "hylafax/hylafax_session.h"

#include <algorithm>
#include <cstring>

#include <algorithm>
#include <cstdio>
#include <optional>

#include "hylafax/command_text.h"
#include "common/utf8.h"

namespace faxcom::hylafax {

namespace {

constexpr size_t data_chunk_bytes = 64 * 1024;
/* What a primed line is when the next command is not known yet (see the header). */
const std::string placeholder_line = "NOOP\r\n";

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

/* The file named in "150 FILE: /tmp/doc1.tif (...)" or "226 Transfer complete (FILE: ...)." */
std::string uploaded_file_named_in(const Reply &reply)
{
    const std::string text = reply.text();
    size_t at = text.find("FILE: ");
    if (at == std::string::npos)
        return std::string();
    at += 6;
    size_t end = text.find_first_of(" )\n", at);
    std::string name = text.substr(at, end == std::string::npos ? std::string::npos : end - at);
    return check_token(name, "uploaded file name") ? name : std::string();
}

/* Commands after which hfaxd may run queued control input re-entrantly (it dispatches
 * events while it waits for its scheduler) or which need a data connection. */
std::string verb_of(const std::string &line)
{
    std::string verb = line.substr(0, line.find(' '));
    for (char &c : verb)
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
    return verb;
}

bool is_pipeline_safe(const std::string &line)
{
    const std::string verb = verb_of(line);
    for (const char *unsafe : {"JSUBM", "JSUSP", "JKILL", "JINTR", "JDELE", "JWAIT", "SITE", "ABOR", "STOT",
                               "STOR", "STOU", "APPE", "RETR", "LIST", "NLST"})
        if (verb == unsafe)
            return false;
    return true;
}

/* Whether reply `code` can answer `verb`.  Any refusal (4xx, 5xx) can; a positive reply
 * must be one the command gives, so that a stray reply read in place of the real one is
 * noticed instead of shifting every later answer.  Verbs not listed accept any code. */
bool reply_fits(const std::string &verb, int code)
{
    if (code >= 400)
        return true;
    static const struct {
        const char *verb;
        int codes[4];
    } expected[] = {
        {"USER", {230, 331}},
        {"PASS", {230, 332}},
        {"ADMIN", {230}},
        {"TZONE", {200}},
        {"TYPE", {200}},
        {"FORM", {200}},
        {"MODE", {200}},
        {"PASV", {227}},
        {"JOB", {200}},
        {"JNEW", {200}},
        {"JSUBM", {200}},
        {"JSUSP", {200}},
        {"JKILL", {200}},
        {"JDELE", {200}},
        {"JINTR", {200}},
        {"JOBFMT", {200}},
        {"RCVFMT", {200}},
        {"MDMFMT", {200}},
        {"JPARM", {200, 213, 217}},
        {"QUIT", {221}},
        {"NOOP", {200}},
        {"LIST", {125, 150, 226, 250}},
        {"RETR", {125, 150, 226, 250}},
        {"STOT", {125, 150, 226, 250}},
        {"STOR", {125, 150, 226, 250}},
    };
    for (const auto &entry : expected) {
        if (verb != entry.verb)
            continue;
        for (int allowed : entry.codes)
            if (allowed == code)
                return true;
        return false;
    }
    return true;
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
    current_form_.clear();
    owed_.clear();
    sent_since_reply_ = false;
    next_line_.clear();
    primed_line_.clear();
    primed_.clear();
}

Deadline HylafaxSession::reply_deadline(const std::string &verb, const Deadline *outer) const
{
    Deadline own(config_.reply_timeout_ms, "ReplyTimeout", "the reply to " + verb);
    return outer ? Deadline::earlier(own, *outer) : own;
}

Deadline HylafaxSession::transfer_deadline(const std::string &line) const
{
    return Deadline(config_.transfer_timeout_ms, "TransferTimeout", "the data transfer of " + line);
}

void HylafaxSession::disconnect()
{
    if (!control_)
        return;
    std::string quit = "QUIT\r\n";
    if (!primed_.empty()) /* an unknown command's reply is read in place of QUIT's: both end it */
        quit = "\r\n" + quit;
    Deadline deadline = reply_deadline("QUIT");
    if (control_->send_all(quit.data(), quit.size(), deadline.remaining_ms()))
        (void)reader_.read(*control_, deadline);
    drop_connection();
}

Status HylafaxSession::ensure_connected()
{
    /* Replies still owed make the connection readable: that is not the server speaking
     * out of turn. */
    if (control_ && !owed_.empty())
        return success();
    if (control_ && reader_.has_buffered_input()) {
        trace(TraceLevel::warning, "the server sent a reply to no command; reconnecting");
        drop_connection();
    }
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
    ++generation_;
    acknowledge_by_hand_ = !control_->acks_promptly();
    Result<Reply> greeting =
        reader_.read(*control_, Deadline(config_.reply_timeout_ms, "ReplyTimeout", "the server's greeting"));
    if (!greeting)
        return greeting.error();
    trace(TraceLevel::debug, "<- " + std::to_string(greeting.value().code) + " " + greeting.value().text());
    if (greeting.value().code != 220)
        return refused(greeting.value(), "the server refused the connection");
    return login();
}

Result<Reply> HylafaxSession::send_secret(const char *command, const std::string &secret, const char *what)
{
    Status checked = check_value(secret, what);
    if (!checked)
        return checked.error();
    return exchange(std::string(command) + " " + secret, std::string(command) + " ********");
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
        reply = send_secret("PASS", config_.password, "password");
        if (!reply)
            return reply.error();
    }
    if (reply.value().code != 230)
        return make_error(ErrorKind::authentication,
                          "login as '" + config_.user + "' refused: " + std::to_string(reply.value().code) +
                              " " + reply.value().text(),
                          reply.value().code);
    if (!config_.admin_password.empty()) {
        reply = send_secret("ADMIN", config_.admin_password, "admin password");
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

Status HylafaxSession::check_line(const std::string &line) const
{
    Status length_ok = check_command_length(line);
    if (!length_ok)
        return length_ok;
    return check_value(line, "command");
}

Status HylafaxSession::check_nothing_unread()
{
    if (!owed_.empty() || (!reader_.has_buffered_input() && !control_->peer_closed_or_spoke()))
        return success();
    /* A late or unsolicited reply: whatever is read next may belong to another command. */
    drop_connection();
    trace(TraceLevel::warning, "the server sent a reply to no command; the session was closed");
    return make_error(ErrorKind::protocol, "the server sent a reply to no command (the session was closed)");
}

void HylafaxSession::acknowledge_before_wait(const Deadline &deadline)
{
    if (primed_line_.empty())
        primed_line_ = next_line_.empty() ? placeholder_line : next_line_ + "\r\n";
    /* Only a proper prefix of the verb: completed by a bare CRLF it is a command hfaxd does
     * not know (a harmless 500) when another line has to go first.  With no byte left the
     * reply is simply waited for (the peer's delayed ACK ends the wait). */
    if (primed_.size() + 1 >= verb_of(primed_line_.substr(0, primed_line_.size() - 2)).size())
        return;
    const char byte = primed_line_[primed_.size()];
    /* A failure shows when the reply is read (the connection is then dropped). */
    if (control_->send_all(&byte, 1, deadline.remaining_ms()))
        primed_ += byte;
}

Status HylafaxSession::send_line(const std::string &wire, const Deadline &deadline)
{
    size_t skip = 0;
    if (!primed_.empty() && wire.compare(0, primed_.size(), primed_) == 0) {
        skip = primed_.size();
    } else if (!primed_.empty()) {
        /* Another line goes first: the primed bytes become an unknown command, answered and
         * forgotten.  (Never while replies are owed: lines are sent then only after an
         * upload, before anything was primed.) */
        if (!owed_.empty())
            return make_error(ErrorKind::protocol, "internal error: a primed command is followed by another");
        const std::string verb = primed_;
        primed_.clear();
        primed_line_.clear();
        trace(TraceLevel::debug, "-> " + verb + " (the start of a command not sent)");
        Status sent = control_->send_all("\r\n", 2, deadline.remaining_ms());
        if (!sent)
            return sent;
        sent_since_reply_ = true;
        Result<Reply> unknown = read_traced_reply(verb, reply_deadline(verb, &deadline));
        if (!unknown)
            return unknown.error();
    }
    primed_.clear();
    primed_line_.clear();
    next_line_.clear();
    Status sent = control_->send_all(wire.data() + skip, wire.size() - skip, deadline.remaining_ms());
    if (sent)
        sent_since_reply_ = true;
    return sent;
}

Result<Reply> HylafaxSession::read_traced_reply(const std::string &verb, const Deadline &deadline)
{
    /* (A reply already received, in the reader's buffer, needs no acknowledgement.) */
    if (acknowledge_by_hand_ && !sent_since_reply_ && !reader_.has_buffered_input())
        acknowledge_before_wait(deadline);
    sent_since_reply_ = false;
    Result<Reply> reply = reader_.read(*control_, deadline);
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
    if (!reply_fits(verb, reply.value().code)) {
        drop_connection();
        return make_error(ErrorKind::protocol, "reply " + std::to_string(reply.value().code) + " " +
                                                   reply.value().text() + " does not answer " + verb +
                                                   " (the session was closed)");
    }
    return reply;
}

Result<Reply> HylafaxSession::exchange(const std::string &line, const std::string &traced_line,
                                       const Deadline *outer)
{
    Status line_ok = check_line(line);
    if (!line_ok)
        return line_ok.error();
    if (!owed_.empty())
        return make_error(ErrorKind::protocol, "internal error: a command was sent while " +
                                                   std::to_string(owed_.size()) + " replies were owed");
    if (!control_)
        return make_error(ErrorKind::connection, "the connection to the server was lost");
    Status quiet = check_nothing_unread();
    if (!quiet)
        return quiet.error();
    Deadline deadline = reply_deadline(verb_of(line), outer);
    trace(TraceLevel::debug, "-> " + traced_line);
    Status sent = send_line(line + "\r\n", deadline);
    if (!sent) {
        drop_connection();
        return deadline.explain(sent.error());
    }
    return read_traced_reply(verb_of(line), deadline);
}

Status HylafaxSession::send_pipelined(const std::vector<std::string> &lines, const std::string &then)
{
    std::string wire;
    for (const std::string &line : lines) {
        Status line_ok = check_line(line);
        if (!line_ok)
            return line_ok;
        if (!is_pipeline_safe(line))
            return make_error(ErrorKind::bad_input,
                              "internal error: " + line.substr(0, line.find(' ')) + " cannot be pipelined");
        wire += line;
        wire += "\r\n";
    }
    Status connected = ensure_connected();
    if (!connected)
        return connected;
    Status quiet = check_nothing_unread();
    if (!quiet)
        return quiet;
    for (const std::string &line : lines)
        trace(TraceLevel::debug, "-> " + line);
    Deadline deadline = reply_deadline(verb_of(lines.front()));
    Status sent = send_line(wire, deadline);
    next_line_ = then;
    if (!sent) {
        drop_connection();
        return deadline.explain(sent.error());
    }
    for (const std::string &line : lines)
        owed_.push_back({verb_of(line), std::nullopt});
    return success();
}

Result<Reply> HylafaxSession::read_reply(const Deadline *outer)
{
    if (owed_.empty() || !control_)
        return make_error(ErrorKind::protocol, "internal error: no reply is owed");
    OwedReply owed = std::move(owed_.front());
    owed_.pop_front();
    /* The end of an upload left open must also meet that upload's transfer deadline. */
    return read_traced_reply(owed.verb, reply_deadline(owed.verb, owed.deadline ? &*owed.deadline : outer));
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

Result<std::unique_ptr<Transport>> HylafaxSession::open_passive(const std::string &form,
                                                                const std::string &transfer_command,
                                                                const Deadline &transfer)
{
    /* TYPE and FORM are sent only when they change; with PASV they go in one write.
     * Connect first: a replaced connection starts again from the server's defaults. */
    Status connected = ensure_connected();
    if (!connected)
        return connected.error();
    std::vector<std::string> lines;
    if (current_type_ != "I" || !control_)
        lines.push_back("TYPE I");
    if (!form.empty() && (current_form_ != form || !control_))
        lines.push_back("FORM " + form);
    lines.push_back("PASV");
    Status sent = send_pipelined(lines, transfer_command);
    if (!sent)
        return sent.error();
    std::optional<Error> failure;
    Reply pasv;
    for (const std::string &line : lines) {
        Result<Reply> reply = read_reply(&transfer);
        if (!reply)
            return reply.error();
        const std::string verb = line.substr(0, line.find(' '));
        if (verb == "PASV")
            pasv = reply.value();
        else if (!reply.value().positive_completion())
            failure = failure ? failure : refused(reply.value(), verb);
        else if (verb == "TYPE")
            current_type_ = "I";
        else
            current_form_ = form;
    }
    if (failure)
        return *failure;
    if (pasv.code != 227)
        return refused(pasv, "PASV");
    Result<uint16_t> port = passive_port(pasv);
    if (!port)
        return port.error();
    /* Connect to the control connection's host: the address in the reply may be a
     * server-side view that is unreachable from here (NAT).  A connect that timed out is
     * the transfer's deadline only when that was the shorter limit, not ConnectTimeout. */
    const int connect_ms = std::min(config_.connect_timeout_ms, transfer.remaining_ms());
    Result<std::unique_ptr<Transport>> data =
        factory_->connect(config_.server.host, port.value(), connect_ms);
    if (!data && connect_ms < config_.connect_timeout_ms)
        return transfer.explain(data.error());
    return data;
}

Status HylafaxSession::download(const std::string &line, const ByteSink &sink, uint64_t max_bytes)
{
    const Deadline transfer = transfer_deadline(line);
    Result<std::unique_ptr<Transport>> data = open_passive(std::string(), line, transfer);
    if (!data)
        return data.error();
    Result<Reply> start = exchange(line, line, &transfer);
    if (!start)
        return start.error();
    if (!start.value().positive_preliminary())
        return refused(start.value(), line.substr(0, line.find(' ')));

    std::vector<uint8_t> chunk(data_chunk_bytes);
    uint64_t total = 0;
    Status outcome = success();
    for (;;) {
        data.value()->prepare_for_reply();
        if (transfer.expired()) {
            outcome = transfer.expired_error();
            break;
        }
        Result<size_t> got = data.value()->receive(chunk.data(), chunk.size(), transfer.remaining_ms());
        if (!got) {
            outcome = transfer.explain(got.error());
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
    Result<Reply> done = read_traced_reply(verb_of(line), reply_deadline(verb_of(line), &transfer));
    if (!done)
        return done.error();
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

Result<Reply> HylafaxSession::send_data(const std::string &form, const std::string &store_command,
                                        const ByteSource &source, const Deadline &transfer)
{
    Result<std::unique_ptr<Transport>> data = open_passive(form, store_command, transfer);
    if (!data)
        return data.error();
    Result<Reply> start = exchange(store_command, store_command, &transfer);
    if (!start)
        return start.error();
    if (!start.value().positive_preliminary())
        return refused(start.value(), store_command.substr(0, store_command.find(' ')).c_str());

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
        if (transfer.expired()) {
            outcome = transfer.expired_error();
            break;
        }
        Status sent = data.value()->send_all(chunk.data(), produced.value(), transfer.remaining_ms());
        if (!sent) {
            outcome = transfer.explain(sent.error());
            break;
        }
    }
    data.value()->close();
    if (!outcome) {
        drop_connection();
        return outcome.error();
    }
    return start;
}

Status HylafaxSession::store_file(const std::string &path, std::string_view bytes)
{
    size_t offset = 0;
    ByteSource source = [&](uint8_t *buffer, size_t capacity) -> Result<size_t> {
        size_t n = std::min(capacity, bytes.size() - offset);
        std::memcpy(buffer, bytes.data() + offset, n);
        offset += n;
        return n;
    };
    const Deadline transfer = transfer_deadline("STOR " + path);
    Result<Reply> start = send_data("PS", "STOR " + path, source, transfer);
    if (!start)
        return start.error();
    Result<Reply> done = read_traced_reply("STOR", reply_deadline("STOR", &transfer));
    if (!done)
        return done.error();
    if (!done.value().positive_completion())
        return refused(done.value(), "STOR");
    return success();
}

Result<std::string> HylafaxSession::upload_temporary(const std::string &form, const ByteSource &source,
                                                     UploadEnd end)
{
    const Deadline transfer = transfer_deadline("STOT");
    Result<Reply> start = send_data(form, "STOT", source, transfer);
    if (!start)
        return start.error();
    /* hfaxd names the file in the 150 reply already ("150 FILE: /tmp/doc1.tif ..."). */
    std::string announced = uploaded_file_named_in(start.value());
    if (end == UploadEnd::leave_completion_pending && !announced.empty()) {
        owed_.push_back({"STOT", transfer});
        return announced;
    }
    Result<Reply> done = read_traced_reply("STOT", reply_deadline("STOT", &transfer));
    if (!done)
        return done.error();
    if (!done.value().positive_completion())
        return refused(done.value(), "STOT");
    std::string confirmed = uploaded_file_named_in(done.value());
    if (!confirmed.empty())
        return confirmed;
    if (!announced.empty())
        return announced;
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
