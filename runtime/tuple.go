package runtime

import "sync/atomic"

// Tuple is a Python tuple: immutable, so it needs no lock and its items
// can be shared freely.
type Tuple struct {
	items []Value
	ext   *subclassExt // nil for a plain tuple; set for a tuple subtype (subclass.go)
}

// Type implements Object.
func (t *Tuple) Type() *Type {
	if t.ext != nil {
		return t.ext.cls
	}
	return TupleType
}

// EmptyTuple is ().
var EmptyTuple = Obj(&Tuple{})

// NewTuple returns a tuple of items (the tuple takes ownership).
func NewTuple(items []Value) Value {
	if len(items) == 0 {
		return EmptyTuple
	}
	return Obj(&Tuple{items: items})
}

// NewTupleOfType returns an instance of a tuple subtype typ holding items.
func NewTupleOfType(typ *Type, items []Value) Value {
	return Obj(&Tuple{items: items, ext: &subclassExt{cls: typ}})
}

// Items returns the items (shared: never modify them).
func (t *Tuple) Items() []Value { return t.items }

// Len is len(t).
func (t *Tuple) Len() int { return len(t.items) }

func (t *Tuple) at(i int) (Value, bool) {
	if i < len(t.items) {
		return t.items[i], true
	}
	return Value{}, false
}

func (t *Tuple) length() int { return len(t.items) }

// AsTuple returns the *Tuple of a tuple value (or of a tuple subtype).
func AsTuple(v Value) (*Tuple, bool) {
	tup, ok := v.obj.(*Tuple)
	return tup, ok
}

func init() {
	tt := TupleType
	tt.New = func(t *Thread, typ *Type, args []Value, kwargs []Kwarg) (Value, error) {
		if err := checkPositional("tuple", args, kwargs, 0, 1); err != nil {
			return Value{}, err
		}
		if len(args) == 0 {
			return EmptyTuple, nil
		}
		if tup, ok := args[0].obj.(*Tuple); ok && tup.ext == nil {
			return args[0], nil // tuple(t) is t
		}
		items, err := sequenceItems(t, args[0])
		if err != nil {
			return Value{}, err
		}
		return NewTuple(items), nil
	}
	tt.Repr = tupleRepr
	tt.Hash = tupleHash
	tt.Len = func(t *Thread, v Value) (int, error) { return len(v.obj.(*Tuple).items), nil }
	tt.GetItem = tupleGetItem
	tt.Contains = func(t *Thread, v, x Value) (bool, error) {
		i, err := seqFind(t, v.obj.(*Tuple), x, 0, len(v.obj.(*Tuple).items))
		return i >= 0, err
	}
	tt.Iter = func(t *Thread, v Value) (Value, error) { return Obj(&tupleIter{items: v.obj.(*Tuple).items}), nil }
	tt.Compare = func(t *Thread, a, b Value, op CompareOp) (Value, error) {
		tb, ok := b.obj.(*Tuple)
		if !ok {
			return NotImplemented, nil
		}
		return seqCompare(t, a.obj.(*Tuple), tb, op)
	}
	tt.Concat = func(t *Thread, a, b Value) (Value, error) {
		tb, ok := b.obj.(*Tuple)
		if !ok {
			return Value{}, Errorf(TypeErrorType, "can only concatenate tuple (not \"%s\") to tuple", TypeName(b))
		}
		x := a.obj.(*Tuple).items
		if len(tb.items) == 0 && a.obj.(*Tuple).ext == nil {
			return a, nil
		}
		items := make([]Value, 0, len(x)+len(tb.items))
		return NewTuple(append(append(items, x...), tb.items...)), nil
	}
	tt.Repeat = func(t *Thread, a Value, n int) (Value, error) {
		tup := a.obj.(*Tuple)
		if n == 1 && tup.ext == nil {
			return a, nil
		}
		if n <= 0 || len(tup.items) == 0 {
			return EmptyTuple, nil
		}
		if err := checkRepeatSize(len(tup.items), n); err != nil {
			return Value{}, err
		}
		return NewTuple(repeatItems(tup.items, n)), nil
	}
	tt.AddMethod("index", func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		return seqIndexMethod(t, self.obj.(*Tuple), args, kwargs, "tuple")
	})
	tt.AddMethod("count", func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		if err := checkOneArg("tuple.count", args, kwargs); err != nil {
			return Value{}, err
		}
		n, err := seqCount(t, self.obj.(*Tuple), args[0])
		return Int(int64(n)), err
	})
	addSlotMethods(tt)
}

// tupleRepr is "(1, 2)", "(1,)" or "()".
func tupleRepr(t *Thread, v Value) (string, error) {
	tup := v.obj.(*Tuple)
	switch len(tup.items) {
	case 0:
		return "()", nil
	case 1:
		r, err := Repr(t, tup.items[0])
		return "(" + r + ",)", err
	}
	if busy, err := reprEnter(t, tup); busy || err != nil {
		return "(...)", err
	}
	defer reprLeave(t, tup)
	return reprItems(t, tup.items, "(", ")")
}

// tupleHash is CPython 3.11's tuple hash (an xxHash variant), so that
// hash((1, 2)) and the order of sets of tuples match CPython.
func tupleHash(t *Thread, v Value) (int64, error) {
	return hashValues(t, v.obj.(*Tuple).items)
}

func hashValues(t *Thread, items []Value) (int64, error) {
	const (
		prime1 = 11400714785074694791
		prime2 = 14029467366897019727
		prime5 = 2870177450012600261
	)
	acc := uint64(prime5)
	for _, x := range items {
		h, err := Hash(t, x)
		if err != nil {
			return 0, err
		}
		acc += uint64(h) * prime2
		acc = acc<<31 | acc>>33
		acc *= prime1
	}
	acc += uint64(len(items)) ^ (prime5 ^ 3527539)
	if acc == ^uint64(0) {
		return 1546275796, nil
	}
	return int64(acc), nil
}

func tupleGetItem(t *Thread, v, key Value) (Value, error) {
	tup := v.obj.(*Tuple)
	i, sl, err := seqIndex(t, key, "tuple")
	if err != nil {
		return Value{}, err
	}
	if sl == nil {
		if i < 0 {
			i += len(tup.items)
		}
		if i < 0 || i >= len(tup.items) {
			return Value{}, Errorf(IndexErrorType, "tuple index out of range")
		}
		return tup.items[i], nil
	}
	start, _, step, count, err := sl.Indices(t, len(tup.items))
	if err != nil {
		return Value{}, err
	}
	if count == len(tup.items) && step == 1 && tup.ext == nil {
		return v, nil
	}
	return NewTuple(sliceItems(tup.items, start, step, count)), nil
}

// tupleCompare compares two item slices as tuples.
func tupleCompare(t *Thread, a, b []Value, op CompareOp) (Value, error) {
	return seqCompare(t, &Tuple{items: a}, &Tuple{items: b}, op)
}

// tupleIter is a tuple_iterator. The index is claimed with one atomic add,
// as strIterator does, so threads sharing one iterator each get different
// items, as under CPython's GIL.
type tupleIter struct {
	items   []Value
	i       int64
	private bool // see markPrivate
}

// TupleIterType is the type of iter(tuple).
var TupleIterType = newIteratorType("tuple_iterator")

// Type implements Object.
func (it *tupleIter) Type() *Type { return TupleIterType }

func init() {
	TupleIterType.Next = func(t *Thread, v Value) (Value, bool, error) {
		it := v.obj.(*tupleIter)
		i := claimIndex(&it.i, it.private)
		if i >= int64(len(it.items)) {
			atomic.StoreInt64(&it.i, int64(len(it.items))) // keep it from wrapping on repeated calls
			return Value{}, false, nil
		}
		return it.items[i], true, nil
	}
}
