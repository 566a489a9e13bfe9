package runtime

import (
	"math/big"
	"strconv"
	"sync/atomic"
)

// Range is a range object. Its bounds are machine ints in the common case;
// a range whose bounds or length do not fit in int64 keeps them in big
// instead (range_big.go), and every slot checks that first.
type Range struct {
	start, stop, step int64
	length            int64
	big               *bigRange
}

// Type implements Object.
func (r *Range) Type() *Type { return RangeType }

// NewRange returns range(start, stop, step); step must not be zero.
func NewRange(start, stop, step int64) *Range {
	return &Range{start: start, stop: stop, step: step, length: rangeLength(start, stop, step)}
}

// rangeLength is the number of items of range(start, stop, step).
func rangeLength(start, stop, step int64) int64 {
	// Compute in uint64: stop-start may overflow int64 but never uint64.
	if step > 0 && start < stop {
		return int64((uint64(stop-start)-1)/uint64(step) + 1)
	}
	if step < 0 && start > stop {
		return int64((uint64(start-stop)-1)/(-uint64(step)) + 1)
	}
	return 0
}

// item returns the i-th value (0 <= i < length).
func (r *Range) item(i int64) Value { return Int(r.start + i*r.step) }

func init() {
	rt := RangeType
	rt.Final = true
	rt.New = rangeNew
	rt.Repr = func(t *Thread, v Value) (string, error) {
		r := v.obj.(*Range)
		if r.big != nil {
			return r.big.repr(), nil
		}
		s := "range(" + strconv.FormatInt(r.start, 10) + ", " + strconv.FormatInt(r.stop, 10)
		if r.step != 1 {
			s += ", " + strconv.FormatInt(r.step, 10)
		}
		return s + ")", nil
	}
	rt.Len = func(t *Thread, v Value) (int, error) {
		if r := v.obj.(*Range); r.big != nil {
			return r.big.len()
		}
		return int(v.obj.(*Range).length), nil
	}
	rt.Bool = func(t *Thread, v Value) (bool, error) {
		if r := v.obj.(*Range); r.big != nil {
			return r.big.length.Sign() != 0, nil
		}
		return v.obj.(*Range).length != 0, nil
	}
	rt.GetItem = rangeGetItem
	rt.Contains = rangeContains
	rt.Iter = func(t *Thread, v Value) (Value, error) {
		r := v.obj.(*Range)
		if r.big != nil {
			return r.big.iter(false), nil
		}
		return Obj(&rangeIter{start: r.start, step: r.step, n: r.length}), nil
	}
	rt.Compare = rangeCompare
	rt.Hash = func(t *Thread, v Value) (int64, error) {
		// CPython hashes (len, start, step), with None for the parts that
		// do not matter, so equal ranges hash alike.
		r := v.obj.(*Range)
		if r.big != nil {
			return hashValues(t, r.big.hashParts())
		}
		parts := []Value{Int(r.length), None, None}
		if r.length > 0 {
			parts[1] = Int(r.start)
			if r.length > 1 {
				parts[2] = Int(r.step)
			}
		}
		return hashValues(t, parts)
	}
	rt.GetAttr = func(t *Thread, v Value, name string) (Value, error) {
		b := v.obj.(*Range).toBigRange()
		switch name {
		case "start":
			return NewBigInt(new(big.Int).Set(b.start)), nil
		case "stop":
			return NewBigInt(new(big.Int).Set(b.stop)), nil
		case "step":
			return NewBigInt(new(big.Int).Set(b.step)), nil
		}
		return GenericGetAttr(t, v, name)
	}
	rt.AddMethod("index", rangeIndexMethod)
	rt.AddMethod("count", func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		if err := checkOneArg("range.count", args, kwargs); err != nil {
			return Value{}, err
		}
		if n, ok := toBig(args[0]); ok {
			if self.obj.(*Range).toBigRange().indexOf(n) != nil {
				return Int(1), nil
			}
			return Int(0), nil
		}
		if x := args[0]; x.IsInt() || x.IsBool() {
			if _, ok := self.obj.(*Range).indexOf(x.AsInt()); ok {
				return Int(1), nil
			}
			return Int(0), nil
		}
		n, err := seqCount(t, rangeSeq{self.obj.(*Range)}, args[0])
		return Int(int64(n)), err
	})
	addSlotMethods(rt)
}

func rangeNew(t *Thread, typ *Type, args []Value, kwargs []Kwarg) (Value, error) {
	if err := checkPositional("range", args, kwargs, 1, 3); err != nil {
		return Value{}, err
	}
	var bounds [3]*big.Int
	bounds[2] = big.NewInt(1)
	for i, a := range args {
		b, ok := toBig(a)
		if !ok {
			n, err := AsIndex(t, a)
			if err != nil {
				return Value{}, err
			}
			b = big.NewInt(n)
		}
		bounds[i] = b
	}
	if len(args) == 1 {
		bounds[0], bounds[1] = new(big.Int), bounds[0]
	}
	if bounds[2].Sign() == 0 {
		return Value{}, Errorf(ValueErrorType, "range() arg 3 must not be zero")
	}
	if len(args) > 0 && args[0].IsInt() && (len(args) < 2 || args[1].IsInt()) && (len(args) < 3 || args[2].IsInt()) {
		// The common case: machine ints whose length fits.
		start, stop, step := bounds[0].Int64(), bounds[1].Int64(), bounds[2].Int64()
		if r := NewRange(start, stop, step); r.length >= 0 {
			return Obj(r), nil
		}
	}
	return Obj(newBigRange(bounds[0], bounds[1], bounds[2])), nil
}

func rangeGetItem(t *Thread, v, key Value) (Value, error) {
	r := v.obj.(*Range)
	if r.big != nil {
		return r.big.getItem(t, key)
	}
	if _, isBig := key.obj.(*BigInt); isBig {
		return r.toBigRange().getItem(t, key)
	}
	i, sl, err := seqIndex(t, key, "range")
	if err != nil {
		return Value{}, err
	}
	if sl == nil {
		idx := int64(i)
		if idx < 0 {
			idx += r.length
		}
		if idx < 0 || idx >= r.length {
			return Value{}, Errorf(IndexErrorType, "range object index out of range")
		}
		return r.item(idx), nil
	}
	start, stop, step, _, err := sl.Indices(t, int(r.length))
	if err != nil {
		return Value{}, err
	}
	// The sliced range: the same arithmetic progression, re-based.
	return Obj(NewRange(r.start+int64(start)*r.step, r.start+int64(stop)*r.step, r.step*int64(step))), nil
}

// rangeContains is O(1) for ints; other values are compared item by item.
func rangeContains(t *Thread, v, x Value) (bool, error) {
	r := v.obj.(*Range)
	if r.big == nil && (x.IsInt() || x.IsBool()) {
		_, ok := r.indexOf(x.AsInt())
		return ok, nil
	}
	if n, ok := toBig(x); ok {
		return r.toBigRange().indexOf(n) != nil, nil
	}
	i, err := seqFind(t, rangeSeq{r}, x, 0, int(r.length))
	return i >= 0, err
}

// indexOf returns the position of n in the range. The differences are
// taken in uint64, where they cannot overflow.
func (r *Range) indexOf(n int64) (int64, bool) {
	var dist, step uint64
	if r.step > 0 {
		if n < r.start || n >= r.stop {
			return 0, false
		}
		dist, step = uint64(n-r.start), uint64(r.step)
	} else {
		if n > r.start || n <= r.stop {
			return 0, false
		}
		dist, step = uint64(r.start-n), -uint64(r.step)
	}
	if dist%step != 0 {
		return 0, false
	}
	return int64(dist / step), true
}

func rangeIndexMethod(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
	if err := checkOneArg("range.index", args, kwargs); err != nil {
		return Value{}, err
	}
	r := self.obj.(*Range)
	x := args[0]
	if n, ok := toBig(x); ok {
		if i := r.toBigRange().indexOf(n); i != nil {
			return NewBigInt(i), nil
		}
	} else if i, err := seqFind(t, rangeSeq{r}, x, 0, int(r.length)); err != nil || i >= 0 {
		return Int(int64(i)), err
	}
	s, err := Repr(t, x)
	if err != nil {
		return Value{}, err
	}
	return Value{}, Errorf(ValueErrorType, "%s is not in range", s)
}

// rangeCompare: ranges are equal when they produce the same sequence;
// they are not ordered.
func rangeCompare(t *Thread, a, b Value, op CompareOp) (Value, error) {
	rb, ok := b.obj.(*Range)
	if !ok || (op != EQ && op != NE) {
		return NotImplemented, nil
	}
	ra := a.obj.(*Range)
	var eq bool
	if ra.big != nil || rb.big != nil {
		eq = bigRangesEqual(ra.toBigRange(), rb.toBigRange())
	} else {
		eq = ra.length == rb.length && (ra.length == 0 ||
			ra.start == rb.start && (ra.length == 1 || ra.step == rb.step))
	}
	return Bool(eq == (op == EQ)), nil
}

// rangeSeq reads a range item by item (for the generic seq algorithms).
type rangeSeq struct{ r *Range }

func (s rangeSeq) at(i int) (Value, bool) {
	if int64(i) < s.r.length {
		return s.r.item(int64(i)), true
	}
	return Value{}, false
}

func (s rangeSeq) length() int { return int(s.r.length) }

// rangeIter is a range_iterator (also used by reversed(range)). Item k is
// start+k*step. Threads may share one (workers pulling from one
// iter(range(n))): as under CPython's GIL, each item must go to exactly one
// of them, so the next index is claimed with one atomic add, as strIterator
// does, instead of a read-modify-write that two threads could both win; a
// private iterator (see markPrivate) skips the atomic add.
type rangeIter struct {
	start, step, n int64
	k              int64 // next index to hand out
	private        bool
}

// RangeIterType is the type of iter(range).
var RangeIterType = newIteratorType("range_iterator")

// Type implements Object.
func (it *rangeIter) Type() *Type { return RangeIterType }

func init() {
	RangeIterType.Next = func(t *Thread, v Value) (Value, bool, error) {
		it := v.obj.(*rangeIter)
		k := claimIndex(&it.k, it.private)
		if k >= it.n {
			atomic.StoreInt64(&it.k, it.n) // keep it from wrapping on repeated calls
			return Value{}, false, nil
		}
		return Int(it.start + k*it.step), true, nil
	}
}

// reversedRange is reversed(range): a range_iterator walking backwards.
func reversedRange(r *Range) Value {
	if r.big != nil {
		return r.big.iter(true)
	}
	if r.length == 0 {
		return Obj(&rangeIter{})
	}
	return Obj(&rangeIter{start: r.start + (r.length-1)*r.step, step: -r.step, n: r.length})
}
