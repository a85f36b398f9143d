/*
 * The JOBFMT / RCVFMT / MDMFMT formats this backend asks for and the parsers of the
 * listings they produce.  Fields are separated by a byte that never occurs in data
 * (0x1F, unit separator: refused in every value we send, and hfaxd writes job files
 * line by line); padded fields are trimmed.  A line with the wrong number of fields is a
 * protocol error.
 */
#ifndef FAXCOM_HYLAFAX_LISTING_FORMAT_H
#define FAXCOM_HYLAFAX_LISTING_FORMAT_H

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "fax_service.h"

namespace faxcom::hylafax {

constexpr char listing_field_separator = '\x1f';

/* The format strings (without quotes) for JOBFMT, RCVFMT and MDMFMT. */
const std::string &job_listing_format();
const std::string &received_listing_format();
const std::string &modem_listing_format();

/* `convert` turns wire text into UTF-8 (the session's character set). */
using WireText = std::function<std::string(const std::string &)>;

Result<std::vector<JobInfo>> parse_job_listing(std::string_view listing, const WireText &convert);
Result<std::vector<ReceivedFax>> parse_received_listing(std::string_view listing, const WireText &convert);
Result<std::vector<ModemInfo>> parse_modem_listing(std::string_view listing, const WireText &convert);
/* The scheduler's own line of a status listing ("HylaFAX scheduler on host: Running"). */
std::string scheduler_line(std::string_view listing);

} // namespace faxcom::hylafax

#endif
