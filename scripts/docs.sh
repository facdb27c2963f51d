#!/bin/sh
# The generated parts of README.md, from a built ezboard:
#
#   scripts/docs.sh [--check] BINARY
#
# - The key tables between `<!-- keys -->` and `<!-- /keys -->`: the output
#   of `ezboard docs keys`, written from the binding tables.
# - Each screen capture between `<!-- capture: ARGS -->` and
#   `<!-- /capture -->`: `ezboard snapshot --data Data ARGS` in a fenced
#   block, with no config file, a UTF-8 locale, the sample data's as-of
#   date and a fixed time of the data's last change (a clone's files carry
#   the time of the clone), so that the result is the same on every machine.
#
# Without --check README.md is rewritten (`make docs`); with --check it is
# only compared, and a difference fails with the diff (`make lint`).
set -eu
CHECK=0
if [ "${1:-}" = "--check" ]; then CHECK=1; shift; fi
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BIN="${1:?usage: scripts/docs.sh [--check] BINARY}"
cd "$ROOT"
[ -x "$BIN" ] || { echo "docs: no executable at $BIN (swift build first)" >&2; exit 1; }

# 2024-03-31 17:00 in Vietnam: the evening of the sample data's as-of date.
CHANGED_AT=1711879200
OUT=$(mktemp)
trap 'rm -f "$OUT"' EXIT
XDG_CONFIG_HOME=/nonexistent LC_ALL=C.UTF-8 EZBOARD_BIN="$BIN" CHANGED_AT="$CHANGED_AT" \
    perl -CSD -e '
    use strict;
    local $/;
    my ($in_path, $out_path) = @ARGV;
    open(my $in, "<", $in_path) or die "$in_path: $!\n";
    my $text = <$in>;
    close $in;
    delete $ENV{EZBOARD_DATA};
    delete $ENV{EZBOARD_LANG};
    sub run {
        my ($cmd) = @_;
        my $out = `$cmd`;
        die "docs: $cmd failed\n" if $?;
        utf8::decode($out);
        return $out;
    }
    $text =~ s{(<!-- keys -->\n).*?(<!-- /keys -->)}{
        $1 . "\n" . run(q{"$EZBOARD_BIN" docs keys}) . "\n" . $2;
    }gse or die "docs: no <!-- keys --> block in README.md\n";
    $text =~ s{(<!-- capture: ([^>]*?) -->\n).*?(<!-- /capture -->)}{
        my ($open, $args, $close) = ($1, $2, $3);
        $open . "```text\n" . run(qq{"\$EZBOARD_BIN" snapshot --data Data --changed-at \$CHANGED_AT $args}) . "```\n" . $close;
    }gse;
    open(my $o, ">", $out_path) or die "$out_path: $!\n";
    print $o $text;
    close $o;
' README.md "$OUT"

if [ "$CHECK" = 1 ]; then
    if ! cmp -s README.md "$OUT"; then
        diff -u README.md "$OUT" | sed 's/^/    /' >&2 || true
        echo "docs: README.md is stale (its key tables or screen captures): run \`make docs\` and commit the result" >&2
        exit 1
    fi
    echo "docs: README.md's key tables and screen captures are current"
else
    cp "$OUT" README.md
    echo "docs: README.md updated from $BIN"
fi
