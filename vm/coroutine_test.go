package vm

import "testing"

// Coroutines without an event loop: async def makes a coroutine driven by
// send()/throw(); await delegates like yield from; async with/for and
// asynchronous comprehensions; CPython's errors for objects that do not
// support the protocols; a generator paused in an except clause keeps
// its exception. Expected output is python3's (coroutine reprs cut before
// the address).
var coroutineCases = []struct{ name, src, want string }{
	{"coroutine_object", "async def f():\n    return 5\nc = f()\nprint(type(c), type(c).__name__, c.__name__, c.__qualname__, c.cr_running, c.cr_await, c.cr_frame is not None, c.cr_code.co_name, hex(c.cr_code.co_flags))\ntry:\n    c.send(None)\nexcept StopIteration as e:\n    print('stop', e.value)\ntry:\n    c.send(None)\nexcept RuntimeError as e:\n    print(e)\ntry:\n    c.throw(ValueError('x'))\nexcept Exception as e:\n    print(type(e).__name__, e)\nprint(c.cr_frame)\nc.close()\nasync def g():\n    raise StopIteration(3)\ntry:\n    g().send(None)\nexcept RuntimeError as e:\n    print(e, repr(e.__cause__))\ntry:\n    for x in f(): pass\nexcept TypeError as e:\n    print(e)\nasync def h():\n    await 3\ntry:\n    h().send(None)\nexcept TypeError as e:\n    print(e)\nclass A:\n    def __await__(self):\n        return 5\nasync def h2():\n    await A()\ntry:\n    h2().send(None)\nexcept TypeError as e:\n    print(e)\nclass W:\n    def __await__(self):\n        yield 'from W'\n        return 'W done'\nasync def h3():\n    r = await W()\n    print('r', r)\n    return r\nco = h3()\nprint(co.send(None))\ntry:\n    co.send('sent')\nexcept StopIteration as e:\n    print('h3 done', e.value)\naw = f().__await__()\nprint(type(aw).__name__, iter(aw) is aw)\ntry:\n    next(aw)\nexcept StopIteration as e:\n    print('via wrapper', e.value)\ndef gen():\n    yield from f()\ntry:\n    list(gen())\nexcept TypeError as e:\n    print(e)\nasync def h4():\n    c = f()\n    await c\n    await c\ntry:\n    h4().send(None)\nexcept RuntimeError as e:\n    print(e)\nprint(repr(f())[:22])\n", "<class 'coroutine'> coroutine f f False None True f 0x83\nstop 5\ncannot reuse already awaited coroutine\nRuntimeError cannot reuse already awaited coroutine\nNone\ncoroutine raised StopIteration StopIteration(3)\n'coroutine' object is not iterable\nobject int can't be used in 'await' expression\n__await__() returned non-iterator of type 'int'\nfrom W\nr W done\nh3 done W done\ncoroutine_wrapper True\nvia wrapper 5\ncannot 'yield from' a coroutine object in a non-coroutine generator\ncannot reuse already awaited coroutine\n<coroutine object f at\n"},
	{"async_errors", "class OnlyEnter:\n    async def __aenter__(self): return 1\nclass Bad:\n    def __aenter__(self): return 1\n    def __aexit__(self, *a): return 2\nclass BadExit:\n    async def __aenter__(self): return 1\n    def __aexit__(self, *a): return 2\nclass NoAnext:\n    def __aiter__(self): return self\nclass AiterBad:\n    def __aiter__(self): return 5\nclass AnextBad:\n    def __aiter__(self): return self\n    def __anext__(self): return 5\nasync def t1():\n    async with 5: pass\nasync def t2():\n    async with OnlyEnter(): pass\nasync def t3():\n    async with Bad(): pass\nasync def t4():\n    async with BadExit(): pass\nasync def t5():\n    async for x in 5: pass\nasync def t6():\n    async for x in NoAnext(): pass\nasync def t7():\n    async for x in AiterBad(): pass\nasync def t8():\n    async for x in AnextBad(): pass\nfor t in (t1, t2, t3, t4, t5, t6, t7, t8):\n    try:\n        t().send(None)\n    except Exception as e:\n        print(type(e).__name__, e)\n", "TypeError 'int' object does not support the asynchronous context manager protocol\nTypeError 'OnlyEnter' object does not support the asynchronous context manager protocol (missed __aexit__ method)\nTypeError 'async with' received an object from __aenter__ that does not implement __await__: int\nTypeError 'async with' received an object from __aexit__ that does not implement __await__: int\nTypeError 'async for' requires an object with __aiter__ method, got int\nTypeError 'async for' received an object from __aiter__ that does not implement __anext__: NoAnext\nTypeError 'async for' received an object from __aiter__ that does not implement __anext__: int\nTypeError 'async for' received an invalid object from __anext__: int\n"},
	{"async_with_for_comprehensions", "class Fut:\n    def __init__(self, v): self.v = v\n    def __await__(self):\n        got = yield ('waiting', self.v)\n        return got\nclass Mgr:\n    async def __aenter__(self):\n        print('enter', await Fut('e'))\n        return self\n    async def __aexit__(self, t, e, tb):\n        print('exit', t.__name__ if t else None, await Fut('x'))\n        return t is KeyError\nclass Count:\n    def __init__(self, n): self.i, self.n = 0, n\n    def __aiter__(self): return self\n    async def __anext__(self):\n        if self.i >= self.n:\n            raise StopAsyncIteration\n        self.i += 1\n        return await Fut(self.i)\nasync def main():\n    async with Mgr() as m:\n        print('body', type(m).__name__)\n    async with Mgr():\n        raise KeyError('swallowed')\n    for i in range(2):\n        async with Mgr():\n            if i == 0:\n                continue\n            break\n    async for v in Count(3):\n        print('item', v)\n    else:\n        print('else')\n    print([v async for v in Count(2)], [await Fut(k) for k in 'ab'], {k: await Fut(k) for k in 'c'})\n    try:\n        async with Mgr():\n            raise ValueError('kept')\n    except ValueError as e:\n        print('propagated', e)\n    return 'done'\ndef drive(coro):\n    value = None\n    while True:\n        try:\n            request = coro.send(value)\n        except StopIteration as e:\n            return e.value\n        value = request[1] * 2 if isinstance(request[1], int) else request[1].upper()\nprint(drive(main()))\n", "enter E\nbody Mgr\nexit None X\nenter E\nexit KeyError X\nenter E\nexit None X\nenter E\nexit None X\nitem 2\nitem 4\nitem 6\nelse\n[2, 4] ['A', 'B'] {'c': 'C'}\nenter E\nexit ValueError X\npropagated kept\ndone\n"},
	{"handled_exception_across_yield", "def gen():\n    try:\n        yield 1\n    except ValueError:\n        yield 2\n        raise\ne = ValueError('same')\ng = gen()\nnext(g)\ntry:\n    raise e\nexcept ValueError:\n    print(g.throw(e))\ntry:\n    next(g)\nexcept ValueError as x:\n    print('reraised', x is e)\n", "2\nreraised True\n"},
}

func TestCoroutines(t *testing.T) {
	for _, c := range coroutineCases {
		t.Run(c.name, func(t *testing.T) {
			out, errOut, status := runProgram(t, c.src)
			if status != 0 || out != c.want {
				t.Errorf("status %d\n--- got\n%s--- want\n%s--- stderr\n%s", status, out, c.want, errOut)
			}
		})
	}
}

// An async generator may not return a value: CPython's SyntaxError.
func TestAsyncGeneratorReturnValue(t *testing.T) {
	_, errOut, status := runProgram(t, "async def agen():\n    yield 1\n    return 2\n")
	want := "SyntaxError: 'return' with value in async generator"
	if status != 1 || lastLine(errOut) != want {
		t.Errorf("status %d, last line %q, want %q", status, lastLine(errOut), want)
	}
}
