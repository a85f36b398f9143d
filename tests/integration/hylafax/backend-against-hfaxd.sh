#!/bin/bash
# SPDX-License-Identifier: LGPL-2.1-or-later
# Integration test of the HylaFAX backend (through faxcom-cli) against a real hfaxd/faxq,
# cross-checked with Debian's own clients.  Run under tests/fixtures/with-hylafax:
#   with-hylafax backend-against-hfaxd.sh PATH/TO/faxcom-cli
set -uo pipefail
CLI=$1
: "${HYLAFAX_HOST:?run me under with-hylafax}"
SERVER=$HYLAFAX_HOST:$HYLAFAX_PORT
work=$(mktemp -d)
trap 'rm -rf -- "$work"' EXIT
failures=0
check() { # check DESCRIPTION COMMAND...
    local what=$1
    shift
    if "$@"; then echo "ok - $what"; else echo "not ok - $what"; failures=$((failures + 1)); fi
}
cli() { "$CLI" "$@"; }
job_field() { # job_field ID COLUMN [queue]: a column of the backend's listing
    cli list "${3:-sendq}" | awk -F'\t' -v id="$1" -v col="$2" '$1 == id { print $col }'
}
faxstat_has() { faxstat -s -h "$SERVER" | awk -v id="$1" -v n="$2" '$1 == id && index($0, n) { f = 1 } END { exit !f }'; }

# Documents made at test time.
"$(dirname "$0")/../../fixtures/make-test-documents" "$work"

check "TIFF test document was made" test -s "$work/doc.tif"
tif=$(cli send --name "TIFF doc" --billing "B-17" 5550101 "$work/doc.tif")
ps=$(cli send 5550102 "$work/doc.ps")
pdf=$(cli send 5550103 "$work/doc.pdf")
txt=$(cli send --name "Text; 100% = fine" 5550104 "$work/doc.txt")
check "four jobs submitted ($tif $ps $pdf $txt)" test -n "$tif" -a -n "$ps" -a -n "$pdf" -a -n "$txt"

# Listed by the backend from another process, with the fields faxcom needs.
check "TIFF job listed with its number" test "$(job_field "$tif" 4)" = 5550101
check "TIFF job owner is the login user" test "$(job_field "$tif" 3)" = "$HYLAFAX_USER"
check "display name survives" test "$(job_field "$tif" 8)" = "TIFF doc"
check "billing code survives" test "$(job_field "$tif" 9)" = "B-17"
check "special characters in the display name survive" test "$(job_field "$txt" 8)" = "Text; 100% = fine"
check "PDF job is waiting for a modem" test "$(job_field "$pdf" 2)" = W
check "text job counts pages" test -n "$(job_field "$txt" 5)"
check "show reads one job" bash -c "'$CLI' show $ps | grep -q '^$ps'"
# Debian's faxstat sees the backend's jobs.
for pair in "$tif 5550101" "$ps 5550102" "$pdf 5550103" "$txt 5550104"; do
    set -- $pair
    check "faxstat -s lists job $1 with number $2" faxstat_has "$1" "$2"
done
check "faxstat shows the owner" bash -c "faxstat -s -h $SERVER | awk '\$1 == $tif' | grep -q '${HYLAFAX_USER:0:6}'"

# A sendfax job is listed by the backend.
sendfax -h "$SERVER" -n -d 5550199 "$work/doc.ps" >"$work/sendfax.out" 2>&1
sf=$(sed -n 's/.*request id is \([0-9]*\).*/\1/p' "$work/sendfax.out")
check "sendfax submitted a job ($sf)" test -n "$sf"
check "backend lists the sendfax job with its number" test "$(job_field "$sf" 4)" = 5550199

# Suspend, resume, kill, delete.
check "suspend" cli suspend "$ps"
check "suspended job shows T" test "$(job_field "$ps" 2)" = T
check "resume" cli resume "$ps"
check "resumed job is no longer suspended" test "$(job_field "$ps" 2)" != T
check "kill" cli kill "$pdf"
check "killed job left sendq" test -z "$(job_field "$pdf" 1)"
check "killed job is in doneq as failed" test "$(job_field "$pdf" 2 doneq)" = F
check "delete the killed job" cli delete "$pdf"
check "deleted job left doneq" test -z "$(job_field "$pdf" 1 doneq)"
# faxrm and the backend see each other's kills.
# faxrm runs as the local user, who logs in without a password: submit as that user.
mine=$(HYLAFAX_PASSWORD= HYLAFAX_ADMIN_PASSWORD= "$CLI" --user "$(id -un)" send 5550155 "$work/doc.ps")
faxrm -h "$SERVER" "$mine" >/dev/null 2>&1
check "backend sees faxrm's kill" test "$(job_field "$mine" 2 doneq)" = F
check "backend kills the sendfax job" cli kill "$sf"
check "faxstat no longer lists the killed sendfax job" bash -c "! faxstat -s -h $SERVER | awk '\$1 == $sf' | grep -q ."

# Errors.
out=$(HYLAFAX_PASSWORD=wrong-pass-123 "$CLI" list 2>&1)
check "wrong password is an authentication error" grep -q '^faxcom-cli: authentication' <<<"$out"
check "the password is not in the message" bash -c "! grep -q wrong-pass-123 <<<'$out'"
out=$(cli kill 999999 2>&1)
check "unknown job is not_found" grep -q 'not found' <<<"$out"

before=$(cli list | cut -f1 | sort | tr '\n' ' ')
out=$(cli send $'555\r\nJKILL '"$txt" "$work/doc.ps" 2>&1)
check "injection attempt refused as bad input" grep -q 'bad input' <<<"$out"
check "injection touched no job" test "$(cli list | cut -f1 | sort | tr '\n' ' ')" = "$before"
check "the targeted job is still queued" test -n "$(job_field "$txt" 1)"

# A submit that fails part-way (scheduler gone) leaves no job behind.
kill "$HYLAFAX_FAXQ_PID"
sleep 0.3
out=$(cli send 5550177 "$work/doc.ps" 2>&1)
check "submit without the scheduler fails" grep -q 'server refused' <<<"$out"
check "the failed submit left no job" test "$(cli list | cut -f1 | sort | tr '\n' ' ')" = "$before"

echo "$failures failure(s)"
exit $((failures > 0))
