// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * One control connection to hfaxd: connect, greeting, login, commands and replies,
 * passive data transfers, reconnect after the server dropped an idle session.
 *
 * Deadlines (deadline.h): every reply must be complete within ReplyTimeout of the moment
 * its command was sent (or, for a pipelined reply, of the moment it is waited for); a data
 * transfer - PASV, the transfer command, the data and the final reply - within
 * TransferTimeout of its start.  Whatever expires first ends the exchange with a timeout
 * error naming the setting, and the connection is dropped.
 *
 * Command pattern, chosen per transport (Transport::acks_promptly):
 * - a transport that acknowledges at once (POSIX with TCP_QUICKACK) gets pipelining as
 *   described at send_pipelined();
 * - one without (Winsock: Wine maps it to Linux sockets without TCP_QUICKACK) gets the
 *   same pipelining, acknowledged by hand: hfaxd writes each reply on its own and its Nagle
 *   algorithm holds a second small segment until we acknowledge the first, which Linux's
 *   delayed ACK does only after about 40 ms unless we send something.  So whenever a reply
 *   is to be waited for and nothing was sent since the last one (the rest of a pipelined
 *   batch, the 226 after a 150), one more byte of the next command's verb is sent first:
 *   it acknowledges without asking for a reply.  The next command is the one named by
 *   send_pipelined(), else a NOOP placeholder; at most a proper prefix of its verb is sent,
 *   so when another line has to go first the prefix is ended by CRLF as a command hfaxd
 *   does not know (its 500 is read and dropped).  The unit test counts round trips and
 *   such stalls per Send and per GetJobs.
 *
 * Thread safety: a session is used under its own mutex; callers take `lock()` for the
 * whole of a multi-command operation.  Passwords are sent but never traced nor put into
 * an error message.
 */
#ifndef FAXCOM_HYLAFAX_SESSION_H
#define FAXCOM_HYLAFAX_SESSION_H

#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "hylafax/deadline.h"
#include "common/fax_service.h"
#include "hylafax/reply_reader.h"
#include "hylafax/transport.h"

namespace faxcom::hylafax {

class HylafaxSession {
  public:
    HylafaxSession(ConnectionConfig config, std::shared_ptr<TransportFactory> factory, TraceHook trace = {});
    ~HylafaxSession();
    HylafaxSession(const HylafaxSession &) = delete;
    HylafaxSession &operator=(const HylafaxSession &) = delete;

    std::unique_lock<std::mutex> lock() { return std::unique_lock<std::mutex>(mutex_); }

    /* Connects and logs in unless a live connection exists.  A connection the server has
     * closed (idle timeout, 421) is replaced transparently. */
    Status ensure_connected();
    /* Sends QUIT (best effort) and closes. */
    void disconnect();
    bool connected() const { return control_ != nullptr; }
    /* Changes whenever a new control connection is opened (what hfaxd keeps per login,
     * such as uploaded temporary files, belongs to one generation). */
    uint64_t connection_generation() const { return generation_; }

    /* Sends one command line (without CRLF) and reads its reply.  The line must already
     * be checked/quoted (command_text.h); its length is checked here.  A 421 reply or a
     * lost connection closes the session and is a connection error; a reply that cannot
     * answer the command (a positive code it never gives) or input that arrived before
     * the command was sent closes it too and is a protocol error.  The next operation
     * connects again. */
    Result<Reply> command(const std::string &line);

    /* command() that turns a reply outside 2xx into a server_refused error carrying the
     * server's text and code. */
    Result<Reply> command_ok(const std::string &line);

    /* Pipelining: every line in one write, the replies read later with read_reply(), in
     * order.  Only for commands hfaxd finishes without waiting on its scheduler: while it
     * waits in JSUBM, JSUSP, JKILL, JINTR, JDELE, JWAIT or SITE it parses newly arrived
     * control input re-entrantly, so a command queued behind one of those could run in
     * the middle of it and answer out of order.  Such lines, and any line that is too
     * long or holds CR/LF/NUL, are refused (bad_input) before anything is sent.  `then`,
     * when known, is the line the caller sends once these replies are read (see the top). */
    Status send_pipelined(const std::vector<std::string> &lines, const std::string &then = std::string());
    /* The oldest reply not yet read (of send_pipelined() or of an upload left open).  A
     * 421 or a lost connection closes the session and is a connection error. */
    Result<Reply> read_reply() { return read_reply(nullptr); }
    size_t outstanding_replies() const { return owed_.size(); }

    /* PASV + `line` (e.g. "LIST sendq", "RETR recvq/fax1.tif"): delivers the data bytes
     * to `sink`, which may abort by returning false; at most `max_bytes` are accepted
     * (more is a protocol error). */
    Status download(const std::string &line, const ByteSink &sink, uint64_t max_bytes);
    Result<std::string> download_text(const std::string &line, uint64_t max_bytes);

    /* TYPE I + FORM + PASV + STOT: uploads the bytes produced by `source` (which fills a
     * buffer and returns the count, 0 at the end) and returns the server's temporary
     * file name. */
    using ByteSource = std::function<Result<size_t>(uint8_t *buffer, size_t capacity)>;
    enum class UploadEnd {
        wait_for_completion,      /* read the final 226 before returning */
        leave_completion_pending, /* return after the data is sent; the 226 is the next
                                      read_reply() (commands may be pipelined before it) */
    };
    Result<std::string> upload_temporary(const std::string &form, const ByteSource &source,
                                         UploadEnd end = UploadEnd::wait_for_completion);
    /* TYPE I + FORM + PASV + STOR PATH: replaces a file in the spool (administrators may write
     * etc/ files) with `bytes`. */
    Status store_file(const std::string &path, std::string_view bytes);

    /* The configured character set applied to text going out / coming in. */
    Result<std::string> to_wire(const std::string &utf8, std::string_view what) const;
    std::string from_wire(const std::string &wire) const;

    const ConnectionConfig &config() const { return config_; }
    void trace(TraceLevel level, const std::string &message) const;

  private:
    Status open_and_login();
    Status login();
    /* `command` with `secret` (checked first; `what` names it in the error), traced as
     * "command ********". */
    Result<Reply> send_secret(const char *command, const std::string &secret, const char *what);
    /* `outer`, when given, is an operation's deadline that the reply must also meet. */
    Result<Reply> exchange(const std::string &line, const std::string &traced_line,
                           const Deadline *outer = nullptr);
    Result<Reply> read_reply(const Deadline *outer);
    Result<std::unique_ptr<Transport>>
    open_passive(const std::string &form, const std::string &transfer_command, const Deadline &transfer);
    /* Opens the data connection, sends `store_command` and the bytes; returns its 150 reply
     * (the completion reply is still to be read). */
    Result<Reply> send_data(const std::string &form, const std::string &store_command,
                            const ByteSource &source, const Deadline &transfer);
    Status check_line(const std::string &line) const;
    /* ReplyTimeout for the reply to `verb` from now, or `outer` if that expires first. */
    Deadline reply_deadline(const std::string &verb, const Deadline *outer = nullptr) const;
    Deadline transfer_deadline(const std::string &line) const;
    /* Reads the reply to `verb`; one that cannot answer it ends the session (protocol error). */
    Result<Reply> read_traced_reply(const std::string &verb, const Deadline &deadline);
    /* Before a command when no reply is owed: unread input means a stray reply; the
     * session is closed (protocol error) so that it cannot be taken for a later answer. */
    Status check_nothing_unread();
    void drop_connection();
    /* Sends `wire` (lines with CRLF) after what was primed (see the top). */
    Status send_line(const std::string &wire, const Deadline &deadline);
    /* Without prompt ACKs, before waiting for a reply when nothing was sent since the last
     * one: sends the next byte of the next command's verb (see the top). */
    void acknowledge_before_wait(const Deadline &deadline);

    ConnectionConfig config_;
    std::shared_ptr<TransportFactory> factory_;
    TraceHook trace_;
    std::mutex mutex_;
    std::unique_ptr<Transport> control_;
    ReplyReader reader_;
    std::string current_type_; /* "A"/"I" as last set on this connection */
    std::string current_form_; /* "TIFF"/"PS"/"PDF" as last set on this connection */
    struct OwedReply {
        std::string verb;
        std::optional<Deadline> deadline; /* an upload's transfer deadline */
    };
    std::deque<OwedReply> owed_;       /* replies owed by the server for lines already sent */
    bool acknowledge_by_hand_ = false; /* the control transport does not acknowledge at once */
    bool sent_since_reply_ = false;
    std::string next_line_;   /* what the caller sends after the pipelined replies */
    std::string primed_line_; /* the line whose first bytes were sent ... */
    std::string primed_;      /* ... those bytes */
    uint64_t generation_ = 0;
};

} // namespace faxcom::hylafax

#endif
