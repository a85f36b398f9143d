// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * faxcom-cli: a command-line client for a HylaFAX server built on faxcom's backend.
 *
 *   faxcom-cli [options] send [--name TEXT] [--count N] NUMBER FILE...
 *   faxcom-cli [options] list [sendq|doneq]
 *   faxcom-cli [options] show|suspend|resume|kill|delete JOBID
 *   faxcom-cli [options] modems | scheduler | received | fetch NAME OUTFILE
 *
 * Options: --host H --port P --user U --trace, and the deadlines in milliseconds
 * --connect-timeout MS (one connect), --reply-timeout MS (a whole reply) and
 * --transfer-timeout MS (a whole data transfer), as the DLL's registry values ConnectTimeout,
 * ReplyTimeout and TransferTimeout (100 to 3600000).  The password and admin password are
 * read from the environment (HYLAFAX_PASSWORD, HYLAFAX_ADMIN_PASSWORD), never from the
 * command line; host, port and user default to HYLAFAX_HOST, HYLAFAX_PORT, HYLAFAX_USER.
 */
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "documents/prepared_document.h"
#include "hylafax/hylafax_service.h"

using namespace faxcom;

namespace {

int usage()
{
    std::fprintf(stderr,
                 "usage: faxcom-cli [--host H] [--port P] [--user U] [--trace]\n"
                 "                  [--connect-timeout MS] [--reply-timeout MS] [--transfer-timeout MS]\n"
                 "                  COMMAND ...\n"
                 "  send [--name TEXT] [--billing TEXT] [--count N] NUMBER FILE...\n"
                 "  list [sendq|doneq]\n"
                 "  show|suspend|resume|kill|delete JOBID\n"
                 "  modems | scheduler | received | fetch NAME OUTFILE\n"
                 "passwords come from HYLAFAX_PASSWORD / HYLAFAX_ADMIN_PASSWORD\n");
    return 2;
}

/* Server text as one output field: tabs and line breaks separate the fields and records of
 * the output, so a control byte in a value (a hostile listing) is shown as '?' and cannot
 * pose as another field or job. */
std::string field(std::string text)
{
    for (char &c : text)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
            c = '?';
    return text;
}

int fail(const Error &error)
{
    std::fprintf(stderr, "faxcom-cli: %s: %s\n", error_kind_name(error.kind), field(error.message).c_str());
    return 1;
}

/* A deadline option: 100 to 3600000 ms, as the registry values take them. */
bool parse_timeout(const char *text, int &target)
{
    char *end = nullptr;
    long value = std::strtol(text, &end, 10);
    if (end == text || *end || value < 100 || value > 3600000) {
        std::fprintf(stderr, "faxcom-cli: a timeout must be 100 to 3600000 milliseconds, not '%s'\n", text);
        return false;
    }
    target = static_cast<int>(value);
    return true;
}

std::string env_or(const char *name, const char *fallback)
{
    const char *value = std::getenv(name);
    return value && *value ? value : fallback;
}

void print_job(const JobInfo &job)
{
    std::printf("%s\t%s\t%s\t%s\t%d:%d\t%d:%d\t%d:%d\t%s\t%s\t%s\n", field(job.id).c_str(),
                field(std::string(1, job.state_letter)).c_str(), field(job.owner).c_str(),
                field(job.external_number).c_str(), job.pages_done, job.pages_total, job.dials_done,
                job.dials_max, job.tries_done, job.tries_max, field(job.display_name).c_str(),
                field(job.billing_code).c_str(), field(job.status_text).c_str());
}

int send(FaxService &service, std::vector<std::string> args)
{
    JobRequest request;
    long count = 1;
    size_t i = 0;
    for (; i + 1 < args.size() && args[i].rfind("--", 0) == 0; i += 2) {
        if (args[i] == "--name")
            request.display_name = args[i + 1];
        else if (args[i] == "--billing")
            request.billing_code = args[i + 1];
        else if (args[i] == "--count")
            count = std::strtol(args[i + 1].c_str(), nullptr, 10);
        else
            return usage();
    }
    if (args.size() < i + 2 || count < 1)
        return usage();
    request.dial_string = args[i];
    for (size_t k = i + 1; k < args.size(); ++k) {
        /* Read once, as FaxDoc.Send does: the same types, the same errors. */
        std::vector<std::string> warnings; /* uncounted pages: the job is sent without a count */
        Result<PreparedDocument> document = prepare_document(args[k], warnings);
        if (!document)
            return fail(document.error());
        request.documents.push_back(std::move(document).value());
    }
    for (long n = 0; n < count; ++n) {
        Result<std::string> id = service.submit_job(request);
        if (!id)
            return fail(id.error());
        std::printf("%s\n", id.value().c_str());
    }
    return 0;
}

/* Writes received fax `name` to `path` (removed again when the download fails). */
int fetch_to_file(hylafax::HylafaxService &service, const std::string &name, const std::string &path)
{
    std::FILE *out = std::fopen(path.c_str(), "wb");
    if (!out)
        return fail(make_error(ErrorKind::io, "cannot create " + path));
    bool write_failed = false;
    Status fetched = service.fetch_received(name, [out, &write_failed](const uint8_t *data, size_t length) {
        write_failed = std::fwrite(data, 1, length, out) != length;
        return !write_failed;
    });
    const bool close_failed = std::fclose(out) != 0;
    if (fetched && (write_failed || close_failed))
        fetched = make_error(ErrorKind::io, "cannot write " + path);
    if (fetched)
        return 0;
    std::remove(path.c_str());
    return fail(fetched.error());
}

int run(hylafax::HylafaxService &service, const std::string &command, const std::vector<std::string> &args)
{
    if (command == "send")
        return send(service, args);
    if (command == "list") {
        JobQueue queue = !args.empty() && args[0] == "doneq" ? JobQueue::done : JobQueue::send;
        Result<std::vector<JobInfo>> jobs = service.list_jobs(queue);
        if (!jobs)
            return fail(jobs.error());
        for (const JobInfo &job : jobs.value())
            print_job(job);
        return 0;
    }
    if (command == "modems") {
        Result<std::vector<ModemInfo>> modems = service.list_modems();
        if (!modems)
            return fail(modems.error());
        for (const ModemInfo &modem : modems.value())
            std::printf("%s\t%s\t%s\t%s\n", field(modem.name).c_str(), field(modem.number).c_str(),
                        field(modem.local_id).c_str(), field(modem.status_text).c_str());
        return 0;
    }
    if (command == "scheduler") {
        Result<SchedulerStatus> status = service.scheduler_status();
        if (!status)
            return fail(status.error());
        std::printf("%s\n", field(status.value().text).c_str());
        return 0;
    }
    if (command == "received") {
        Result<std::vector<ReceivedFax>> faxes = service.list_received();
        if (!faxes)
            return fail(faxes.error());
        for (const ReceivedFax &fax : faxes.value())
            std::printf("%s\t%s\t%d\t%llu\t%s\n", field(fax.file).c_str(), field(fax.sender_tsi).c_str(),
                        fax.pages, static_cast<unsigned long long>(fax.size_bytes),
                        fax.in_progress ? "receiving" : "");
        return 0;
    }
    if (command == "fetch" && args.size() == 2)
        return fetch_to_file(service, args[0], args[1]);
    if (args.size() != 1)
        return usage();
    const std::string &id = args[0];
    if (command == "show") {
        Result<JobInfo> job = service.get_job(id);
        if (!job)
            return fail(job.error());
        print_job(job.value());
        return 0;
    }
    Status done = command == "suspend"  ? service.suspend_job(id)
                  : command == "resume" ? service.resume_job(id)
                  : command == "kill"   ? service.kill_job(id)
                  : command == "delete" ? service.delete_job(id)
                                        : make_error(ErrorKind::bad_input, "unknown command " + command);
    return done ? 0 : fail(done.error());
}

} // namespace

int main(int argc, char **argv)
{
    ConnectionConfig config;
    config.server.host = env_or("HYLAFAX_HOST", "localhost");
    config.server.port = static_cast<uint16_t>(std::atoi(env_or("HYLAFAX_PORT", "4559").c_str()));
    config.user = env_or("HYLAFAX_USER", env_or("USER", "faxcom").c_str());
    config.password = env_or("HYLAFAX_PASSWORD", "");
    config.admin_password = env_or("HYLAFAX_ADMIN_PASSWORD", "");
    bool tracing = false;
    int i = 1;
    for (; i < argc && std::strncmp(argv[i], "--", 2) == 0; ++i) {
        std::string option = argv[i];
        if (option == "--trace") {
            tracing = true;
            continue;
        }
        if (i + 1 >= argc)
            return usage();
        if (option == "--host")
            config.server.host = argv[++i];
        else if (option == "--port")
            config.server.port = static_cast<uint16_t>(std::atoi(argv[++i]));
        else if (option == "--user")
            config.user = argv[++i];
        else if (option == "--connect-timeout" || option == "--reply-timeout" ||
                 option == "--transfer-timeout") {
            int &target = option == "--connect-timeout" ? config.connect_timeout_ms
                          : option == "--reply-timeout" ? config.reply_timeout_ms
                                                        : config.transfer_timeout_ms;
            if (!parse_timeout(argv[++i], target))
                return 2;
        } else
            return usage();
    }
    if (i >= argc)
        return usage();
    /* Warnings (a listing record skipped, a follow-up check that failed) always reach stderr;
     * everything else with --trace. */
    TraceHook trace = [tracing](TraceLevel level, const std::string &message) {
        if (level <= TraceLevel::warning)
            std::fprintf(stderr, "faxcom-cli: %s: %s\n", level == TraceLevel::error ? "error" : "warning",
                         message.c_str());
        else if (tracing)
            std::fprintf(stderr, "trace: %s\n", message.c_str());
    };
    hylafax::HylafaxService service(config, trace);
    int status = run(service, argv[i], std::vector<std::string>(argv + i + 1, argv + argc));
    service.disconnect();
    return status;
}
