package runtime

import "math/big"

// Ranges whose bounds or length do not fit in int64 (range(10**20)). They
// are rare, so they use math/big throughout and allocate freely; every
// range slot checks Range.big first and comes here for them.

// bigRange holds the bounds of a big range; length is the item count.
type bigRange struct {
	start, stop, step, length *big.Int
}

var bigOne = big.NewInt(1)

// newBigRange builds range(start, stop, step) from big ints (step != 0).
func newBigRange(start, stop, step *big.Int) *Range {
	length := new(big.Int)
	switch {
	case step.Sign() > 0 && start.Cmp(stop) < 0:
		length.Sub(stop, start)
		length.Sub(length, bigOne)
		length.Quo(length, step)
		length.Add(length, bigOne)
	case step.Sign() < 0 && start.Cmp(stop) > 0:
		length.Sub(start, stop)
		length.Sub(length, bigOne)
		length.Quo(length, new(big.Int).Neg(step))
		length.Add(length, bigOne)
	}
	if start.IsInt64() && stop.IsInt64() && step.IsInt64() && length.IsInt64() {
		return NewRange(start.Int64(), stop.Int64(), step.Int64())
	}
	return &Range{big: &bigRange{start: start, stop: stop, step: step, length: length}}
}

// toBigRange returns r's bounds as big ints (for either representation).
func (r *Range) toBigRange() *bigRange {
	if r.big != nil {
		return r.big
	}
	return &bigRange{big.NewInt(r.start), big.NewInt(r.stop), big.NewInt(r.step), big.NewInt(r.length)}
}

// item returns start + i*step.
func (b *bigRange) item(i *big.Int) Value {
	x := new(big.Int).Mul(i, b.step)
	return NewBigInt(x.Add(x, b.start))
}

// indexOf returns the position of n in the range, or nil.
func (b *bigRange) indexOf(n *big.Int) *big.Int {
	var dist, step big.Int
	if b.step.Sign() > 0 {
		if n.Cmp(b.start) < 0 || n.Cmp(b.stop) >= 0 {
			return nil
		}
		dist.Sub(n, b.start)
		step.Set(b.step)
	} else {
		if n.Cmp(b.start) > 0 || n.Cmp(b.stop) <= 0 {
			return nil
		}
		dist.Sub(b.start, n)
		step.Neg(b.step)
	}
	q, m := new(big.Int).QuoRem(&dist, &step, new(big.Int))
	if m.Sign() != 0 {
		return nil
	}
	return q
}

func (b *bigRange) repr() string {
	s := "range(" + b.start.String() + ", " + b.stop.String()
	if b.step.Cmp(bigOne) != 0 {
		s += ", " + b.step.String()
	}
	return s + ")"
}

func (b *bigRange) len() (int, error) {
	if !b.length.IsInt64() {
		return 0, Errorf(OverflowErrorType, "Python int too large to convert to C ssize_t")
	}
	return int(b.length.Int64()), nil
}

func (b *bigRange) getItem(t *Thread, key Value) (Value, error) {
	if sl, ok := key.obj.(*Slice); ok {
		return b.slice(t, sl)
	}
	i, ok := toBig(key)
	if !ok {
		if _, _, err := seqIndex(t, key, "range"); err != nil {
			return Value{}, err
		}
		n, err := AsIndex(t, key)
		if err != nil {
			return Value{}, err
		}
		i = big.NewInt(n)
	}
	idx := new(big.Int).Set(i)
	if idx.Sign() < 0 {
		idx.Add(idx, b.length)
	}
	if idx.Sign() < 0 || idx.Cmp(b.length) >= 0 {
		return Value{}, Errorf(IndexErrorType, "range object index out of range")
	}
	return b.item(idx), nil
}

// slice is r[sl]: the indices are resolved against the big length (slice
// parts beyond int64 are clamped by unpack, as bounds).
func (b *bigRange) slice(t *Thread, sl *Slice) (Value, error) {
	start, stop, step, err := sl.unpack(t)
	if err != nil {
		return Value{}, err
	}
	bStep := big.NewInt(int64(step))
	adjust := func(i int, isNone bool, def *big.Int) *big.Int {
		if isNone {
			return def
		}
		x := big.NewInt(int64(i))
		if x.Sign() < 0 {
			x.Add(x, b.length)
			if x.Sign() < 0 {
				if step < 0 {
					return big.NewInt(-1)
				}
				return new(big.Int)
			}
		} else if x.Cmp(b.length) >= 0 {
			if step < 0 {
				return new(big.Int).Sub(b.length, bigOne)
			}
			return b.length
		}
		return x
	}
	var defStart, defStop *big.Int
	if step < 0 {
		defStart, defStop = new(big.Int).Sub(b.length, bigOne), big.NewInt(-1)
	} else {
		defStart, defStop = new(big.Int), b.length
	}
	i := adjust(start, sl.Start.IsNone(), defStart)
	j := adjust(stop, sl.Stop.IsNone(), defStop)
	at := func(k *big.Int) *big.Int {
		x := new(big.Int).Mul(k, b.step)
		return x.Add(x, b.start)
	}
	return Obj(newBigRange(at(i), at(j), new(big.Int).Mul(b.step, bStep))), nil
}

func (b *bigRange) hashParts() []Value {
	parts := []Value{NewBigInt(new(big.Int).Set(b.length)), None, None}
	if b.length.Sign() > 0 {
		parts[1] = NewBigInt(new(big.Int).Set(b.start))
		if b.length.Cmp(bigOne) > 0 {
			parts[2] = NewBigInt(new(big.Int).Set(b.step))
		}
	}
	return parts
}

func bigRangesEqual(a, b *bigRange) bool {
	if a.length.Cmp(b.length) != 0 {
		return false
	}
	return a.length.Sign() == 0 || a.start.Cmp(b.start) == 0 && (a.length.Cmp(bigOne) == 0 || a.step.Cmp(b.step) == 0)
}

// bigRangeIter iterates a big range. mu serialises threads sharing one:
// two concurrent Adds on one big.Int could corrupt it.
type bigRangeIter struct {
	mu               ObjectLock
	private          bool // see markPrivate
	next, step, left *big.Int
}

// Type implements Object.
func (it *bigRangeIter) Type() *Type { return LongRangeIterType }

// LongRangeIterType is the iterator of a big range (CPython's longrange_iterator).
var LongRangeIterType = newIteratorType("longrange_iterator")

func init() {
	LongRangeIterType.Next = func(t *Thread, v Value) (Value, bool, error) {
		it := v.obj.(*bigRangeIter)
		if !it.private {
			it.mu.Lock()
			defer it.mu.Unlock()
		}
		if it.left.Sign() <= 0 {
			return Value{}, false, nil
		}
		x := NewBigInt(new(big.Int).Set(it.next))
		it.next.Add(it.next, it.step)
		it.left.Sub(it.left, bigOne)
		return x, true, nil
	}
}

func (b *bigRange) iter(reversed bool) Value {
	it := &bigRangeIter{next: new(big.Int).Set(b.start), step: new(big.Int).Set(b.step), left: new(big.Int).Set(b.length)}
	if reversed && b.length.Sign() > 0 {
		last := new(big.Int).Sub(b.length, bigOne)
		it.next = last.Mul(last, b.step).Add(last, b.start)
		it.step.Neg(it.step)
	}
	return Obj(it)
}
