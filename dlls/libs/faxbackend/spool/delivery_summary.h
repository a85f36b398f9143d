// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * What the queue's virtual port leaves in the outbox beside a delivered job: a readable
 * summary.txt and the sendfax(1) command that forwards the job to a real HylaFAX.
 */
#ifndef FAXCOM_SPOOL_DELIVERY_SUMMARY_H
#define FAXCOM_SPOOL_DELIVERY_SUMMARY_H

#include <string>

#include "spool/job_record.h"

namespace faxcom::spool {

/* The outbox directory name of a job: "<id>-<number>" with the number's characters other
 * than ASCII letters, digits and '+' replaced by '_' (at most 40), or "<id>-no-number". */
std::string outbox_name(const JobRecord &record);

/* "sendfax -n -d 'NUMBER' 'cover.ps' 'doc1.tif' ...", every argument quoted for a POSIX shell;
 * run in the job's outbox directory. */
std::string sendfax_command(const JobRecord &record);

/* summary.txt: who sent what to whom, pages, documents, times (UTC) and the sendfax command. */
std::string delivery_summary(const JobRecord &record);

} // namespace faxcom::spool

#endif
