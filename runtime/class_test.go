package runtime

import (
	"strings"
	"testing"
)

// Expected texts come from python3 (3.11.7) running the equivalent class
// statements.

func TestMROCPythonExamples(t *testing.T) {
	e := newTestEnv(t)
	// The example of "The Python 2.3 Method Resolution Order".
	o := ObjectType
	f := e.class("F", types(o), nil)
	ee := e.class("E", types(o), nil)
	d := e.class("D", types(o), nil)
	c := e.class("C", types(d, f), nil)
	b := e.class("B", types(d, ee), nil)
	a := e.class("A", types(b, c), nil)
	if got, want := mroNames(a), "A B C D E F object"; got != want {
		t.Errorf("A.__mro__ = %s, want %s", got, want)
	}
	// class Z(K1, K2, K3) from the same paper.
	aa := e.class("A", nil, nil)
	bb := e.class("B", nil, nil)
	cc := e.class("C", nil, nil)
	dd := e.class("D", nil, nil)
	e2 := e.class("E", nil, nil)
	k1 := e.class("K1", types(aa, bb, cc), nil)
	k2 := e.class("K2", types(dd, bb, e2), nil)
	k3 := e.class("K3", types(dd, aa), nil)
	z := e.class("Z", types(k1, k2, k3), nil)
	if got, want := mroNames(z), "Z K1 K2 K3 D A B C E object"; got != want {
		t.Errorf("Z.__mro__ = %s, want %s", got, want)
	}
}

func TestClassCreationErrors(t *testing.T) {
	e := newTestEnv(t)
	a := e.class("A", nil, nil)
	b := e.class("B", nil, nil)
	x := e.class("X", types(a, b), nil)
	y := e.class("Y", types(b, a), nil)
	cases := []struct {
		bases []*Type
		want  string
	}{
		{types(x, y), "TypeError: Cannot create a consistent method resolution\norder (MRO) for bases A, B"},
		{types(a, x), "TypeError: Cannot create a consistent method resolution\norder (MRO) for bases A, X"},
		{types(a, a), "TypeError: duplicate base class A"},
		{types(BoolType), "TypeError: type 'bool' is not an acceptable base type"},
		{types(ListType, DictType), "TypeError: multiple bases have instance lay-out conflict"},
		{types(RangeType), "TypeError: type 'range' is not an acceptable base type"},
	}
	for _, c := range cases {
		_, err := e.newClass("Z", c.bases, nil)
		if got := errText(err); got != c.want {
			t.Errorf("class Z%v: got %q, want %q", mroNamesOf(c.bases), got, c.want)
		}
	}
	_, err := NewClass(e.th, "Z", []Value{Int(1)}, NewDict(), "Z", "__main__")
	if got := errText(err); !strings.HasPrefix(got, "TypeError: int() takes at most 2 arguments") {
		t.Errorf("class Z(1): got %q", got)
	}
}

func mroNamesOf(ts []*Type) []string {
	var out []string
	for _, t := range ts {
		out = append(out, t.Name)
	}
	return out
}

func TestClassAttributes(t *testing.T) {
	e := newTestEnv(t)
	a := e.class("A", nil, attrs("x", Int(1)))
	b := e.class("B", types(a), attrs("__qualname__", str("f.<locals>.B")))
	e.expect("B.x", e.must(GetAttr(e.th, Obj(b), "x")), nil, "1")
	e.expect("B.__mro__", e.must(GetAttr(e.th, Obj(b), "__mro__")), nil,
		"(<class '__main__.f.<locals>.B'>, <class '__main__.A'>, <class 'object'>)")
	e.expect("B.__bases__", e.must(GetAttr(e.th, Obj(b), "__bases__")), nil, "(<class '__main__.A'>,)")
	e.expect("A.__doc__", e.must(GetAttr(e.th, Obj(a), "__doc__")), nil, "None")
	e.expect("A.__module__", e.must(GetAttr(e.th, Obj(a), "__module__")), nil, "'__main__'")
	e.expect("B.__name__", e.must(GetAttr(e.th, Obj(b), "__name__")), nil, "'B'")
	e.expect("A.y", Value{}, func() error { _, err := GetAttr(e.th, Obj(a), "y"); return err }(),
		"AttributeError: type object 'A' has no attribute 'y'")
	inst := e.must(Call(e.th, Obj(b), nil, nil))
	if r := e.repr(inst); !strings.HasPrefix(r, "<__main__.f.<locals>.B object at 0x") {
		t.Errorf("repr(B()) = %s", r)
	}
	e.expect("b.x", e.must(GetAttr(e.th, inst, "x")), nil, "1")
	e.must(None, SetAttr(e.th, inst, "x", Int(2)))
	e.expect("b.x after set", e.must(GetAttr(e.th, inst, "x")), nil, "2")
	e.expect("A.x unchanged", e.must(GetAttr(e.th, Obj(a), "x")), nil, "1")
	e.expect("vars(b)", e.must(e.builtin("vars", inst)), nil, "{'x': 2}")
	e.expect("b.__class__", e.must(GetAttr(e.th, inst, "__class__")), nil, "<class '__main__.f.<locals>.B'>")
	e.must(None, DelAttr(e.th, inst, "x"))
	e.expect("del b.x twice", Value{}, DelAttr(e.th, inst, "x"), "AttributeError: 'B' object has no attribute 'x'")
	_, err := GetAttr(e.th, inst, "nope")
	e.expect("b.nope", Value{}, err, "AttributeError: 'B' object has no attribute 'nope'")
	e.expect("isinstance(b, A)", e.must(e.builtin("isinstance", inst, Obj(a))), nil, "True")
	e.expect("issubclass(B, (int, A))", e.must(e.builtin("issubclass", Obj(b), NewTuple([]Value{Obj(IntType), Obj(a)}))), nil, "True")
}

func TestInitAndNew(t *testing.T) {
	e := newTestEnv(t)
	plain := e.class("F", nil, nil)
	_, err := Call(e.th, Obj(plain), ints(1), nil)
	e.expect("F(1)", Value{}, err, "TypeError: F() takes no arguments")

	initReturns := e.class("G", nil, attrs("__init__", fn("__init__", func(t *Thread, args []Value) (Value, error) {
		return Int(1), nil
	})))
	_, err = Call(e.th, Obj(initReturns), nil, nil)
	e.expect("G()", Value{}, err, "TypeError: __init__() should return None, not 'int'")

	point := e.class("P", nil, attrs("__init__", fn("__init__", func(t *Thread, args []Value) (Value, error) {
		return None, SetAttr(t, args[0], "x", args[1])
	})))
	p := e.must(Call(e.th, Obj(point), ints(7), nil))
	e.expect("P(7).x", e.must(GetAttr(e.th, p, "x")), nil, "7")

	// __new__ returning something else skips __init__.
	five := e.class("D", nil, attrs(
		"__new__", fn("__new__", func(t *Thread, args []Value) (Value, error) { return Int(5), nil }),
		"__init__", fn("__init__", func(t *Thread, args []Value) (Value, error) {
			return Value{}, Errorf(RuntimeErrorType, "init ran")
		})))
	e.expect("D()", e.must(Call(e.th, Obj(five), nil, nil)), nil, "5")

	// __new__ that calls object.__new__(cls) with extra arguments.
	objectNew, _ := ObjectType.Dict.GetStr("__new__")
	j := e.class("J", nil, attrs("__new__", fn("__new__", func(t *Thread, args []Value) (Value, error) {
		return Call(t, objectNew, args, nil)
	})))
	_, err = Call(e.th, Obj(j), ints(1), nil)
	e.expect("J(1)", Value{}, err, "TypeError: object.__new__() takes exactly one argument (the type to instantiate)")
	_, err = Call(e.th, objectNew, []Value{Obj(ListType)}, nil)
	e.expect("object.__new__(list)", Value{}, err, "TypeError: object.__new__(list) is not safe, use list.__new__()")
}

// binaryClass makes a class whose __add__ / __radd__ tag their result, and
// return NotImplemented for ints when refuse is set.
func TestOperatorsAndReflection(t *testing.T) {
	e := newTestEnv(t)
	tag := func(s string) func(t *Thread, args []Value) (Value, error) {
		return func(t *Thread, args []Value) (Value, error) {
			if args[1].IsInt() && args[1].AsInt() == 0 {
				return NotImplemented, nil
			}
			r, _ := Repr(t, args[1])
			return NewStr(s + " " + r), nil
		}
	}
	a := e.class("A", nil, attrs("__add__", fn("__add__", tag("A.add")), "__radd__", fn("__radd__", tag("A.radd"))))
	b := e.class("B", types(a), attrs("__radd__", fn("__radd__", tag("B.radd"))))
	x := e.must(Call(e.th, Obj(a), nil, nil))
	y := e.must(Call(e.th, Obj(b), nil, nil))
	e.expect("A()+1", e.must(Binary(e.th, OpAdd, x, Int(1))), nil, "'A.add 1'")
	e.expect("1+A()", e.must(Binary(e.th, OpAdd, Int(1), x)), nil, "'A.radd 1'")
	// The right operand's reflected method goes first when its class is a
	// subclass of the left operand's class.
	r, err := Binary(e.th, OpAdd, x, y)
	if s, _ := AsStr(r); err != nil || !strings.HasPrefix(s, "B.radd <__main__.A object") {
		t.Errorf("A()+B() = %v, %v", s, err)
	}
	_, err = Binary(e.th, OpAdd, x, Int(0))
	e.expect("A()+0", Value{}, err, "TypeError: unsupported operand type(s) for +: 'A' and 'int'")
	_, err = Binary(e.th, OpSub, x, Int(1))
	e.expect("A()-1", Value{}, err, "TypeError: unsupported operand type(s) for -: 'A' and 'int'")
	_, err = Unary(e.th, OpNeg, x)
	e.expect("-A()", Value{}, err, "TypeError: bad operand type for unary -: 'A'")

	// In-place falls back to the binary method.
	e.expect("A() += 2", e.must(InPlace(e.th, OpAdd, x, Int(2))), nil, "'A.add 2'")

	// Setting a dunder on the class later updates the slots, also of
	// subclasses.
	e.must(None, SetAttr(e.th, Obj(a), "__sub__", fn("__sub__", tag("A.sub"))))
	e.expect("B()-3", e.must(Binary(e.th, OpSub, y, Int(3))), nil, "'A.sub 3'")
	e.must(None, DelAttr(e.th, Obj(a), "__sub__"))
	_, err = Binary(e.th, OpSub, y, Int(3))
	e.expect("B()-3 after del", Value{}, err, "TypeError: unsupported operand type(s) for -: 'B' and 'int'")
}

func TestComparisonAndHash(t *testing.T) {
	e := newTestEnv(t)
	alwaysEq := e.class("R", nil, attrs("__eq__", fn("__eq__", func(t *Thread, args []Value) (Value, error) {
		return True, nil
	})))
	r := e.must(Call(e.th, Obj(alwaysEq), nil, nil))
	_, err := Hash(e.th, r)
	e.expect("hash(R())", Value{}, err, "TypeError: unhashable type: 'R'")
	e.expect("R.__hash__", e.must(GetAttr(e.th, Obj(alwaysEq), "__hash__")), nil, "None")
	e.expect("R() == 1", e.must(RichCompare(e.th, r, Int(1), EQ)), nil, "True")
	e.expect("R() != 1", e.must(RichCompare(e.th, r, Int(1), NE)), nil, "False")
	e.expect("1 == R()", e.must(RichCompare(e.th, Int(1), r, EQ)), nil, "True")

	niEq := e.class("N", nil, attrs("__eq__", fn("__eq__", func(t *Thread, args []Value) (Value, error) {
		return NotImplemented, nil
	})))
	n1 := e.must(Call(e.th, Obj(niEq), nil, nil))
	n2 := e.must(Call(e.th, Obj(niEq), nil, nil))
	e.expect("N() == N()", e.must(RichCompare(e.th, n1, n2, EQ)), nil, "False")
	e.expect("N() != N()", e.must(RichCompare(e.th, n1, n2, NE)), nil, "True")
	e.expect("n == n", e.must(RichCompare(e.th, n1, n1, EQ)), nil, "True")
	_, err = RichCompare(e.th, n1, n2, LT)
	e.expect("N() < N()", Value{}, err, "TypeError: '<' not supported between instances of 'N' and 'N'")

	badHash := e.class("Q", nil, attrs("__hash__", fn("__hash__", func(t *Thread, args []Value) (Value, error) {
		return str("x"), nil
	})))
	_, err = Hash(e.th, e.must(Call(e.th, Obj(badHash), nil, nil)))
	e.expect("hash(Q())", Value{}, err, "TypeError: __hash__ method should return an integer")
	minusOne := e.class("M", nil, attrs("__hash__", fn("__hash__", func(t *Thread, args []Value) (Value, error) {
		return Int(-1), nil
	})))
	e.expect("hash(M())", e.must(e.builtin("hash", e.must(Call(e.th, Obj(minusOne), nil, nil)))), nil, "-2")
}

func TestProtocolSlots(t *testing.T) {
	e := newTestEnv(t)
	ret := func(v Value) func(t *Thread, args []Value) (Value, error) {
		return func(t *Thread, args []Value) (Value, error) { return v, nil }
	}
	call := func(cls *Type) Value { return e.must(Call(e.th, Obj(cls), nil, nil)) }

	_, err := Truth(e.th, call(e.class("K", nil, attrs("__bool__", fn("__bool__", ret(Int(1)))))))
	e.expect("bool(K())", Value{}, err, "TypeError: __bool__ should return bool, returned int")
	_, err = Len(e.th, call(e.class("M", nil, attrs("__len__", fn("__len__", ret(str("a")))))))
	e.expect("len(M())", Value{}, err, "TypeError: 'str' object cannot be interpreted as an integer")
	negLen := call(e.class("M", nil, attrs("__len__", fn("__len__", ret(Int(-1))))))
	_, err = Len(e.th, negLen)
	e.expect("len(M())", Value{}, err, "ValueError: __len__() should return >= 0")
	_, err = Truth(e.th, negLen)
	e.expect("bool(M())", Value{}, err, "ValueError: __len__() should return >= 0")
	zeroLen := call(e.class("Z", nil, attrs("__len__", fn("__len__", ret(Int(0))))))
	e.expect("not Z()", Bool(!e.mustTruth(zeroLen)), nil, "True")
	_, err = Iter(e.th, call(e.class("N", nil, attrs("__iter__", fn("__iter__", ret(Int(1)))))))
	e.expect("iter(N())", Value{}, err, "TypeError: iter() returned non-iterator of type 'int'")

	// __getitem__ alone makes a class iterable (IndexError ends it).
	seq := call(e.class("S", nil, attrs("__getitem__", fn("__getitem__", func(t *Thread, args []Value) (Value, error) {
		if args[1].AsInt() > 2 {
			return Value{}, NewException(IndexErrorType)
		}
		return args[1], nil
	}))))
	e.expect("list(S())", e.must(e.builtin("list", seq)), nil, "[0, 1, 2]")
	e.expect("2 in S()", Bool(e.mustContains(seq, Int(2))), nil, "True")

	// A counting iterator: __iter__ returns self, __next__ raises StopIteration.
	counter := e.class("C", nil, attrs(
		"__iter__", fn("__iter__", func(t *Thread, args []Value) (Value, error) { return args[0], nil }),
		"__next__", fn("__next__", func(t *Thread, args []Value) (Value, error) {
			n, _ := GetAttr(t, args[0], "n")
			if n.AsInt() >= 3 {
				return Value{}, NewException(StopIterationType, Int(99))
			}
			return n, SetAttr(t, args[0], "n", Int(n.AsInt()+1))
		}),
		"n", Int(0)))
	e.expect("list(C())", e.must(e.builtin("list", call(counter))), nil, "[0, 1, 2]")

	// __call__ receives positional and keyword arguments.
	callable := call(e.class("F", nil, attrs("__call__", Obj(&goFunc{name: "__call__",
		fn: func(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
			return NewTuple([]Value{Int(int64(len(args))), Int(int64(len(kwargs)))}), nil
		}}))))
	e.expect("F()(1, x=2)", e.must(Call(e.th, callable, ints(1), []Kwarg{{"x", Int(2)}})), nil, "(2, 1)")
	_, err = Call(e.th, call(e.class("G", nil, nil)), nil, nil)
	e.expect("G()()", Value{}, err, "TypeError: 'G' object is not callable")

	// A user __setitem__ without __delitem__.
	onlySet := call(e.class("P", nil, attrs("__setitem__", fn("__setitem__", ret(None)))))
	e.expect("del P()[1]", Value{}, DelItem(e.th, onlySet, Int(1)), "AttributeError: __delitem__")
	_, err = GetItem(e.th, onlySet, Int(1))
	e.expect("P()[1]", Value{}, err, "TypeError: 'P' object is not subscriptable")

	// Repr and str results are checked.
	_, err = Repr(e.th, call(e.class("A", nil, attrs("__repr__", fn("__repr__", ret(Int(1)))))))
	e.expect("repr(A())", Value{}, err, "TypeError: __repr__ returned non-string (type int)")
	withRepr := call(e.class("A", nil, attrs("__repr__", fn("__repr__", ret(str("A!"))))))
	e.expect("str(A())", e.must(e.builtin("str", withRepr)), nil, "'A!'")
	e.expect("format(A())", e.must(e.builtin("format", withRepr)), nil, "'A!'")
}

func (e *testEnv) mustTruth(v Value) bool {
	e.tb.Helper()
	b, err := Truth(e.th, v)
	if err != nil {
		e.tb.Fatalf("truth: %v", err)
	}
	return b
}

func (e *testEnv) mustContains(v, x Value) bool {
	e.tb.Helper()
	b, err := Contains(e.th, v, x)
	if err != nil {
		e.tb.Fatalf("contains: %v", err)
	}
	return b
}

func TestTypeThreeArgsAndClassAssignment(t *testing.T) {
	e := newTestEnv(t)
	a := e.must(e.builtin("type", str("A"), EmptyTuple, Obj(attrs("x", Int(1)))))
	e.expect("type('A', (), {'x': 1})", a, nil, "<class '__main__.A'>")
	e.expect("A().x", e.must(GetAttr(e.th, e.must(Call(e.th, a, nil, nil)), "x")), nil, "1")
	_, err := e.builtin("type", Int(1), EmptyTuple, Obj(NewDict()))
	e.expect("type(1, (), {})", Value{}, err, "TypeError: type.__new__() argument 1 must be str, not int")
	_, err = e.builtin("type", str("X"), Obj(NewList(nil)), Obj(NewDict()))
	e.expect("type('X', [], {})", Value{}, err, "TypeError: type.__new__() argument 2 must be tuple, not list")

	k := e.class("K", nil, nil)
	l := e.class("L", nil, nil)
	obj := e.must(Call(e.th, Obj(k), nil, nil))
	e.must(None, SetAttr(e.th, obj, "__class__", Obj(l)))
	e.expect("type(k)", Obj(obj.Type()), nil, "<class '__main__.L'>")
	e.expect("k.__class__ = int", Value{}, SetAttr(e.th, obj, "__class__", Obj(IntType)),
		"TypeError: __class__ assignment only supported for mutable types or ModuleType subclasses")
	e.expect("k.__class__ = M", Value{}, SetAttr(e.th, obj, "__class__", Obj(e.class("M", types(ListType), nil))),
		"TypeError: __class__ assignment: 'M' object layout differs from 'L'")
}

func TestInitSubclassKeywords(t *testing.T) {
	e := newTestEnv(t)
	var seen []string
	base := e.class("Base", nil, attrs("__init_subclass__", Obj(&goFunc{name: "__init_subclass__",
		fn: func(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
			cls := args[0].obj.(*Type)
			for _, kw := range kwargs {
				seen = append(seen, cls.Name+":"+kw.Name)
			}
			return None, nil
		}})))
	_, err := NewClassKw(e.th, "Sub", []Value{Obj(base)}, NewDict(), "Sub", "__main__", []Kwarg{{"flag", True}})
	if err != nil || len(seen) != 1 || seen[0] != "Sub:flag" {
		t.Errorf("__init_subclass__ saw %v (err %v)", seen, err)
	}
	_, err = NewClassKw(e.th, "A", nil, NewDict(), "A", "__main__", []Kwarg{{"x", Int(1)}})
	e.expect("class A(x=1)", Value{}, err, "TypeError: A.__init_subclass__() takes no keyword arguments")
}

// A subclass that does not override __radd__ does not go first: A() + B()
// is A.__add__ (python3 prints "A.add").
func TestReflectedOnlyWhenOverridden(t *testing.T) {
	e := newTestEnv(t)
	ret := func(s string) Value {
		return fn(s, func(t *Thread, args []Value) (Value, error) { return str(s), nil })
	}
	a := e.class("A", nil, attrs("__add__", ret("A.add"), "__radd__", ret("A.radd")))
	b := e.class("B", types(a), nil)
	x, y := e.must(Call(e.th, Obj(a), nil, nil)), e.must(Call(e.th, Obj(b), nil, nil))
	e.expect("A() + B()", e.must(Binary(e.th, OpAdd, x, y)), nil, "'A.add'")
	e.expect("1 + B()", e.must(Binary(e.th, OpAdd, Int(1), y)), nil, "'A.radd'")
}
