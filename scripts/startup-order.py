#!/usr/bin/env python3
"""Writes scripts/startup.order: the code sections the dashboard runs from
`main` to its first frame on Data/, then those the first keys run, for the
linker to lay out together (`make build` / `make bench`: gold's
--section-ordering-file over per-function sections).

    make build && python3 scripts/startup-order.py [BINARY]
    rm .build/release/ezboard && make build    # relink with the new list

BINARY (default .build/release/ezboard; a copy without debug info, which
valgrind cannot read) runs under callgrind on a 120x40 pty
(bench/ptyprobe.py) with Data/; the profile is dumped at the first frame,
then bench's keys are pressed; then `check` and `brief` run on Data/. Every
function holding an instruction that ran (found by address: callgrind names
only some) is listed as its section `.text.SYMBOL`, the first frame's first,
then the keys', then the rest of `check`'s and `brief`'s, each group sorted
by name. The set matters, not the order: the kernel maps code in 64 KB
blocks around each fault, so what counts is that the code start-up runs
shares as few blocks as possible.

Regenerate after changing what start-up runs. A stale list only costs
memory, never correctness: the linker places every section either way; a
function left out, renamed or new just lands among the rest, and a line
naming no section is ignored. SwiftPM does not relink when only this list
changes (hence the rm above), and a warm .build/release made before
per-function sections keeps its old objects (the compiler skips code
generation when a file's code is unchanged): remove
.build/release/*.build/*.swift.o once.
"""
import bisect, glob, os, shutil, subprocess, sys, tempfile, time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(root, "bench"))
from ptyprobe import Pty  # noqa: E402

COMMANDS = ["check", "brief"]
RUNS = 3
KEYS = ["Down", "Down", "Tab", "Down", "Enter", "Escape", "?", "Escape"]


def symbols(binary):
    """(address, end, names) of each function symbol, sorted by address; a
    function ends where the next begins (code past a symbol's size, such as
    an outlined tail, is still in its section)."""
    nm = subprocess.run(["nm", "-n", "--defined-only", binary], capture_output=True, text=True,
                        check=True).stdout
    starts = {}
    for line in nm.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[1] in "tTwWi":
            starts.setdefault(int(parts[0], 16), []).append(parts[2])
    at = sorted(starts)
    return [(a, b, starts[a]) for a, b in zip(at, at[1:] + [at[-1] + 4096])]


def functions(path, table):
    """Names of the functions holding an instruction of one callgrind dump
    (by address: callgrind names only some of them)."""
    starts = [t[0] for t in table]
    names = set()
    for line in open(path, encoding="utf-8", errors="replace"):
        head = line.split(" ", 1)[0]
        if head.startswith("calls="):
            head = line.split()[1]
        if not head.startswith("0x"):
            continue
        at = int(head, 16)
        i = bisect.bisect_right(starts, at) - 1
        if i >= 0 and at < table[i][1]:
            names.update(table[i][2])
    return names


def main():
    binary = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, ".build/release/ezboard"))
    out = tempfile.mkdtemp(prefix="startup-order-")
    data = os.path.join(out, "Data")
    subprocess.run(["cp", "-r", os.path.join(root, "Data"), data], check=True)
    # valgrind cannot read the DWARF 5 the toolchain writes: profile a copy
    # without debug info (the symbols stay).
    stripped = os.path.join(out, "ezboard")
    subprocess.run(["strip", "--strip-debug", "-o", stripped, binary], check=True)
    prefix = os.path.join(out, "cg")
    out_file = "--callgrind-out-file="
    argv = ["/usr/bin/valgrind", "--tool=callgrind", "--demangle=no", "--compress-strings=no", "--compress-pos=no",
            "--dump-instr=yes",
            out_file, stripped, "--data", data]
    # Start-up runs on two threads, and what each runs varies a little
    # from run to run: take the union of a few runs.
    for run in range(RUNS):
        argv[argv.index(out_file)] = out_file = f"--callgrind-out-file={prefix}.{run}.%p"
        with Pty(argv, cols=120, rows=40, env={"XDG_CONFIG_HOME": "/nonexistent"}, unset=("NO_COLOR",)) as p:
            p.first_frame("Kim Thành", timeout=120)
            subprocess.run(["callgrind_control", "--dump=first-frame", str(p.pid)], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            for k in KEYS:
                p.key(k, timeout=30)
            os.write(p.master, b"q")
            for _ in range(600):
                if os.waitpid(p.pid, os.WNOHANG)[0] == p.pid:
                    break
                time.sleep(0.05)
    dumps = glob.glob(prefix + ".*")
    # The short commands people run beside the dashboard, after it.
    for command in COMMANDS:
        subprocess.run(["/usr/bin/valgrind", "--tool=callgrind", "--demangle=no", "--compress-strings=no",
                        "--compress-pos=no", "--dump-instr=yes", f"--callgrind-out-file={prefix}-{command}",
                        stripped, command, "--data", data],
                       env={**os.environ, "XDG_CONFIG_HOME": "/nonexistent"},
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    table = symbols(stripped)
    first = set()
    for d in dumps:
        if "first-frame" in open(d, errors="replace").read(4096):
            first |= functions(d, table)
    later = set()
    for d in dumps:
        later |= functions(d, table)
    later -= first
    commands = set()
    for command in COMMANDS:
        commands |= functions(f"{prefix}-{command}", table)
    commands -= first | later
    shutil.rmtree(out)
    if not first:
        sys.exit("no first-frame dump: is valgrind installed?")
    target = os.path.join(root, "scripts", "startup.order")
    with open(target, "w") as f:
        for name in sorted(first):
            f.write(f".text.{name}\n")
        # Code without a symbol: Swift's private helpers (object destroyers,
        # value witnesses; `.text..Lobjectdestroy.N` in each file, ~20 KB in
        # all) and C++ static constructors, all of which start-up may run.
        f.write(".text..L*\n.text.startup\n")
        for name in sorted(later) + sorted(commands):
            f.write(f".text.{name}\n")
    print(f"{target}: {len(first)} first-frame functions, {len(later)} more for the keys, "
          f"{len(commands)} more for {' and '.join(COMMANDS)}")


main()
