// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * From a faxcom document (FaxDoc's properties) to a HylaFAX-style job request: checks what
 * is required, recognises the document type, builds or fills the cover page, and schedules
 * a discount-period send.  Nothing here talks to a server, so a failure leaves nothing behind.
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
 */
#ifndef FAXCOM_BACKEND_DOCUMENT_SUBMISSION_H
#define FAXCOM_BACKEND_DOCUMENT_SUBMISSION_H

#include <ctime>
#include <string>
#include <vector>

#include "common/fax_service.h"

namespace faxcom {

struct DocumentFields {
    std::string file_name, coverpage_name, fax_number;
    std::string recipient_name, recipient_company, recipient_address, recipient_city, recipient_state,
        recipient_zip, recipient_country, recipient_title, recipient_department, recipient_office,
        recipient_home_phone, recipient_office_phone;
    std::string sender_name, sender_company, sender_address, sender_title, sender_department, sender_office,
        sender_home_phone, sender_office_phone, sender_fax;
    std::string coverpage_note, coverpage_subject, tsid, billing_code, email_address, display_name;
    bool send_coverpage = false, server_coverpage = false, discount_send = false;
};

struct DiscountPeriod {
    int start_hour = 20, start_minute = 0, end_hour = 7, end_minute = 0;
};

/* The FaxServer settings faxcom applies to every job (see the COM layer's client_settings.h). */
struct SubmissionPolicy {
    DiscountPeriod discount;
    int max_tries = 3;
    int retry_delay_minutes = 0; /* 0 = the server's default */
    int kill_after_minutes = 180;
    std::string tag_line;         /* empty = the server's default */
    bool use_device_tsid = false; /* send no TSI: the modem's own identifier is used */
    bool submit_suspended = false;
    bool archive_when_done = false;
};

struct PreparedSubmission {
    JobRequest request;
    std::vector<std::string> warnings; /* things the caller should trace, e.g. a .cov fallback */
};

Result<PreparedSubmission> prepare_submission(const DocumentFields &fields, const SubmissionPolicy &policy,
                                              std::time_t now);

} // namespace faxcom

#endif
