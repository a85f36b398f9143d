#!/bin/bash
# SPDX-License-Identifier: LGPL-2.1-or-later
# Port administration and live modem state against a real hfaxd with two emulated modems,
# then one real fax from modem A to modem B.  Run under the modem fixture:
#   with-hylafax --modems modems-against-hfaxd.sh PATH/TO/modem-probe PATH/TO/faxcom-cli
# Bounded: gives up after 180 s in total.
set -uo pipefail
PROBE=$1
CLI=$2
: "${HYLAFAX_MODEM_A:?run me under with-hylafax --modems}"
A=$HYLAFAX_MODEM_A
B=$HYLAFAX_MODEM_B
work=$(mktemp -d)
trap 'rm -rf -- "$work"' EXIT
start=$SECONDS
deadline=$((SECONDS + 180))
failures=0
check() { # check DESCRIPTION COMMAND...
    local what=$1
    shift
    if "$@"; then echo "ok - $what"; else echo "not ok - $what"; failures=$((failures + 1)); fi
}
field() { awk -F'\t' -v k="$1" '$1 == k { print $2 }'; }

# Modems and their configuration.
check "modem A known to modem_activity" "$PROBE" activity "$A"
check "modem B known to modem_activity" "$PROBE" activity "$B"
"$CLI" modems >/dev/null 2>&1
echo "# faxcom-cli modems (list_modems, MDMFMT with %r) exit status: $? (hfaxd crashes on %r)"
check "admin rights with the admin password" test "$("$PROBE" admin)" = yes
check "no admin rights without it" test "$("$PROBE" --no-admin admin)" = no
"$PROBE" config "$A" >"$work/config-a" 2>"$work/config-a.err"
check "config of modem A read as admin" test $? -eq 0
check "RingsBeforeAnswer is 1" test "$(field rings <"$work/config-a")" = 1
check "LocalIdentifier is \"$HYLAFAX_MODEM_A_ID\"" test "$(field local_identifier <"$work/config-a")" = "$HYLAFAX_MODEM_A_ID"
check "FAXNumber is $HYLAFAX_MODEM_A_NUMBER" test "$(field fax_number <"$work/config-a")" = "$HYLAFAX_MODEM_A_NUMBER"
echo "# modem A config: $(tr '\t\n' '= ' <"$work/config-a")"
"$PROBE" --no-admin config "$A" >/dev/null 2>"$work/denied"
check "config refused without admin (exit 1)" test $? -eq 1
check "refusal is access_denied naming AdminPassword" grep -q '^access denied: .*AdminPassword' "$work/denied"
check "bad modem name refused" bash -c "! '$PROBE' config ../etc/passwd 2>/dev/null"

# SITE CONFIG: acknowledged; does anything observable change?
check "SITE CONFIG RingsBeforeAnswer 3 acknowledged" "$PROBE" set "$A" RingsBeforeAnswer 3
check "SITE CONFIG refused without admin" bash -c "! '$PROBE' --no-admin set '$A' RingsBeforeAnswer 3 2>/dev/null"
check "SITE CONFIG with CR/LF refused" bash -c "! '$PROBE' set '$A' RingsBeforeAnswer \$'3\r\nQUIT' 2>/dev/null"
after=$(field rings < <("$PROBE" config "$A"))
echo "# after SITE CONFIG RingsBeforeAnswer 3: config file says $after; status line: $("$PROBE" activity "$A" | cut -f2)"
"$PROBE" set "$A" LocalIdentifier "+1 555 7777" >/dev/null 2>&1
echo "# after SITE CONFIG LocalIdentifier: config file LocalIdentifier: $(field local_identifier < <("$PROBE" config "$A"))"

# Both idle.
for m in "$A" "$B"; do
    check "modem $m idle" test "$("$PROBE" activity "$m" | cut -f1)" = idle
done

# One real fax A -> B, followed through modem_activity.
"$(dirname "$0")/../../fixtures/make-test-documents" "$work" >/dev/null
job=$("$CLI" send "$HYLAFAX_MODEM_B_NUMBER" "$work/doc.tif")
check "fax job submitted ($job)" test -n "$job"
seen_a="" seen_b="" job_seen="" state=""
while [ $SECONDS -lt $deadline ]; do
    act_a=$("$PROBE" activity "$A")
    act_b=$("$PROBE" activity "$B")
    for pair in "a:$act_a" "b:$act_b"; do
        s=${pair#*:}
        key=${pair%%:*}:$(cut -f1,2 <<<"$s")
        case " $seen_a " in *" $key "*) ;; *) seen_a="$seen_a $key"; echo "# $((SECONDS - start))s ${pair%%:*}: $s" ;; esac
    done
    [ "$(cut -f3 <<<"$act_a")" = "$job" ] && job_seen=yes
    [ "$(cut -f1 <<<"$act_a")" = sending ] && seen_b="$seen_b sendingA"
    [ "$(cut -f1 <<<"$act_b")" = receiving ] && seen_b="$seen_b receivingB"
    state=$("$CLI" show "$job" 2>/dev/null | cut -f2)
    if [ "$state" = D ] || [ "$state" = F ]; then
        # The receive finishes after the sender's job; wait for modem B to be idle.
        [ "$(cut -f1 <<<"$act_b")" = idle ] && [ "$(cut -f1 <<<"$act_a")" = idle ] && break
    fi
    sleep 1
done
echo "# job $job ended in state '$state' after $((SECONDS - start)) s"
check "job done" test "$state" = D
check "modem A was seen sending" grep -q sendingA <<<"$seen_b"
check "modem A's activity named the job" test "$job_seen" = yes
check "modem B was seen receiving" grep -q receivingB <<<"$seen_b"
check "both modems idle again" test "$("$PROBE" activity "$A" | cut -f1)$("$PROBE" activity "$B" | cut -f1)" = idleidle
fax=$("$CLI" received | awk -F'\t' '$5 != "receiving" { f = $1 } END { print f }')
check "received fax listed ($fax)" test -n "$fax"
"$CLI" received | sed 's/^/# received: /'
check "fetched" "$CLI" fetch "$fax" "$work/in.tif"
check "fetched file is a valid TIFF" tiffinfo "$work/in.tif" >/dev/null 2>&1
check "received from modem A's TSI" bash -c "'$CLI' received | awk -F'\t' -v f='$fax' '\$1 == f' | grep -q -- '$HYLAFAX_MODEM_A_ID\|+1 555 7777'"
echo "# total $((SECONDS - start)) s"
[ $failures -eq 0 ]
