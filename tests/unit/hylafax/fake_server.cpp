#include "fake_server.h"

#include <algorithm>

namespace faxcom::hylafax::testing {

namespace {

class FakeControl final : public Transport {
  public:
    explicit FakeControl(std::shared_ptr<FakeServer> server) : server_(std::move(server))
    {
        outgoing_ = server_->greeting;
    }

    Status send_all(const void *data, size_t length, int) override
    {
        if (closed_)
            return make_error(ErrorKind::connection, "fake: connection closed");
        incoming_.append(static_cast<const char *>(data), length);
        size_t end;
        while ((end = incoming_.find("\r\n")) != std::string::npos) {
            std::string line = incoming_.substr(0, end);
            incoming_.erase(0, end + 2);
            server_->received_lines.push_back(line);
            if (server_->script.empty() || server_->script.front().expected_line != line) {
                server_->unexpected_lines.push_back(line);
                outgoing_ += "500 fake: unexpected command.\r\n";
                continue;
            }
            ScriptStep step = server_->script.front();
            server_->script.pop_front();
            outgoing_ += step.reply;
            after_ = step.after;
        }
        return success();
    }

    Result<size_t> receive(void *buffer, size_t capacity, int timeout_ms) override
    {
        if (!outgoing_.empty()) {
            size_t count = std::min({capacity, outgoing_.size(), server_->chunk_limit});
            outgoing_.copy(static_cast<char *>(buffer), count);
            outgoing_.erase(0, count);
            return count;
        }
        if (closed_ || after_ == AfterReply::close)
            return size_t{0};
        return make_error(ErrorKind::timeout, "fake: no reply within " + std::to_string(timeout_ms) + " ms");
    }

    bool peer_closed_or_spoke() override { return after_ == AfterReply::close || !outgoing_.empty(); }
    void shutdown_send() override {}
    void close() override { closed_ = true; }

  private:
    std::shared_ptr<FakeServer> server_;
    std::string incoming_, outgoing_;
    AfterReply after_ = AfterReply::keep_open;
    bool closed_ = false;
};

class FakeData final : public Transport {
  public:
    FakeData(std::shared_ptr<FakeServer> server, std::string content)
        : server_(std::move(server)), content_(std::move(content))
    {
    }

    Status send_all(const void *data, size_t length, int) override
    {
        uploaded_.append(static_cast<const char *>(data), length);
        return success();
    }
    Result<size_t> receive(void *buffer, size_t capacity, int) override
    {
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
