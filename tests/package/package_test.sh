#!/usr/bin/env bash
# Builds the .deb from the build tree with CPack, unpacks it into a scratch root and checks it:
# control fields, contents, desktop entry, AppStream metainfo, icons, man pages against the
# programs' own --help, bash completion, and the unpacked pnctl --version and pnconsole --check.
#   package_test.sh BUILD_DIR SOURCE_DIR VERSION
set -euo pipefail
build=$1 src=$2 version=$3
scratch=$(mktemp -d /tmp/pn-package-test.XXXXXX)
trap 'rm -rf "$scratch"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
step() { echo "--- $*"; }

step "cpack"
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$scratch/out" >"$scratch/cpack.log" 2>&1 \
    || { cat "$scratch/cpack.log"; fail "cpack"; }
deb=$(ls "$scratch"/out/*.deb)
[ "$(echo "$deb" | wc -l)" -eq 1 ] || fail "expected one .deb, got: $deb"
echo "$deb"

step "control fields"
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = pnconsole ] || fail "Package: $(field Package)"
[[ $(field Version) == "$version"* ]] || fail "Version $(field Version), project $version"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
[ -n "$(field Description)" ] || fail "no Description"
depends=$(field Depends)
echo "Depends: $depends"
for d in libqt6widgets6 libqt6network6 libqt6sql6 libqt6httpserver6 libc6 libssl3 \
    qt6-translations-l10n libqt6sql6-sqlite qt6-qpa-plugins; do
    [[ $depends == *"$d"* ]] || fail "Depends lacks $d (dpkg-shlibdeps or the fixed list)"
done

step "contents"
root=$scratch/root
dpkg-deb -x "$deb" "$root"
# The desktop entry's name is the reverse-DNS id the metainfo and the icons use too.
desktop=$(cd "$root/usr/share/applications" && ls ./*.desktop)
[ "$(echo "$desktop" | wc -l)" -eq 1 ] || fail "expected one desktop entry: $desktop"
id=$(basename "$desktop" .desktop)
[[ $id =~ ^[a-z]+\.[a-z0-9]+\.[A-Za-z0-9.]+$ ]] || fail "not a reverse-DNS id: $id"
echo "id: $id"
for f in usr/bin/pnconsole usr/bin/pnctl usr/bin/pnsim \
    "usr/share/applications/$id.desktop" "usr/share/metainfo/$id.metainfo.xml" \
    "usr/share/icons/hicolor/scalable/apps/$id.svg" \
    usr/share/man/man1/pnconsole.1.gz usr/share/man/man1/pnctl.1.gz usr/share/man/man1/pnsim.1.gz \
    usr/share/bash-completion/completions/pnctl usr/share/doc/pnconsole/copyright; do
    [ -e "$root/$f" ] || fail "missing /$f"
done
for size in 16 22 24 32 48 64 128 256; do
    png=$root/usr/share/icons/hicolor/${size}x${size}/apps/$id.png
    [ -f "$png" ] || fail "missing $png"
    # The PNG header's width and height (bytes 16–23).
    dims=$(od -An -tu1 -j16 -N8 "$png" | awk '{print $3*256+$4 "x" $7*256+$8}')
    [ "$dims" = "${size}x${size}" ] || fail "$png is $dims"
done
if [ -d "$src/resources/deploy" ]; then
    n=$(find "$root/usr/share/doc/pnconsole/examples" -type f | wc -l)
    [ "$n" -gt 0 ] || fail "no deployment examples"
fi

step "desktop-file-validate, appstreamcli validate --no-net"
desktop-file-validate "$root/usr/share/applications/$id.desktop"
appstreamcli validate --no-net "$root/usr/share/metainfo/$id.metainfo.xml"
grep -q "<id>$id</id>" "$root/usr/share/metainfo/$id.metainfo.xml" || fail "metainfo id"
grep -q "^Icon=$id$" "$root/usr/share/applications/$id.desktop" || fail "desktop Icon"
# The newest release the metainfo announces is the project's version.
release=$(grep -oE '<release version="[^"]+"' "$root/usr/share/metainfo/$id.metainfo.xml" | head -1)
[ "$release" = "<release version=\"$version\"" ] || fail "metainfo's first release: $release, project $version"
for tag in name summary p caption; do
    grep -qE "<$tag xml:lang=\"zh_CN\">" "$root/usr/share/metainfo/$id.metainfo.xml" || fail "no Chinese <$tag>"
done

step "man pages"
for page in pnconsole pnctl pnsim; do
    warnings=$(zcat "$root/usr/share/man/man1/$page.1.gz" | groff -man -Tutf8 -ww -z 2>&1 || true)
    [ -z "$warnings" ] || fail "$page.1: $warnings"
done
# Every option the programs list is in their page, every pnctl command has a section.
for prog in pnconsole pnsim; do
    opts=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/$prog" --help | grep -oE -- '--[a-z][a-z-]+' | sort -u)
    page=$(zcat "$root/usr/share/man/man1/$prog.1.gz" | sed 's/\\-/-/g')
    for o in $opts; do
        grep -qF -- "$o" <<<"$page" || fail "$prog.1 lacks $o"
    done
done
# Each man page has the sections the issue asks for, and names the project's version.
for page in pnconsole pnctl pnsim; do
    text=$(zcat "$root/usr/share/man/man1/$page.1.gz")
    for sh in NAME SYNOPSIS DESCRIPTION "EXIT STATUS" FILES ENVIRONMENT EXAMPLES; do
        grep -qE "^\.SH \"?$sh\"?$" <<<"$text" || fail "$page.1 has no $sh section"
    done
    grep -qE "^\.TH [A-Z]+ 1 \"[0-9-]+\" \"pnconsole $version\"" <<<"$text" \
        || fail "$page.1 .TH does not name version $version: $(grep '^\.TH' <<<"$text")"
done
# The text of a man page without roff escapes and fonts; one section of it (.SS or .SH NAME).
plain() { zcat "$root/usr/share/man/man1/$1.1.gz" | sed 's/\\-/-/g; s/\\f[BIRP]//g'; }
section() { awk -v s="$1" '/^\.S[SH] / {on = ($0 ~ ("^\\.S[SH] \"?" s "\"?( |$)"))} on'; }
# The options a --help lists (long and short, not -h/-v), one a line.
helpopts() {
    sed -n '/^Options:/,$p' | grep -oE -- '(^|[ ,])--?[a-z][a-z-]*' | tr -d ' ,' \
        | grep -vxE -- '-h|-v' | sort -u
}
pnctl_page=$(plain pnctl)
pnctl_globals=$(section "GLOBAL OPTIONS" <<<"$pnctl_page")
pnctl_help() { HOME=$scratch/help "$root/usr/bin/pnctl" "$@" --help 2>/dev/null || true; }
commands=$("$root/usr/bin/pnctl" --help | awk '/^Commands:/{on=1;next} on&&/^  [a-z]/{print $1} on&&/^$/{exit}')
[ -n "$commands" ] || fail "no commands in pnctl --help"
# The commands app/cli/main.cpp registers are the ones --help lists.
registered=$(grep -oE 'commands\.add<pn::cli::[A-Za-z]+Command>' "$src/app/cli/main.cpp" | wc -l)
[ "$registered" -eq "$(wc -w <<<"$commands")" ] \
    || fail "main.cpp registers $registered commands, pnctl --help lists $(wc -w <<<"$commands")"
# Subcommands, as pnctl.1 and the completion know them; profile's have their own options.
subcommands() {
    case $1 in
        profile) echo "list show add edit remove export import vault-password" ;;
        bulk) echo "bind release jobs" ;;
        export) echo "bindings transfers calls requests" ;;
        recordings) echo "fetch policy list" ;;
        ledger) echo "migrate" ;;
        retention) echo "show apply set" ;;
    esac
}
for c in $commands; do
    sec=$(section "$c" <<<"$pnctl_page")
    [ -n "$sec" ] || fail "pnctl.1 has no section for $c"
    grep -qE "commands=\".*\b$c\b" "$root/usr/share/bash-completion/completions/pnctl" \
        || fail "bash completion lacks $c"
    for s in $(subcommands "$c"); do
        grep -qE -- "(^|[^a-z-])$s([^a-z-]|$)" <<<"$sec" || fail "pnctl.1 $c section lacks $s"
    done
    # Every option is described in the command's own section or among the global options.
    subs=$c; [ "$c" = profile ] && subs=$(for s in $(subcommands profile); do echo "$c $s"; done)
    while read -r -a words; do
        for o in $(pnctl_help "${words[@]}" | helpopts); do
            grep -qE -- "(^|[^a-z-])$o([^a-z-]|$)" <<<"$sec" && continue
            grep -E '^\.B[IR]? ' <<<"$pnctl_globals" | grep -qE -- "(^|[^a-z-])$o([^a-z-]|$)" && continue
            fail "pnctl.1 describes ${words[*]} $o neither in its section nor in GLOBAL OPTIONS"
        done
    done <<<"$subs"
done
# Every PN_* variable the programs read is in their ENVIRONMENT section (pnctl: all of app/;
# pnconsole: all but the CLI's own).
env_vars() { grep -rhoE '(qEnvironmentVariable[A-Za-z]*|qgetenv)\("PN_[A-Z_]+"' "$@" \
    | grep -oE 'PN_[A-Z_]+' | grep -v '^PN_TEST_' | sort -u; }
for v in $(env_vars "$src/app"); do
    section ENVIRONMENT <<<"$pnctl_page" | grep -qxF ".B $v" || fail "pnctl.1 ENVIRONMENT lacks $v"
done
for v in $(env_vars "$src/app/core" "$src/app/ledger" "$src/app/session" "$src/app/secrets" \
    "$src/app/platform" "$src/ui"); do
    section ENVIRONMENT <<<"$(plain pnconsole)" | grep -qxF ".B $v" \
        || fail "pnconsole.1 ENVIRONMENT lacks $v"
done

step "bash completion"
if [ -f /usr/share/bash-completion/bash_completion ]; then
    got=$(bash -c '
        source /usr/share/bash-completion/bash_completion
        source "$1"
        c() {
            COMP_LINE="$*" COMP_POINT=${#COMP_LINE} COMPREPLY=()
            read -ra COMP_WORDS <<<"$COMP_LINE"
            [[ $COMP_LINE == *" " ]] && COMP_WORDS+=("")
            COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
            _pnctl
            echo "${COMPREPLY[*]}"
        }
        c "pnctl --data-dir /tmp li"
        c "pnctl profile "
        c "pnctl bind --re"
        c "pnctl list --state p"
        c "pnctl profile add --key"
        c "pnctl bulk "
        c "pnctl bulk bind x.csv --enc"
        c "pnctl recordings "
        c "pnctl recordings policy --max"
        c "pnctl export "
    ' _ "$root/usr/share/bash-completion/completions/pnctl")
    expected=$'list listen\nlist show add edit remove export import vault-password\n--record --reqid --retries\npending\n--key-file --key-stdin\nbind release jobs\n--encoding\nfetch policy list\n--max-size\nbindings transfers calls requests'
    [ "$got" = "$expected" ] || fail "completion gave: $got"
    # After a command, the completion offers exactly the options pnctl's parser of that command
    # takes (its --help), plus --lang and --log-file, which pnctl reads anywhere.
    bad=$(HOME=$scratch/help bash "$(dirname "$0")/completion_check.sh" \
        "$root/usr/share/bash-completion/completions/pnctl" "$root/usr/bin/pnctl")
    [ -z "$bad" ] || fail "$bad"
else
    fail "bash-completion is not installed (./dev.sh deps)"
fi

step "the unpacked programs"
out=$("$root/usr/bin/pnctl" --version)
[ "$out" = "pnctl $version" ] || fail "pnctl --version: $out"
export HOME=$scratch/home
out=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/pnconsole" --check --data-dir "$scratch/data" --lang en)
echo "$out"
[[ $out == *"account ok"* ]] || fail "pnconsole --check: $out"
# In Chinese, with Qt's own catalogs found (the console warns when qtbase_zh_CN.qm is missing).
err=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/pnconsole" --check --data-dir "$scratch/data" \
    --lang zh_CN 2>&1 >/dev/null) || fail "pnconsole --check --lang zh_CN: $err"
[[ $err != *"qtbase_zh_CN.qm"* ]] || fail "Qt's own translations: $err"
echo "PASS"
