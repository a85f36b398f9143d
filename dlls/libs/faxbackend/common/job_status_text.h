// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * FaxJob.QueueStatus, DeviceStatus and Type for a HylaFAX job: the documented English
 * strings of faxcom (reference 2.3), chosen from the job state letter, the counters and the
 * server's last status text.
 *
 * | HylaFAX state (letter)   | Condition                                   | QueueStatus      | DeviceStatus
 * |
 * |--------------------------|---------------------------------------------|------------------|-----------------|
 * | undefined (?)            |                                             | Pending          | Unknown | |
 * suspended (T)            |                                             | Paused           | Unknown | |
 * pending (P)              | waiting for its send time                   | Pending          | Unknown | |
 * sleeping (S)             | waiting to retry; device from status text   | Retrying         | (status text) *
 * | | blocked (B)              | another call to the same number is active   | Pending          | Call
 * Delayed    | | waiting (W)              | ready, waiting for a free modem             | Pending          |
 * Unknown         | | running (R)              | pages_done > 0 or status text says "send"   | In Progress |
 * Sending         | | running (R)              | otherwise                                   | In Progress |
 * Dialing         | | done (D)                 | sent; leaves the queue                      | Deleting |
 * Completed       | | failed (F)               | tries_done >= tries_max > 0 or dials_done >= dials_max > 0 |
 * Retries Exceeded | (status text) ** | | failed (F)               | otherwise (e.g. killed, rejected) |
 * Failed           | (status text) ** |
 *
 * (status text): the last call's result as HylaFAX words it, case-insensitive:
 *   "busy" -> Busy; "no answer" or "no carrier" -> No Answer; "dialtone" or "dial tone" -> No Dial Tone;
 *   "blacklisted" -> Call Blacklisted; "invalid dialing" or "invalid phone number" -> Bad Address;
 *   "disconnect" -> Disconnected; anything else -> * Unknown (sleeping) / ** Fatal Error (failed).
 * Type is 1 (JT_SEND) for every HylaFAX send-queue or done-queue job.
 */
#ifndef FAXCOM_BACKEND_JOB_STATUS_TEXT_H
#define FAXCOM_BACKEND_JOB_STATUS_TEXT_H

#include <string>

#include "common/fax_service.h"

namespace faxcom {

std::string queue_status_text(const JobInfo &job);
std::string device_status_text(const JobInfo &job);
long job_type(const JobInfo &job);

} // namespace faxcom

#endif
