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
    qt6-translations-l10n libqt6sql6-sqlite; do
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
pnctl_page=$(zcat "$root/usr/share/man/man1/pnctl.1.gz" | sed 's/\\-/-/g')
commands=$("$root/usr/bin/pnctl" --help | awk '/^Commands:/{on=1;next} on&&/^  [a-z]/{print $1} on&&/^$/{exit}')
[ -n "$commands" ] || fail "no commands in pnctl --help"
for c in $commands; do
    grep -qE "^\.SS $c( |$)" <<<"$pnctl_page" || fail "pnctl.1 has no section for $c"
    grep -qE "commands=\".*\b$c\b" "$root/usr/share/bash-completion/completions/pnctl" \
        || fail "bash completion lacks $c"
    copts=$("$root/usr/bin/pnctl" "$c" --help 2>/dev/null | grep -oE -- '--[a-z][a-z-]+' | sort -u || true)
    for o in $copts; do
        grep -qF -- "$o" <<<"$pnctl_page" || fail "pnctl.1 lacks $o (of $c)"
    done
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
echo "PASS"
