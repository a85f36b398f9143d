// SPDX-License-Identifier: LGPL-2.1-or-later
#include "hylafax/modem_activity.h"

#include "hylafax/listing_format.h"

namespace faxcom::hylafax {

namespace {

using State = ModemActivity::State;

bool starts_with(std::string_view text, std::string_view prefix)
{
    return text.substr(0, prefix.size()) == prefix;
}

struct StatusRule {
    const char *prefix;
    State state;
};

/* Longer prefixes before shorter ones that begin the same way. */
constexpr StatusRule status_rules[] = {
    {"Running and idle", State::idle},
    {"Sending ", State::sending},
    {"Answering the phone", State::receiving},
    {"Receiving ", State::receiving},
    {"Waiting for modem to come ready", State::down},
    {"No status (", State::down},
    {"Initializing server", State::busy_other},
    {"Waiting for modem to come free", State::busy_other},
    {"Waiting for login session to terminate", State::busy_other},
    {"Listening to rings from modem", State::busy_other},
};

} // namespace

bool same_modem(std::string_view listed, std::string_view modem)
{
    if (listed.size() != modem.size())
        return false;
    for (size_t i = 0; i < listed.size(); ++i) {
        char a = listed[i] == '/' ? '_' : listed[i];
        char b = modem[i] == '/' ? '_' : modem[i];
        if (a != b)
            return false;
    }
    return true;
}

State modem_state_from_status(std::string_view status_text, bool getty_running)
{
    for (const StatusRule &rule : status_rules) {
        if (!starts_with(status_text, rule.prefix))
            continue;
        if (!getty_running && rule.state != State::sending)
            return State::down;
        return rule.state;
    }
    return getty_running ? State::busy_other : State::down;
}

const char *modem_state_name(State state)
{
    switch (state) {
    case State::idle: return "idle";
    case State::sending: return "sending";
    case State::receiving: return "receiving";
    case State::busy_other: return "busy";
    case State::down: return "down";
    }
    return "down";
}

ModemActivity assemble_modem_activity(const ModemInfo &modem, const std::vector<JobInfo> &send_queue,
                                      const std::vector<ReceivedFax> *receive_queue)
{
    ModemActivity activity;
    activity.status_text = modem.status_text;
    activity.state = modem_state_from_status(modem.status_text, modem.running);
    /* faxsend names its job in the line; a job's %m is the modem it asked for ("any"
     * unless one was requested), so the modem is only a fallback. */
    std::string sending_job;
    if (starts_with(modem.status_text, "Sending job "))
        sending_job = modem.status_text.substr(12, modem.status_text.find(' ', 12) - 12);
    for (const JobInfo &job : send_queue) {
        if (job.state == JobState::running && (job.id == sending_job || same_modem(job.modem, modem.name))) {
            activity.job = job;
            break;
        }
    }
    if (activity.job && (activity.state == State::idle || activity.state == State::busy_other))
        activity.state = State::sending;
    if (activity.state == State::receiving && receive_queue) {
        const ReceivedFax *in_progress = nullptr;
        int count = 0;
        for (const ReceivedFax &fax : *receive_queue)
            if (fax.in_progress) {
                in_progress = &fax;
                ++count;
            }
        if (count == 1)
            activity.receiving = *in_progress;
    }
    return activity;
}

} // namespace faxcom::hylafax
