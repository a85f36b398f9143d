// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * The faxcom fields HylaFAX has no listable slot for, carried in the job tag.
 *
 * hfaxd stores JOBINFO and USRKEY in the same job field, the only free-text field a
 * JOBFMT listing returns (%J).  Sender company and TSI are sent as their own parameters
 * too, but no JOBFMT letter returns them, and HylaFAX has no department field at all.  So
 * the tag is the plain display name when nothing else is set (what `sendfax -i` makes),
 * otherwise "faxcom:" followed by ';'-separated key=value fields with '%', ';', '=' and
 * control bytes percent-encoded.  A tag not starting with "faxcom:" is a display name.
 */
#ifndef FAXCOM_HYLAFAX_JOB_TAG_H
#define FAXCOM_HYLAFAX_JOB_TAG_H

#include <string>
#include <string_view>

namespace faxcom::hylafax {

struct JobTagFields {
    std::string display_name, billing_code, sender_company, sender_department, tsi;
    std::string discount; /* "1" when the job was scheduled for the discount period */
    std::string pages;    /* pages the client counted (HylaFAX counts only once a modem prepares the job) */
};

std::string encode_job_tag(const JobTagFields &fields);
JobTagFields decode_job_tag(std::string_view tag);

} // namespace faxcom::hylafax

#endif
