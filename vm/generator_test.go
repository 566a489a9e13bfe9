package vm

import "testing"

// A generator's return value reaches next() as StopIteration.value, and
// `yield from` (over a generator or any iterator) evaluates to it; for
// loops and list() just stop. Expected output is python3's.
func TestGeneratorReturnValue(t *testing.T) {
	const src = "def gen():\n    yield 1\n    return 7\ng = gen()\nnext(g)\ntry:\n    next(g)\nexcept StopIteration as e:\n    print('next', e.value, e.args)\ndef outer():\n    r = yield from gen()\n    print('yield from', r)\nprint(list(outer()), [x for x in gen()], next(iter([]), 'default'))\nclass Box:\n    def __init__(self, it):\n        self.it = it\n    def __iter__(self):\n        return self.it\ndef wrap():\n    r = yield from Box(gen())\n    return r * 2\nw = wrap()\nnext(w)\ntry:\n    w.send(None)\nexcept StopIteration as e:\n    print('send', e.value)\ndef none():\n    yield 1\nn = none()\nnext(n)\ntry:\n    next(n)\nexcept StopIteration as e:\n    print('none', e.value, e.args)\n"
	const want = "next 7 (7,)\nyield from 7\n[1] [1] default\nsend 14\nnone None ()\n"
	out, errOut, status := runProgram(t, src)
	if status != 0 || out != want {
		t.Errorf("status %d\n--- got\n%s--- want\n%s--- stderr\n%s", status, out, want, errOut)
	}
}
