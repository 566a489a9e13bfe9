package runtime

// The list type: slots, constructor and methods (sort is in list_sort.go).

import "sync/atomic"

func init() {
	l := ListType
	l.New = func(t *Thread, typ *Type, args []Value, kwargs []Kwarg) (Value, error) {
		if err := checkPositional("list", args, kwargs, 0, 1); err != nil {
			return Value{}, err
		}
		if len(args) == 0 {
			return Obj(NewList(nil)), nil
		}
		items, err := sequenceItems(t, args[0])
		if err != nil {
			return Value{}, err
		}
		if _, isTuple := args[0].obj.(*Tuple); isTuple {
			items = append([]Value(nil), items...) // tuple items are shared
		}
		return Obj(NewList(items)), nil
	}
	l.Repr = listRepr
	l.Len = func(t *Thread, v Value) (int, error) { return v.obj.(*List).Len(), nil }
	l.GetItem = listGetItem
	l.SetItem = listSetItem
	l.DelItem = listDelItem
	l.Contains = func(t *Thread, v, x Value) (bool, error) {
		i, err := seqFind(t, v.obj.(*List), x, 0, int(^uint(0)>>1))
		return i >= 0, err
	}
	l.Iter = func(t *Thread, v Value) (Value, error) { return newListIter(v.obj.(*List)), nil }
	l.Compare = func(t *Thread, a, b Value, op CompareOp) (Value, error) {
		lb, ok := b.obj.(*List)
		if !ok {
			return NotImplemented, nil
		}
		return seqCompare(t, a.obj.(*List), lb, op)
	}
	l.Concat = func(t *Thread, a, b Value) (Value, error) {
		lb, ok := b.obj.(*List)
		if !ok {
			return Value{}, Errorf(TypeErrorType, "can only concatenate list (not \"%s\") to list", TypeName(b))
		}
		x, y := a.obj.(*List).Items(), lb.Items()
		return Obj(NewList(append(x, y...))), nil
	}
	l.Repeat = func(t *Thread, a Value, n int) (Value, error) {
		items := a.obj.(*List).Items()
		if n <= 0 || len(items) == 0 {
			return Obj(NewList(nil)), nil
		}
		if err := checkRepeatSize(len(items), n); err != nil {
			return Value{}, err
		}
		return Obj(NewList(repeatItems(items, n))), nil
	}
	l.InPlace[OpAdd] = func(t *Thread, a, b Value) (Value, error) {
		if err := a.obj.(*List).Extend(t, b); err != nil {
			return Value{}, err
		}
		return a, nil
	}
	l.InPlace[OpMul] = listInPlaceRepeat

	l.AddMethod("append", func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		if err := checkOneArg("list.append", args, kwargs); err != nil {
			return Value{}, err
		}
		self.obj.(*List).Append(args[0])
		return None, nil
	})
	l.AddMethod("extend", func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		if err := checkOneArg("list.extend", args, kwargs); err != nil {
			return Value{}, err
		}
		return None, self.obj.(*List).Extend(t, args[0])
	})
	l.AddMethod("insert", listInsertMethod)
	l.AddMethod("pop", listPopMethod)
	l.AddMethod("remove", listRemoveMethod)
	l.AddMethod("index", func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		return seqIndexMethod(t, self.obj.(*List), args, kwargs, "list")
	})
	l.AddMethod("count", func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		if err := checkOneArg("list.count", args, kwargs); err != nil {
			return Value{}, err
		}
		n, err := seqCount(t, self.obj.(*List), args[0])
		return Int(int64(n)), err
	})
	l.AddMethod("sort", listSortMethod)
	l.AddMethod("reverse", func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		if err := checkNoArgs("list.reverse", args, kwargs); err != nil {
			return Value{}, err
		}
		self.obj.(*List).Reverse()
		return None, nil
	})
	l.AddMethod("copy", func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		if err := checkNoArgs("list.copy", args, kwargs); err != nil {
			return Value{}, err
		}
		return Obj(NewList(self.obj.(*List).Items())), nil
	})
	l.AddMethod("clear", func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		if err := checkNoArgs("list.clear", args, kwargs); err != nil {
			return Value{}, err
		}
		self.obj.(*List).Clear()
		return None, nil
	})
	addSlotMethods(l)
}

func listRepr(t *Thread, v Value) (string, error) {
	l := v.obj.(*List)
	items := l.Items()
	if len(items) == 0 {
		return "[]", nil
	}
	if busy, err := reprEnter(t, l); busy || err != nil {
		return "[...]", err
	}
	defer reprLeave(t, l)
	return reprItems(t, items, "[", "]")
}

func listGetItem(t *Thread, v, key Value) (Value, error) {
	l := v.obj.(*List)
	i, sl, err := seqIndex(t, key, "list")
	if err != nil {
		return Value{}, err
	}
	if sl == nil {
		return l.GetIndex(i)
	}
	start, stop, step, err := sl.unpack(t)
	if err != nil {
		return Value{}, err
	}
	l.mu.Lock()
	start, _, count := adjustSliceIndices(len(l.items), start, stop, step)
	items := sliceItems(l.items, start, step, count)
	l.mu.Unlock()
	return Obj(NewList(items)), nil
}

func listSetItem(t *Thread, v, key, val Value) error {
	l := v.obj.(*List)
	i, sl, err := seqIndex(t, key, "list")
	if err != nil {
		return err
	}
	if sl == nil {
		return l.SetIndex(i, val)
	}
	start, stop, step, err := sl.unpack(t)
	if err != nil {
		return err
	}
	items, err := sequenceItems(t, val)
	if err != nil {
		if AsException(err).Matches(TypeErrorType) && val.Type().Iter == nil {
			// CPython treats a step of 1 as a plain slice (list_ass_slice),
			// whose message differs from the extended-slice one.
			if step == 1 {
				return Errorf(TypeErrorType, "can only assign an iterable")
			}
			return Errorf(TypeErrorType, "must assign iterable to extended slice")
		}
		return err
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	start, stop, count := adjustSliceIndices(len(l.items), start, stop, step)
	if step == 1 {
		stop = max(stop, start)
		rest := l.items[stop:]
		out := make([]Value, 0, start+len(items)+len(rest))
		out = append(append(append(out, l.items[:start]...), items...), rest...)
		l.items = out
		return nil
	}
	if len(items) != count {
		return Errorf(ValueErrorType, "attempt to assign sequence of size %d to extended slice of size %d", len(items), count)
	}
	for k, j := 0, start; k < count; k, j = k+1, j+step {
		l.items[j] = items[k]
	}
	return nil
}

func listDelItem(t *Thread, v, key Value) error {
	l := v.obj.(*List)
	i, sl, err := seqIndex(t, key, "list")
	if err != nil {
		return err
	}
	if sl == nil {
		l.mu.Lock()
		defer l.mu.Unlock()
		n := len(l.items)
		if i < 0 {
			i += n
		}
		if i < 0 || i >= n {
			return Errorf(IndexErrorType, "list assignment index out of range")
		}
		l.items = append(l.items[:i], l.items[i+1:]...)
		l.items[:n][n-1] = Value{}
		return nil
	}
	start, stop, step, err := sl.unpack(t)
	if err != nil {
		return err
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	start, _, count := adjustSliceIndices(len(l.items), start, stop, step)
	if count == 0 {
		return nil
	}
	if step < 0 { // delete the same items, walking forwards
		start += (count - 1) * step
		step = -step
	}
	out := make([]Value, 0, len(l.items)-count)
	next := start
	for j, x := range l.items {
		if j == next && count > 0 {
			next += step
			count--
			continue
		}
		out = append(out, x)
	}
	l.items = out
	return nil
}

func listInPlaceRepeat(t *Thread, a, b Value) (Value, error) {
	n, ok := IndexValue(b)
	if !ok {
		return NotImplemented, nil
	}
	l := a.obj.(*List)
	l.mu.Lock()
	defer l.mu.Unlock()
	if n <= 0 {
		l.items = nil
		return a, nil
	}
	if err := checkRepeatSize(len(l.items), n); err != nil {
		return Value{}, err
	}
	l.items = repeatItems(l.items, n)
	return a, nil
}

func listInsertMethod(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
	if err := checkPositional("insert", args, kwargs, 2, 2); err != nil {
		return Value{}, err
	}
	i, err := AsIndex(t, args[0])
	if err != nil {
		return Value{}, err
	}
	self.obj.(*List).Insert(int(i), args[1])
	return None, nil
}

func listPopMethod(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
	if err := checkPositional("pop", args, kwargs, 0, 1); err != nil {
		return Value{}, err
	}
	i := int64(-1)
	if len(args) == 1 {
		var err error
		if i, err = AsIndex(t, args[0]); err != nil {
			return Value{}, err
		}
	}
	return self.obj.(*List).Pop(int(i))
}

func listRemoveMethod(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
	if err := checkOneArg("list.remove", args, kwargs); err != nil {
		return Value{}, err
	}
	l, x := self.obj.(*List), args[0]
	for {
		// Threads may remove from one list at once: the item found must
		// be the one deleted, as it is under CPython's GIL, not whatever
		// another thread's removal shifted into its place.
		found, decided, start := l.removeNoCode(x)
		if decided {
			if !found {
				return Value{}, Errorf(ValueErrorType, "list.remove(x): x not in list")
			}
			return None, nil
		}
		// An item's == may run Python code, which must not run under the
		// list's lock: find it unlocked, then delete it if it is still at
		// the index found, or search again.
		i, err := seqFind(t, l, x, start, int(^uint(0)>>1))
		if err != nil {
			return Value{}, err
		}
		if i < 0 {
			return Value{}, Errorf(ValueErrorType, "list.remove(x): x not in list")
		}
		if item, ok := l.at(i); ok && l.deleteAtIfSame(i, item) {
			return None, nil
		}
	}
}

// listIter is a list_iterator: it reads the list by index at each step, so
// it sees appends made during the loop, as in CPython. Threads may share
// one (workers pulling from one iter(tasks)): as under CPython's GIL, each
// item must go to exactly one of them, so the index is claimed with one
// atomic add, as strIterator does, and list is an atomic pointer; a
// private iterator (see markPrivate) skips the atomic add.
type listIter struct {
	list    atomic.Pointer[List] // nil once exhausted
	i       int64
	private bool
}

// ListIterType is the type of iter(list).
var ListIterType = newIteratorType("list_iterator")

// Type implements Object.
func (it *listIter) Type() *Type { return ListIterType }

func newListIter(l *List) Value {
	it := &listIter{}
	it.list.Store(l)
	return Obj(it)
}

func init() {
	ListIterType.Next = func(t *Thread, v Value) (Value, bool, error) {
		it := v.obj.(*listIter)
		l := it.list.Load()
		if l == nil {
			return Value{}, false, nil
		}
		i := claimIndex(&it.i, it.private)
		x, ok := l.at(int(i))
		if !ok {
			it.list.Store(nil)
			return Value{}, false, nil
		}
		return x, true, nil
	}
}
