// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * A FaxDoc's properties as the document layer reads them: what prepare_submission
 * (document_submission.h, which maps them onto a job) and the cover page (cover_page.h)
 * are made from.  UTF-8 strings, empty when not set.
 */
#ifndef FAXCOM_BACKEND_DOCUMENT_FIELDS_H
#define FAXCOM_BACKEND_DOCUMENT_FIELDS_H

#include <string>

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

} // namespace faxcom

#endif
