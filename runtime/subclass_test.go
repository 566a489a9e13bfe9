package runtime

import "testing"

// Subclasses of built-in types; expected texts from python3.

func TestListSubclass(t *testing.T) {
	e := newTestEnv(t)
	listInitMethod, _ := ListType.Dict.GetStr("__init__")
	stack := e.class("Stack", types(ListType), attrs(
		"__init__", fn("__init__", func(t *Thread, args []Value) (Value, error) {
			// super().__init__(items); self.name = name
			if _, err := callMethod(t, listInitMethod, args[0], args[2:], nil); err != nil {
				return Value{}, err
			}
			return None, SetAttr(t, args[0], "name", args[1])
		}),
		"peek", fn("peek", func(t *Thread, args []Value) (Value, error) { return GetItem(t, args[0], Int(-1)) })))
	s := e.must(Call(e.th, Obj(stack), []Value{str("s"), NewTuple(ints(1, 2))}, nil))
	e.must(e.method(s, "append", Int(3)))
	e.expect("s", s, nil, "[1, 2, 3]")
	e.expect("s.peek()", e.must(e.method(s, "peek")), nil, "3")
	e.expect("len(s)", e.must(e.builtin("len", s)), nil, "3")
	e.expect("s.name", e.must(GetAttr(e.th, s, "name")), nil, "'s'")
	e.expect("s == [1, 2, 3]", e.must(RichCompare(e.th, s, Obj(NewList(ints(1, 2, 3))), EQ)), nil, "True")
	e.expect("isinstance(s, list)", e.must(e.builtin("isinstance", s, Obj(ListType))), nil, "True")
	e.expect("type(s) + list", e.must(Binary(e.th, OpAdd, s, Obj(NewList(ints(4))))), nil, "[1, 2, 3, 4]")
	e.expect("s.__dict__", e.must(GetAttr(e.th, s, "__dict__")), nil, "{'name': 's'}")
	_, err := Hash(e.th, s)
	e.expect("hash(s)", Value{}, err, "TypeError: unhashable type: 'Stack'")

	plain := e.class("L", types(ListType), nil)
	e.expect("L('ab')", e.must(Call(e.th, Obj(plain), []Value{str("ab")}, nil)), nil, "['a', 'b']")
	_, err = Call(e.th, Obj(plain), ints(1, 2), nil)
	e.expect("L(1, 2)", Value{}, err, "TypeError: list expected at most 1 argument, got 2")
}

func TestDictSubclassMissing(t *testing.T) {
	e := newTestEnv(t)
	doubling := e.class("D", types(DictType), attrs("__missing__", fn("__missing__", func(t *Thread, args []Value) (Value, error) {
		return Binary(t, OpMul, args[1], Int(2))
	})))
	d := e.must(Call(e.th, Obj(doubling), nil, []Kwarg{{"a", Int(1)}}))
	e.expect("d['a']", e.must(GetItem(e.th, d, str("a"))), nil, "1")
	e.expect("d['bb']", e.must(GetItem(e.th, d, str("bb"))), nil, "'bbbb'")
	e.expect("d.get('zz')", e.must(e.method(d, "get", str("zz"))), nil, "None")
	e.expect("d", d, nil, "{'a': 1}")
	e.expect("D.fromkeys('ab')", e.must(e.method(Obj(doubling), "fromkeys", str("ab"))), nil, "{'a': None, 'b': None}")
	e.expect("type(D.fromkeys('ab'))", Obj(e.must(e.method(Obj(doubling), "fromkeys", str("ab"))).Type()), nil, "<class '__main__.D'>")

	// Adding __missing__ to the class later takes effect.
	plain := e.class("P", types(DictType), nil)
	p := e.must(Call(e.th, Obj(plain), nil, nil))
	_, err := GetItem(e.th, p, Int(1))
	e.expect("p[1]", Value{}, err, "KeyError: 1")
	e.must(None, SetAttr(e.th, Obj(plain), "__missing__", fn("__missing__", func(t *Thread, args []Value) (Value, error) {
		return str("default"), nil
	})))
	e.expect("p[1] with __missing__", e.must(GetItem(e.th, p, Int(1))), nil, "'default'")
}

func TestTupleStrExceptionSubclasses(t *testing.T) {
	e := newTestEnv(t)
	tupleNew, _ := TupleType.Dict.GetStr("__new__")
	pair := e.class("Pair", types(TupleType), attrs(
		"__new__", fn("__new__", func(t *Thread, args []Value) (Value, error) {
			return Call(t, tupleNew, []Value{args[0], NewTuple(args[1:])}, nil)
		}),
		"total", fn("total", func(t *Thread, args []Value) (Value, error) {
			items := args[0].obj.(*Tuple).Items()
			return Binary(t, OpAdd, items[0], items[1])
		})))
	p := e.must(Call(e.th, Obj(pair), ints(1, 2), nil))
	e.expect("Pair(1, 2)", p, nil, "(1, 2)")
	e.expect("p.total()", e.must(e.method(p, "total")), nil, "3")
	e.expect("p == (1, 2)", e.must(RichCompare(e.th, p, NewTuple(ints(1, 2)), EQ)), nil, "True")
	e.expect("hash(p) == hash((1, 2))", Bool(e.must(e.builtin("hash", p)) == e.must(e.builtin("hash", NewTuple(ints(1, 2))))), nil, "True")

	shout := e.class("S", types(StrType), nil)
	s := e.must(Call(e.th, Obj(shout), []Value{str("hi")}, nil))
	e.expect("S('hi').upper()", e.must(e.method(s, "upper")), nil, "'HI'")
	e.expect("len(S('hi'))", e.must(e.builtin("len", s)), nil, "2")
	e.expect("S('hi') == 'hi'", e.must(RichCompare(e.th, s, str("hi"), EQ)), nil, "True")
	e.expect("S('hi') + 'x'", e.must(Binary(e.th, OpAdd, s, str("x"))), nil, "'hix'")

	// class E(ValueError): def __init__(self, msg, code): super().__init__(msg); self.code = code
	baseInit, _ := BaseExceptionType.Dict.GetStr("__init__")
	appError := e.class("AppError", types(ValueErrorType), attrs("__init__", fn("__init__", func(t *Thread, args []Value) (Value, error) {
		if _, err := callMethod(t, baseInit, args[0], args[1:2], nil); err != nil {
			return Value{}, err
		}
		return None, SetAttr(t, args[0], "code", args[2])
	})))
	x := e.must(Call(e.th, Obj(appError), []Value{str("bad"), Int(3)}, nil))
	e.expect("repr(e)", x, nil, "AppError('bad')")
	e.expect("str(e)", e.must(e.builtin("str", x)), nil, "'bad'")
	e.expect("e.args", e.must(GetAttr(e.th, x, "args")), nil, "('bad',)")
	e.expect("e.code", e.must(GetAttr(e.th, x, "code")), nil, "3")
	if exc, ok := x.obj.(*Exception); !ok || !exc.Matches(ValueErrorType) || exc.Error() != "AppError: bad" {
		t.Errorf("AppError instance is not a raisable ValueError: %#v", x.obj)
	}
	// Without __init__, all arguments become args.
	plainErr := e.class("E", types(ExceptionType), nil)
	e.expect("E(1, 2)", e.must(Call(e.th, Obj(plainErr), ints(1, 2), nil)), nil, "E(1, 2)")

	_, err := e.newClass("X", types(IntType), nil)
	e.expect("class X(int)", Value{}, err, "NotImplementedError: minipy does not support subclassing 'int'")
}
