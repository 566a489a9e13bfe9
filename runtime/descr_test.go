package runtime

import (
	"strings"
	"testing"
)

// Descriptors, super and attribute hooks; expected texts from python3.

func TestPropertyStaticClassMethod(t *testing.T) {
	e := newTestEnv(t)
	getV := fn("get", func(t *Thread, args []Value) (Value, error) { return GetAttr(t, args[0], "_v") })
	setV := fn("set", func(t *Thread, args []Value) (Value, error) {
		return None, SetAttr(t, args[0], "_v", e.must(Binary(t, OpMul, args[1], Int(2))))
	})
	prop := e.must(Call(e.th, Obj(PropertyType), []Value{getV, setV}, nil))
	readOnly := e.must(Call(e.th, Obj(PropertyType), []Value{getV}, nil))
	className := fn("make", func(t *Thread, args []Value) (Value, error) { return GetAttr(t, args[0], "__name__") })
	plusOne := fn("st", func(t *Thread, args []Value) (Value, error) { return Binary(t, OpAdd, args[0], Int(1)) })
	a := e.class("A", nil, attrs(
		"v", prop, "ro", readOnly,
		"make", e.must(Call(e.th, Obj(ClassMethodType), []Value{className}, nil)),
		"st", e.must(Call(e.th, Obj(StaticMethodType), []Value{plusOne}, nil)),
		"_v", Int(0)))
	b := e.class("B", types(a), nil)
	x := e.must(Call(e.th, Obj(b), nil, nil))

	e.must(None, SetAttr(e.th, x, "v", Int(5)))
	e.expect("x.v", e.must(GetAttr(e.th, x, "v")), nil, "10")
	e.expect("x.__dict__", e.must(GetAttr(e.th, x, "__dict__")), nil, "{'_v': 10}")
	// A data descriptor wins over the instance dict.
	e.must(None, x.obj.(*Instance).AttrDict().Set(e.th, str("v"), Int(99)))
	e.expect("x.v shadowed", e.must(GetAttr(e.th, x, "v")), nil, "10")
	e.expect("x.ro = 1", Value{}, SetAttr(e.th, x, "ro", Int(1)), "AttributeError: property 'ro' of 'B' object has no setter")
	e.expect("del x.v", Value{}, DelAttr(e.th, x, "v"), "AttributeError: property 'v' of 'B' object has no deleter")
	if r := e.repr(e.must(GetAttr(e.th, Obj(a), "v"))); !strings.HasPrefix(r, "<property object at 0x") {
		t.Errorf("A.v = %s", r)
	}
	e.expect("A.v.fset is set", Bool(!e.must(GetAttr(e.th, prop, "fset")).IsNone()), nil, "True")

	e.expect("B.make()", e.must(e.method(Obj(b), "make")), nil, "'B'")
	e.expect("x.make()", e.must(e.method(x, "make")), nil, "'B'")
	e.expect("B.st(1)", e.must(e.method(Obj(b), "st", Int(1))), nil, "2")
	e.expect("x.st(2)", e.must(e.method(x, "st", Int(2))), nil, "3")

	// The setter decorator makes a new property keeping the getter.
	withSetter := e.must(e.method(readOnly, "setter", setV))
	e.expect("setter keeps fget", Bool(Is(e.must(GetAttr(e.th, withSetter, "fget")), getV)), nil, "True")

	_, err := Call(e.th, Obj(StaticMethodType), nil, nil)
	e.expect("staticmethod()", Value{}, err, "TypeError: staticmethod expected 1 argument, got 0")
	_, err = Call(e.th, Obj(ClassMethodType), ints(1, 2), nil)
	e.expect("classmethod(1, 2)", Value{}, err, "TypeError: classmethod expected 1 argument, got 2")
	_, err = Call(e.th, Obj(PropertyType), ints(1, 2, 3, 4, 5), nil)
	e.expect("property(1, 2, 3, 4, 5)", Value{}, err, "TypeError: property() takes at most 4 arguments (5 given)")
	_, err = Call(e.th, e.must(Call(e.th, Obj(ClassMethodType), ints(1), nil)), nil, nil)
	e.expect("classmethod(1)()", Value{}, err, "TypeError: 'classmethod' object is not callable")
}

func TestUserDescriptorAndAttrHooks(t *testing.T) {
	e := newTestEnv(t)
	// A data descriptor written in "Python": __get__ and __set__.
	descr := e.class("D", nil, attrs(
		"__get__", fn("__get__", func(t *Thread, args []Value) (Value, error) {
			if args[1].IsNone() {
				return str("on class"), nil
			}
			return GetAttr(t, args[1], "_stored")
		}),
		"__set__", fn("__set__", func(t *Thread, args []Value) (Value, error) {
			return None, SetAttr(t, args[1], "_stored", NewTuple([]Value{str("set"), args[2]}))
		})))
	owner := e.class("O", nil, attrs("d", e.must(Call(e.th, Obj(descr), nil, nil))))
	o := e.must(Call(e.th, Obj(owner), nil, nil))
	e.must(None, SetAttr(e.th, o, "d", Int(3)))
	e.expect("o.d", e.must(GetAttr(e.th, o, "d")), nil, "('set', 3)")
	e.expect("O.d", e.must(GetAttr(e.th, Obj(owner), "d")), nil, "'on class'")

	// __getattr__ is the fallback; __setattr__ intercepts every assignment
	// and object.__setattr__ bypasses it.
	objectSetattr, _ := ObjectType.Dict.GetStr("__setattr__")
	hooks := e.class("H", nil, attrs(
		"__getattr__", fn("__getattr__", func(t *Thread, args []Value) (Value, error) {
			s, _ := AsStr(args[1])
			return str("missing " + s), nil
		}),
		"__setattr__", fn("__setattr__", func(t *Thread, args []Value) (Value, error) {
			s, _ := AsStr(args[1])
			return Call(t, objectSetattr, []Value{args[0], str(strings.ToUpper(s)), args[2]}, nil)
		})))
	h := e.must(Call(e.th, Obj(hooks), nil, nil))
	e.must(None, SetAttr(e.th, h, "q", Int(1)))
	e.expect("h.__dict__", e.must(GetAttr(e.th, h, "__dict__")), nil, "{'Q': 1}")
	e.expect("h.zz", e.must(GetAttr(e.th, h, "zz")), nil, "'missing zz'")
	e.expect("h.Q", e.must(GetAttr(e.th, h, "Q")), nil, "1")
	e.expect("hasattr(h, 'x')", e.must(e.builtin("hasattr", h, str("x"))), nil, "True")
}

func TestSuper(t *testing.T) {
	e := newTestEnv(t)
	tagged := func(tag string) Value {
		return fn(tag, func(t *Thread, args []Value) (Value, error) {
			r, _ := Repr(t, Obj(args[0].Type()))
			return str(tag + " " + r), nil
		})
	}
	who := fn("who", func(t *Thread, args []Value) (Value, error) { return GetAttr(t, args[0], "__name__") })
	base := e.class("Base", nil, attrs("value", tagged("Base.value"),
		"make", e.must(Call(e.th, Obj(ClassMethodType), []Value{who}, nil))))
	mid := e.class("Mid", types(base), attrs("value", tagged("Mid.value")))
	leaf := e.class("Leaf", types(mid), nil)
	x := e.must(Call(e.th, Obj(leaf), nil, nil))

	sup := func(typ *Type, obj Value) Value { return e.must(NewSuper(e.th, typ, obj)) }
	e.expect("super(Leaf, x).value()", e.must(e.method(sup(leaf, x), "value")), nil, "\"Mid.value <class '__main__.Leaf'>\"")
	e.expect("super(Mid, x).value()", e.must(e.method(sup(mid, x), "value")), nil, "\"Base.value <class '__main__.Leaf'>\"")
	e.expect("super(Mid, Leaf).make()", e.must(e.method(sup(mid, Obj(leaf)), "make")), nil, "'Leaf'")
	if r := e.repr(sup(mid, x)); r != "<super: <class 'Mid'>, <Leaf object>>" {
		t.Errorf("repr(super(Mid, x)) = %s", r)
	}
	_, err := GetAttr(e.th, sup(base, x), "value")
	e.expect("super(Base, x).value", Value{}, err, "AttributeError: 'super' object has no attribute 'value'")

	// super().__init__ reaching a built-in __init__.
	e.expect("super(Mid, x).__init__()", e.must(e.method(sup(mid, x), "__init__")), nil, "None")

	superType := Obj(SuperType)
	_, err = Call(e.th, superType, []Value{Obj(base), Int(1)}, nil)
	e.expect("super(Base, 1)", Value{}, err, "TypeError: super(type, obj): obj must be an instance or subtype of type")
	_, err = Call(e.th, superType, []Value{Int(1), x}, nil)
	e.expect("super(1, x)", Value{}, err, "TypeError: super() argument 1 must be a type, not int")
	_, err = Call(e.th, superType, nil, nil)
	e.expect("super()", Value{}, err, "RuntimeError: super(): no arguments")
}

func TestSlots(t *testing.T) {
	e := newTestEnv(t)
	p := e.class("P", nil, attrs("__slots__", NewTuple([]Value{str("x"), str("y")})))
	x := e.must(Call(e.th, Obj(p), nil, nil))
	e.must(None, SetAttr(e.th, x, "x", Int(1)))
	e.expect("p.x", e.must(GetAttr(e.th, x, "x")), nil, "1")
	e.expect("P.x", e.must(GetAttr(e.th, Obj(p), "x")), nil, "<member 'x' of 'P' objects>")
	_, err := GetAttr(e.th, x, "y")
	e.expect("p.y", Value{}, err, "AttributeError: 'P' object has no attribute 'y'")
	e.expect("p.z = 1", Value{}, SetAttr(e.th, x, "z", Int(1)), "AttributeError: 'P' object has no attribute 'z'")
	_, err = GetAttr(e.th, x, "__dict__")
	e.expect("p.__dict__", Value{}, err, "AttributeError: 'P' object has no attribute '__dict__'")
	e.expect("del p.y", Value{}, DelAttr(e.th, x, "y"), "AttributeError: y")
	_, err = e.newClass("T", nil, attrs("__slots__", NewTuple([]Value{str("x")}), "x", Int(5)))
	e.expect("class T", Value{}, err, "ValueError: 'x' in __slots__ conflicts with class variable")
	// A subclass without __slots__ has a __dict__ again.
	q := e.must(Call(e.th, Obj(e.class("Q", types(p), nil)), nil, nil))
	e.must(None, SetAttr(e.th, q, "z", Int(3)))
	e.expect("q.z", e.must(GetAttr(e.th, q, "z")), nil, "3")
}
