#!/usr/bin/env python3
"""ezboard benchmarks (make bench).

- load: a deterministic data set with a 1,000,000-row crossing log, timed
  with `ezboard report --format json` (median of 5 runs, peak memory from
  /usr/bin/time), against pandas.read_csv on the crossing file alone.
- tty: the dashboard in a pty of its own (bench/ptyprobe.py, over pyte):
  first frame, its bytes, peak memory, key latency, bytes of a one-row
  move, idle bytes and CPU. Beside the first frame, the probe's floor:
  the same probe, runs interleaved, on a program that only prints the
  text it waits for (/usr/bin/printf): what starting a process and
  reading a pty cost here, which no dashboard can go below.
- wakeups: voluntary context switches while idle for 10 s.
- live: an appended crossing on screen (ptyprobe), and the loop's own
  trace (EZBOARD_TRACE) for one changed monthly file and for 10,000 rows
  appended to the 1,000,000-row log.
- viewers: 50 dashboards at once, idle: CPU together, memory each.
- render: in-process render timings (ezbench render).
- assignments: 5,000 assignments and 50,000 progress reports (ezbench
  generate-assignments, made afresh each run; the bench stops unless
  `ezboard check` finds it clean, 0 errors and 0 warnings, as for the
  projects set): the all-assignments screen's frame and keys in process
  (ezbench assignments), and `ezboard brief` timed whole on it (median of
  5 runs, each of which must exit 0), with its page faults and system time.
- asof: one step of the as-of date (`<`/`>`: every figure computed again,
  the frame drawn) on the sample data and with the 1,000,000-row log
  (ezbench asof).
- problems: many problems. `check` on 1,000,000 rows with 5 errors each
  (time, peak memory); a dashboard on 2,000,000 rows that all name an
  unknown gate: memory once loaded, the time `e` takes to open the list,
  CPU per key on the overview.
- update: 1,000 `ezboard update` calls one after another on a copy of the
  sample data (each a whole process: load the assignments, check, lock,
  append, fsync), median and p99; and the time from Enter on the form's
  Save in one dashboard to the report on another dashboard's screen
  (both on pseudo-terminals of the bench's own, ptyprobe), over 10 saves.
- storm: 50 dashboards on a 2,000,000-row log; gates.csv rewritten as it
  was (a touch), then with one gate more: CPU the reload costs them
  together, and memory each afterwards.
- projects: 10,000 projects with 100,000 events and 50,000 procedure rows
  (ezbench projects): loading and summarising the folder, in process
  (median of 7), and the projects screen answering a key (ezbench
  project-keys).

EZBOARD_BIN=path runs another ezboard binary (a before/after comparison).
"""
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "bench", "out")
REL = os.path.join(ROOT, ".build", "release")
EZBOARD = os.environ.get("EZBOARD_BIN") or os.path.join(REL, "ezboard")
EZBENCH = os.path.join(REL, "ezbench")
RUNS = 5


def run_timed(cmd, ok=(0, 1)):
    """Wall time (s) and peak RSS (KiB) of one run of cmd, which must end
    with an exit status in ok."""
    t0 = time.perf_counter()
    p = subprocess.run(["/usr/bin/time", "-f", "%M"] + cmd, stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - t0
    if p.returncode not in ok:
        sys.exit(f"bench: {' '.join(cmd)} failed: {p.stderr}")
    peak = int(p.stderr.strip().splitlines()[-1])
    return wall, peak


def ensure_pandas():
    try:
        import pandas  # noqa: F401
        return True
    except ImportError:
        print("bench: installing pandas from PyPI for the comparison ...", flush=True)
        r = subprocess.run([sys.executable, "-m", "pip", "install", "-q", "pandas"],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return r.returncode == 0


def bench_load(results):
    data = os.path.join(OUT, "crossings-1m")
    log = os.path.join(data, "crossings", "log.csv")
    if not os.path.exists(log):
        subprocess.run([EZBENCH, "generate", data, "--rows", "1000000"], check=True)
    size_mb = os.path.getsize(log) / 1e6
    cmd = [EZBOARD, "report", "--format", "json", "--data", data]
    run_timed(cmd)  # warm the page cache
    runs = [run_timed(cmd) for _ in range(RUNS)]
    wall = statistics.median(r[0] for r in runs)
    peak = max(r[1] for r in runs)
    report = json.loads(subprocess.run(cmd, capture_output=True, text=True).stdout)
    results["load"] = {"rows": 1_000_000, "file_mb": round(size_mb, 1),
                       "report_json_s": round(wall, 3), "runs_s": [round(r[0], 3) for r in runs],
                       "peak_mb": round(peak / 1024, 1),
                       "vehicles_on_as_of": report["crossings"]["vehicles"]}
    if ensure_pandas():
        code = ("import pandas,sys,time;t=time.perf_counter();pandas.read_csv(sys.argv[1]);"
                "print(time.perf_counter()-t)")
        times = [float(subprocess.run([sys.executable, "-c", code, log], capture_output=True,
                                      text=True, check=True).stdout) for _ in range(3)]
        pd = statistics.median(times)
        results["load"]["pandas_read_csv_s"] = round(pd, 3)
        results["load"]["ratio_to_pandas"] = round(wall / pd, 3)


def ensure_pyte():
    try:
        import pyte  # noqa: F401
        return True
    except ImportError:
        print("bench: installing pyte from PyPI for the pty measurements ...", flush=True)
        return subprocess.run([sys.executable, "-m", "pip", "install", "-q", "pyte"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode == 0


def sample_copy(name):
    """A fresh copy of Data/ (live tests change it)."""
    dst = os.path.join(OUT, name)
    shutil.rmtree(dst, ignore_errors=True)
    shutil.copytree(os.path.join(ROOT, "Data"), dst)
    return dst


# The dashboard as a person starts it: no config file, colours on.
TTY_ENV = {"XDG_CONFIG_HOME": "/nonexistent"}
TTY_UNSET = ("NO_COLOR",)


def bench_tty(results):
    from ptyprobe import Pty
    data = sample_copy("sample-tty")
    cmd = [EZBOARD, "--data", data]
    frames = []
    floors = []
    floor_cmd = [shutil.which("printf") or "/usr/bin/printf", "Kim Thành"]
    for run in range(1 + RUNS):  # the first warms the page cache
        with Pty(cmd, env=TTY_ENV, unset=TTY_UNSET) as p:
            f = p.first_frame("Kim Thành")
            f["peak_kb"] = p.peak_rss_kb()
        with Pty(floor_cmd, env=TTY_ENV, unset=TTY_UNSET) as p:
            floor = p.first_frame("Kim Thành")["ms"]
        if run > 0:
            frames.append(f)
            floors.append(floor)
    with Pty(cmd, env=TTY_ENV, unset=TTY_UNSET) as p:
        p.first_frame("Kim Thành")
        steps = [p.key(k) for k in ["Down", "Down", "Tab", "Down", "Enter", "Escape", "?", "Escape"]]
    latencies = [s["latency_ms"] for s in steps if s["latency_ms"] is not None]
    with Pty(cmd, env=TTY_ENV, unset=TTY_UNSET) as p:
        p.first_frame("Kim Thành")
        idle = p.idle(10)
    results["tty"] = {
        "first_frame_ms": statistics.median(f["ms"] for f in frames),
        "first_frame_runs_ms": [f["ms"] for f in frames],
        "probe_floor_ms": statistics.median(floors),
        "first_frame_bytes": statistics.median(f["burst_bytes"] for f in frames),
        "peak_rss_mb": round(statistics.median(f["peak_kb"] for f in frames) / 1024, 1),
        "key_latency_ms": latencies, "key_latency_max_ms": max(latencies) if latencies else None,
        "one_row_move_bytes": steps[0]["bytes"],
        "idle_bytes": idle["bytes"], "idle_cpu_pct": idle["cpu_pct"]}


def spawn_in_pty(cmd, cols=120, rows=40, env=None):
    """Starts cmd on a new pty; returns (pid, master fd). Output is drained
    by a thread so the program never blocks on a full pty."""
    import fcntl, pty, struct, termios, threading
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        e = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8", LC_ALL="C.UTF-8", XDG_CONFIG_HOME="/nonexistent")
        e.pop("NO_COLOR", None)
        e.update(env or {})
        os.execve(cmd[0], cmd, e)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    got = bytearray()

    def drain():
        while True:
            try:
                b = os.read(fd, 65536)
            except OSError:
                return
            if not b:
                return
            got.extend(b)
    threading.Thread(target=drain, daemon=True).start()
    return pid, fd, got


def proc_status(pid):
    out = {}
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            k, _, v = line.partition(":")
            out[k] = v.strip()
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    out["cpu_ticks"] = int(fields[11]) + int(fields[12])
    return out


def stop(pid, fd):
    import signal
    try:
        os.kill(pid, signal.SIGTERM)
        os.waitpid(pid, 0)
    except OSError:
        pass
    os.close(fd)


def wait_output(got, n=3000, timeout=10):
    deadline = time.time() + timeout
    while len(got) < n and time.time() < deadline:
        time.sleep(0.05)


def bench_wakeups(results):
    data = sample_copy("sample-idle")
    pid, fd, got = spawn_in_pty([EZBOARD, "--data", data])
    wait_output(got)
    time.sleep(1)
    a = proc_status(pid)
    bytes_before = len(got)
    time.sleep(10)
    b = proc_status(pid)
    results["wakeups"] = {"seconds": 10,
                          "voluntary_ctxt_switches": int(b["voluntary_ctxt_switches"]) - int(a["voluntary_ctxt_switches"]),
                          "cpu_ticks": b["cpu_ticks"] - a["cpu_ticks"], "bytes": len(got) - bytes_before}
    stop(pid, fd)


def trace_lines(path, after=0):
    try:
        with open(path) as f:
            return f.read().splitlines()[after:]
    except FileNotFoundError:
        return []


def traced_change(data, change, expect_rows=None, timeout=10):
    """Runs the dashboard on data with a trace, applies change(), returns
    the trace line of the reload it caused."""
    trace = os.path.join(OUT, "trace.txt")
    if os.path.exists(trace):
        os.unlink(trace)
    pid, fd, got = spawn_in_pty([EZBOARD, "--data", data], env={"EZBOARD_TRACE": trace})
    wait_output(got)
    time.sleep(1.5)
    seen = len(trace_lines(trace))
    change()
    deadline = time.time() + timeout
    line = None
    while time.time() < deadline and line is None:
        for l in trace_lines(trace, seen):
            if not l.startswith("reload_ms=-") and (expect_rows is None or f"rows={expect_rows}" in l):
                line = l
        time.sleep(0.02)
    stop(pid, fd)
    if line is None:
        return None
    return {k: float(v) if v not in ("-",) else None for k, v in (p.split("=") for p in line.split())}


def bench_live(results):
    live = {}
    # An appended crossing, on screen: from the write to the new count.
    from ptyprobe import Pty
    data = sample_copy("sample-live")
    log = os.path.join(data, "crossings", "2024-03-31.csv")
    row = "2024-03-31T12:00:00,KIMTHANH,export,24C-999.99,Chuối,10,1000\n"

    def append_row():
        with open(log, "a") as f:
            f.write(row)
    with Pty([EZBOARD, "--data", data], env=TTY_ENV) as p:
        p.first_frame("Kim Thành")
        step = p.step(append_row, expect=r"264 \(")
    live["appended_crossing_on_screen_ms"] = step["latency_ms"]
    # One changed monthly file: reload + redraw, from the loop's trace.
    data = sample_copy("sample-monthly")
    trade = os.path.join(data, "trade_monthly.csv")

    def touch_trade():
        with open(trade, "a") as f:
            f.write("\n")
    t = traced_change(data, touch_trade)
    if t:
        live["monthly_reload_ms"] = t["reload_ms"]
        live["monthly_draw_ms"] = t["draw_ms"]
    # 10,000 rows appended to the 1,000,000-row log (made by the load part).
    big = os.path.join(OUT, "crossings-1m")
    if not os.path.exists(big):
        results["live"] = live
        return
    bigcopy = os.path.join(OUT, "crossings-1m-live")
    shutil.rmtree(bigcopy, ignore_errors=True)
    shutil.copytree(big, bigcopy)
    extra = subprocess.run([EZBENCH, "rows", "10000"], capture_output=True, text=True, check=True).stdout

    def append_rows():
        with open(os.path.join(bigcopy, "crossings", "log.csv"), "a") as f:
            f.write(extra)
    t = traced_change(bigcopy, append_rows, expect_rows=1_010_000, timeout=30)
    if t:
        live["append_10k_to_1m_reload_ms"] = t["reload_ms"]
        live["append_10k_to_1m_draw_ms"] = t["draw_ms"]
    shutil.rmtree(bigcopy, ignore_errors=True)
    results["live"] = live


def bench_update(results, n=1000):
    data = sample_copy("sample-update")
    times = []
    for i in range(n):
        cmd = [EZBOARD, "update", "QH02", "--progress", str(i % 101), "--note", f"bench {i}, \"quoted\"",
               "--on", "2024-04-02", "--data", data]
        t0 = time.perf_counter()
        p = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                           env=dict(os.environ, XDG_CONFIG_HOME="/nonexistent"))
        times.append((time.perf_counter() - t0) * 1000)
        if p.returncode != 0:
            sys.exit(f"bench: ezboard update failed: {p.stderr}")
    times.sort()
    check = subprocess.run([EZBOARD, "check", "--data", data], capture_output=True, text=True).stdout.splitlines()[-1]
    out = {"calls": n, "median_ms": round(statistics.median(times), 2),
           "p99_ms": round(times[int(n * 0.99) - 1], 2), "max_ms": round(times[-1], 2), "check": check}
    # Save in one dashboard -> on the other's screen.
    from ptyprobe import Pty
    data = sample_copy("sample-form")
    today = time.strftime("%Y-%m-%d", time.gmtime(time.time() + 7 * 3600))
    argv = [EZBOARD, "--data", data, "--screen", "tasks/SXD/QH02", "--as-of", today]
    seen = []
    with Pty(argv, env=TTY_ENV) as a, Pty(argv, env=TTY_ENV) as b:
        a.first_frame("QH02")
        b.first_frame("QH02")
        for i in range(10):
            a.key("u")
            for k in ["Tab", "Tab"] + list(f"saved-{i}") + ["Tab"]:
                a.key(k, quiet=0.02)
            step = b.step(lambda: os.write(a.master, b"\r"), expect=f"saved-{i}")
            seen.append(step["latency_ms"])
            a.settle(0.05)
    out["save_to_other_screen_ms"] = seen
    out["save_to_other_screen_median_ms"] = statistics.median(x for x in seen if x is not None) if any(seen) else None
    results["update"] = out


def bench_viewers(results, n=50):
    data = sample_copy("sample-viewers")
    procs = [spawn_in_pty([EZBOARD, "--data", data]) for _ in range(n)]
    for _, _, got in procs:
        wait_output(got, timeout=30)
    time.sleep(2)
    a = [proc_status(pid) for pid, _, _ in procs]
    time.sleep(10)
    b = [proc_status(pid) for pid, _, _ in procs]
    ticks = sum(y["cpu_ticks"] - x["cpu_ticks"] for x, y in zip(a, b))
    hz = os.sysconf("SC_CLK_TCK")
    rss = [int(y["VmHWM"].split()[0]) for y in b]
    results["viewers"] = {"n": n, "idle_s": 10, "cpu_pct_total": round(ticks / hz / 10 * 100, 3),
                          "peak_rss_mb_max": round(max(rss) / 1024, 1),
                          "peak_rss_mb_mean": round(sum(rss) / len(rss) / 1024, 1)}
    for pid, fd, _ in procs:
        stop(pid, fd)


def generated(name, rows, damage=None):
    """A generated data set under bench/out (made once)."""
    data = os.path.join(OUT, name)
    if not os.path.exists(os.path.join(data, "crossings", "log.csv")):
        subprocess.run([EZBENCH, "generate", data, "--rows", str(rows)] + (["--damage", damage] if damage else []),
                       check=True, stdout=subprocess.DEVNULL)
    return data


def cpu_ns(pid):
    """CPU time of a process so far, in ns (/proc/PID/schedstat)."""
    with open(f"/proc/{pid}/schedstat") as f:
        return int(f.read().split()[0])


def rss_kb(pid, key="VmRSS"):
    return int(proc_status(pid)[key].split()[0])


def bench_problems(results):
    from ptyprobe import Pty
    out = {}
    five = generated("crossings-1m-five-errors", 1_000_000, "five")
    wall, peak = run_timed([EZBOARD, "check", "--data", five])
    out["check_1m_rows_5_errors_s"] = round(wall, 2)
    out["check_1m_rows_5_errors_peak_mb"] = round(peak / 1024, 1)
    bad = generated("crossings-2m-unknown-gate", 2_000_000, "gate")
    with Pty([EZBOARD, "--data", bad], env=TTY_ENV, unset=TTY_UNSET) as p:
        f = p.first_frame("Kim Thành", timeout=120)
        out["dashboard_2m_bad_rows_first_frame_ms"] = f["ms"]
        p.settle(0.5)
        out["dashboard_2m_bad_rows_rss_mb"] = round(rss_kb(p.pid) / 1024, 1)
        out["open_problems_e_ms"] = p.key("e", timeout=60)["latency_ms"]
        p.key("Escape")
        keys = 40
        c0 = cpu_ns(p.pid)
        for _ in range(keys // 2):
            p.key("Down")
            p.key("Up")
        out["cpu_per_key_ms"] = round((cpu_ns(p.pid) - c0) / keys / 1e6, 2)
        out["dashboard_2m_bad_rows_peak_mb"] = round(p.peak_rss_kb() / 1024, 1)
    results["problems"] = out


def bench_storm(results, n=50):
    data = generated("crossings-2m", 2_000_000)
    gates = os.path.join(data, "gates.csv")
    with open(gates, "rb") as f:
        original = f.read()
    procs = [spawn_in_pty([EZBOARD, "--data", data]) for _ in range(n)]
    try:
        for _, _, got in procs:
            wait_output(got, timeout=180)

        def settle():
            # Until the dashboards together use under 1 % of a core.
            last = sum(cpu_ns(pid) for pid, _, _ in procs)
            for _ in range(240):
                time.sleep(0.5)
                now = sum(cpu_ns(pid) for pid, _, _ in procs)
                if now - last < 5e6:
                    return
                last = now
        settle()
        before = [rss_kb(pid) for pid, _, _ in procs]

        def measure(change):
            c0 = sum(cpu_ns(pid) for pid, _, _ in procs)
            change()
            time.sleep(1)
            settle()
            rss = [rss_kb(pid) for pid, _, _ in procs]
            return {"cpu_s_together": round((sum(cpu_ns(pid) for pid, _, _ in procs) - c0) / 1e9, 2),
                    "rss_mb_max": round(max(rss) / 1024, 1), "rss_mb_mean": round(sum(rss) / len(rss) / 1024, 1)}

        def touch():
            with open(gates, "wb") as f:
                f.write(original)

        def new_gate():
            with open(gates, "ab") as f:
                f.write(b"BENCHGATE,Cua khau thu,,main,Bat Xat,,open\n")
        storm = {"n": n, "rows": 2_000_000, "rss_mb_before_max": round(max(before) / 1024, 1),
                 "rss_mb_before_mean": round(sum(before) / len(before) / 1024, 1),
                 "touch": measure(touch), "new_gate": measure(new_gate)}
    finally:
        with open(gates, "wb") as f:
            f.write(original)
        for pid, fd, _ in procs:
            stop(pid, fd)
    results["storm"] = storm


def bench_render(results):
    out = subprocess.run([EZBENCH, "render", "--iterations", "300"], capture_output=True, text=True, check=True).stdout
    results["render_ms"] = json.loads(out.strip().splitlines()[-1])


def bench_projects(results):
    data = os.path.join(OUT, "projects-10k")
    # Made afresh each time (a few seconds): it copies the sample's other
    # files, and a folder left from an older sample would time its problems.
    shutil.rmtree(data, ignore_errors=True)
    subprocess.run([EZBENCH, "projects", data, "--projects", "10000"], check=True)
    check = check_clean(data)
    out = subprocess.run([EZBENCH, "project-keys", data, "--runs", "7"], capture_output=True, text=True,
                         check=True).stdout
    results["projects"] = dict(json.loads(out.strip().splitlines()[-1]), projects=10_000, events=100_000,
                               procedure_rows=50_000, check=check)


def check_clean(data):
    """`ezboard check`'s last line on a generated set; the bench stops when
    the set has any error or warning: a command that refuses the data, or
    reports on problems, would be timed instead of the real work."""
    check = subprocess.run([EZBOARD, "check", "--data", data], capture_output=True, text=True)
    line = (check.stdout.strip().splitlines() or [""])[-1]
    if check.returncode != 0 or not line.endswith(": 0 errors, 0 warnings"):
        sys.exit(f"bench: the generated set {data} does not check clean (exit {check.returncode}):\n"
                 f"{check.stdout[-3000:]}{check.stderr[-2000:]}")
    return line


def bench_assignments(results):
    data = os.path.join(OUT, "assignments-5k")
    # Made afresh each time (under a second), like projects-10k: a folder
    # left by an older generator or sample would time other data.
    shutil.rmtree(data, ignore_errors=True)
    subprocess.run([EZBENCH, "generate-assignments", data, "--tasks", "5000", "--reports", "50000"], check=True)
    check = check_clean(data)
    out = subprocess.run([EZBENCH, "assignments", data, "--iterations", "300"], capture_output=True, text=True,
                         check=True).stdout
    a = json.loads(out.strip().splitlines()[-1])
    a["check"] = check
    for fmt in ("markdown", "json"):
        cmd = [EZBOARD, "brief", "--data", data, "--format", fmt]
        run_timed(cmd, ok=(0,))  # warm the page cache
        runs = [run_timed(cmd, ok=(0,)) for _ in range(RUNS)]
        a[f"brief {fmt} command_ms"] = round(statistics.median(r[0] for r in runs) * 1000, 1)
        a[f"brief {fmt} runs_ms"] = [round(r[0] * 1000, 1) for r in runs]
        # Page faults and system time of one more run: what the one-shot
        # heap (EzboardCLI/OneShotHeap.swift) is for.
        child = subprocess.Popen(cmd, stdout=subprocess.DEVNULL)
        _, status, usage = os.wait4(child.pid, 0)
        if status != 0:
            sys.exit(f"bench: {' '.join(cmd)} failed ({status})")
        a[f"brief {fmt} page_faults"] = usage.ru_minflt + usage.ru_majflt
        a[f"brief {fmt} system_ms"] = round(usage.ru_stime * 1000, 1)
    cmd = [EZBOARD, "report", "--assignments", "--format", "csv", "--data", data]
    run_timed(cmd)
    a["report --assignments csv command_ms"] = round(statistics.median(run_timed(cmd)[0] for _ in range(RUNS)) * 1000, 1)
    results["assignments"] = a


def bench_asof(results):
    def step(args):
        out = subprocess.run([EZBENCH, "asof"] + args + ["--iterations", "40"], capture_output=True, text=True,
                             check=True).stdout
        return json.loads(out.strip().splitlines()[-1])
    asof = {"sample": step([])}
    big = os.path.join(OUT, "crossings-1m")
    if not os.path.exists(os.path.join(big, "crossings", "log.csv")):
        subprocess.run([EZBENCH, "generate", big, "--rows", "1000000"], check=True)
    asof["1m"] = step([big])
    results["asof"] = asof


def main():
    os.makedirs(OUT, exist_ok=True)
    for exe in (EZBOARD, EZBENCH):
        if not os.path.exists(exe):
            sys.exit(f"bench: {exe} missing: run `make bench`, which builds it")
    # `bench/run.sh --only tty,live` runs some parts (default: all).
    only = set(sys.argv[sys.argv.index("--only") + 1].split(",")) if "--only" in sys.argv else None
    wanted = lambda part: only is None or part in only
    results = {"machine": {"cpus": os.cpu_count(), "loadavg_before": os.getloadavg()}}
    if wanted("load"):
        bench_load(results)
    if wanted("render"):
        bench_render(results)
    if wanted("projects"):
        bench_projects(results)
    if wanted("assignments"):
        bench_assignments(results)
    if wanted("asof"):
        bench_asof(results)
    if (wanted("tty") or wanted("live") or wanted("problems") or wanted("update")) and not ensure_pyte():
        sys.exit("bench: pyte (PyPI) is needed for the pty measurements and could not be installed")
    if wanted("tty"):
        bench_tty(results)
    if wanted("live"):
        bench_live(results)
    if wanted("wakeups"):
        bench_wakeups(results)
    if wanted("update"):
        bench_update(results)
    if wanted("viewers"):
        bench_viewers(results)
    if wanted("problems"):
        bench_problems(results)
    if wanted("storm"):
        bench_storm(results)
    results["machine"]["loadavg_after"] = os.getloadavg()
    if "load" in results:
        l = results["load"]
        print(f"load  {l['rows']:,} crossings ({l['file_mb']} MB): report --format json "
              f"{l['report_json_s']*1000:.0f} ms median of {RUNS} (goal < 350 ms), peak {l['peak_mb']} MB (goal < 250 MB)")
        if "pandas_read_csv_s" in l:
            print(f"      pandas.read_csv on the crossing file: {l['pandas_read_csv_s']*1000:.0f} ms; "
                  f"ratio {l['ratio_to_pandas']:.2f} (goal <= 0.40)")
    if "render_ms" in results:
        rm = results["render_ms"]
        print(f"render  300x100 overview {rm.get('render overview 300x100')} ms (goal <= 1 ms); "
              f"120x40 overview {rm.get('render overview 120x40')} ms; key+render {rm.get('key down + render 120x40')} ms")
    if "projects" in results:
        p = results["projects"]
        print(f"projects 10,000 with 100,000 events and 50,000 procedure rows ({p['check']}): load + summary "
              f"{p['load_and_summary_ms']} ms (goal <= 150 ms; load {p['load_ms']}, summary {p['summary_ms']}; "
              f"CPU {p['cpu_ms']} ms; on one core {p['one_core_ms']} ms); "
              f"projects screen key: down {p['key_down_ms']} ms, filter letter {p['key_filter_ms']} ms, "
              f"sort {p['key_sort_ms']} ms, zone {p['key_zone_ms']} ms (goal <= 2 ms)")
    if "assignments" in results:
        a = results["assignments"]
        print(f"assign  5,000 assignments, 50,000 reports ({a['check']}): frame {a.get('render assignments 120x40')} ms "
              f"(goal <= 2 ms), key down + frame {a.get('key down + render')} ms (goal <= 2 ms), "
              f"regroup {a.get('key v (regroup) + render')} ms, filter letter {a.get('filter letter + render')} ms")
        print(f"        brief: whole command {a['brief markdown command_ms']} ms Markdown, {a['brief json command_ms']} ms "
              f"JSON (goal <= 100 ms); in process, after the read: {a.get('brief (figures + markdown), in process')} ms "
              f"Markdown, {a.get('brief (figures + json), in process')} ms JSON; "
              f"report --assignments csv {a['report --assignments csv command_ms']} ms")
        print(f"        brief's page faults {a['brief markdown page_faults']} Markdown, {a['brief json page_faults']} JSON; "
              f"system time {a['brief markdown system_ms']} ms, {a['brief json system_ms']} ms")
    if "asof" in results:
        a = results["asof"]
        print(f"as-of   one step (< or >, summary + frame) on the sample data: overview {a['sample']['step overview']} ms, "
              f"gate {a['sample']['step gate']} ms (goal <= 20 ms); with {a['1m']['crossings']:,} crossings: overview "
              f"{a['1m']['step overview']} ms, gate {a['1m']['step gate']} ms (goal <= 60 ms)")
    if "tty" in results:
        t = results["tty"]
        print(f"tty     first frame {t['first_frame_ms']} ms (goal <= 20 ms; the probe's floor here, printf in the "
              f"same pty: {t['probe_floor_ms']} ms), {t['first_frame_bytes']} B (goal <= 12 KB), "
              f"peak {t['peak_rss_mb']} MB (goal <= 20 MB)")
        print(f"        keys answered in {t['key_latency_ms']} ms (goal <= 2 ms); one-row move {t['one_row_move_bytes']} B "
              f"(bound 240 B: the selected row's sparklines are highlighted too); idle {t['idle_bytes']} B, {t['idle_cpu_pct']} % CPU")
    if "wakeups" in results:
        w = results["wakeups"]
        print(f"idle    10 s: {w['voluntary_ctxt_switches']} wake-ups (goal <= 5), {w['bytes']} B written, "
              f"{w['cpu_ticks']} CPU ticks")
    if "live" in results:
        v = results["live"]
        big = (f"reload {v.get('append_10k_to_1m_reload_ms')} + draw {v.get('append_10k_to_1m_draw_ms')} ms (goal <= 20 ms)"
               if "append_10k_to_1m_reload_ms" in v else "not measured (needs the load part's 1M-row log)")
        print(f"live    appended crossing on screen {v.get('appended_crossing_on_screen_ms')} ms (goal <= 250 ms); "
              f"monthly file reload {v.get('monthly_reload_ms')} + draw {v.get('monthly_draw_ms')} ms (goal <= 20 ms); "
              f"10k rows into 1M: {big}")
    if "update" in results:
        v = results["update"]
        print(f"update  {v['calls']} ezboard update one after another: median {v['median_ms']} ms, p99 {v['p99_ms']} ms "
              f"(goal <= 10 ms each, fsync included), max {v['max_ms']} ms; then {v['check']}")
        print(f"        form saved -> on another dashboard's screen: median {v['save_to_other_screen_median_ms']} ms "
              f"(goal <= 250 ms), each {v['save_to_other_screen_ms']}")
    if "viewers" in results:
        v = results["viewers"]
        print(f"viewers {v['n']} dashboards idle: {v['cpu_pct_total']} % CPU together (goal < 1 %), "
              f"peak {v['peak_rss_mb_max']} MB each at most (goal < 20 MB)")
    if "problems" in results:
        v = results["problems"]
        print(f"problems check on 1M rows x 5 errors {v['check_1m_rows_5_errors_s']} s, peak "
              f"{v['check_1m_rows_5_errors_peak_mb']} MB (goal < 250 MB); dashboard on 2M rows with an unknown gate: "
              f"{v['dashboard_2m_bad_rows_rss_mb']} MB loaded, e opens in {v['open_problems_e_ms']} ms, "
              f"{v['cpu_per_key_ms']} ms CPU per key")
    if "storm" in results:
        v = results["storm"]
        print(f"storm   {v['n']} dashboards on a 2M-row log ({v['rss_mb_before_mean']} MB each): gates.csv touched: "
              f"{v['touch']['cpu_s_together']} CPU-s together, {v['touch']['rss_mb_max']} MB each at most after; "
              f"a gate added: {v['new_gate']['cpu_s_together']} CPU-s, {v['new_gate']['rss_mb_max']} MB at most after")
    print(f"machine load {results['machine']['loadavg_before']} -> {results['machine']['loadavg_after']}")
    with open(os.path.join(OUT, "results.json"), "w") as f:
        json.dump(results, f, indent=2)
    print(f"bench: figures in {os.path.relpath(os.path.join(OUT, 'results.json'), ROOT)}")


if __name__ == "__main__":
    main()
