#!/usr/bin/env bash
# completion_check.sh COMPLETION PNCTL: prints one line per difference between what the bash
# completion offers after each pnctl command (and subcommand) and the options that command's
# parser takes (`pnctl CMD [SUB] --help`); prints nothing when they agree. Run by package_test.sh.
set -uo pipefail
source /usr/share/bash-completion/bash_completion
source "$1"
pnctl=$2
c() { # the completion of the words given, the last one being completed
    COMP_WORDS=("$@") COMP_CWORD=$(($# - 1)) COMP_LINE="$*" COMP_POINT=${#COMP_LINE} COMPREPLY=()
    _pnctl
    printf '%s\n' "${COMPREPLY[@]}"
}
helpopts() {
    "$pnctl" "$@" --help 2>/dev/null | sed -n '/^Options:/,$p' \
        | grep -oE -- '(^|[ ,])--?[a-z][a-z-]*' | tr -d ' ,' | grep -vxE -- '-h|-v' | sort -u
}
check() { # WANT OFFERED LABEL
    local o
    for o in $1; do grep -qxF -- "$o" <<<"$2" || echo "completion of '$3' lacks $o"; done
    for o in $2; do
        grep -qxF -- "$o" <<<"$1"$'\n--lang\n--log-file' \
            || echo "completion of '$3' offers $o, which 'pnctl $3' does not take"
    done
}
# Subcommands, as pnctl.1 documents them (profile's have their own options).
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
commands=$("$pnctl" --help | awk '/^Commands:/{on=1;next} on&&/^  [a-z]/{print $1} on&&/^$/{exit}')
[ -n "$commands" ] || echo "no commands in pnctl --help"
for cmd in $commands; do
    subs=$(subcommands "$cmd")
    if [ -n "$subs" ]; then
        got=$(c pnctl "$cmd" "" | sort | xargs)
        want=$(tr ' ' '\n' <<<"$subs" | sort | xargs)
        [ "$got" = "$want" ] || echo "completion of '$cmd ' offers '$got', not '$want'"
    fi
    if [ "$cmd" = profile ]; then
        for sub in $subs; do
            check "$(helpopts "$cmd" "$sub")" "$(c pnctl "$cmd" "$sub" - | sort -u)" "$cmd $sub"
        done
    else
        # One parser for all of a command's subcommands: each option offered after one of them.
        offered=$(for sub in $subs; do c pnctl "$cmd" "$sub" -; done
                  [ -z "$subs" ] && c pnctl "$cmd" -)
        check "$(helpopts "$cmd")" "$(sort -u <<<"$offered")" "$cmd"
    fi
done
