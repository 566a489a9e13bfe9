package runtime

import (
	"errors"
	"sync/atomic"
)

// Helpers for Go code that consumes Python iterables, and for declaring
// built-in iterator types.

// errStopIteration ends a forEach early without an error: return it from
// the callback and forEach returns it unchanged, for the caller to test.
var errStopIteration = errors.New("stop iteration")

// forEach calls fn for every item of iterable. Lists and tuples are walked
// directly (a list is read item by item, so fn may mutate it as a Python
// for loop may).
func forEach(t *Thread, iterable Value, fn func(Value) error) error {
	switch o := walkableSequence(iterable).(type) {
	case *Tuple:
		for _, x := range o.items {
			if err := fn(x); err != nil {
				return err
			}
		}
		return nil
	case *List:
		for i := 0; ; i++ {
			x, ok := o.at(i)
			if !ok {
				return nil
			}
			if err := fn(x); err != nil {
				return err
			}
		}
	}
	it, err := IterPrivate(t, iterable)
	if err != nil {
		return err
	}
	for {
		x, ok, err := Next(t, it)
		if err != nil || !ok {
			return err
		}
		if err := fn(x); err != nil {
			return err
		}
	}
}

// sequenceItems returns the items of an iterable as a slice: the tuple's
// own items (do not modify them), a snapshot of a list, a set, a dict or a
// dict view, or the collected items of any other iterable.
//
// Sets, dicts and dict views are copied in one step under their lock, as
// free-threaded CPython's list(d.values()) holds the dict's critical
// section: another thread's insert or delete meanwhile must not make
// list() raise "dictionary changed size during iteration", which no
// single-threaded program can see here (no Python code runs during the
// copy). multiprocessing.Pool.terminate's list(self._cache.values()) did,
// beside the result thread popping finished jobs.
func sequenceItems(t *Thread, v Value) ([]Value, error) {
	switch o := walkableSequence(v).(type) {
	case *Tuple:
		return o.items, nil
	case *List:
		return o.Items(), nil
	case *Dict:
		if o.ext == nil {
			return o.Keys(), nil
		}
	case *Set: // set and frozenset (neither can be subclassed yet)
		return o.Items(), nil
	case *DictView:
		switch o.typ {
		case DictKeysType:
			return o.dict.Keys(), nil
		case DictValuesType:
			return o.dict.Values(), nil
		case DictItemsType:
			pairs := o.dict.Items()
			items := make([]Value, len(pairs))
			for i, p := range pairs {
				items[i] = NewTuple([]Value{p.Key, p.Value})
			}
			return items, nil
		}
	}
	var items []Value
	if n, ok := lengthHint(t, v); ok {
		items = make([]Value, 0, n)
	}
	err := forEach(t, v, func(x Value) error {
		items = append(items, x)
		return nil
	})
	return items, err
}

// lengthHint returns the length of sized built-in containers, to presize
// slices; it never runs user code.
func lengthHint(t *Thread, v Value) (int, bool) {
	switch o := v.obj.(type) {
	case *Dict:
		return o.Len(), true
	case *Set:
		return o.Len(), true
	case *Range:
		if o.length < 1<<20 {
			return int(o.length), true
		}
	case *DictView:
		return o.dict.Len(), true
	}
	return 0, false
}

// nextRunsNoCode reports whether Next on the iterator it runs no Python
// code, so that an iterator built on it (enumerate, zip) may hold its own
// ObjectLock across the step (ObjectLock's contract). Each of these hands
// out every item once to threads sharing it, as CPython's do under the GIL.
func nextRunsNoCode(it Value) bool {
	switch o := it.obj.(type) {
	case *listIter, *rangeIter, *bigRangeIter, *tupleIter, *strIterator, *bytesIterator,
		*dictIter, *dictRevIter, *setIter:
		return true
	case *reversedIter:
		_, ok := o.seq.obj.(*List)
		return ok
	case *enumerateIter:
		return o.noCode
	case *zipIter:
		return o.noCode
	}
	return false
}

// IterPrivate is Iter for a consumer that keeps the iterator to itself: the
// hidden iterator of a for loop or a comprehension. Built-in iterators
// that threads may share claim each step atomically (or under a lock);
// one that no other thread can reach may skip that, which for a tight
// "for i in range(n)" loop is a third of its time.
func IterPrivate(t *Thread, iterable Value) (Value, error) {
	it, err := Iter(t, iterable)
	if err == nil {
		markPrivate(iterable, it)
	}
	return it, err
}

// markPrivate marks it, just made by Iter(iterable), as stepped by one
// thread only. It does so only when iterable is exactly a built-in
// container, whose Iter always makes a new iterator; a user __iter__ (or a
// subclass's) may return an iterator that is also stored elsewhere.
func markPrivate(iterable, it Value) {
	switch iterable.Type() {
	case ListType, TupleType, RangeType, DictType, DictKeysType, DictValuesType, DictItemsType:
	default:
		return
	}
	switch o := it.obj.(type) {
	case *listIter:
		o.private = true
	case *rangeIter:
		o.private = true
	case *bigRangeIter:
		o.private = true
	case *tupleIter:
		o.private = true
	case *dictIter:
		o.private = true
	}
}

// claimIndex returns the next position of an index-stepping iterator and
// advances it: a plain increment when the iterator is private (only its
// own thread steps it), otherwise one atomic add, so that threads sharing
// the iterator never take the same position.
func claimIndex(pos *int64, private bool) int64 {
	if private {
		i := *pos
		*pos = i + 1
		return i
	}
	return atomic.AddInt64(pos, 1) - 1
}

// newIteratorType declares a built-in iterator type: iter(it) is it, and
// its repr is the default "<name object at 0x...>". The caller sets Next
// (in an init function, so __next__ looks the slot up when called).
func newIteratorType(name string) *Type {
	typ := NewBuiltinType(name, ObjectType)
	typ.Iter = func(t *Thread, v Value) (Value, error) { return v, nil }
	typ.Repr = func(t *Thread, v Value) (string, error) { return DefaultRepr(v), nil }
	typ.AddMethod("__iter__", func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		return self, checkNoArgs(name+".__iter__", args, kwargs)
	})
	typ.AddMethod("__next__", func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		if err := checkNoArgs(name+".__next__", args, kwargs); err != nil {
			return Value{}, err
		}
		x, ok, err := typ.Next(t, self)
		if err == nil && !ok {
			err = NewException(StopIterationType)
		}
		return x, err
	})
	return typ
}
