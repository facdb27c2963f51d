#!/usr/bin/env python3
"""ezboard benchmarks (make bench).

- load: a deterministic data set with a 1,000,000-row crossing log, timed
  with `ezboard report --format json` (median of 5 runs, peak memory from
  /usr/bin/time), against pandas.read_csv on the crossing file alone.
- tty: the dashboard in a pty of its own (bench/ptyprobe.py, over pyte):
  first frame, its bytes, peak memory, key latency, bytes of a one-row
  move, idle bytes and CPU.
- wakeups: voluntary context switches while idle for 10 s.
- live: an appended crossing on screen (ptyprobe), and the loop's own
  trace (EZBOARD_TRACE) for one changed monthly file and for 10,000 rows
  appended to the 1,000,000-row log.
- viewers: 50 dashboards at once, idle: CPU together, memory each.
- render: in-process render timings (ezbench render).
- projects: 10,000 projects with 100,000 events and 50,000 procedure rows
  (ezbench projects): loading and summarising the folder, in process
  (median of 7), and the projects screen answering a key (ezbench
  project-keys).
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
EZBOARD = os.path.join(REL, "ezboard")
EZBENCH = os.path.join(REL, "ezbench")
RUNS = 5


def run_timed(cmd):
    """Wall time (s) and peak RSS (KiB) of one run of cmd."""
    t0 = time.perf_counter()
    p = subprocess.run(["/usr/bin/time", "-f", "%M"] + cmd, stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - t0
    if p.returncode not in (0, 1):
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
    for run in range(1 + RUNS):  # the first warms the page cache
        with Pty(cmd, env=TTY_ENV, unset=TTY_UNSET) as p:
            f = p.first_frame("Kim Thành")
            f["peak_kb"] = p.peak_rss_kb()
        if run > 0:
            frames.append(f)
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


def bench_render(results):
    out = subprocess.run([EZBENCH, "render", "--iterations", "300"], capture_output=True, text=True, check=True).stdout
    results["render_ms"] = json.loads(out.strip().splitlines()[-1])


def bench_projects(results):
    data = os.path.join(OUT, "projects-10k")
    if not os.path.exists(os.path.join(data, "project_events.csv")):
        subprocess.run([EZBENCH, "projects", data, "--projects", "10000"], check=True)
    out = subprocess.run([EZBENCH, "project-keys", data, "--runs", "7"], capture_output=True, text=True,
                         check=True).stdout
    results["projects"] = dict(json.loads(out.strip().splitlines()[-1]), projects=10_000, events=100_000,
                               procedure_rows=50_000)


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
    if (wanted("tty") or wanted("live")) and not ensure_pyte():
        sys.exit("bench: pyte (PyPI) is needed for the pty measurements and could not be installed")
    if wanted("tty"):
        bench_tty(results)
    if wanted("live"):
        bench_live(results)
    if wanted("wakeups"):
        bench_wakeups(results)
    if wanted("viewers"):
        bench_viewers(results)
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
        print(f"projects 10,000 with 100,000 events and 50,000 procedure rows: load + summary "
              f"{p['load_and_summary_ms']} ms (goal <= 150 ms; load {p['load_ms']}, summary {p['summary_ms']}; "
              f"CPU {p['cpu_ms']} ms; on one core {p['one_core_ms']} ms); "
              f"projects screen key: down {p['key_down_ms']} ms, filter letter {p['key_filter_ms']} ms, "
              f"sort {p['key_sort_ms']} ms, zone {p['key_zone_ms']} ms (goal <= 2 ms)")
    if "tty" in results:
        t = results["tty"]
        print(f"tty     first frame {t['first_frame_ms']} ms (goal <= 20 ms), {t['first_frame_bytes']} B (goal <= 12 KB), "
              f"peak {t['peak_rss_mb']} MB (goal <= 20 MB)")
        print(f"        keys answered in {t['key_latency_ms']} ms (goal <= 2 ms); one-row move {t['one_row_move_bytes']} B "
              f"(goal <= 200 B); idle {t['idle_bytes']} B, {t['idle_cpu_pct']} % CPU")
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
    if "viewers" in results:
        v = results["viewers"]
        print(f"viewers {v['n']} dashboards idle: {v['cpu_pct_total']} % CPU together (goal < 1 %), "
              f"peak {v['peak_rss_mb_max']} MB each at most (goal < 20 MB)")
    print(f"machine load {results['machine']['loadavg_before']} -> {results['machine']['loadavg_after']}")
    with open(os.path.join(OUT, "results.json"), "w") as f:
        json.dump(results, f, indent=2)
    print(f"bench: figures in {os.path.relpath(os.path.join(OUT, 'results.json'), ROOT)}")


if __name__ == "__main__":
    main()
