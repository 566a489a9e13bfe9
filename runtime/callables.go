package runtime

// Calling and printing the callable objects defined in type.go: built-in
// functions (len), method descriptors (list.append) and bound methods
// ([].append, and user functions bound to an instance).

func init() {
	bf := BuiltinFunctionType
	bf.Call = func(t *Thread, v Value, args []Value, kwargs []Kwarg) (Value, error) {
		switch f := v.obj.(type) {
		case *Builtin:
			return f.Fn(t, args, kwargs)
		case *BoundMethod: // a *Method bound to its object
			return f.Func.obj.(*Method).Fn(t, f.Self, args, kwargs)
		}
		return Value{}, Errorf(TypeErrorType, "'%s' object is not callable", TypeName(v))
	}
	bf.Repr = func(t *Thread, v Value) (string, error) {
		switch f := v.obj.(type) {
		case *Builtin:
			return "<built-in function " + f.Name + ">", nil
		case *BoundMethod:
			m := f.Func.obj.(*Method)
			return "<built-in method " + m.Name + " of " + f.Self.Type().Name + " object at " + addrString(f.Self) + ">", nil
		}
		return DefaultRepr(v), nil
	}
	bf.GetAttr = func(t *Thread, v Value, name string) (Value, error) {
		switch f := v.obj.(type) {
		case *Builtin:
			switch name {
			case "__name__", "__qualname__":
				return NewStr(f.Name), nil
			case "__module__":
				if f.Module == "" {
					return NewStr("builtins"), nil
				}
				return NewStr(f.Module), nil
			case "__self__":
				return None, nil
			}
		case *BoundMethod:
			m := f.Func.obj.(*Method)
			switch name {
			case "__name__":
				return NewStr(m.Name), nil
			case "__qualname__":
				return NewStr(m.Owner.Name + "." + m.Name), nil
			case "__self__":
				return f.Self, nil
			}
		}
		return GenericGetAttr(t, v, name)
	}
	bf.Compare = boundMethodCompare
	bf.Hash = func(t *Thread, v Value) (int64, error) { return IdentityHash(v), nil }

	md := MethodDescriptorType
	md.Call = func(t *Thread, v Value, args []Value, kwargs []Kwarg) (Value, error) {
		m := v.obj.(*Method)
		if len(args) == 0 {
			return Value{}, Errorf(TypeErrorType, "unbound method %s.%s() needs an argument", m.Owner.Name, m.Name)
		}
		if !m.Owner.IsSubtype(args[0].Type()) {
			return Value{}, Errorf(TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
				m.Name, m.Owner.Name, TypeName(args[0]))
		}
		return m.Fn(t, args[0], args[1:], kwargs)
	}
	md.Repr = func(t *Thread, v Value) (string, error) {
		m := v.obj.(*Method)
		return "<method '" + m.Name + "' of '" + m.Owner.Name + "' objects>", nil
	}
	md.GetAttr = func(t *Thread, v Value, name string) (Value, error) {
		m := v.obj.(*Method)
		switch name {
		case "__name__":
			return NewStr(m.Name), nil
		case "__qualname__":
			return NewStr(m.Owner.Name + "." + m.Name), nil
		case "__objclass__":
			return Obj(m.Owner), nil
		}
		return GenericGetAttr(t, v, name)
	}
	md.Hash = func(t *Thread, v Value) (int64, error) { return IdentityHash(v), nil }

	bm := BoundMethodType
	bm.Call = func(t *Thread, v Value, args []Value, kwargs []Kwarg) (Value, error) {
		b := v.obj.(*BoundMethod)
		full := make([]Value, len(args)+1)
		full[0] = b.Self
		copy(full[1:], args)
		return Call(t, b.Func, full, kwargs)
	}
	bm.Repr = func(t *Thread, v Value) (string, error) {
		b := v.obj.(*BoundMethod)
		name := "?"
		if q, err := GetAttr(t, b.Func, "__qualname__"); err == nil {
			name, _ = StrOf(t, q)
		}
		self, err := Repr(t, b.Self)
		if err != nil {
			return "", err
		}
		return "<bound method " + name + " of " + self + ">", nil
	}
	bm.GetAttr = func(t *Thread, v Value, name string) (Value, error) {
		b := v.obj.(*BoundMethod)
		switch name {
		case "__self__":
			return b.Self, nil
		case "__func__":
			return b.Func, nil
		}
		// Everything else (__name__, __doc__, ...) comes from the function.
		return GetAttr(t, b.Func, name)
	}
	bm.Compare = boundMethodCompare
	bm.Hash = func(t *Thread, v Value) (int64, error) {
		b := v.obj.(*BoundMethod)
		return IdentityHash(b.Self) ^ IdentityHash(b.Func), nil
	}
}

// boundMethodCompare: two bound methods are equal when they bind the same
// object to the same function.
func boundMethodCompare(t *Thread, a, b Value, op CompareOp) (Value, error) {
	ba, okA := a.obj.(*BoundMethod)
	bb, okB := b.obj.(*BoundMethod)
	if !okA || !okB || (op != EQ && op != NE) {
		return NotImplemented, nil
	}
	eq := Is(ba.Self, bb.Self) && Is(ba.Func, bb.Func)
	return Bool(eq == (op == EQ)), nil
}
