#!/bin/sh
# make bench: every performance figure of the issues, measured on the
# release build. Writes bench/out/ (ignored by git).
set -eu
cd "$(dirname "$0")/.."
exec python3 bench/bench.py "$@"
