#!/usr/bin/env python3
"""Regenerate or check the expected outputs of the conformance corpus with CPython 3.11.

    python3 tests/py/regen.py                 # rewrite .stdout/.stderr/.exitcode of every script
    python3 tests/py/regen.py NAME ...        # only these scripts (name with or without .py)
    python3 tests/py/regen.py --check [NAME]  # exit 1 listing scripts whose checked-in output is stale
    options: -j N (parallel runs, default 2), --diff (show a diff of stale outputs),
             --allow-other-version

Each script runs as `python3 tests/py/<name>.py` from the repository root. CPython makes the path of
the main script absolute, so the absolute repository root is stripped from stdout and stderr: expected
files show `tests/py/<name>.py`; frames of CPython's own library (asyncio) show `<stdlib>/asyncio/...`. Scripts listed in LOOPLAB_ONLY are never run (their expected output is
hand-written); --check only verifies that their .stdout exists.
"""
import difflib
import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
AREAS = ("lang", "func", "class", "exc", "num", "str", "coll", "gen", "async", "asyncio", "mod", "err")
SCRIPT_RE = re.compile(r"^(%s)_[a-z0-9_]+\.py$" % "|".join(AREAS))
TIMEOUT = 60


def scripts():
    return sorted(p.name for p in HERE.iterdir() if SCRIPT_RE.match(p.name))


def looplab_only():
    names = {}
    path = HERE / "LOOPLAB_ONLY"
    if path.exists():
        for line in path.read_text().splitlines():
            name, _, reason = line.partition("#")
            name = name.strip()
            if name:
                names[name] = reason.strip()
    return names


STDLIB = os.path.dirname(os.__file__)


def normalize(data: bytes) -> bytes:
    """Make paths machine-independent: the repository root goes, the stdlib directory becomes <stdlib>."""
    data = data.replace(str(ROOT).encode() + b"/", b"")
    return data.replace(STDLIB.encode() + b"/", b"<stdlib>/")


def run(name):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    try:
        p = subprocess.run([sys.executable, f"tests/py/{name}"], cwd=ROOT, env=env,
                           stdin=subprocess.DEVNULL, capture_output=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return None
    return normalize(p.stdout), normalize(p.stderr), p.returncode


def expected_files(name, result):
    """The files (suffix -> bytes, or None when the file must not exist) describing a result."""
    out, err, code = result
    return {
        ".stdout": out,
        ".stderr": err if err else None,
        ".exitcode": f"{code}\n".encode() if code != 0 else None,
    }


def lint(name):
    problems = []
    lines = (HERE / name).read_text().splitlines()
    if not lines or not lines[0].startswith("#"):
        problems.append("first line must be a comment saying what the script checks")
    if not 5 <= len(lines) <= 60:
        problems.append(f"{len(lines)} lines (want 5-60)")
    return problems


def main(argv):
    check = "--check" in argv
    allow = "--allow-other-version" in argv
    show_diff = "--diff" in argv
    jobs = 2
    names = []
    it = iter(argv)
    for a in it:
        if a == "-j":
            jobs = int(next(it))
        elif a.startswith("-j"):
            jobs = int(a[2:])
        elif not a.startswith("--"):
            names.append(a if a.endswith(".py") else a + ".py")
    if sys.version_info[:2] != (3, 11) and not allow:
        print(f"regen.py needs CPython 3.11 (this is {sys.version.split()[0]})", file=sys.stderr)
        return 2
    all_scripts = scripts()
    only = looplab_only()
    bad = []
    for n in names:
        if n not in all_scripts:
            bad.append(f"{n}: no such script")
    for n in only:
        if n not in all_scripts:
            bad.append(f"{n}: listed in LOOPLAB_ONLY but missing")
    selected = names or all_scripts
    for n in selected:
        bad += [f"{n}: {p}" for p in lint(n)]
        if n in only and not (HERE / (n[:-3] + ".stdout")).exists():
            bad.append(f"{n}: looplab-only script without a hand-written .stdout")
    if not names:
        stems = {n[:-3] for n in all_scripts}
        for p in sorted(HERE.iterdir()):
            if p.suffix in (".stdout", ".stderr", ".exitcode") and p.stem not in stems:
                bad.append(f"{p.name}: expected output without a script")
    to_run = [n for n in selected if n not in only]
    with ThreadPoolExecutor(max(1, jobs)) as pool:
        results = dict(zip(to_run, pool.map(run, to_run)))
    changed = []
    for n in to_run:
        result = results[n]
        if result is None:
            bad.append(f"{n}: timed out after {TIMEOUT} s")
            continue
        for suffix, want in expected_files(n, result).items():
            path = HERE / (n[:-3] + suffix)
            have = path.read_bytes() if path.exists() else None
            if have == want:
                continue
            changed.append(f"{n}: {path.name} {'differs' if check else 'updated'}")
            if show_diff:
                old = (have or b"").decode(errors="replace").splitlines(keepends=True)
                new = (want or b"").decode(errors="replace").splitlines(keepends=True)
                sys.stdout.writelines(difflib.unified_diff(old, new, "checked-in/" + path.name, "python3/" + path.name))
            if not check:
                if want is None:
                    path.unlink()
                else:
                    path.write_bytes(want)
    for line in changed + bad:
        print(line)
    failing = bad + (changed if check else [])
    print(f"{len(selected)} scripts ({len(to_run)} run with {sys.executable}, "
          f"{len([n for n in selected if n in only])} looplab-only): "
          f"{len(changed)} outputs {'stale' if check else 'rewritten'}, {len(bad)} problems")
    return 1 if failing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
