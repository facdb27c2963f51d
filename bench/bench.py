#!/usr/bin/env python3
"""ezboard benchmarks (make bench).

Load: a deterministic data set with a 1,000,000-row crossing log, timed
with `ezboard report --format json` (median of 5 runs, peak memory from
/usr/bin/time), against pandas.read_csv on the crossing file alone.
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


def main():
    os.makedirs(OUT, exist_ok=True)
    for exe in (EZBOARD, EZBENCH):
        if not os.path.exists(exe):
            sys.exit(f"bench: {exe} missing: run `make bench`, which builds it")
    results = {"machine": {"cpus": os.cpu_count(), "loadavg": os.getloadavg()}}
    bench_load(results)
    l = results["load"]
    print(f"load  {l['rows']:,} crossings ({l['file_mb']} MB): report --format json "
          f"{l['report_json_s']*1000:.0f} ms median of {RUNS} (goal < 350 ms), peak {l['peak_mb']} MB (goal < 250 MB)")
    if "pandas_read_csv_s" in l:
        print(f"      pandas.read_csv on the crossing file: {l['pandas_read_csv_s']*1000:.0f} ms; "
              f"ratio {l['ratio_to_pandas']:.2f} (goal <= 0.40)")
    with open(os.path.join(OUT, "results.json"), "w") as f:
        json.dump(results, f, indent=2)
    print(f"bench: figures in {os.path.relpath(os.path.join(OUT, 'results.json'), ROOT)}")


if __name__ == "__main__":
    main()
