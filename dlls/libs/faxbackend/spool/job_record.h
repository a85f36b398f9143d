// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * One job of the local fax queue as stored in its directory's job.txt.
 *
 * job.txt is UTF-8 text: the line "faxcom-spool-job 1" (format version), then one
 * "key=value" line per field, then the line "end" (so a truncated file is recognised).
 * In values, backslash, line feed and carriage return are written as \\, \n and \r; NUL
 * is refused.  Unknown keys are ignored, so a later version may add fields.  Times are
 * Unix seconds (UTC).
 *
 * Keys: id, state (T suspended, P pending, W waiting, D delivered, F failed/cancelled),
 * owner, status, submitted, updated, delivered, send_time, dial_string, recipient_name,
 * recipient_company, recipient_location, recipient_voice, sender_name, sender_company,
 * sender_department, sender_location, sender_voice, regarding, notify_address, notify
 * (none/done/requeue/all), tsi, billing_code, display_name, discount_send (0/1), branding
 * (0/1), page_count, give_up_after_days, retries, max_dials, resolution (normal/fine),
 * page_width_mm, page_length_mm, cover (file name, absent when no cover), and for each
 * document N = 1, 2, ...: documentN ("<kind> <file>", kind tiff/postscript/pdf/text) and
 * documentN_source (the file it was read from).
 */
#ifndef FAXCOM_SPOOL_JOB_RECORD_H
#define FAXCOM_SPOOL_JOB_RECORD_H

#include <ctime>
#include <string>
#include <string_view>
#include <vector>

#include "common/fax_service.h"

namespace faxcom::spool {

struct StoredDocument {
    std::string file;                       /* name inside the job directory, e.g. "doc1.tif" */
    DocumentKind kind = DocumentKind::tiff; /* as submitted; text is stored rendered (.ps) */
    std::string source_path;                /* the file it was read from */
};

struct JobRecord {
    std::string id;
    JobState state = JobState::waiting;
    std::string owner;
    std::string status_text;
    std::time_t submitted_time = 0, updated_time = 0, delivered_time = 0;
    std::time_t send_time = 0;
    /* The request's fields; its documents and cover_postscript stay empty here. */
    JobRequest request;
    std::string cover_file; /* empty = no cover */
    std::vector<StoredDocument> documents;
};

inline constexpr const char *job_record_file = "job.txt";

/* bad_input when a value holds a NUL. */
Result<std::string> encode_job_record(const JobRecord &record);
/* bad_format naming the problem: wrong header or version, a malformed line, a bad value,
 * a missing id/state/dial_string or a missing "end" line. */
Result<JobRecord> decode_job_record(std::string_view text);

/* The listing view of a job; `modem` names the queue's virtual port. */
JobInfo job_info_of(const JobRecord &record, const std::string &modem);

/* True for a non-empty string of ASCII digits without leading zeros, at most 18 long. */
bool is_job_id(std::string_view text);

} // namespace faxcom::spool

#endif
