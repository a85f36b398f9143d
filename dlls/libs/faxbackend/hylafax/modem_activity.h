// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * A modem's live state from what hfaxd shows: the status line faxgetty/faxsend write to
 * status/<modem> (LIST status %s), whether faxgetty answers on its FIFO (%z), the send
 * queue and the receive queue.
 *
 * Status lines (HylaFAX 6.0: faxd/ModemServer.c++ stateStatus, FaxSend.c++, FaxRecv.c++,
 * pageSendApp.c++; hfaxd/Status.c++ for the two "No status" texts), matched from the start:
 *
 *   "Running and idle"                        idle
 *   "Sending facsimile", "Sending job N",
 *   "Sending page N"                          sending
 *   "Answering the phone",
 *   "Receiving facsimile", "Receiving from …" receiving
 *   "Initializing server and modem",
 *   "Initializing server",
 *   "Waiting for modem to come free",
 *   "Waiting for login session to terminate",
 *   "Listening to rings from modem"           busy_other
 *   "Waiting for modem to come ready"         down (the modem does not respond)
 *   "No status (empty file)",
 *   "No status (cannot open file)"            down
 *   anything else                             busy_other, or down when no faxgetty runs
 *
 * A modem whose faxgetty does not run is down unless its line says it is sending (a
 * send-only modem driven by faxsend).  The job on the modem is the one "Sending job N"
 * names, or a job in state R whose modem is this one; such a job makes an
 * idle or busy_other modem "sending" (faxq has handed it the job; the line follows).
 */
#ifndef FAXCOM_HYLAFAX_MODEM_ACTIVITY_H
#define FAXCOM_HYLAFAX_MODEM_ACTIVITY_H

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "common/fax_service.h"

namespace faxcom::hylafax {

/* Whether a listed modem name (a device path such as /dev/ttyIAXa, or HylaFAX's canonical
 * form with '/' as '_') names `modem`, given in either form. */
bool same_modem(std::string_view listed, std::string_view modem);

ModemActivity::State modem_state_from_status(std::string_view status_text, bool getty_running);
const char *modem_state_name(ModemActivity::State state);

/* The activity of `modem` from one status entry, one send-queue listing and, when it was
 * listed (the modem is receiving), the receive queue.  The receive entry is attached only
 * when exactly one fax is in progress: HylaFAX's receive listing does not name the modem. */
ModemActivity assemble_modem_activity(const ModemInfo &modem, const std::vector<JobInfo> &send_queue,
                                      const std::vector<ReceivedFax> *receive_queue);

} // namespace faxcom::hylafax

#endif
