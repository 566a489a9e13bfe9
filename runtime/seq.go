package runtime

// Algorithms shared by the sequence types (list, tuple): lexicographic
// comparison, membership, index and count. They read items one at a time
// through seqAt so that a list's lock is held only for each read, never
// while == runs user code.

// seqAt is a sequence read item by item.
type seqAt interface {
	at(i int) (Value, bool) // item i, or false past the end
	length() int
}

// seqCompare is CPython's list/tuple richcompare: find the first index
// where the items differ; if none, compare the lengths; otherwise == and !=
// are decided and the other operators compare those two items.
func seqCompare(t *Thread, a, b seqAt, op CompareOp) (Value, error) {
	if (op == EQ || op == NE) && a.length() != b.length() {
		return Bool(op == NE), nil
	}
	i := 0
	var x, y Value
	for ; ; i++ {
		var okA, okB bool
		x, okA = a.at(i)
		y, okB = b.at(i)
		if !okA || !okB {
			return compareInts(int64(a.length()), int64(b.length()), op), nil
		}
		eq, err := Equal(t, x, y)
		if err != nil {
			return Value{}, err
		}
		if !eq {
			break
		}
	}
	switch op {
	case EQ:
		return False, nil
	case NE:
		return True, nil
	}
	return RichCompare(t, x, y, op)
}

// compareInts is a op b for Go ints.
func compareInts(a, b int64, op CompareOp) Value {
	switch op {
	case LT:
		return Bool(a < b)
	case LE:
		return Bool(a <= b)
	case EQ:
		return Bool(a == b)
	case NE:
		return Bool(a != b)
	case GT:
		return Bool(a > b)
	}
	return Bool(a >= b)
}

// seqFind returns the first index in [start, stop) whose item equals x, or -1.
func seqFind(t *Thread, s seqAt, x Value, start, stop int) (int, error) {
	if l, ok := s.(*List); ok {
		i, decided, resume := l.findNoCode(x, start, stop)
		if decided {
			return i, nil
		}
		start = resume
	}
	for i := start; i < stop; i++ {
		item, ok := s.at(i)
		if !ok {
			break
		}
		eq, err := Equal(t, item, x)
		if err != nil {
			return -1, err
		}
		if eq {
			return i, nil
		}
	}
	return -1, nil
}

// seqCount counts the items equal to x.
func seqCount(t *Thread, s seqAt, x Value) (int, error) {
	n := 0
	for i := 0; ; i++ {
		item, ok := s.at(i)
		if !ok {
			return n, nil
		}
		eq, err := Equal(t, item, x)
		if err != nil {
			return 0, err
		}
		if eq {
			n++
		}
	}
}

// seqIndexMethod implements list.index and tuple.index:
// index(x[, start[, stop]]) with slice-like clamping of start and stop.
func seqIndexMethod(t *Thread, s seqAt, args []Value, kwargs []Kwarg, typeName string) (Value, error) {
	if err := checkPositional("index", args, kwargs, 1, 3); err != nil {
		return Value{}, err
	}
	start, stop := 0, int(^uint(0)>>1)
	var err error
	if len(args) > 1 {
		if start, err = sliceIndex(t, args[1]); err != nil {
			return Value{}, err
		}
	}
	if len(args) > 2 {
		if stop, err = sliceIndex(t, args[2]); err != nil {
			return Value{}, err
		}
	}
	n := s.length()
	if start < 0 {
		start = max(start+n, 0)
	}
	if stop < 0 {
		stop = max(stop+n, 0)
	}
	i, err := seqFind(t, s, args[0], start, stop)
	if err != nil {
		return Value{}, err
	}
	if i < 0 {
		if typeName == "tuple" {
			return Value{}, Errorf(ValueErrorType, "tuple.index(x): x not in tuple")
		}
		r, err := Repr(t, args[0])
		if err != nil {
			return Value{}, err
		}
		return Value{}, Errorf(ValueErrorType, "%s is not in list", r)
	}
	return Int(int64(i)), nil
}

// checkRepeatSize refuses repetitions whose result could not be allocated,
// as CPython answers MemoryError before trying.
func checkRepeatSize(n, count int) error {
	if n > 0 && count > (1<<31)/n {
		return NewException(MemoryErrorType)
	}
	return nil
}

// repeatItems returns items repeated count times (count >= 1).
func repeatItems(items []Value, count int) []Value {
	out := make([]Value, 0, len(items)*count)
	for i := 0; i < count; i++ {
		out = append(out, items...)
	}
	return out
}
