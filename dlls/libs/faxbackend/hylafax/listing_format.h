// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * The JOBFMT / RCVFMT / MDMFMT formats this backend asks for and the parsers of the
 * listings they produce.
 *
 * Framing.  hfaxd copies field values into a listing as they are, and a value can hold
 * any byte but NUL (other clients send control bytes as octal escapes, which hfaxd
 * decodes), so no separator byte alone can keep a value from posing as the end of its
 * record and the start of another.  Each record is therefore framed by markers chosen at
 * random for every listing (ListingMarkers): a value stored before the listing was asked
 * for cannot contain them.  Inside a record, fields are separated by 0x1F (unit
 * separator); padded fields are trimmed.
 *
 * A record with the wrong number of fields (a value holding 0x1F), a number that is not
 * a plain decimal or does not fit (never clamped), or a job id faxcom cannot use
 * (decimal.h) is skipped with a warning; the other records are listed.  Text between
 * records is ignored with a warning (the status listing's scheduler line aside); a
 * listing with text but not one record is a protocol error (the format was not applied).
 */
#ifndef FAXCOM_HYLAFAX_LISTING_FORMAT_H
#define FAXCOM_HYLAFAX_LISTING_FORMAT_H

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "common/fax_service.h"

namespace faxcom::hylafax {

constexpr char listing_field_separator = '\x1f';

/* The text framing each record of one listing. */
struct ListingMarkers {
    std::string begin, end;
    /* Fresh markers: 0x1E, 16 random letters and digits, 0x1F (the end: reversed). */
    static ListingMarkers random();
};

/* The format strings (without quotes) for JOBFMT, RCVFMT and MDMFMT. */
std::string job_listing_format(const ListingMarkers &markers);
std::string received_listing_format(const ListingMarkers &markers);
std::string modem_listing_format(const ListingMarkers &markers);

/* `convert` turns wire text into UTF-8 (the session's character set); `warn` is told
 * about every record skipped and text ignored. */
using WireText = std::function<std::string(const std::string &)>;
using ListingWarning = std::function<void(const std::string &)>;

Result<std::vector<JobInfo>> parse_job_listing(std::string_view listing, const ListingMarkers &markers,
                                               const WireText &convert, const ListingWarning &warn);
Result<std::vector<ReceivedFax>> parse_received_listing(std::string_view listing,
                                                        const ListingMarkers &markers,
                                                        const WireText &convert, const ListingWarning &warn);
Result<std::vector<ModemInfo>> parse_modem_listing(std::string_view listing, const ListingMarkers &markers,
                                                   const WireText &convert, const ListingWarning &warn);
/* The scheduler's own line of a status listing ("HylaFAX scheduler on host: Running"):
 * the first line outside the modem records. */
std::string scheduler_line(std::string_view listing, const ListingMarkers &markers);

} // namespace faxcom::hylafax

#endif
