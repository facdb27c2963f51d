# ezboard — build, run, test, benchmark, install.
#
#   make run      build (release) and open the dashboard on Data/
#   make test     build and run every test (unit, pictures, end-to-end in tmux)
#   make lint     swift format (strict) over Sources and Tests, and README's
#                 generated parts (key tables, screen captures) up to date
#   make docs     regenerate README's key tables and screen captures
#   make bench    the performance figures (release build)
#   make install  PREFIX=/usr/local: binary, sample data, man page, completions
#
# Each target installs the Debian packages it needs when they are missing.

PREFIX ?= /usr/local
SWIFT ?= $(shell command -v swift 2>/dev/null || echo /opt/swift/usr/bin/swift)
# A fully static executable starts in half the time of a dynamic one (no
# dynamic loader, no relocations of Swift's libraries) and uses ~4 MB less
# memory. Static linking needs the libraries after the objects, hence the
# explicit ncursesw and tinfo.
#
# Each function in its own section (Swift, C, C++), laid out by the linker
# (gold) in the order of scripts/startup.order: the code the dashboard runs
# up to its first frame sits together, so the kernel maps fewer 64 KB blocks
# of the binary (peak memory). The list comes from scripts/startup-order.py;
# a stale one only costs memory. Debug builds (tests) do not use it.
RELEASE := -c release -Xswiftc -static-executable \
	-Xswiftc -Xfrontend -Xswiftc -function-sections -Xcc -ffunction-sections -Xcxx -ffunction-sections \
	-Xlinker -lncursesw -Xlinker -ltinfo \
	-Xlinker "--section-ordering-file=$(CURDIR)/scripts/startup.order"
BIN := .build/release/ezboard
ARGS ?=

# Debian packages: ncursesw headers to build; tmux for the end-to-end tests;
# cmark-gfm (the reference CommonMark implementation) checks the Markdown.
BUILD_DEBS := libncurses-dev
TEST_DEBS := libncurses-dev tmux openssh-server openssh-client cmark-gfm
BENCH_DEBS := libncurses-dev python3-pip

.PHONY: run build test lint docs bench install deps-build deps-test deps-bench clean

run: build
	$(BIN) --data Data $(ARGS)

build: deps-build
	$(SWIFT) build $(RELEASE) --product ezboard

test: deps-test
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# swift format ships with the toolchain; .swift-format holds the style.
# README's key tables come from the binding tables (`ezboard docs keys`)
# and its screen captures from `ezboard snapshot`: both are checked against
# a debug build (scripts/docs.sh), and `make docs` rewrites them.
lint: deps-build
	$(SWIFT) format lint --strict --recursive --parallel Sources Tests Package.swift
	$(SWIFT) build --product ezboard
	scripts/docs.sh --check "$$($(SWIFT) build --show-bin-path)/ezboard"

docs: deps-build
	$(SWIFT) build --product ezboard
	scripts/docs.sh "$$($(SWIFT) build --show-bin-path)/ezboard"

bench: deps-bench
	$(SWIFT) build $(RELEASE)
	bench/run.sh

# PREFIX/bin/ezboard, PREFIX/share/ezboard/Data (the sample data, the default
# data folder), PREFIX/share/man/man1/ezboard.1 and bash/zsh/fish completions
# (both generated from the argument parser), PREFIX/share/doc/ezboard.
# DESTDIR=… stages the files for a package.
install: build
	SWIFT="$(SWIFT)" scripts/install.sh "$(PREFIX)" "$(BIN)"

deps-build:
	@scripts/need-debs.sh $(BUILD_DEBS)

deps-test:
	@scripts/need-debs.sh $(TEST_DEBS)

deps-bench:
	@scripts/need-debs.sh $(BENCH_DEBS)

clean:
	rm -rf .build .build-*
