package runtime

// Helpers for the class tests: classes are built through NewClass with
// methods written in Go. goFunc values stand in for the vm's functions: a
// method-descriptor type that binds to instances like a Python function.

type goFunc struct {
	name string
	fn   func(t *Thread, args []Value, kwargs []Kwarg) (Value, error)
}

func (f *goFunc) Type() *Type { return goFuncType }

var goFuncType = NewBuiltinType("function", ObjectType)

func init() {
	goFuncType.MethodDescriptor = true
	goFuncType.Call = func(t *Thread, v Value, args []Value, kwargs []Kwarg) (Value, error) {
		return v.obj.(*goFunc).fn(t, args, kwargs)
	}
	goFuncType.Get = func(t *Thread, descr, obj Value, owner *Type) (Value, error) {
		if obj.IsNull() {
			return descr, nil
		}
		return Obj(&BoundMethod{Self: obj, Func: descr}), nil
	}
	goFuncType.GetAttr = func(t *Thread, v Value, name string) (Value, error) {
		switch name {
		case "__qualname__", "__name__":
			return NewStr(v.obj.(*goFunc).name), nil
		case "__doc__":
			return None, nil
		}
		return GenericGetAttr(t, v, name)
	}
}

// fn makes a function value from a Go function of its positional arguments.
func fn(name string, f func(t *Thread, args []Value) (Value, error)) Value {
	return Obj(&goFunc{name: name, fn: func(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		return f(t, args)
	}})
}

// attrs is a class body: name, value, name, value, ...
func attrs(kv ...any) *Dict {
	d := NewDict()
	for i := 0; i < len(kv); i += 2 {
		d.SetStr(kv[i].(string), kv[i+1].(Value))
	}
	return d
}

// class makes a class in module __main__ or fails the test.
func (e *testEnv) class(name string, bases []*Type, ns *Dict) *Type {
	e.tb.Helper()
	cls, err := e.newClass(name, bases, ns)
	if err != nil {
		e.tb.Fatalf("class %s: %v", name, err)
	}
	return cls
}

func (e *testEnv) newClass(name string, bases []*Type, ns *Dict) (*Type, error) {
	if ns == nil {
		ns = NewDict()
	}
	vals := make([]Value, len(bases))
	for i, b := range bases {
		vals[i] = Obj(b)
	}
	return NewClass(e.th, name, vals, ns, name, "__main__")
}

// expect compares a result's repr (or its error line) with want.
func (e *testEnv) expect(what string, v Value, err error, want string) {
	e.tb.Helper()
	got := ""
	if err != nil {
		got = errText(err)
	} else {
		got = e.repr(v)
	}
	if got != want {
		e.tb.Errorf("%s:\n got %s\nwant %s", what, got, want)
	}
}

func types(ts ...*Type) []*Type { return ts }

func mroNames(cls *Type) string {
	s := ""
	for i, m := range cls.MRO {
		if i > 0 {
			s += " "
		}
		s += m.Name
	}
	return s
}
