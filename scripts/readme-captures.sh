#!/bin/sh
# Regenerates the screen captures in README.md from a built ezboard:
#
#   scripts/readme-captures.sh [BINARY]      (default: .build/debug/ezboard)
#
# Each capture sits between `<!-- capture: ARGS -->` and `<!-- /capture -->`
# and is the output of `ezboard snapshot --data Data ARGS`, with no config
# file and the as-of date of the sample data, in a fenced block.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BIN="${1:-$ROOT/.build/debug/ezboard}"
cd "$ROOT"
[ -x "$BIN" ] || { echo "readme-captures: no executable at $BIN (swift build first)" >&2; exit 1; }
export EZBOARD_BIN="$BIN"
perl -CSD -e '
    use strict;
    local $/;
    open(my $in, "<:encoding(UTF-8)", "README.md") or die "README.md: $!";
    my $text = <$in>;
    close $in;
    $text =~ s{(<!-- capture: ([^>]*?) -->\n).*?(<!-- /capture -->)}{
        my ($open, $args, $close) = ($1, $2, $3);
        local $ENV{XDG_CONFIG_HOME} = "/nonexistent";
        local $ENV{LC_ALL} = "C.UTF-8";
        delete local $ENV{EZBOARD_DATA};
        delete local $ENV{EZBOARD_LANG};
        my $out = `"\$EZBOARD_BIN" snapshot --data Data $args`;
        die "ezboard snapshot $args failed\n" if $?;
        utf8::decode($out);
        $open . "```text\n" . $out . "```\n" . $close;
    }gse;
    open(my $o, ">:encoding(UTF-8)", "README.md.tmp") or die "README.md.tmp: $!";
    print $o $text;
    close $o;
    rename("README.md.tmp", "README.md") or die "README.md: $!";
'
echo "readme-captures: README.md updated from $BIN"
