package vm

import "testing"

// Class statements end to end: the class body's namespace, the __class__
// cell of zero-argument super(), private name mangling, attributes of
// function objects (functools.wraps), __module__ set in a class body, and
// the traceback passed to __exit__. Expected output is python3's.
var classCases = []struct{ name, src, want string }{
	{"cell", "class A:\n    def who(self):\n        return 'A'\nclass B(A):\n    def who(self):\n        return 'B>' + super().who()\n    def cls(self):\n        return __class__.__name__\nprint(B().who(), B().cls(), B.__qualname__, B.__module__, B.__doc__)\ndef make():\n    class Local:\n        \"\"\"d\"\"\"\n        n: int\n        def m(self): return 1\n    return Local\nL = make()\nprint(L.__qualname__, L.__doc__, L.__annotations__, L().m(), L.m.__qualname__)\n", "B>A B B __main__ None\nmake.<locals>.Local d {'n': <class 'int'>} 1 make.<locals>.Local.m\n"},
	{"mangle", "class _Acct:\n    __count = 0\n    def __init__(self):\n        self.__v = 1\n        _Acct.__count += 1\n    def get(self, __d=2):\n        return self.__v + __d\na = _Acct()\nprint(a.get(), a._Acct__v, _Acct._Acct__count, sorted(vars(a)))\n", "3 1 1 ['_Acct__v']\n"},
	{"funcattrs", "import functools\ndef deco(f):\n    @functools.wraps(f)\n    def w(*a):\n        w.calls += 1\n        return f(*a)\n    w.calls = 0\n    return w\n@deco\ndef add(a, b):\n    \"\"\"adds\"\"\"\n    return a + b\nprint(add(1, 2), add.calls, add.__name__, add.__doc__, add.__wrapped__.__name__, sorted(add.__dict__))\nclass K:\n    __module__ = 'json.decoder'\nprint(K, K.__module__)\n", "3 1 add adds add ['__wrapped__', 'calls']\n<class 'json.decoder.K'> json.decoder\n"},
	{"tb", "class M:\n    def __enter__(self): return self\n    def __exit__(self, t, e, tb):\n        print(t.__name__, e, tb is not None, tb.tb_lineno)\n        return True\nwith M():\n    raise KeyError('k')\ntry:\n    1/0\nexcept ZeroDivisionError as e:\n    print(e.__traceback__ is not None, e.__traceback__.tb_next)\nprint(ValueError().__traceback__)\n", "KeyError 'k' True 7\nTrue None\nNone\n"},
}

func TestClasses(t *testing.T) {
	for _, c := range classCases {
		t.Run(c.name, func(t *testing.T) {
			out, errOut, status := runProgram(t, c.src)
			if status != 0 || out != c.want {
				t.Errorf("status %d\n--- got\n%s--- want\n%s--- stderr\n%s", status, out, c.want, errOut)
			}
		})
	}
}

// Class keywords: metaclass=type is accepted; anything else is refused
// with CPython's error for object.__init_subclass__.
func TestClassKeywords(t *testing.T) {
	_, errOut, status := runProgram(t, "class A(metaclass=type):\n    pass\nclass B(x=1):\n    pass\n")
	want := "TypeError: B.__init_subclass__() takes no keyword arguments"
	if status != 1 || lastLine(errOut) != want {
		t.Errorf("status %d, last line %q, want %q", status, lastLine(errOut), want)
	}
}
