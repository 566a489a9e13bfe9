#!/usr/bin/env bash
# Run the asyncio programs under CPython twice — with the real asyncio, and
# with minipy's runtime/pylib/asyncio.py imported as m_asyncio (its Go
# primitive replaced by the pure-Python fallback in the module) — and report
# any difference in stdout, exit status or the last line of stderr.
#
#   testdata/async/check-asyncio.sh              # every testdata/async/*.py
#   testdata/async/check-asyncio.sh FILE.py ...  # only these
#
# Only the programs' `import asyncio` is rewritten: the module runs over
# CPython's own threading, heapq and collections, so a difference is the
# module's, not one of its dependencies' (check-pylib.sh covers those).
# Timing-based programs are run RUNS times each (default 3) to catch flakiness.
set -u
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PY="${PYTHON:-$(python3 -c 'import sys; print(sys.executable)')}"
exec "$PY" - "$ROOT" "$@" <<'PYEOF'
import os, re, shutil, subprocess, sys, tempfile

root = sys.argv[1]
here = os.path.join(root, "testdata", "async")
tests = sys.argv[2:] or sorted(
    os.path.join(here, f) for f in os.listdir(here) if f.endswith(".py"))
runs = int(os.environ.get("RUNS", "3"))
import_re = re.compile(r"^(\s*)import asyncio\b(?!\.)(?: as (\w+))?", re.M)
from_re = re.compile(r"^(\s*)from asyncio import", re.M)


def rewrite(src):
    src = import_re.sub(lambda m: "%simport m_asyncio as %s" % (m[1], m[2] or "asyncio"), src)
    return from_re.sub(lambda m: "%sfrom m_asyncio import" % m[1], src)


def run(path, cwd):
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1", PYTHONIOENCODING="utf-8")
    p = subprocess.run([sys.executable, path], cwd=cwd, env=env, capture_output=True,
                       text=True, stdin=subprocess.DEVNULL, timeout=120)
    last = p.stderr.rstrip("\n").split("\n")[-1] if p.returncode else ""
    return p.stdout, p.returncode, last


def golden(t):
    base = t[:-3]
    with open(base + ".out", encoding="utf-8") as f:
        out = f.read()
    code, last = 0, ""
    if os.path.exists(base + ".err"):
        with open(base + ".err", encoding="utf-8") as f:
            lines = f.read().split("\n")
        code, last = int(lines[0].split()[1]), lines[1]
    return out, code, last


tmp = tempfile.mkdtemp(prefix="asynciocheck")
shutil.copy(os.path.join(root, "runtime", "pylib", "asyncio.py"), os.path.join(tmp, "m_asyncio.py"))
bad = 0
for t in tests:
    with open(t, encoding="utf-8") as f:
        src = f.read()
    shadow = os.path.join(tmp, os.path.basename(t))
    with open(shadow, "w", encoding="utf-8") as f:
        f.write(rewrite(src))
    want = golden(t)
    fails = []
    for i in range(runs):
        real = run(os.path.abspath(t), here)
        if real != want:
            fails.append(("real asyncio vs golden", want, real))
        got = run(shadow, tmp)
        if got != want:
            fails.append(("m_asyncio vs golden", want, got))
    if not fails:
        print("ok  ", os.path.relpath(t, root))
        continue
    bad += 1
    what, want, got = fails[0]
    print("FAIL", os.path.relpath(t, root), "(%s, %d of %d runs)" % (what, len(fails), 2 * runs))
    if want[1:] != got[1:]:
        print("   exit/stderr: want %r got %r" % (want[1:], got[1:]))
    wl, gl = want[0].split("\n"), got[0].split("\n")
    for i in range(max(len(wl), len(gl))):
        w = wl[i] if i < len(wl) else "<missing>"
        g = gl[i] if i < len(gl) else "<missing>"
        if w != g:
            print("   line %d:\n     want %r\n     got  %r" % (i + 1, w, g))
            break
shutil.rmtree(tmp)
print("%d scripts, %d differ" % (len(tests), bad))
sys.exit(1 if bad else 0)
PYEOF
