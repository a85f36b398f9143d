/*
 * A scripted stand-in for hfaxd behind the Transport interface.  The script is a list of
 * steps: the command line the client must send and the raw bytes answered.  Data
 * connections (any connect to a port other than the control port) deliver `data_to_send`
 * and record what the client uploads.  Nothing real: "timeouts" are reported at once.
 */
#ifndef FAXCOM_TESTS_FAKE_SERVER_H
#define FAXCOM_TESTS_FAKE_SERVER_H

#include <deque>
#include <memory>
#include <string>
#include <vector>

#include "transport.h"

namespace faxcom::hylafax::testing {

enum class AfterReply { keep_open, close, go_silent };

struct ScriptStep {
    std::string expected_line; /* exact command, without CRLF */
    std::string reply;         /* raw bytes, CRLFs included */
    AfterReply after = AfterReply::keep_open;
};

class FakeServer : public TransportFactory, public std::enable_shared_from_this<FakeServer> {
  public:
    static constexpr uint16_t control_port = 4559;

    /* What every new control connection receives first. */
    std::string greeting = "220 fake hfaxd ready.\r\n";
    std::deque<ScriptStep> script;
    std::string data_to_send;         /* for the next LIST/RETR data connection */
    std::vector<std::string> uploads; /* one per finished upload data connection */
    std::vector<std::string> received_lines;
    std::vector<std::string> unexpected_lines;
    size_t chunk_limit = 1 << 20; /* bytes per receive(), to split replies */
    int connects = 0;
    bool refuse_connect = false;

    void expect(std::string line, std::string reply, AfterReply after = AfterReply::keep_open)
    {
        script.push_back({std::move(line), std::move(reply), after});
    }
    /* USER without password, TZONE. */
    void expect_login(const std::string &user = "tester");
    /* PASV pointing to a data port. */
    void expect_pasv();

    Result<std::unique_ptr<Transport>> connect(const std::string &host, uint16_t port,
                                               int timeout_ms) override;
};

} // namespace faxcom::hylafax::testing

#endif
