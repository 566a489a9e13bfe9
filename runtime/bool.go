package runtime

// The bool type: a subclass of int whose two values are inline. It shares
// int's slots except for repr, the constructor and & | ^, which keep bool
// results for bool operands (True & False is False, True & 1 is 1).

// initBoolType is called at the end of int's init, once int's slots exist
// (init functions run in file name order, and bool.go sorts first).
func initBoolType() {
	t := BoolType
	*t = *IntType // copy int's slots; the identity fields are restored below
	t.Name = "bool"
	t.Base = IntType
	t.Bases = []*Type{IntType}
	t.MRO = append([]*Type{t}, IntType.MRO...)
	t.Dict = NewDict()
	t.Final = true
	t.New = boolNew
	t.Repr = boolRepr
	t.Str = nil
	for _, op := range []BinaryOp{OpAnd, OpOr, OpXor} {
		t.Binary[op] = boolBitwiseSlot(op)
	}
}

func boolRepr(_ *Thread, v Value) (string, error) {
	if v.AsInt() != 0 {
		return "True", nil
	}
	return "False", nil
}

func boolNew(t *Thread, _ *Type, args []Value, kwargs []Kwarg) (Value, error) {
	if len(kwargs) > 0 {
		return Value{}, Errorf(TypeErrorType, "bool() takes no keyword arguments")
	}
	if len(args) > 1 {
		return Value{}, Errorf(TypeErrorType, "bool expected at most 1 argument, got %d", len(args))
	}
	if len(args) == 0 {
		return False, nil
	}
	b, err := Truth(t, args[0])
	return Bool(b), err
}

func boolBitwiseSlot(op BinaryOp) func(t *Thread, a, b Value, reflected bool) (Value, error) {
	return func(_ *Thread, a, b Value, _ bool) (Value, error) {
		if a.IsBool() && b.IsBool() {
			x, y := a.AsBool(), b.AsBool()
			switch op {
			case OpAnd:
				return Bool(x && y), nil
			case OpOr:
				return Bool(x || y), nil
			}
			return Bool(x != y), nil
		}
		return numBinary(op, a, b)
	}
}
