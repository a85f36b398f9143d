// SPDX-License-Identifier: LGPL-2.1-or-later
#include "fake_server.h"

#include <algorithm>
#include <chrono>
#include <thread>

namespace faxcom::hylafax::testing {

namespace {

void sleep_ms(int ms)
{
    std::this_thread::sleep_for(std::chrono::milliseconds(ms));
}

/* Drip mode: one byte after `drip_ms`, or a timeout when the caller waits less. */
Result<size_t> drip_one(std::string &pending, void *buffer, int drip_ms, int timeout_ms)
{
    if (timeout_ms < drip_ms) {
        sleep_ms(timeout_ms);
        return make_error(ErrorKind::timeout, "fake: no byte within " + std::to_string(timeout_ms) + " ms");
    }
    sleep_ms(drip_ms);
    static_cast<char *>(buffer)[0] = pending[0];
    pending.erase(0, 1);
    return size_t{1};
}

Error reset_error()
{
    return make_error(ErrorKind::connection, "fake: connection reset by peer");
}

bool matches(const ScriptStep &step, const std::string &line)
{
    if (step.match_prefix)
        return line.compare(0, step.expected_line.size(), step.expected_line) == 0;
    return step.expected_line == line;
}

/* The value of a quoted command argument ("...", with \", \\ and \NNN octal escapes). */
std::string unquote(const std::string &quoted)
{
    std::string value;
    size_t open = quoted.find('"');
    for (size_t i = open + 1; open != std::string::npos && i < quoted.size() && quoted[i] != '"'; ++i) {
        if (quoted[i] != '\\') {
            value += quoted[i];
        } else if (i + 3 < quoted.size() && quoted[i + 1] >= '0' && quoted[i + 1] <= '7') {
            value += static_cast<char>(std::stoi(quoted.substr(i + 1, 3), nullptr, 8));
            i += 3;
        } else {
            value += quoted[++i];
        }
    }
    return value;
}

class FakeControl final : public Transport {
  public:
    explicit FakeControl(std::shared_ptr<FakeServer> server) : server_(std::move(server))
    {
        write(server_->greeting);
    }

    Status send_all(const void *data, size_t length, int) override
    {
        if (closed_)
            return make_error(ErrorKind::connection, "fake: connection closed");
        if (after_ == AfterReply::reset)
            return reset_error();
        acknowledge();
        sent_since_receive_ = true;
        incoming_.append(static_cast<const char *>(data), length);
        size_t end;
        while ((end = incoming_.find("\r\n")) != std::string::npos) {
            std::string line = incoming_.substr(0, end);
            incoming_.erase(0, end + 2);
            server_->received_lines.push_back(line);
            if (server_->script.empty() || !matches(server_->script.front(), line)) {
                server_->unexpected_lines.push_back(line);
                write("500 fake: unexpected command.\r\n");
                continue;
            }
            ScriptStep step = server_->script.front();
            server_->script.pop_front();
            if (step.on_match)
                step.on_match(*server_, line);
            write(step.reply);
            after_ = step.after;
        }
        return success();
    }

    Result<size_t> receive(void *buffer, size_t capacity, int timeout_ms) override
    {
        if (outgoing_.empty() && !held_.empty()) {
            /* hfaxd's Nagle algorithm holds this until our ACK: the delayed one, 40 ms. */
            ++server_->stalls;
            acknowledge();
        }
        if (!outgoing_.empty() && sent_since_receive_) {
            ++server_->round_trips;
            sent_since_receive_ = false;
        }
        if (!outgoing_.empty() && server_->drip_ms > 0)
            return drip_one(outgoing_, buffer, server_->drip_ms, timeout_ms);
        if (!outgoing_.empty()) {
            size_t count = std::min({capacity, outgoing_.size(), server_->chunk_limit});
            outgoing_.copy(static_cast<char *>(buffer), count);
            outgoing_.erase(0, count);
            return count;
        }
        if (after_ == AfterReply::reset)
            return reset_error();
        if (closed_ || after_ == AfterReply::close)
            return size_t{0};
        return make_error(ErrorKind::timeout, "fake: no reply within " + std::to_string(timeout_ms) + " ms");
    }

    bool peer_closed_or_spoke() override
    {
        return after_ == AfterReply::close || after_ == AfterReply::reset || !outgoing_.empty() ||
               !held_.empty();
    }
    bool acks_promptly() const override { return server_->acks_promptly; }
    void shutdown_send() override {}
    void close() override { closed_ = true; }

  private:
    /* TCP as hfaxd and Linux make it (FakeServer::stalls): each reply line is one write; it
     * leaves at once when everything sent before was acknowledged, else it is held, and all
     * that is held leaves together with the next ACK. */
    void write(const std::string &reply)
    {
        for (size_t start = 0; start < reply.size();) {
            size_t end = reply.find("\r\n", start);
            end = end == std::string::npos ? reply.size() : end + 2;
            if (!in_flight_ && held_.empty()) {
                outgoing_ += reply.substr(start, end - start);
                in_flight_ = true;
            } else {
                held_ += reply.substr(start, end - start);
            }
            start = end;
        }
    }
    /* Our side acknowledges all it received (anything we send carries the ACK). */
    void acknowledge()
    {
        in_flight_ = !held_.empty();
        outgoing_ += held_;
        held_.clear();
    }

    std::shared_ptr<FakeServer> server_;
    std::string incoming_;
    std::string outgoing_; /* sent by the server, not yet read by the client */
    std::string held_;     /* written by the server, held by its Nagle algorithm */
    bool in_flight_ = false;
    bool sent_since_receive_ = false;
    AfterReply after_ = AfterReply::keep_open;
    bool closed_ = false;
};

class FakeData final : public Transport {
  public:
    FakeData(std::shared_ptr<FakeServer> server, std::string content)
        : server_(std::move(server)), content_(std::move(content))
    {
    }

    Status send_all(const void *data, size_t length, int timeout_ms) override
    {
        if (server_->upload_delay_ms > timeout_ms) {
            sleep_ms(timeout_ms);
            return make_error(ErrorKind::timeout,
                              "fake: upload stalled for " + std::to_string(timeout_ms) + " ms");
        }
        sleep_ms(server_->upload_delay_ms);
        uploaded_.append(static_cast<const char *>(data), length);
        return success();
    }
    Result<size_t> receive(void *buffer, size_t capacity, int timeout_ms) override
    {
        if (!content_.empty() && server_->data_drip_ms > 0)
            return drip_one(content_, buffer, server_->data_drip_ms, timeout_ms);
        if (content_.empty() && server_->reset_data)
            return reset_error();
        size_t count = std::min(capacity, content_.size());
        content_.copy(static_cast<char *>(buffer), count);
        content_.erase(0, count);
        return count;
    }
    bool peer_closed_or_spoke() override { return false; }
    void shutdown_send() override {}
    void close() override
    {
        if (!closed_ && !uploaded_.empty())
            server_->uploads.push_back(uploaded_);
        closed_ = true;
    }
    ~FakeData() override { close(); }

  private:
    std::shared_ptr<FakeServer> server_;
    std::string content_, uploaded_;
    bool closed_ = false;
};

} // namespace

void FakeServer::expect_login(const std::string &user)
{
    expect("USER " + user, "230 User " + user + " logged in.\r\n");
    expect("TZONE GMT", "200 Time values are handled in GMT.\r\n");
}

void FakeServer::expect_pasv()
{
    expect("PASV", "227 Entering passive mode (127,0,0,1,200,10)\r\n");
}

void FakeServer::expect_format(
    const std::string &verb,
    std::function<std::string(const std::string &begin, const std::string &end)> make_data)
{
    ScriptStep step(verb + " ", "200 Format set.\r\n");
    step.match_prefix = true;
    step.on_match = [make_data](FakeServer &server, const std::string &line) {
        /* The markers: what comes before the first and after the last %-letter. */
        std::string format = unquote(line);
        size_t first = format.find('%');
        size_t last = format.rfind('%');
        std::string begin = format.substr(0, first);
        std::string end = last == std::string::npos ? std::string() : format.substr(last + 2);
        server.data_to_send = make_data(begin, end);
    };
    script.push_back(std::move(step));
}

Result<std::unique_ptr<Transport>> FakeServer::connect(const std::string &, uint16_t port, int timeout_ms)
{
    if (refuse_connect)
        return make_error(ErrorKind::timeout,
                          "fake: connect timed out after " + std::to_string(timeout_ms) + " ms");
    if (port != control_port) {
        std::string content = std::move(data_to_send);
        data_to_send.clear();
        return std::unique_ptr<Transport>(new FakeData(shared_from_this(), std::move(content)));
    }
    ++connects;
    return std::unique_ptr<Transport>(new FakeControl(shared_from_this()));
}

} // namespace faxcom::hylafax::testing
