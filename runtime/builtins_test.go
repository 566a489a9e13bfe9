package runtime

import (
	"bytes"
	"strings"
	"testing"
)

func TestBuiltinsBehaviour(t *testing.T) {
	runExprCases(t, []exprCase{
		{"len(1)", func(e *testEnv) (Value, error) { return e.builtin("len", Int(1)) }, "TypeError: object of type 'int' has no len()"},
		{"len()", func(e *testEnv) (Value, error) { return e.builtin("len") }, "TypeError: len() takes exactly one argument (0 given)"},
		{"max()", func(e *testEnv) (Value, error) { return e.builtin("max") }, "TypeError: max expected at least 1 argument, got 0"},
		{"max([])", func(e *testEnv) (Value, error) { return e.builtin("max", e.list()) }, "ValueError: max() arg is an empty sequence"},
		{"min([], default=5)", func(e *testEnv) (Value, error) { return e.callKw("min", []Value{e.list()}, Kwarg{"default", Int(5)}) }, "5"},
		{"max(1, 2, default=3)", func(e *testEnv) (Value, error) { return e.callKw("max", ints(1, 2), Kwarg{"default", Int(3)}) },
			"TypeError: Cannot specify a default for max() with multiple positional arguments"},
		{"max(1, 2, foo=1)", func(e *testEnv) (Value, error) { return e.callKw("max", ints(1, 2), Kwarg{"foo", Int(1)}) },
			"TypeError: 'foo' is an invalid keyword argument for max()"},
		{"max([3, 1, 3.0], key=None), min('bca')", func(e *testEnv) (Value, error) {
			return e.tuple(e.must(e.callKw("max", []Value{e.list(Int(3), Int(1), Float(3))}, Kwarg{"key", None})),
				e.must(e.builtin("min", str("bca")))), nil
		}, "(3, 'a')"},
		{"sum(['a'])", func(e *testEnv) (Value, error) { return e.builtin("sum", e.list(str("a"))) }, "TypeError: unsupported operand type(s) for +: 'int' and 'str'"},
		{"sum([1], 'a')", func(e *testEnv) (Value, error) { return e.builtin("sum", e.list(Int(1)), str("a")) }, "TypeError: sum() can't sum strings [use ''.join(seq) instead]"},
		{"sum([[1]], [])", func(e *testEnv) (Value, error) { return e.builtin("sum", e.list(e.list(Int(1))), e.list()) }, "[1]"},
		{"sum([0.5, 1, 2])", func(e *testEnv) (Value, error) { return e.builtin("sum", e.list(Float(0.5), Int(1), Int(2))) }, "3.5"},
		{"sum([0.1]*10)", func(e *testEnv) (Value, error) {
			return e.builtin("sum", e.bin(OpMul, e.list(Float(0.1)), Int(10)))
		}, "0.9999999999999999"},
		{"sum([2**62, 2**62])", func(e *testEnv) (Value, error) { return e.builtin("sum", e.list(Int(1<<62), Int(1<<62))) }, "9223372036854775808"},
		{"sum([], start=3)", func(e *testEnv) (Value, error) { return e.callKw("sum", []Value{e.list()}, Kwarg{"start", Int(3)}) }, "3"},
		{"sum()", func(e *testEnv) (Value, error) { return e.builtin("sum") }, "TypeError: sum() takes at least 1 positional argument (0 given)"},
		{"any([0, '', 3]), all([]), all([1, 0])", func(e *testEnv) (Value, error) {
			return e.tuple(e.must(e.builtin("any", e.list(Int(0), str(""), Int(3)))), e.must(e.builtin("all", e.list())),
				e.must(e.builtin("all", e.list(ints(1, 0)...)))), nil
		}, "(True, True, False)"},
		{"next(iter([]))", func(e *testEnv) (Value, error) { return e.builtin("next", e.must(e.builtin("iter", e.list()))) }, "StopIteration"},
		{"next(iter([]), 5)", func(e *testEnv) (Value, error) { return e.builtin("next", e.must(e.builtin("iter", e.list())), Int(5)) }, "5"},
		{"next([])", func(e *testEnv) (Value, error) { return e.builtin("next", e.list()) }, "TypeError: 'list' object is not an iterator"},
		{"iter(1)", func(e *testEnv) (Value, error) { return e.builtin("iter", Int(1)) }, "TypeError: 'int' object is not iterable"},
		{"iter([], 1)", func(e *testEnv) (Value, error) { return e.builtin("iter", e.list(), Int(1)) }, "TypeError: iter(v, w): v must be callable"},
		{"reversed(1)", func(e *testEnv) (Value, error) { return e.builtin("reversed", Int(1)) }, "TypeError: 'int' object is not reversible"},
		{"list(enumerate('ab', 1))", func(e *testEnv) (Value, error) {
			return e.builtin("list", e.must(e.builtin("enumerate", str("ab"), Int(1))))
		}, "[(1, 'a'), (2, 'b')]"},
		{"list(zip([1, 2], 'abc'))", func(e *testEnv) (Value, error) {
			return e.builtin("list", e.must(e.builtin("zip", e.list(ints(1, 2)...), str("abc"))))
		}, "[(1, 'a'), (2, 'b')]"},
		{"list(zip([1], [1, 2], strict=True))", func(e *testEnv) (Value, error) {
			z := e.must(e.callKw("zip", []Value{e.list(Int(1)), e.list(ints(1, 2)...)}, Kwarg{"strict", True}))
			return e.builtin("list", z)
		}, "ValueError: zip() argument 2 is longer than argument 1"},
		{"list(zip([1, 2], [1], strict=True))", func(e *testEnv) (Value, error) {
			z := e.must(e.callKw("zip", []Value{e.list(ints(1, 2)...), e.list(Int(1))}, Kwarg{"strict", True}))
			return e.builtin("list", z)
		}, "ValueError: zip() argument 2 is shorter than argument 1"},
		{"list(zip([1], [1], [1, 2], strict=True))", func(e *testEnv) (Value, error) {
			z := e.must(e.callKw("zip", []Value{e.list(Int(1)), e.list(Int(1)), e.list(ints(1, 2)...)}, Kwarg{"strict", True}))
			return e.builtin("list", z)
		}, "ValueError: zip() argument 3 is longer than arguments 1-2"},
		{"list(map(pow, [2, 3], [3, 2]))", func(e *testEnv) (Value, error) {
			pow := e.must(GetItem(e.th, Obj(e.in.Builtins), str("pow")))
			return e.builtin("list", e.must(e.builtin("map", pow, e.list(ints(2, 3)...), e.list(ints(3, 2)...))))
		}, "[8, 9]"},
		{"map(len)", func(e *testEnv) (Value, error) {
			return e.builtin("map", e.must(GetItem(e.th, Obj(e.in.Builtins), str("len"))))
		}, "TypeError: map() must have at least two arguments."},
		{"list(filter(None, [0, 1, '', 'a']))", func(e *testEnv) (Value, error) {
			return e.builtin("list", e.must(e.builtin("filter", None, e.list(Int(0), Int(1), str(""), str("a")))))
		}, "[1, 'a']"},
		{"isinstance(1, 1)", func(e *testEnv) (Value, error) { return e.builtin("isinstance", Int(1), Int(1)) }, "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union"},
		{"isinstance(True, (str, (int, 1)))", func(e *testEnv) (Value, error) {
			return e.builtin("isinstance", True, e.tuple(Obj(StrType), e.tuple(Obj(IntType), Int(1))))
		}, "True"},
		{"issubclass(1, int)", func(e *testEnv) (Value, error) { return e.builtin("issubclass", Int(1), Obj(IntType)) }, "TypeError: issubclass() arg 1 must be a class"},
		{"issubclass(KeyError, LookupError)", func(e *testEnv) (Value, error) {
			return e.builtin("issubclass", Obj(KeyErrorType), Obj(LookupErrorType))
		}, "True"},
		{"getattr(1, 'x')", func(e *testEnv) (Value, error) { return e.builtin("getattr", Int(1), str("x")) }, "AttributeError: 'int' object has no attribute 'x'"},
		{"getattr(1, 'x', 5)", func(e *testEnv) (Value, error) { return e.builtin("getattr", Int(1), str("x"), Int(5)) }, "5"},
		{"getattr(1, 2)", func(e *testEnv) (Value, error) { return e.builtin("getattr", Int(1), Int(2)) }, "TypeError: attribute name must be string, not 'int'"},
		{"hasattr([], 'append')", func(e *testEnv) (Value, error) { return e.builtin("hasattr", e.list(), str("append")) }, "True"},
		{"setattr(int, 'x', 1)", func(e *testEnv) (Value, error) { return e.builtin("setattr", Obj(IntType), str("x"), Int(1)) }, "TypeError: cannot set 'x' attribute of immutable type 'int'"},
		{"hash([])", func(e *testEnv) (Value, error) { return e.builtin("hash", e.list()) }, "TypeError: unhashable type: 'list'"},
		{"vars(1)", func(e *testEnv) (Value, error) { return e.builtin("vars", Int(1)) }, "TypeError: vars() argument must have __dict__ attribute"},
		{"dir([])[:5]", func(e *testEnv) (Value, error) {
			return GetItem(e.th, e.must(e.builtin("dir", e.list())), sl(None, Int(5), None))
		}, "['__add__', '__class__', '__contains__', '__delattr__', '__delitem__']"},
		{"callable(len), callable(1)", func(e *testEnv) (Value, error) {
			return e.tuple(e.must(e.builtin("callable", e.must(GetItem(e.th, Obj(e.in.Builtins), str("len"))))), e.must(e.builtin("callable", Int(1)))), nil
		}, "(True, False)"},
		{"abs(-3), divmod(7, 2), pow(2, 10), round(2.5), hex(255), chr(97), ord('a')", func(e *testEnv) (Value, error) {
			return e.tuple(e.must(e.builtin("abs", Int(-3))), e.must(e.builtin("divmod", ints(7, 2)...)), e.must(e.builtin("pow", ints(2, 10)...)),
				e.must(e.builtin("round", Float(2.5))), e.must(e.builtin("hex", Int(255))), e.must(e.builtin("chr", Int(97))),
				e.must(e.builtin("ord", str("a")))), nil
		}, "(3, (3, 1), 1024, 2, '0xff', 'a', 97)"},
		{"format(1, 2)", func(e *testEnv) (Value, error) { return e.builtin("format", Int(1), Int(2)) }, "TypeError: format() argument 2 must be str, not int"},
		{"format(255, '#x'), format([1])", func(e *testEnv) (Value, error) {
			return e.tuple(e.must(e.builtin("format", Int(255), str("#x"))), e.must(e.builtin("format", e.list(Int(1))))), nil
		}, "('0xff', '[1]')"},
		{"ascii('é€😀')", func(e *testEnv) (Value, error) { return e.builtin("ascii", str("é€😀")) }, `"'\\xe9\\u20ac\\U0001f600'"`},
		{"object(1)", func(e *testEnv) (Value, error) { return e.builtin("object", Int(1)) }, "TypeError: object() takes no arguments"},
		{"type(1, 2)", func(e *testEnv) (Value, error) { return e.builtin("type", ints(1, 2)...) }, "TypeError: type() takes 1 or 3 arguments"},
		{"type(1), type(int), int.__mro__", func(e *testEnv) (Value, error) {
			return e.tuple(e.must(e.builtin("type", Int(1))), e.must(e.builtin("type", Obj(IntType))), e.must(GetAttr(e.th, Obj(BoolType), "__mro__"))), nil
		}, "(<class 'int'>, <class 'type'>, (<class 'bool'>, <class 'int'>, <class 'object'>))"},
		{"int.mro(), bool.__bases__, object.__bases__, int.__name__", func(e *testEnv) (Value, error) {
			return e.tuple(e.must(e.method(Obj(IntType), "mro")), e.must(GetAttr(e.th, Obj(BoolType), "__bases__")),
				e.must(GetAttr(e.th, Obj(ObjectType), "__bases__")), e.must(GetAttr(e.th, Obj(IntType), "__name__"))), nil
		}, "([<class 'int'>, <class 'object'>], (<class 'int'>,), (), 'int')"},
		{"int.x", func(e *testEnv) (Value, error) { return GetAttr(e.th, Obj(IntType), "x") }, "AttributeError: type object 'int' has no attribute 'x'"},
		{"list.append", func(e *testEnv) (Value, error) { return GetAttr(e.th, Obj(ListType), "append") }, "<method 'append' of 'list' objects>"},
		{"list.append([], 1) on a tuple", func(e *testEnv) (Value, error) {
			return Call(e.th, e.must(GetAttr(e.th, Obj(ListType), "append")), []Value{e.tuple(), Int(1)}, nil)
		}, "TypeError: descriptor 'append' for 'list' objects doesn't apply to a 'tuple' object"},
		{"len", func(e *testEnv) (Value, error) { return GetItem(e.th, Obj(e.in.Builtins), str("len")) }, "<built-in function len>"},
		{"[1].__class__, (1).__class__", func(e *testEnv) (Value, error) {
			return e.tuple(e.must(GetAttr(e.th, e.list(Int(1)), "__class__")), e.must(GetAttr(e.th, Int(1), "__class__"))), nil
		}, "(<class 'list'>, <class 'int'>)"},
		{"[1, 2].__len__(), [1].__getitem__(0)", func(e *testEnv) (Value, error) {
			return e.tuple(e.must(e.method(e.list(ints(1, 2)...), "__len__")), e.must(e.method(e.list(Int(1)), "__getitem__", Int(0)))), nil
		}, "(2, 1)"},
		{"None, ..., NotImplemented", func(e *testEnv) (Value, error) { return e.tuple(None, Ellipsis, NotImplemented), nil }, "(None, Ellipsis, NotImplemented)"},
	})
}

func TestExceptionObjects(t *testing.T) {
	runExprCases(t, []exprCase{
		{"repr(KeyError('a')), str(KeyError('a')), str(KeyError())", func(e *testEnv) (Value, error) {
			k := e.must(e.builtin("KeyError", str("a")))
			s1, _ := StrOf(e.th, k)
			s2, _ := StrOf(e.th, e.must(e.builtin("KeyError")))
			return e.tuple(str(e.repr(k)), str(s1), str(s2)), nil
		}, `("KeyError('a')", "'a'", '')`},
		{"repr(ValueError()), repr(ValueError(1, 'a')), str(ValueError(1, 'a'))", func(e *testEnv) (Value, error) {
			v := e.must(e.builtin("ValueError", Int(1), str("a")))
			s, _ := StrOf(e.th, v)
			return e.tuple(str(e.repr(e.must(e.builtin("ValueError")))), str(e.repr(v)), str(s)), nil
		}, `('ValueError()', "ValueError(1, 'a')", "(1, 'a')")`},
		{"ValueError(x=1)", func(e *testEnv) (Value, error) { return e.callKw("ValueError", nil, Kwarg{"x", Int(1)}) }, "TypeError: ValueError() takes no keyword arguments"},
		{"StopIteration(1, 2).value, SystemExit(1, 2).code, SystemExit().code", func(e *testEnv) (Value, error) {
			return e.tuple(e.must(GetAttr(e.th, e.must(e.builtin("StopIteration", ints(1, 2)...)), "value")),
				e.must(GetAttr(e.th, e.must(e.builtin("SystemExit", ints(1, 2)...)), "code")),
				e.must(GetAttr(e.th, e.must(e.builtin("SystemExit")), "code"))), nil
		}, "(1, (1, 2), None)"},
		{"e = ValueError('x'); e.args, e.__cause__, e.__suppress_context__", func(e *testEnv) (Value, error) {
			x := e.must(e.builtin("ValueError", str("x")))
			return e.tuple(e.must(GetAttr(e.th, x, "args")), e.must(GetAttr(e.th, x, "__cause__")),
				e.must(GetAttr(e.th, x, "__suppress_context__"))), nil
		}, "(('x',), None, False)"},
		{"e = ValueError(); e.code = 3; e.code", func(e *testEnv) (Value, error) {
			x := e.must(e.builtin("ValueError"))
			e.must(None, SetAttr(e.th, x, "code", Int(3)))
			return GetAttr(e.th, x, "code")
		}, "3"},
		{"ValueError().x", func(e *testEnv) (Value, error) { return GetAttr(e.th, e.must(e.builtin("ValueError")), "x") }, "AttributeError: 'ValueError' object has no attribute 'x'"},
		{"KeyError.__mro__", func(e *testEnv) (Value, error) { return GetAttr(e.th, Obj(KeyErrorType), "__mro__") },
			"(<class 'KeyError'>, <class 'LookupError'>, <class 'Exception'>, <class 'BaseException'>, <class 'object'>)"},
	})
}

func TestPrintAndSys(t *testing.T) {
	e := newTestEnv(t)
	l := e.list(Int(1), str("a"))
	e.must(e.callKw("print", []Value{Int(1), str("x"), l}, Kwarg{"sep", str("-")}, Kwarg{"end", str("!\n")}))
	e.must(e.builtin("print"))
	if _, err := e.callKw("print", nil, Kwarg{"sep", Int(1)}); errText(err) != "TypeError: sep must be None or a string, not int" {
		t.Errorf("print(sep=1): %s", errText(err))
	}
	sys, err := e.in.Import("sys")
	if err != nil {
		t.Fatal(err)
	}
	e.in.Stdout.Flush() // stderr is unbuffered: keep the order in the shared buffer
	stderr := e.must(GetAttr(e.th, Obj(sys), "stderr"))
	e.must(e.callKw("print", []Value{str("to stderr")}, Kwarg{"file", stderr}))
	e.must(e.method(e.must(GetAttr(e.th, Obj(sys), "stdout")), "write", str("w\n")))
	e.in.Flush()
	if got, want := e.out.String(), "1-x-[1, 'a']!\n\nto stderr\nw\n"; got != want {
		t.Errorf("output %q, want %q", got, want)
	}
	vi := e.must(GetAttr(e.th, Obj(sys), "version_info"))
	if got := e.repr(vi); got != "sys.version_info(major=3, minor=11, micro=7, releaselevel='final', serial=0)" {
		t.Errorf("version_info %s", got)
	}
	if ge := e.must(RichCompare(e.th, vi, e.tuple(ints(3, 8)...), GE)); !ge.AsBool() {
		t.Error("version_info >= (3, 8)")
	}
	_, err = e.method(Obj(sys), "exit", str("bye"))
	if errText(err) != "SystemExit: bye" {
		t.Errorf("sys.exit: %s", errText(err))
	}
	e.must(e.method(Obj(sys), "setrecursionlimit", Int(50)))
	if e.in.RecursionLimit != 50 {
		t.Error("setrecursionlimit")
	}
}

func TestInput(t *testing.T) {
	out := &bytes.Buffer{}
	in := NewInterpreterIO(strings.NewReader("hello\nlast"), out, out)
	e := &testEnv{tb: t, in: in, th: in.MainThread, out: out}
	got := []string{e.repr(e.must(e.builtin("input", str("? ")))), e.repr(e.must(e.builtin("input")))}
	_, err := e.builtin("input")
	got = append(got, errText(err))
	if want := []string{"'hello'", "'last'", "EOFError: EOF when reading a line"}; strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("input: %q, want %q", got, want)
	}
	if out.String() != "? " {
		t.Errorf("prompt %q", out.String())
	}
}
