// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * From a faxcom document (FaxDoc's properties) to a job request with its documents ready to
 * send: checks what is required, reads the document once (prepared_document.h: its kind, its
 * bytes, text rendered to PostScript, its pages), builds or fills the cover page, and
 * schedules a discount-period send.  Nothing here talks to a server, so a failure leaves
 * nothing behind; the backends send or store what it made and read no file again.
 *
 * FaxDoc property      -> job field                     (HylaFAX parameter)
 *   FaxNumber          -> dial_string                   DIALSTRING            (required)
 *   FileName           -> documents[0] (type by content) DOCUMENT             (required)
 *   RecipientName      -> recipient_name                TOUSER
 *   RecipientCompany   -> recipient_company             TOCOMPANY
 *   RecipientCity/State/Country -> recipient_location   TOLOCATION ("City, State, Country")
 *   RecipientOfficePhone -> recipient_voice             TOVOICE
 *   SenderName         -> sender_name                   FROMUSER
 *   SenderCompany/Department -> sender_company/_department  job tag (+ FROMCOMPANY)
 *   SenderOffice       -> sender_location               FROMLOCATION
 *   SenderOfficePhone  -> sender_voice                  FROMVOICE
 *   CoverpageSubject   -> regarding                     REGARDING
 *   EmailAddress       -> notify_address, notify when done  NOTIFYADDR, NOTIFY
 *   Tsid               -> tsi                           TSI (+ job tag)
 *   BillingCode        -> billing_code                  job tag (USRKEY slot)
 *   DisplayName        -> display_name                  job tag
 *   DiscountSend       -> send_time = next discount period start (now if inside it)  SENDTIME
 *   SendCoverpage      -> cover_postscript: CoverpageName filled as a faxcover-style
 *                         PostScript template, else (or for a Windows .cov) a generated page  COVER
 *   Recipient/Sender address, zip, title, department, office, phones, SenderFax,
 *   CoverpageNote      -> cover page only
 *   ServerCoverpage, CallHandle, ConnectionObject: not carried (see FaxDoc)
 * The FaxServer settings (SubmissionPolicy) become the job's retries, retry_delay_minutes,
 * give_up_after_days, branding, submit_suspended and archive_when_done as they are, and
 * use_device_tsid an empty tsi; the backend says them in its own terms.
 */
#ifndef FAXCOM_BACKEND_DOCUMENT_SUBMISSION_H
#define FAXCOM_BACKEND_DOCUMENT_SUBMISSION_H

#include <ctime>
#include <string>
#include <vector>

#include "common/fax_service.h"
#include "documents/document_fields.h"

namespace faxcom {

struct DiscountPeriod {
    int start_hour = 20, start_minute = 0, end_hour = 7, end_minute = 0;
};

/* The FaxServer settings faxcom applies to every job (see the COM layer's client_settings.h),
 * as what they mean; the fields named as JobRequest's mean what those do. */
struct SubmissionPolicy {
    DiscountPeriod discount;
    int retries = 2;
    int retry_delay_minutes = 0; /* 0 = the server's default */
    int give_up_after_days = 0;  /* 0 = the backend's default */
    bool branding = false;
    bool use_device_tsid = false; /* send no TSI: the modem's own identifier is used */
    bool submit_suspended = false;
    bool archive_when_done = false;
};

struct PreparedSubmission {
    JobRequest request;
    std::vector<std::string> warnings; /* things the caller should trace, e.g. a .cov fallback */
};

/* The pages of a job: the cover and every document, or 0 when a document's pages are unknown. */
int job_page_count(const JobRequest &request);

Result<PreparedSubmission> prepare_submission(const DocumentFields &fields, const SubmissionPolicy &policy,
                                              std::time_t now);

} // namespace faxcom

#endif
