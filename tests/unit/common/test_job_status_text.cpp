// SPDX-License-Identifier: LGPL-2.1-or-later
#include "cmocka_cpp.h"

#include "common/job_status_text.h"

using namespace faxcom;

struct Row {
    char letter;
    int pages_done, tries_done, tries_max, dials_done, dials_max;
    const char *status_text;
    const char *queue_status;
    const char *device_status;
};

/* One line per row of the table in job_status_text.h, plus each status-text word. */
static const Row rows[] = {
    {'?', 0, 0, 3, 0, 12, "", "Pending", "Unknown"},
    {'T', 0, 0, 3, 0, 12, "", "Paused", "Unknown"},
    {'T', 2, 1, 3, 1, 12, "Busy signal detected", "Paused", "Unknown"},
    {'P', 0, 0, 3, 0, 12, "", "Pending", "Unknown"},
    {'S', 0, 1, 3, 1, 12, "Busy signal detected", "Retrying", "Busy"},
    {'S', 0, 1, 3, 1, 12, "No answer from remote", "Retrying", "No Answer"},
    {'S', 0, 1, 3, 1, 12, "No carrier detected", "Retrying", "No Answer"},
    {'S', 0, 1, 3, 1, 12, "No local dialtone", "Retrying", "No Dial Tone"},
    {'S', 0, 1, 3, 1, 12, "Blacklisted by modem", "Retrying", "Call Blacklisted"},
    {'S', 0, 1, 3, 1, 12, "Invalid dialing command", "Retrying", "Bad Address"},
    {'S', 1, 1, 3, 1, 12, "Remote fax disconnected prematurely", "Retrying", "Disconnected"},
    {'S', 0, 1, 3, 1, 12, "Unknown problem", "Retrying", "Unknown"},
    {'B', 0, 0, 3, 0, 12, "Blocked by concurrent calls", "Pending", "Call Delayed"},
    {'W', 0, 0, 3, 0, 12, "", "Pending", "Unknown"},
    {'R', 0, 0, 3, 1, 12, "", "In Progress", "Dialing"},
    {'R', 1, 0, 3, 1, 12, "", "In Progress", "Sending"},
    {'R', 0, 0, 3, 1, 12, "Sending page 1", "In Progress", "Sending"},
    {'D', 3, 1, 3, 1, 12, "", "Deleting", "Completed"},
    {'F', 0, 3, 3, 3, 12, "Busy signal detected", "Retries Exceeded", "Busy"},
    {'F', 0, 1, 3, 12, 12, "No answer from remote", "Retries Exceeded", "No Answer"},
    {'F', 0, 0, 3, 0, 12, "Job aborted by request", "Failed", "Fatal Error"},
    {'F', 0, 1, 3, 1, 12, "REJECT: Number is blacklisted", "Failed", "Call Blacklisted"},
    {'F', 0, 5, 0, 5, 0, "", "Failed", "Fatal Error"}, /* no limits known: never "exceeded" */
};

static void every_row_of_the_table(void **)
{
    for (const Row &row : rows) {
        JobInfo job;
        job.state = job_state_from_letter(row.letter);
        job.state_letter = row.letter;
        job.pages_done = row.pages_done;
        job.pages_total = 3;
        job.tries_done = row.tries_done;
        job.tries_max = row.tries_max;
        job.dials_done = row.dials_done;
        job.dials_max = row.dials_max;
        job.status_text = row.status_text;
        std::string queue = queue_status_text(job);
        std::string device = device_status_text(job);
        if (queue != row.queue_status || device != row.device_status)
            fail_msg("%c '%s': got %s / %s, expected %s / %s", row.letter, row.status_text, queue.c_str(),
                     device.c_str(), row.queue_status, row.device_status);
        assert_int_equal(job_type(job), 1);
    }
}

static void status_words_are_case_insensitive(void **)
{
    JobInfo job;
    job.state = JobState::sleeping;
    job.status_text = "BUSY SIGNAL DETECTED";
    assert_string_equal(device_status_text(job).c_str(), "Busy");
    job.status_text = "no LOCAL DialTone";
    assert_string_equal(device_status_text(job).c_str(), "No Dial Tone");
}

static void every_state_has_documented_strings(void **)
{
    const char *queue_strings[] = {"Pending", "In Progress", "Deleting", "Failed",
                                   "Paused",  "No Line",     "Retrying", "Retries Exceeded"};
    const char *device_strings[] = {"Dialing",     "Sending",      "Completed",        "Busy",
                                    "No Answer",   "Bad Address",  "No Dial Tone",     "Disconnected",
                                    "Fatal Error", "Call Delayed", "Call Blacklisted", "Unknown"};
    for (char letter : std::string("?TPSBWRDF")) {
        JobInfo job;
        job.state = job_state_from_letter(letter);
        bool queue_known = false, device_known = false;
        for (const char *s : queue_strings)
            queue_known |= queue_status_text(job) == s;
        for (const char *s : device_strings)
            device_known |= device_status_text(job) == s;
        if (!queue_known || !device_known)
            fail_msg("state %c gave undocumented strings", letter);
    }
}

int main()
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_row_of_the_table),
        cmocka_unit_test(status_words_are_case_insensitive),
        cmocka_unit_test(every_state_has_documented_strings),
    };
    return cmocka_run_group_tests(tests, nullptr, nullptr);
}
