# SPDX-License-Identifier: LGPL-2.1-or-later
# bench-wine-common.sh: sourced by the user-path benchmarks (bench-faxcom-vbs,
# bench-faxcom-send) after they are running under tests/fixtures/with-hylafax.
#
#   bench_setup BUILD_DIR NAME   checks the build, chooses Wine's side from the DLL's
#                                architecture, makes a private prefix in a work directory
#                                ($work, removed at exit) with tools/faxcom-wine-install and
#                                keeps one wineserver running for the whole run.
# Then: $arch (win64|win32), $cli, $dll, $server (host:port), $work, $page (a one-page
# PostScript file), run_cscript OUT SCRIPT [ARGS...], now, median, ms, ratio.
bench_here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

bench_setup() {
    local name=$2
    build=$(realpath "$1")
    cli=$build/tools/faxcom-cli/faxcom-cli
    dll=$build/dlls/builtin/faxcom.dll
    case "$(objdump -f "$dll" 2>/dev/null | sed -n 's/.*file format //p')" in
    pei-i386) arch=win32 side=(--dll32 "$dll" --32bit-only) ;;
    *) arch=win64 side=(--dll64 "$dll" --64bit-only) ;;
    esac
    local file
    for file in "$cli" "$dll"; do
        [[ -e $file ]] || { echo "$name: $file is missing (build $build first)" >&2; exit 1; }
    done
    server=$HYLAFAX_HOST:${HYLAFAX_PORT:?}
    # faxcom-cli, the DLL (Connect "host:port") and Debian's tools all log in as the local,
    # password-less loopback user.
    HYLAFAX_USER=$(id -un)
    export HYLAFAX_USER HYLAFAX_PASSWORD='' HYLAFAX_ADMIN_PASSWORD=''

    work=$(mktemp -d "${TMPDIR:-/tmp}/$name.XXXXXX")
    prefix=$work/prefix
    export WINEPREFIX=$prefix WINEDEBUG=-all WINEDLLOVERRIDES=mscoree,mshtml=
    trap bench_cleanup EXIT
    "$bench_here/faxcom-wine-install" --prefix "$prefix" "${side[@]}" >"$work/install.log" 2>&1 ||
        { cat "$work/install.log" >&2; exit 1; }
    # One wineserver for the whole run, so every measured start-up finds it running.
    "$bench_here/wine-run" wineserver -p
    echo "$name: $("$bench_here/wine-run" --describe "$arch"); load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
    page=$work/page.ps
    printf '%%!PS-Adobe-3.0\n/Courier findfont 12 scalefont setfont 72 720 moveto (bench) show showpage\n' >"$page"
}

bench_cleanup() {
    # Only this prefix's wineserver (and the Wine processes attached to it).
    if [[ -d ${prefix:-} ]]; then "$bench_here/wine-run" wineserver -k >/dev/null 2>&1 || true; fi
    rm -rf -- "$work"
}

script_path() { "$bench_here/../tests/wine/windows-path" "$1"; }

# cscript's output goes to a file: Wine's helper processes hold a pipe open.
run_cscript() { # run_cscript OUT SCRIPT [ARGS...]
    local out=$1
    shift
    "$bench_here/wine-run" "$arch" cscript //nologo "$(script_path "$1")" "${@:2}" >"$out" 2>&1 </dev/null
}
now() { date +%s.%N; }
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ms() { echo "$1 * 1000" | bc -l | xargs printf '%.1f'; }
ratio() { echo "scale=2; $1 / $2" | bc -l; }
