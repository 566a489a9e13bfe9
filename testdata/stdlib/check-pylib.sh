#!/usr/bin/env bash
# Run test programs under CPython twice — once with the real standard modules,
# once with minipy's pure-Python modules from runtime/pylib/ — and report any
# difference in stdout, exit status or the last line of stderr.
#
#   testdata/stdlib/check-pylib.sh                  # every testdata/stdlib/*.py
#   testdata/stdlib/check-pylib.sh FILE.py ...      # only these (any directory)
#
# The pylib modules are copied as m_<name>.py and the programs' imports are
# rewritten (`import json` -> `import m_json as json`), because several of
# them (itertools) are built into CPython and cannot be shadowed by sys.path.
# This checks the modules' semantics with the oracle before minipy can run them.
set -u
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PY="${PYTHON:-$(python3 -c 'import sys; print(sys.executable)')}"
exec "$PY" - "$ROOT" "$@" <<'PYEOF'
import os, re, shutil, subprocess, sys, tempfile

root = sys.argv[1]
pylib = os.path.join(root, "runtime", "pylib")
tests = sys.argv[2:] or sorted(
    os.path.join(root, "testdata", "stdlib", f)
    for f in os.listdir(os.path.join(root, "testdata", "stdlib")) if f.endswith(".py"))
mods = sorted(f[:-3] for f in os.listdir(pylib) if f.endswith(".py"))
alt = "|".join(re.escape(m) for m in mods)
import_re = re.compile(r"^(\s*)import (%s)\b(?!\.)(?: as (\w+))?" % alt, re.M)
from_re = re.compile(r"^(\s*)from (%s) import" % alt, re.M)
back_re = re.compile(r"\bm_(%s)\b" % alt)


def rewrite(src):
    src = import_re.sub(lambda m: "%simport m_%s as %s" % (m[1], m[2], m[3] or m[2]), src)
    return from_re.sub(lambda m: "%sfrom m_%s import" % (m[1], m[2]), src)


def run(path, cwd):
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1", PYTHONIOENCODING="utf-8")
    p = subprocess.run([sys.executable, path], cwd=cwd, env=env, capture_output=True,
                       text=True, stdin=subprocess.DEVNULL, timeout=120)
    last = p.stderr.rstrip("\n").split("\n")[-1] if p.returncode else ""
    return p.stdout, p.returncode, last


tmp = tempfile.mkdtemp(prefix="pylibcheck")
for m in mods:
    with open(os.path.join(pylib, m + ".py"), encoding="utf-8") as f:
        src = f.read()
    with open(os.path.join(tmp, "m_" + m + ".py"), "w", encoding="utf-8") as f:
        f.write(rewrite(src))
bad = 0
for t in tests:
    with open(t, encoding="utf-8") as f:
        src = f.read()
    shadow = os.path.join(tmp, os.path.basename(t))
    with open(shadow, "w", encoding="utf-8") as f:
        f.write(rewrite(src))
    want = run(os.path.abspath(t), os.path.dirname(os.path.abspath(t)))
    got = run(shadow, tmp)
    got = tuple(back_re.sub(r"\1", g) if isinstance(g, str) else g for g in got)
    if want == got:
        print("ok  ", os.path.relpath(t, root))
        continue
    bad += 1
    print("FAIL", os.path.relpath(t, root))
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
