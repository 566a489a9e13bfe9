package runtime

// The slots of exception objects (*Exception). Every built-in exception
// type gets them here; a user subclass must inherit them from its base
// (the vm copies a base's slots into a new class).

func init() {
	for _, typ := range ExceptionTypes {
		typ.New = exceptionNew
		typ.Repr = exceptionRepr
		typ.Str = exceptionStr
		typ.Hash = func(t *Thread, v Value) (int64, error) { return IdentityHash(v), nil }
		typ.GetAttr = exceptionGetAttr
		typ.SetAttr = exceptionSetAttr
		typ.DelAttr = exceptionDelAttr
	}
	b := BaseExceptionType
	b.AddMethod("__init__", func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		e, ok := self.obj.(*Exception)
		if !ok {
			return Value{}, Errorf(TypeErrorType, "descriptor '__init__' requires a 'BaseException' object but received a '%s'", TypeName(self))
		}
		if len(kwargs) > 0 {
			return Value{}, noKeywords(e.typ.Name)
		}
		e.Args = append([]Value(nil), args...)
		return None, nil
	})
	b.AddMethod("with_traceback", func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		if err := checkOneArg("BaseException.with_traceback", args, kwargs); err != nil {
			return Value{}, err
		}
		return self, nil
	})
	// The computed attributes, as descriptors in the class dict so that
	// dir() lists them (exceptionGetAttr answers them first anyway).
	for _, name := range []string{"args", "__cause__", "__context__", "__suppress_context__", "__traceback__"} {
		name := name
		b.Dict.SetStr(name, Obj(&GetSet{Name: name, Owner: b, Get: func(t *Thread, obj Value) (Value, error) {
			return exceptionGetAttr(t, obj, name)
		}}))
	}
	addSlotMethods(b)
	b.AddMethod("__str__", func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		s, err := exceptionStr(t, self)
		return NewStr(s), err
	})
}

// exceptionNew is calling an exception class: ValueError("x").
func exceptionNew(t *Thread, typ *Type, args []Value, kwargs []Kwarg) (Value, error) {
	if len(kwargs) > 0 {
		return Value{}, noKeywords(typ.Name)
	}
	return Obj(&Exception{typ: typ, Args: append([]Value(nil), args...)}), nil
}

// exceptionRepr is "ValueError('x')", "ValueError()" or "ValueError(1, 'a')".
func exceptionRepr(t *Thread, v Value) (string, error) {
	e := v.obj.(*Exception)
	switch len(e.Args) {
	case 0:
		return e.typ.Name + "()", nil
	case 1:
		r, err := Repr(t, e.Args[0])
		return e.typ.Name + "(" + r + ")", err
	}
	r, err := reprItems(t, e.Args, "(", ")")
	return e.typ.Name + r, err
}

// exceptionStr is str(e): "", the single argument's str (repr for
// KeyError), or the repr of the args tuple.
func exceptionStr(t *Thread, v Value) (string, error) {
	e := v.obj.(*Exception)
	switch len(e.Args) {
	case 0:
		return "", nil
	case 1:
		if KeyErrorType.IsSubtype(e.typ) {
			return Repr(t, e.Args[0])
		}
		return StrOf(t, e.Args[0])
	}
	return reprItems(t, e.Args, "(", ")")
}

func exceptionOrNone(e *Exception) Value {
	if e == nil {
		return None
	}
	return Obj(e)
}

func exceptionGetAttr(t *Thread, v Value, name string) (Value, error) {
	e := v.obj.(*Exception)
	switch name {
	case "args":
		return NewTuple(append([]Value(nil), e.Args...)), nil
	case "__cause__":
		return exceptionOrNone(e.Cause), nil
	case "__context__":
		return exceptionOrNone(e.Context), nil
	case "__suppress_context__":
		return Bool(e.SuppressContext), nil
	case "__traceback__":
		return TracebackOf(e), nil
	case "__dict__":
		if e.Dict == nil {
			e.Dict = NewDict()
		}
		return Obj(e.Dict), nil
	}
	if e.Dict != nil {
		if val, ok := e.Dict.GetStr(name); ok {
			return val, nil
		}
	}
	switch {
	case (name == "name" || name == "path") && ImportErrorType.IsSubtype(e.typ):
		return None, nil
	case name == "value" && StopIterationType.IsSubtype(e.typ):
		return firstArgOrNone(e.Args), nil
	case name == "code" && SystemExitType.IsSubtype(e.typ):
		if len(e.Args) > 1 {
			return NewTuple(append([]Value(nil), e.Args...)), nil
		}
		return firstArgOrNone(e.Args), nil
	}
	return GenericGetAttr(t, v, name)
}

func firstArgOrNone(args []Value) Value {
	if len(args) == 0 {
		return None
	}
	return args[0]
}

func exceptionSetAttr(t *Thread, v Value, name string, val Value) error {
	e := v.obj.(*Exception)
	switch name {
	case "args":
		items, err := sequenceItems(t, val)
		if err != nil {
			return err
		}
		e.Args = append([]Value(nil), items...)
		return nil
	case "__cause__", "__context__":
		var x *Exception
		if !val.IsNone() {
			var ok bool
			if x, ok = val.obj.(*Exception); !ok {
				what := "cause"
				if name == "__context__" {
					what = "context"
				}
				return Errorf(TypeErrorType, "exception %s must be None or derive from BaseException", what)
			}
		}
		if name == "__cause__" {
			e.Cause = x
			e.SuppressContext = true
		} else {
			e.Context = x
		}
		return nil
	case "__suppress_context__":
		b, err := Truth(t, val)
		e.SuppressContext = b
		return err
	case "__traceback__":
		return nil
	}
	if e.Dict == nil {
		e.Dict = NewDict()
	}
	e.Dict.SetStr(name, val)
	return nil
}

func exceptionDelAttr(t *Thread, v Value, name string) error {
	e := v.obj.(*Exception)
	if e.Dict == nil || !e.Dict.DelStr(name) {
		return NoAttribute(v, name)
	}
	return nil
}
