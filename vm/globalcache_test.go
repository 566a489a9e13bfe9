package vm

import "testing"

// The LOAD_GLOBAL cache must never serve a stale value: rebinding,
// shadowing a builtin with a global and deleting it again, deleting a
// global, patching the builtins module, a global assigned in a loop (past
// the cache's refill budget), and a global changed by another thread.
// Expected output is python3's.

const globalCacheProgram = "def get():\n    return x\nx = 1\nprint(get())\nx = 2\nprint(get())\ndef uselen():\n    return len([1, 2])\nprint(uselen())\nlen = lambda s: 'shadowed'\nprint(uselen())\ndel len\nprint(uselen())\ndel x\ntry:\n    get()\nexcept NameError as e:\n    print(e)\nimport builtins\ndef f():\n    return abs(-3)\nprint(f())\nbuiltins.abs = lambda v: 'patched'\nprint(f())\ndef loop():\n    global n\n    t = 0\n    for i in range(100):\n        n = i\n        t += g()\n    return t\ndef g():\n    return n\nprint(loop())\n"

const globalCacheThreadProgram = "import threading, time\nstop = False\ndef is_stopped():\n    return stop\ndef reader():\n    while not is_stopped():\n        pass\nt = threading.Thread(target=reader)\nt.start()\ntime.sleep(0.01)\nstop = True\nt.join(5)\nprint('reader saw the new global:', not t.is_alive())\n"

func TestGlobalCacheInvalidation(t *testing.T) {
	want := "1\n2\n2\nshadowed\n2\nname 'x' is not defined\n3\npatched\n4950\n"
	out, errOut, status := runProgram(t, globalCacheProgram)
	if status != 0 || out != want {
		t.Errorf("status %d\n--- got\n%s--- want\n%s--- stderr\n%s", status, out, want, errOut)
	}
}

func TestGlobalCacheSeesOtherThreads(t *testing.T) {
	const want = "reader saw the new global: True\n"
	out, errOut, status := runProgram(t, globalCacheThreadProgram)
	if status != 0 || out != want {
		t.Errorf("without the GIL: status %d, stdout %q; stderr:\n%s", status, out, errOut)
	}
	out, errOut, status = runWithGIL(t, globalCacheThreadProgram)
	if status != 0 || out != want {
		t.Errorf("with the GIL: status %d, stdout %q; stderr:\n%s", status, out, errOut)
	}
}
