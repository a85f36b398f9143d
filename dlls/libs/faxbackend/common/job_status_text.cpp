// SPDX-License-Identifier: LGPL-2.1-or-later
#include "common/job_status_text.h"

#include <algorithm>
#include <cctype>

namespace faxcom {

namespace {

constexpr long job_type_send = 1; /* JT_SEND */

std::string lower_case(const std::string &text)
{
    std::string out = text;
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

struct CallResultWords {
    const char *word;
    const char *device_status;
};

/* Checked in order: the first word found in the status text decides. */
constexpr CallResultWords call_results[] = {
    {"busy", "Busy"},
    {"no answer", "No Answer"},
    {"no carrier", "No Answer"},
    {"dialtone", "No Dial Tone"},
    {"dial tone", "No Dial Tone"},
    {"blacklisted", "Call Blacklisted"},
    {"invalid dialing", "Bad Address"},
    {"invalid phone number", "Bad Address"},
    {"disconnect", "Disconnected"},
};

/* The device status the last call's result names, or `otherwise`. */
const char *call_result_status(const JobInfo &job, const char *otherwise)
{
    std::string text = lower_case(job.status_text);
    for (const CallResultWords &entry : call_results)
        if (text.find(entry.word) != std::string::npos)
            return entry.device_status;
    return otherwise;
}

bool retries_exhausted(const JobInfo &job)
{
    return (job.tries_max > 0 && job.tries_done >= job.tries_max) ||
           (job.dials_max > 0 && job.dials_done >= job.dials_max);
}

bool is_sending_pages(const JobInfo &job)
{
    return job.pages_done > 0 || lower_case(job.status_text).find("send") != std::string::npos;
}

} // namespace

std::string queue_status_text(const JobInfo &job)
{
    switch (job.state) {
    case JobState::suspended: return "Paused";
    case JobState::sleeping: return "Retrying";
    case JobState::running: return "In Progress";
    case JobState::done: return "Deleting";
    case JobState::failed: return retries_exhausted(job) ? "Retries Exceeded" : "Failed";
    case JobState::undefined:
    case JobState::pending:
    case JobState::blocked:
    case JobState::waiting: break;
    }
    return "Pending";
}

std::string device_status_text(const JobInfo &job)
{
    switch (job.state) {
    case JobState::blocked: return "Call Delayed";
    case JobState::running: return is_sending_pages(job) ? "Sending" : "Dialing";
    case JobState::done: return "Completed";
    case JobState::sleeping: return call_result_status(job, "Unknown");
    case JobState::failed: return call_result_status(job, "Fatal Error");
    case JobState::undefined:
    case JobState::suspended:
    case JobState::pending:
    case JobState::waiting: break;
    }
    return "Unknown";
}

long job_type(const JobInfo &)
{
    return job_type_send;
}

} // namespace faxcom
