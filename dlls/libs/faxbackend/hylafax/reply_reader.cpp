// SPDX-License-Identifier: LGPL-2.1-or-later
#include "hylafax/reply_reader.h"

#include <cctype>

namespace faxcom::hylafax {

namespace {

constexpr unsigned char telnet_iac = 255;
constexpr unsigned char telnet_will = 251, telnet_dont = 254;

bool is_reply_code(std::string_view line)
{
    return line.size() >= 3 && std::isdigit(static_cast<unsigned char>(line[0])) &&
           std::isdigit(static_cast<unsigned char>(line[1])) &&
           std::isdigit(static_cast<unsigned char>(line[2]));
}

int code_of(std::string_view line)
{
    return (line[0] - '0') * 100 + (line[1] - '0') * 10 + (line[2] - '0');
}

std::string text_after_code(const std::string &line)
{
    return line.size() > 4 ? line.substr(4) : std::string();
}

} // namespace

std::string Reply::text() const
{
    std::string joined;
    for (size_t i = 0; i < lines.size(); ++i) {
        if (i)
            joined += '\n';
        joined += lines[i];
    }
    return joined;
}

const std::string &Reply::last_line() const
{
    static const std::string empty;
    return lines.empty() ? empty : lines.back();
}

void ReplyReader::reset()
{
    buffer_.clear();
    pending_iac_.clear();
}

Status ReplyReader::fill(Transport &transport, const Deadline &deadline)
{
    if (deadline.expired())
        return deadline.expired_error();
    char chunk[4096];
    /* Before every wait, not once per reply: with pipelined commands several replies
     * arrive one segment each, and a delayed ACK would hold back hfaxd's next segment. */
    transport.prepare_for_reply();
    Result<size_t> got = transport.receive(chunk, sizeof chunk, deadline.remaining_ms());
    if (!got)
        return deadline.explain(got.error());
    if (got.value() == 0)
        return make_error(ErrorKind::connection, "the server closed the connection");
    std::string input = pending_iac_ + std::string(chunk, got.value());
    pending_iac_.clear();
    for (size_t i = 0; i < input.size(); ++i) {
        auto byte = static_cast<unsigned char>(input[i]);
        if (byte != telnet_iac) {
            buffer_ += input[i];
            continue;
        }
        if (i + 1 >= input.size()) {
            pending_iac_ = input.substr(i);
            break;
        }
        auto command = static_cast<unsigned char>(input[i + 1]);
        if (command == telnet_iac) {
            buffer_ += input[i + 1];
            ++i;
        } else if (command >= telnet_will && command <= telnet_dont) {
            if (i + 2 >= input.size()) {
                pending_iac_ = input.substr(i);
                break;
            }
            i += 2;
        } else {
            ++i;
        }
    }
    return success();
}

Result<std::string> ReplyReader::read_line(Transport &transport, const Deadline &deadline)
{
    size_t scanned = 0;
    for (;;) {
        size_t newline = buffer_.find('\n', scanned);
        if (newline != std::string::npos) {
            if (newline > limits_.max_line_bytes)
                return make_error(ErrorKind::protocol, "reply line longer than " +
                                                           std::to_string(limits_.max_line_bytes) + " bytes");
            std::string line = buffer_.substr(0, newline);
            buffer_.erase(0, newline + 1);
            if (!line.empty() && line.back() == '\r')
                line.pop_back();
            return line;
        }
        if (buffer_.size() > limits_.max_line_bytes)
            return make_error(ErrorKind::protocol,
                              "reply line longer than " + std::to_string(limits_.max_line_bytes) + " bytes");
        scanned = buffer_.size();
        Status filled = fill(transport, deadline);
        if (!filled)
            return filled.error();
    }
}

Result<Reply> ReplyReader::read(Transport &transport, const Deadline &deadline)
{
    Result<std::string> first = read_line(transport, deadline);
    if (!first)
        return first.error();
    const std::string &line = first.value();
    if (!is_reply_code(line) || (line.size() > 3 && line[3] != ' ' && line[3] != '-'))
        return make_error(ErrorKind::protocol, "malformed reply line from the server");
    Reply reply;
    reply.code = code_of(line);
    if (reply.code < 100 || reply.code > 599)
        return make_error(ErrorKind::protocol, "reply code out of range: " + std::to_string(reply.code));
    reply.lines.push_back(text_after_code(line));
    if (line.size() <= 3 || line[3] == ' ')
        return reply;

    size_t total = line.size();
    for (;;) {
        Result<std::string> next = read_line(transport, deadline);
        if (!next)
            return next.error();
        const std::string &text = next.value();
        total += text.size() + 1;
        if (total > limits_.max_reply_bytes)
            return make_error(ErrorKind::protocol, "multi-line reply longer than " +
                                                       std::to_string(limits_.max_reply_bytes) + " bytes");
        if (is_reply_code(text) && code_of(text) == reply.code && (text.size() == 3 || text[3] == ' ')) {
            reply.lines.push_back(text_after_code(text));
            return reply;
        }
        /* Continuation lines: RFC 959 allows "NNN-text" and free text; keep the text. */
        if (is_reply_code(text) && code_of(text) == reply.code && text[3] == '-')
            reply.lines.push_back(text_after_code(text));
        else
            reply.lines.push_back(text);
    }
}

} // namespace faxcom::hylafax
