package runtime

// The abstract object protocol: the functions the vm and the built-ins call
// to operate on any value. Each looks up the slot on the value's type (after
// fast paths for the commonest inline kinds) and turns a missing slot into
// the TypeError CPython raises. These are the only places that know the
// dispatch rules (reflected operands, NotImplemented, fallbacks).

// Repr is repr(v).
func Repr(t *Thread, v Value) (string, error) {
	typ := v.Type()
	if typ.Repr == nil {
		return "<" + typ.Name + " object>", nil
	}
	return typ.Repr(t, v)
}

// StrOf is str(v).
func StrOf(t *Thread, v Value) (string, error) {
	typ := v.Type()
	if typ == StrType {
		return v.obj.(*Str).s, nil
	}
	if typ.Str != nil {
		return typ.Str(t, v)
	}
	return Repr(t, v)
}

// SafeRepr is repr(v) for values whose repr cannot run user code or fail
// (used in error messages); on failure it falls back to a generic form.
func SafeRepr(v Value) string {
	s, err := Repr(nil, v)
	if err != nil {
		return "<" + v.Type().Name + " object>"
	}
	return s
}

// SafeStr is str(v) without running user code (see SafeRepr).
func SafeStr(v Value) string {
	s, err := StrOf(nil, v)
	if err != nil {
		return "<" + v.Type().Name + " object>"
	}
	return s
}

// Hash is hash(v), with CPython's values for numbers (hash(-1) == -2, equal
// ints and floats hash alike) so that sets iterate in CPython's order.
func Hash(t *Thread, v Value) (int64, error) {
	if v.IsInt() {
		return hashInt64(v.AsInt()), nil
	}
	typ := v.Type()
	if typ.Hash == nil {
		return 0, Errorf(TypeErrorType, "unhashable type: '%s'", typ.Name)
	}
	return typ.Hash(t, v)
}

// hashInt64 is CPython's hash of a machine int: the value modulo 2**61-1,
// keeping the sign, with -1 mapped to -2.
func hashInt64(i int64) int64 {
	const modulus = (1 << 61) - 1
	var h int64
	if i >= 0 {
		h = int64(uint64(i) % modulus)
	} else {
		h = -int64(uint64(-i) % modulus)
	}
	if h == -1 {
		h = -2
	}
	return h
}

// RichCompare evaluates a op b with CPython's dispatch: the right operand's
// reflected method first if its type is a proper subtype of the left's, then
// the left's, then the right's; == and != fall back to identity.
func RichCompare(t *Thread, a, b Value, op CompareOp) (Value, error) {
	ta, tb := a.Type(), b.Type()
	checkedReverse := false
	if ta != tb && tb.Compare != nil && ta.IsSubtype(tb) {
		checkedReverse = true
		r, err := tb.Compare(t, b, a, op.Reflected())
		if err != nil || !Is(r, NotImplemented) {
			return r, err
		}
	}
	if ta.Compare != nil {
		r, err := ta.Compare(t, a, b, op)
		if err != nil || !Is(r, NotImplemented) {
			return r, err
		}
	}
	if !checkedReverse && tb.Compare != nil {
		r, err := tb.Compare(t, b, a, op.Reflected())
		if err != nil || !Is(r, NotImplemented) {
			return r, err
		}
	}
	switch op {
	case EQ:
		return Bool(Is(a, b)), nil
	case NE:
		return Bool(!Is(a, b)), nil
	}
	return Value{}, Errorf(TypeErrorType, "'%s' not supported between instances of '%s' and '%s'",
		op, ta.Name, tb.Name)
}

// Equal is bool(a == b), the test used by containers (`in`, list.index,
// dict keys). Identity implies equality, as in CPython's containers.
func Equal(t *Thread, a, b Value) (bool, error) {
	if Is(a, b) {
		return true, nil
	}
	if a.IsInt() && b.IsInt() {
		return false, nil // identical payloads were caught by Is
	}
	r, err := RichCompare(t, a, b, EQ)
	if err != nil {
		return false, err
	}
	return Truth(t, r)
}

// Truth is bool(v).
func Truth(t *Thread, v Value) (bool, error) {
	switch v.obj {
	case kindBool, kindInt:
		return v.bits != 0, nil
	case kindNone:
		return false, nil
	case kindFloat:
		return v.AsFloat() != 0, nil
	}
	typ := v.Type()
	if typ.Bool != nil {
		return typ.Bool(t, v)
	}
	if typ.Len != nil {
		n, err := typ.Len(t, v)
		return n != 0, err
	}
	return true, nil
}

// Len is len(v).
func Len(t *Thread, v Value) (int, error) {
	typ := v.Type()
	if typ.Len == nil {
		return 0, Errorf(TypeErrorType, "object of type '%s' has no len()", typ.Name)
	}
	return typ.Len(t, v)
}

// GetItem is v[key].
func GetItem(t *Thread, v, key Value) (Value, error) {
	typ := v.Type()
	if typ.GetItem == nil {
		if typ == TypeType {
			return Value{}, Errorf(TypeErrorType, "type '%s' is not subscriptable", v.obj.(*Type).Name)
		}
		return Value{}, Errorf(TypeErrorType, "'%s' object is not subscriptable", typ.Name)
	}
	return typ.GetItem(t, v, key)
}

// SetItem is v[key] = val.
func SetItem(t *Thread, v, key, val Value) error {
	typ := v.Type()
	if typ.SetItem == nil {
		return Errorf(TypeErrorType, "'%s' object does not support item assignment", typ.Name)
	}
	return typ.SetItem(t, v, key, val)
}

// DelItem is del v[key].
func DelItem(t *Thread, v, key Value) error {
	typ := v.Type()
	if typ.DelItem == nil {
		// CPython's wording depends on the path: an index on a type with
		// sequence slots goes through PySequence_DelItem ("doesn't"),
		// anything else is PyObject_DelItem's "does not".
		seq := typ.Len != nil || typ.Contains != nil || typ.GetItem != nil || IsUserClass(typ)
		if _, isIndex := IndexValue(key); seq && (isIndex || IsIntegral(key)) {
			return Errorf(TypeErrorType, "'%s' object doesn't support item deletion", typ.Name)
		}
		return Errorf(TypeErrorType, "'%s' object does not support item deletion", typ.Name)
	}
	return typ.DelItem(t, v, key)
}

// Contains is `x in v`. Without a Contains slot it iterates, as CPython.
func Contains(t *Thread, v, x Value) (bool, error) {
	typ := v.Type()
	if typ.Contains != nil {
		return typ.Contains(t, v, x)
	}
	if typ.Iter == nil {
		return false, Errorf(TypeErrorType, "argument of type '%s' is not iterable", typ.Name)
	}
	it, err := Iter(t, v)
	if err != nil {
		return false, err
	}
	for {
		item, ok, err := Next(t, it)
		if err != nil || !ok {
			return false, err
		}
		if eq, err := Equal(t, item, x); err != nil || eq {
			return eq, err
		}
	}
}

// Iter is iter(v).
func Iter(t *Thread, v Value) (Value, error) {
	typ := v.Type()
	if typ.Iter == nil {
		return Value{}, Errorf(TypeErrorType, "'%s' object is not iterable", typ.Name)
	}
	return typ.Iter(t, v)
}

// Next advances an iterator: ok is false when it is exhausted (whatever
// value it ended with).
func Next(t *Thread, it Value) (Value, bool, error) {
	typ := it.Type()
	if typ.Next == nil {
		return Value{}, false, Errorf(TypeErrorType, "'%s' object is not an iterator", typ.Name)
	}
	v, ok, err := typ.Next(t, it)
	if err != nil && !ok && isStopIteration(err) {
		return Value{}, false, nil
	}
	return v, ok, err
}

// NextOrStop advances an iterator as next(it) does: the item, or the
// StopIteration that ended the iterator (carrying its value, e.g. a
// generator's return value) as the error.
func NextOrStop(t *Thread, it Value) (Value, error) {
	typ := it.Type()
	if typ.Next == nil {
		return Value{}, Errorf(TypeErrorType, "'%s' object is not an iterator", typ.Name)
	}
	v, ok, err := typ.Next(t, it)
	if err == nil && !ok {
		return Value{}, NewException(StopIterationType)
	}
	return v, err
}

// isStopIteration reports whether err is a StopIteration exception.
func isStopIteration(err error) bool {
	e, ok := err.(*Exception)
	return ok && e.Matches(StopIterationType)
}

// Call calls fn(*args, **kwargs).
func Call(t *Thread, fn Value, args []Value, kwargs []Kwarg) (Value, error) {
	typ := fn.Type()
	if typ.Call == nil {
		return Value{}, Errorf(TypeErrorType, "'%s' object is not callable", typ.Name)
	}
	return typ.Call(t, fn, args, kwargs)
}

// Callable is callable(v).
func Callable(v Value) bool { return v.Type().Call != nil }

// GetAttr is getattr(v, name).
func GetAttr(t *Thread, v Value, name string) (Value, error) {
	typ := v.Type()
	if typ.GetAttr != nil {
		return typ.GetAttr(t, v, name)
	}
	return GenericGetAttr(t, v, name)
}

// GenericGetAttr is object.__getattribute__ for values without an instance
// dict: the name is looked up along the type's MRO and bound through the
// descriptor protocol (a built-in method binds to v).
func GenericGetAttr(t *Thread, v Value, name string) (Value, error) {
	typ := v.Type()
	if attr, ok := typ.Lookup(name); ok {
		return Bind(t, attr, v, typ)
	}
	return Value{}, NoAttribute(v, name)
}

// Bind applies the descriptor protocol to attr found on owner's MRO for
// instance obj (null obj: looked up on the class itself).
func Bind(t *Thread, attr, obj Value, owner *Type) (Value, error) {
	if _, ok := attr.obj.(*Method); ok {
		if obj.IsNull() {
			return attr, nil
		}
		return Obj(&BoundMethod{Self: obj, Func: attr}), nil
	}
	if get := attr.Type().Get; get != nil {
		return get(t, attr, obj, owner)
	}
	return attr, nil
}

// NoAttribute is the AttributeError for a missing attribute, worded as CPython.
func NoAttribute(v Value, name string) *Exception {
	switch o := v.obj.(type) {
	case *Module:
		return Errorf(AttributeErrorType, "module '%s' has no attribute '%s'", o.Name, name)
	case *Type:
		return Errorf(AttributeErrorType, "type object '%s' has no attribute '%s'", o.Name, name)
	}
	return Errorf(AttributeErrorType, "'%s' object has no attribute '%s'", v.Type().Name, name)
}

// SetAttr is setattr(v, name, val).
func SetAttr(t *Thread, v Value, name string, val Value) error {
	typ := v.Type()
	if typ.SetAttr == nil {
		if _, ok := typ.Lookup(name); ok {
			return Errorf(AttributeErrorType, "'%s' object attribute '%s' is read-only", typ.Name, name)
		}
		return Errorf(AttributeErrorType, "'%s' object has no attribute '%s'", typ.Name, name)
	}
	return typ.SetAttr(t, v, name, val)
}

// DelAttr is delattr(v, name).
func DelAttr(t *Thread, v Value, name string) error {
	typ := v.Type()
	if typ.DelAttr == nil {
		return NoAttribute(v, name)
	}
	return typ.DelAttr(t, v, name)
}

// Binary evaluates a op b with CPython's binary_op1 dispatch: the right
// operand's slot first if its type is a proper subtype of the left's, then
// left, then right; then sequence concatenation/repetition for + and *.
func Binary(t *Thread, op BinaryOp, a, b Value) (Value, error) {
	return binaryDispatch(t, op, a, b, false)
}

// binaryDispatch is Binary; inplace only changes the operator named in the
// TypeError ("+=" rather than "+"), as CPython's error for a += b.
func binaryDispatch(t *Thread, op BinaryOp, a, b Value, inplace bool) (Value, error) {
	ta, tb := a.Type(), b.Type()
	slotA, slotB := ta.Binary[op], tb.Binary[op]
	if ta == tb {
		slotB = nil
	}
	if slotB != nil && ta != tb && ta.IsSubtype(tb) && reflectedOverloaded(ta, tb, op) {
		r, err := slotB(t, a, b, true)
		if err != nil || !Is(r, NotImplemented) {
			return r, err
		}
		slotB = nil
	}
	if slotA != nil {
		r, err := slotA(t, a, b, false)
		if err != nil || !Is(r, NotImplemented) {
			return r, err
		}
	}
	if slotB != nil {
		r, err := slotB(t, a, b, true)
		if err != nil || !Is(r, NotImplemented) {
			return r, err
		}
	}
	switch op {
	case OpAdd:
		if ta.Concat != nil {
			return ta.Concat(t, a, b)
		}
	case OpMul:
		if ta.Repeat != nil {
			return repeatBy(t, ta, a, b)
		}
		if tb.Repeat != nil {
			return repeatBy(t, tb, b, a)
		}
	}
	return Value{}, binaryTypeError(op, ta, tb, inplace)
}

func binaryTypeError(op BinaryOp, ta, tb *Type, inplace bool) *Exception {
	if inplace {
		return Errorf(TypeErrorType, "unsupported operand type(s) for %s=: '%s' and '%s'", op, ta.Name, tb.Name)
	}
	if op == OpPow {
		return Errorf(TypeErrorType, "unsupported operand type(s) for ** or pow(): '%s' and '%s'", ta.Name, tb.Name)
	}
	return Errorf(TypeErrorType, "unsupported operand type(s) for %s: '%s' and '%s'", op, ta.Name, tb.Name)
}

// repeatBy is seq * n for a sequence type: n must be an int.
func repeatBy(t *Thread, seqType *Type, seq, n Value) (Value, error) {
	count, ok := IndexValue(n)
	if !ok {
		return Value{}, Errorf(TypeErrorType, "can't multiply sequence by non-int of type '%s'", n.Type().Name)
	}
	return seqType.Repeat(t, seq, count)
}

// InPlace evaluates a op= b: the in-place slot if the type has one
// (list += extends the list), else Binary.
func InPlace(t *Thread, op BinaryOp, a, b Value) (Value, error) {
	if slot := a.Type().InPlace[op]; slot != nil {
		r, err := slot(t, a, b)
		if err != nil || !Is(r, NotImplemented) {
			return r, err
		}
	}
	return binaryDispatch(t, op, a, b, true)
}

// Unary evaluates -v, +v or ~v.
func Unary(t *Thread, op UnaryOp, v Value) (Value, error) {
	typ := v.Type()
	if slot := typ.Unary[op]; slot != nil {
		return slot(t, v)
	}
	sym := [...]string{"unary -", "unary +", "unary ~"}[op]
	return Value{}, Errorf(TypeErrorType, "bad operand type for %s: '%s'", sym, typ.Name)
}
