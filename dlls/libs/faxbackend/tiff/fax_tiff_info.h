// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * What faxcom's FaxTiff object exposes, read from a fax TIFF as HylaFAX 6.0 writes it.
 *
 * HylaFAX (faxd, FaxModem::recvSetupTIFF/recvEndPage, for every page of a received fax)
 * writes these tags; read_fax_tiff_info() looks at the first page only:
 *
 *   tag                      HylaFAX writes                         FaxTiffInfo field
 *   ----------------------   ------------------------------------   ---------------------------
 *   ImageDescription (270)   line 1: the sender's TSI, or the        tsid (line 1; absent when it
 *                            literal "<UNSPECIFIED>" when the        is empty or "<UNSPECIFIED>")
 *                            sender sent none; then one line per     caller_id   (line 2, CallID1)
 *                            CallID value the modem reported,        sender_name (line 3, CallID2)
 *                            joined with "\n": CallID1 = caller's
 *                            number (CIDNumber), CallID2 = caller's
 *                            name (CIDName), further ones are site
 *                            specific (e.g. DNIS) and not mapped
 *   DateTime (306)           "YYYY:MM:DD HH:MM:SS", the receiving    receive_time "YYYY-MM-DD HH:MM:SS"
 *                            server's LOCAL time when the page       and receive_date_time
 *                            started (no time zone is recorded)      (absent unless it is a valid
 *                                                                    date and time, years 1601-9999)
 *   FAXSUBADDRESS (34909)    the T.30 subaddress (SUB), only when    routing
 *                            the sender sent one; HylaFAX routes
 *                            received faxes by it (FaxDispatch)
 *   Software (305), HostComputer (316), Make (271), Model (272), FAXRECVPARAMS (34908),
 *   FAXRECVTIME (34910, seconds the page took), FAXDCS (34911): not mapped to a field;
 *   readable through TiffFile::tag_string.
 *
 * Never available from a HylaFAX TIFF (left empty; the COM layer shows "Unavailable"):
 *   csid             the receiver's own identity is not written into the file
 *   recipient_name   HylaFAX records no recipient for a received fax
 *   recipient_number likewise (the called number/DNIS is not a fixed CallID position)
 * Values are taken as they are in the file (trailing NULs dropped, invalid UTF-8 read as
 * ISO-8859-1), with surrounding spaces trimmed; an empty value is absent.
 */
#ifndef FAXCOM_BACKEND_FAX_TIFF_INFO_H
#define FAXCOM_BACKEND_FAX_TIFF_INFO_H

#include <optional>
#include <string>
#include <string_view>

#include "tiff/tiff_file.h"

namespace faxcom {

/* A calendar date and time of day as recorded (no time zone). */
struct FaxDateTime {
    int year;   /* 1601-9999 */
    int month;  /* 1-12 */
    int day;    /* 1-31, valid for the month */
    int hour;   /* 0-23 */
    int minute; /* 0-59 */
    int second; /* 0-59 */
};

struct FaxTiffInfo {
    std::optional<std::string> tsid;
    std::optional<std::string> csid;
    std::optional<std::string> caller_id;
    std::optional<std::string> routing;
    std::optional<std::string> recipient_name;
    std::optional<std::string> recipient_number;
    std::optional<std::string> sender_name;
    std::optional<std::string> receive_time; /* "YYYY-MM-DD HH:MM:SS" */
    std::optional<FaxDateTime> receive_date_time;
};

FaxTiffInfo read_fax_tiff_info(const TiffFile &tiff);

/* Parses TIFF's DateTime form "YYYY:MM:DD HH:MM:SS" (exactly that, 19 characters); nothing
 * when it is malformed or not a real date and time. */
std::optional<FaxDateTime> parse_tiff_date_time(std::string_view text);

/* "YYYY-MM-DD HH:MM:SS" */
std::string format_fax_date_time(const FaxDateTime &time);

} // namespace faxcom

#endif
