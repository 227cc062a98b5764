"""Native benchmarks for ./build.sh bench: task scripts under `looplab run` against `python3` on
the same machine, best of several runs each, printed as ratios (CPython time / looplab time)."""
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOOPLAB = ROOT / "target" / "release" / "looplab"
CASES = [
    ("fib(25) recursive", "fib.py", []),
    ("100 000 sleep(0) switches, 100 tasks", "switches.py", []),
    ("gather of 10 000 tasks sleeping 0-10 ms", "gather10k.py", []),
    ("gather of 10 000 tasks, virtual time", "gather10k.py", ["--virtual-time"]),
]
REPEAT = 5


def best(cmd):
    times = []
    for _ in range(REPEAT):
        t0 = time.perf_counter()
        out = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
        times.append(time.perf_counter() - t0)
        if out.returncode != 0:
            sys.exit(f"{' '.join(map(str, cmd))} failed:\n{out.stderr}")
    return min(times), out.stdout


def main():
    rows = [("benchmark", "looplab", "python3", "ratio")]
    for name, script, flags in CASES:
        path = ROOT / "benches" / "py" / script
        ours, out_ours = best([str(LOOPLAB), "run", str(path), *flags])
        theirs, out_theirs = best([sys.executable, str(path)])
        if out_ours != out_theirs:
            sys.exit(f"{script}: output differs from CPython:\n{out_ours}\nvs\n{out_theirs}")
        rows.append((name, f"{ours * 1e3:.0f} ms", f"{theirs * 1e3:.0f} ms", f"{theirs / ours:.2f}x faster" if ours < theirs else f"{ours / theirs:.2f}x slower"))
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    for r in rows:
        print("  ".join(c.ljust(w) for c, w in zip(r, widths)))


if __name__ == "__main__":
    main()
