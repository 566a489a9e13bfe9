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
#
# The modules' `import _thread` becomes `import m__thread as _thread`: CPython's
# _thread plus, written in Python below, the few minipy-only functions that
# threading.py starts, joins and waits for threads with (modelled on 3.13's
# _thread; in minipy they are Go, runtime/threadhandle.go). Emulating them
# here, rather than giving threading.py a fallback for CPython, keeps the
# shipped module free of code that only this check runs, and still checks all
# of threading.py's own logic against the oracle.
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
# Packages (concurrent.futures, multiprocessing: the files named with a dot
# and their parents) cannot be shadowed by one flat m_ file, and they import
# minipy's own _mp module, which CPython lacks: programs that use them are
# skipped here (the conformance suite still runs them under minipy).
pkgs = sorted({m.split(".")[0] for m in mods if "." in m})
mods = [m for m in mods if m.split(".")[0] not in pkgs]
pkg_re = re.compile(r"^\s*(?:import|from)\s+(%s)\b" % "|".join(map(re.escape, pkgs)), re.M)
alt = "|".join(re.escape(m) for m in mods)
# A whole "import a, b as c" statement: each name in it is rewritten.
import_re = re.compile(r"^(\s*)import ([\w.]+(?: as \w+)?(?:, *[\w.]+(?: as \w+)?)*)", re.M)
from_re = re.compile(r"^(\s*)from (%s) import" % alt, re.M)
back_re = re.compile(r"\bm_(%s)\b" % alt)


# The minipy-only part of _thread, over CPython 3.11's _thread. As in minipy:
# the new thread's ident is known before it runs (prepare runs first, on the
# starting thread), a handle's join is one wait for the thread's end (with a
# lock's timeout checks), and _shutdown waits for the non-daemon threads. The
# shutdown is hooked to CPython's own threading._shutdown, which waits only
# for threads of the module named threading.
THREAD_SHIM = r'''
import _thread as _real
import sys as _sys
import threading as _cpython_threading
from _thread import allocate_lock as _allocate_lock, get_ident as _get_ident

globals().update((k, v) for k, v in vars(_real).items() if not k.startswith("__"))

_handles_lock = _allocate_lock()
_handles = set()  # the live non-daemon threads' handles


class _ThreadHandle:
    def __init__(self, ident):
        self.ident = ident
        self.native_id = ident
        self._done = False
        self._mu = _allocate_lock()
        self._end = _allocate_lock()  # held until the thread has ended
        self._end.acquire()

    def __repr__(self):
        return "<_thread._ThreadHandle object: ident=%d>" % self.ident

    def is_done(self):
        return self._done

    def _set_done(self):
        with self._mu:
            if self._done:
                return
            self._done = True
        with _handles_lock:
            _handles.discard(self)
        self._end.release()

    def _set_name(self, name):
        pass

    def join(self, timeout=None):
        if self._done:
            return
        if self.ident == _get_ident():
            raise RuntimeError("Cannot join current thread")
        if timeout is None:
            timeout = -1
        if self._end.acquire(True, timeout):
            self._end.release()


def _start_joinable_thread(function, daemon, name, prepare):
    handle = _ThreadHandle(None)
    started, go = _allocate_lock(), _allocate_lock()
    started.acquire()
    go.acquire()
    run = [True]

    def bootstrap():
        handle.ident = _get_ident()
        handle.native_id = _real.get_native_id()
        started.release()
        go.acquire()
        try:
            if run[0]:
                function()
        finally:
            handle._set_done()

    _real.start_new_thread(bootstrap, ())
    started.acquire()
    try:
        prepare(handle)
    except BaseException:
        run[0] = False
        go.release()
        raise
    if not daemon:
        with _handles_lock:
            _handles.add(handle)
    go.release()
    return handle


def _make_thread_handle(ident):
    handle = _ThreadHandle(ident)
    if ident == _get_ident():
        handle.native_id = _real.get_native_id()
    return handle


def _shutdown():
    while True:
        with _handles_lock:
            hs = list(_handles)
        if not hs:
            return
        for h in hs:
            if h.ident == _get_ident():
                with _handles_lock:
                    _handles.discard(h)
                continue
            h.join()


def _print_exception(exc, file):
    if file is not None:  # as sys.excepthook with no sys.stderr: nothing
        import traceback
        traceback.print_exception(exc, file=file)


def _exit_hook():
    m = _sys.modules.get("m_threading")
    if m is not None:
        m._shutdown()


_cpython_threading._register_atexit(_exit_hook)
'''
thread_import_re = re.compile(r"^(\s*)import _thread\s*$", re.M)


def rewrite_name(item):
    name, _, asname = item.strip().partition(" as ")
    return "m_%s as %s" % (name, asname or name) if name in mods else item.strip()


def rewrite(src):
    src = import_re.sub(lambda m: "%simport %s" % (
        m[1], ", ".join(rewrite_name(i) for i in m[2].split(","))), src)
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
        f.write(thread_import_re.sub(r"\1import m__thread as _thread", rewrite(src)))
with open(os.path.join(tmp, "m__thread.py"), "w", encoding="utf-8") as f:
    f.write(THREAD_SHIM)
bad = skipped = 0
for t in tests:
    with open(t, encoding="utf-8") as f:
        src = f.read()
    used = pkgs and pkg_re.search(src)
    if used:
        skipped += 1
        print("skip", os.path.relpath(t, root), "(uses the package %s)" % used[1])
        continue
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
print("%d scripts, %d differ, %d skipped" % (len(tests), bad, skipped))
sys.exit(1 if bad else 0)
PYEOF
