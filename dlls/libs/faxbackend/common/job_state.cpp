// SPDX-License-Identifier: LGPL-2.1-or-later
/* The job-state names of fax_service.h (kept here until common/ lists a source for it). */
#include "common/fax_service.h"

namespace faxcom {

namespace {
constexpr char state_letters[] = "?TPSBWRDF";
constexpr const char *state_names[] = {"undefined", "suspended", "pending", "sleeping", "blocked",
                                       "waiting",   "running",   "done",    "failed"};
} // namespace

JobState job_state_from_letter(char letter)
{
    for (int i = 0; state_letters[i]; ++i)
        if (state_letters[i] == letter)
            return static_cast<JobState>(i);
    return JobState::undefined;
}

char job_state_letter(JobState state)
{
    return state_letters[static_cast<int>(state)];
}

const char *job_state_name(JobState state)
{
    return state_names[static_cast<int>(state)];
}

} // namespace faxcom
