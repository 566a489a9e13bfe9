package runtime

import "math"

// Slice is a slice object, a[start:stop:step]; absent parts are None.
type Slice struct{ Start, Stop, Step Value }

// Type implements Object.
func (s *Slice) Type() *Type { return SliceType }

// NewSlice returns a slice object (pass None for absent parts).
func NewSlice(start, stop, step Value) Value {
	return Obj(&Slice{Start: start, Stop: stop, Step: step})
}

func init() {
	s := SliceType
	s.Final = true
	s.New = func(t *Thread, typ *Type, args []Value, kwargs []Kwarg) (Value, error) {
		if err := checkPositional("slice", args, kwargs, 1, 3); err != nil {
			return Value{}, err
		}
		switch len(args) {
		case 1:
			return NewSlice(None, args[0], None), nil
		case 2:
			return NewSlice(args[0], args[1], None), nil
		}
		return NewSlice(args[0], args[1], args[2]), nil
	}
	s.Repr = func(t *Thread, v Value) (string, error) {
		sl := v.obj.(*Slice)
		return reprItems(t, []Value{sl.Start, sl.Stop, sl.Step}, "slice(", ")")
	}
	s.Compare = func(t *Thread, a, b Value, op CompareOp) (Value, error) {
		sb, ok := b.obj.(*Slice)
		if !ok {
			return NotImplemented, nil
		}
		sa := a.obj.(*Slice)
		return tupleCompare(t, []Value{sa.Start, sa.Stop, sa.Step}, []Value{sb.Start, sb.Stop, sb.Step}, op)
	}
	s.GetAttr = func(t *Thread, v Value, name string) (Value, error) {
		sl := v.obj.(*Slice)
		switch name {
		case "start":
			return sl.Start, nil
		case "stop":
			return sl.Stop, nil
		case "step":
			return sl.Step, nil
		}
		return GenericGetAttr(t, v, name)
	}
	s.AddMethod("indices", func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		if err := checkOneArg("slice.indices", args, kwargs); err != nil {
			return Value{}, err
		}
		n, err := AsIndex(t, args[0])
		if err != nil {
			return Value{}, err
		}
		if n < 0 {
			return Value{}, Errorf(ValueErrorType, "length should not be negative")
		}
		start, stop, step, _, err := self.obj.(*Slice).Indices(t, int(n))
		if err != nil {
			return Value{}, err
		}
		return NewTuple([]Value{Int(int64(start)), Int(int64(stop)), Int(int64(step))}), nil
	})
}

// Indices resolves the slice against a sequence of length n, as CPython's
// PySlice_Unpack + PySlice_AdjustIndices: the first index, the end, the
// step, and how many items the slice selects.
func (s *Slice) Indices(t *Thread, n int) (start, stop, step, count int, err error) {
	if start, stop, step, err = s.unpack(t); err != nil {
		return
	}
	start, stop, count = adjustSliceIndices(n, start, stop, step)
	return
}

// sliceBounds is s.Indices(t, n), for the sequence types of other files.
func sliceBounds(t *Thread, s *Slice, n int) (start, stop, step, count int, err error) {
	return s.Indices(t, n)
}

// unpack converts the slice's parts to ints (PySlice_Unpack). It may run a
// user __index__, so containers call it before taking their lock and
// adjust the result to their length under the lock.
func (s *Slice) unpack(t *Thread) (start, stop, step int, err error) {
	step = 1
	if !s.Step.IsNone() {
		if step, err = sliceIndex(t, s.Step); err != nil {
			return
		}
		if step == 0 {
			err = Errorf(ValueErrorType, "slice step cannot be zero")
			return
		}
		if step < -math.MaxInt {
			step = -math.MaxInt // so that -step cannot overflow
		}
	}
	if s.Start.IsNone() {
		if step < 0 {
			start = math.MaxInt
		}
	} else if start, err = sliceIndex(t, s.Start); err != nil {
		return
	}
	if s.Stop.IsNone() {
		stop = math.MaxInt
		if step < 0 {
			stop = math.MinInt
		}
	} else if stop, err = sliceIndex(t, s.Stop); err != nil {
		return
	}
	return
}

// adjustSliceIndices clamps start and stop into the sequence and counts
// the selected items (PySlice_AdjustIndices).
func adjustSliceIndices(n, start, stop, step int) (int, int, int) {
	clamp := func(i int) int {
		if i < 0 {
			i += n
			if i < 0 {
				if step < 0 {
					return -1
				}
				return 0
			}
		} else if i >= n {
			if step < 0 {
				return n - 1
			}
			return n
		}
		return i
	}
	start, stop = clamp(start), clamp(stop)
	count := 0
	if step < 0 {
		if stop < start {
			count = (start-stop-1)/(-step) + 1
		}
	} else if start < stop {
		count = (stop-start-1)/step + 1
	}
	return start, stop, count
}

// sliceIndex converts one part of a slice: an int (a big int is clamped, as
// CPython does) or an object with __index__.
func sliceIndex(t *Thread, v Value) (int, error) {
	if v.IsInt() || v.IsBool() {
		return int(v.AsInt()), nil
	}
	if b, ok := v.obj.(*BigInt); ok {
		if b.v.Sign() < 0 {
			return math.MinInt, nil
		}
		return math.MaxInt, nil
	}
	i, err := AsIndex(t, v)
	if err != nil {
		if e := AsException(err); e.Matches(TypeErrorType) {
			return 0, Errorf(TypeErrorType, "slice indices must be integers or None or have an __index__ method")
		}
		return 0, err
	}
	return int(i), nil
}

// seqIndex converts the subscript of seq[key] for a sequence type named
// typeName: it returns the index, or the slice when key is one.
func seqIndex(t *Thread, key Value, typeName string) (int, *Slice, error) {
	if key.IsInt() {
		return int(key.AsInt()), nil, nil
	}
	if sl, ok := key.obj.(*Slice); ok {
		return 0, sl, nil
	}
	if key.IsBool() {
		return int(key.AsInt()), nil, nil
	}
	if _, ok := key.obj.(*BigInt); ok {
		return 0, nil, Errorf(IndexErrorType, "cannot fit 'int' into an index-sized integer")
	}
	if i, ok, err := indexDunder(t, key); ok || err != nil {
		return int(i), nil, err
	}
	return 0, nil, Errorf(TypeErrorType, "%s indices must be integers or slices, not %s", typeName, TypeName(key))
}

// sliceItems returns items[start:stop:step] as a new slice.
func sliceItems(items []Value, start, step, count int) []Value {
	out := make([]Value, count)
	if step == 1 {
		copy(out, items[start:start+count])
		return out
	}
	for i, j := 0, start; i < count; i, j = i+1, j+step {
		out[i] = items[j]
	}
	return out
}
