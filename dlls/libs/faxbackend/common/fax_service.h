// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * The backend-neutral fax service interface the COM objects are written against.
 *
 * Plain structs with UTF-8 strings and an abstract FaxService.  The HylaFAX client
 * (hylafax/hylafax_service.h) implements it; a local directory queue may later.  Every
 * operation returns a Result; nothing throws across this interface.  Implementations are
 * thread-safe: one FaxService may be used from several threads.
 */
#ifndef FAXCOM_BACKEND_FAX_SERVICE_H
#define FAXCOM_BACKEND_FAX_SERVICE_H

#include <cstdint>
#include <ctime>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "common/result.h"

namespace faxcom {

enum class Charset { utf8, iso_8859_1 };

struct ServerAddress {
    std::string host = "127.0.0.1";
    uint16_t port = 4559;
};

struct ConnectionConfig {
    ServerAddress server;
    std::string user;           /* login name; empty = the caller's choice of a default */
    std::string password;       /* sent only when the server asks (331); never traced */
    std::string admin_password; /* empty = no ADMIN command; never traced */
    int connect_timeout_ms = 10000;
    int reply_timeout_ms = 30000;    /* a whole reply (all its lines), from sending the command */
    int transfer_timeout_ms = 60000; /* a whole data transfer: PASV, data and final reply */
    Charset charset = Charset::utf8; /* how strings travel on the wire */
};

/* What a document's file is, and the form it is sent in (text travels as PostScript). */
enum class DocumentKind { tiff, postscript, pdf, text };
enum class DocumentForm { tiff, postscript, pdf };

/* A document ready to send, made once by the document layer (documents/prepared_document.h):
 * backends send or store `bytes` as they are and never read its file. */
struct PreparedDocument {
    std::string source_path; /* UTF-8: the file it was read from */
    DocumentKind kind = DocumentKind::tiff;
    DocumentForm form = DocumentForm::tiff;
    std::string bytes;  /* the file's bytes, or its text rendered to PostScript */
    int page_count = 0; /* counted on `bytes`; 0 = they could not be counted */
};

enum class NotifyMode { none, when_done, when_requeued, all };
enum class Resolution { normal, fine };

/* A job in terms of what it means; each backend chooses how to say it (for HylaFAX: the
 * JPARM values in hylafax_service.cpp). */
struct JobRequest {
    std::vector<PreparedDocument> documents;     /* sent in this order, after the cover */
    std::optional<std::string> cover_postscript; /* a ready PostScript cover page */

    std::string dial_string; /* required */
    std::string recipient_name, recipient_company, recipient_location, recipient_voice;
    std::string sender_name, sender_company, sender_department, sender_location, sender_voice;
    std::string regarding; /* subject */
    std::string notify_address;
    NotifyMode notify = NotifyMode::none;
    std::string tsi;            /* transmitting station id; empty = the modem's */
    std::string billing_code;   /* carried with the job, returned by listings */
    std::string display_name;   /* document/job name shown in listings */
    bool branding = false;      /* a line atop every page: the sender, the page number */
    bool discount_send = false; /* send_time was chosen as the discount period (shown by listings) */
    int page_count = 0;         /* pages including the cover, when the client counted them (0 = unknown) */

    std::optional<std::time_t> send_time; /* UTC; absent = now */
    /* Give up this many days after send_time (0-99); 0 = the backend's default (HylaFAX's
     * sendfax: 3 hours). */
    int give_up_after_days = 0;
    int retries = 2; /* calls after a failed one (0-254) */
    int max_dials = 12;
    Resolution resolution = Resolution::normal;
    int page_width_mm = 209;
    int page_length_mm = 296;

    /* Minutes between tries after a failed call (1-59); 0 = the server's default. */
    int retry_delay_minutes = 0;
    /* Keep the finished job (HylaFAX: in the spool's archive/, when the server runs
     * faxqclean with -a) instead of deleting it. */
    bool archive_when_done = false;
    /* Leave the new job suspended; resume_job() sends it. */
    bool submit_suspended = false;
};

enum class JobState { undefined, suspended, pending, sleeping, blocked, waiting, running, done, failed };

/* The state for a HylaFAX %a letter ('?TPSBWRDF'); an unknown letter is undefined. */
JobState job_state_from_letter(char letter);
char job_state_letter(JobState state);
const char *job_state_name(JobState state);

enum class JobQueue { send, done };

struct JobInfo {
    std::string id;
    JobState state = JobState::undefined;
    char state_letter = '?';
    std::string owner;
    std::string dial_string;     /* the number dialled (empty when the server hides it from us) */
    std::string external_number; /* the displayable number */
    std::string recipient_name, recipient_company, recipient_location;
    std::string sender_name, sender_company, sender_department;
    std::string tsi;
    std::string billing_code;
    std::string display_name;
    std::string job_tag; /* the raw job tag as stored on the server */
    bool discount_send = false;
    std::string notify_address;
    int pages_done = 0, pages_total = 0;
    int dials_done = 0, dials_max = 0;
    int tries_done = 0, tries_max = 0;
    int priority = 0;
    std::time_t scheduled_time = 0; /* UTC, 0 = unknown */
    std::string modem;
    std::string status_text;
    std::string group_id;
};

struct ModemInfo {
    std::string name;
    std::string number;
    std::string local_id; /* TSI/CSI */
    std::string status_text;
    bool running = false; /* a faxgetty serves it */
};

struct SchedulerStatus {
    std::string text; /* e.g. "HylaFAX scheduler on host: Running" */
    bool running = false;
};

struct ReceivedFax {
    std::string file; /* name in the receive queue, e.g. "fax000000001.tif" */
    std::time_t received_time = 0;
    std::string sender_tsi;
    std::string caller_id_number, caller_id_name;
    std::string subaddress;
    int pages = 0;
    uint64_t size_bytes = 0;
    bool in_progress = false;
    std::string owner;
    std::string error_text;
    int resolution_lpi = 0;
    int page_width = 0;
    int page_length = 0;
    int signalling_rate = 0;
};

/* A modem's configuration as the server stores it. */
struct ModemConfig {
    int rings_before_answer = 0;            /* RingsBeforeAnswer; HylaFAX default 0 (never answer) */
    std::string local_identifier;           /* LocalIdentifier: the TSI/CSI */
    std::string fax_number;                 /* FAXNumber */
    int priority = 255;                     /* ModemPriority; HylaFAX default 255 (lowest) */
    bool answers_calls = false;             /* rings_before_answer > 0 */
    std::map<std::string, std::string> all; /* every parameter as written, unquoted */
};

/* What a modem is doing now. */
struct ModemActivity {
    enum class State { idle, sending, receiving, busy_other, down };
    State state = State::down;
    std::string status_text;    /* the modem's status line as the server shows it */
    std::optional<JobInfo> job; /* the job being sent on this modem */
    /* The fax being received (a receive-queue entry still in progress), when the server
     * lists one and this modem is receiving. */
    std::optional<ReceivedFax> receiving;
};

/* Receives the bytes of a downloaded file in order; returning false aborts the transfer. */
using ByteSink = std::function<bool(const uint8_t *data, size_t length)>;

enum class TraceLevel { error, warning, info, debug };
/* Diagnostics hook; messages never contain passwords. */
using TraceHook = std::function<void(TraceLevel level, const std::string &message)>;

class FaxService {
  public:
    virtual ~FaxService() = default;

    /* Connects and logs in now (operations also connect on demand). */
    virtual Status connect() = 0;
    virtual void disconnect() = 0;

    /* Returns the new job id. */
    virtual Result<std::string> submit_job(const JobRequest &request) = 0;
    virtual Result<std::vector<JobInfo>> list_jobs(JobQueue queue) = 0;
    virtual Status suspend_job(const std::string &id) = 0;
    virtual Status resume_job(const std::string &id) = 0;
    virtual Status kill_job(const std::string &id) = 0;

    virtual Result<std::vector<ModemInfo>> list_modems() = 0;

    /* Port administration and live state.  Backends without them keep these defaults,
     * which fail with not_supported. */
    /* Whether this session holds administrator rights (admin password set and accepted). */
    virtual Result<bool> has_admin_rights() { return not_supported("administrator rights"); }
    /* Administrator rights required (access_denied otherwise). */
    virtual Result<ModemConfig> read_modem_config(const std::string & /*modem*/)
    {
        return not_supported("reading a modem's configuration");
    }
    /* `parameter` is [A-Za-z0-9]+; administrator rights required. */
    virtual Status set_modem_config(const std::string & /*modem*/, const std::string & /*parameter*/,
                                    const std::string & /*value*/)
    {
        return not_supported("changing a modem's configuration");
    }
    virtual Result<ModemActivity> modem_activity(const std::string & /*modem*/)
    {
        return not_supported("modem status");
    }

  protected:
    static Error not_supported(const char *what)
    {
        return make_error(ErrorKind::not_supported,
                          std::string(what) + " is not supported by this fax service");
    }
};

} // namespace faxcom

#endif
