// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * A scripted stand-in for hfaxd behind the Transport interface.  The script is a list of
 * steps: the command line the client must send and the raw bytes answered.  Data
 * connections (any connect to a port other than the control port) deliver `data_to_send`
 * and record what the client uploads.  Nothing real: "timeouts" are reported at once,
 * except when a drip or upload delay is set: then the fake really sleeps (never longer
 * than the timeout it was given) so that overall deadlines can be tested.
 *
 * Hostile behaviours: drip bytes slowly (control and data), reset the connection after
 * any step, reset a data connection after its content, answer with any bytes at all.
 */
#ifndef FAXCOM_TESTS_FAKE_SERVER_H
#define FAXCOM_TESTS_FAKE_SERVER_H

#include <cstdio>
#include <cstdlib>
#include <deque>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include <unistd.h>

#include "common/fax_service.h"
#include "documents/prepared_document.h"
#include "hylafax/transport.h"

namespace faxcom::hylafax::testing {

/* close: orderly end after the reply; reset: the connection fails (ECONNRESET) once the
 * reply bytes are read; go_silent: nothing more arrives. */
enum class AfterReply { keep_open, close, go_silent, reset };

class FakeServer;

struct ScriptStep {
    ScriptStep(std::string line, std::string answer, AfterReply then = AfterReply::keep_open)
        : expected_line(std::move(line)), reply(std::move(answer)), after(then)
    {
    }
    std::string expected_line; /* exact command, without CRLF (a prefix when match_prefix) */
    std::string reply;         /* raw bytes, CRLFs included */
    AfterReply after = AfterReply::keep_open;
    bool match_prefix = false;
    /* Called with the line received, before the reply is queued (may set data_to_send). */
    std::function<void(FakeServer &, const std::string &line)> on_match;
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
    int drip_ms = 0;         /* control: one byte per receive(), this long apart */
    int data_drip_ms = 0;    /* data connections: the same */
    int upload_delay_ms = 0; /* data: each send_all() takes this long */
    bool reset_data = false; /* data: the connection fails after `data_to_send` */
    /* Round trips (a reply read after the client sent something) and stalls (a reply that
     * hfaxd's Nagle algorithm holds until the client's delayed ACK, about 40 ms, because
     * the client waited for it without sending anything since the last one), counted over
     * all control connections.  acks_promptly is what the control transport reports. */
    int round_trips = 0;
    int stalls = 0;
    bool acks_promptly = true;

    void expect(std::string line, std::string reply, AfterReply after = AfterReply::keep_open)
    {
        script.push_back({std::move(line), std::move(reply), after});
    }
    /* USER without password, TZONE. */
    void expect_login(const std::string &user = "tester");
    /* PASV pointing to a data port. */
    void expect_pasv();
    /* A format command ("JOBFMT", "RCVFMT", "MDMFMT") with whatever format the client
     * chooses; `make_data` builds the next listing from the record markers found in it. */
    void
    expect_format(const std::string &verb,
                  std::function<std::string(const std::string &begin, const std::string &end)> make_data);

    Result<std::unique_ptr<Transport>> connect(const std::string &host, uint16_t port,
                                               int timeout_ms) override;
};

/* A configuration that connects to the fake as "tester". */
inline ConnectionConfig fake_connection_config()
{
    ConnectionConfig config;
    config.server.port = FakeServer::control_port;
    config.user = "tester";
    return config;
}

/* A new connection's TIFF upload: TYPE I, FORM TIFF, PASV, STOT answered 150 + 226. */
inline void expect_tiff_upload(FakeServer &server)
{
    server.expect("TYPE I", "200 Type set to Image.\r\n");
    server.expect("FORM TIFF", "200 Format set.\r\n");
    server.expect_pasv();
    server.expect("STOT",
                  "150 FILE: /tmp/doc1.tif (Opening).\r\n226 Transfer complete (FILE: /tmp/doc1.tif).\r\n");
}

/* A small TIFF on disk (only its bytes matter to the fake), removed at the end, and a job
 * request sending it as the file is now. */
struct TiffFile {
    std::string path;
    explicit TiffFile(const std::string &name)
        : path("/tmp/faxcom-unit-" + name + "-" + std::to_string(::getpid()) + ".tif")
    {
        write(std::string("II*\0tiffdata", 12));
    }
    ~TiffFile() { std::remove(path.c_str()); }
    TiffFile(const TiffFile &) = delete;
    TiffFile &operator=(const TiffFile &) = delete;
    void write(const std::string &bytes) const
    {
        std::FILE *file = std::fopen(path.c_str(), "wb");
        std::fwrite(bytes.data(), 1, bytes.size(), file);
        std::fclose(file);
    }
    JobRequest request(const std::string &number) const
    {
        JobRequest request;
        request.dial_string = number;
        request.documents.push_back(prepared_tiff(path));
        return request;
    }
    /* The file made ready as FaxDoc.Send makes it (its pages cannot be counted: no count). */
    static PreparedDocument prepared_tiff(const std::string &path)
    {
        std::vector<std::string> warnings;
        Result<PreparedDocument> document = prepare_document(path, warnings);
        if (!document || document.value().form != DocumentForm::tiff)
            std::abort();
        return std::move(document).value();
    }
};

} // namespace faxcom::hylafax::testing

#endif
