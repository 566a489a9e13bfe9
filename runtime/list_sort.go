package runtime

import "slices"

// list.sort and sorted(): a stable merge sort that only asks "a < b", as
// CPython's timsort does, with fast paths when every key is an int, a float
// or a str (no user code can run, comparisons are plain Go).

func listSortMethod(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
	if len(args) > 0 {
		return Value{}, Errorf(TypeErrorType, "sort() takes no positional arguments")
	}
	key, reverse, err := sortOptions("sort", kwargs)
	if err != nil {
		return Value{}, err
	}
	return None, self.obj.(*List).Sort(t, key, reverse)
}

// sortOptions reads the key= and reverse= keywords of sort and sorted.
func sortOptions(fname string, kwargs []Kwarg) (key Value, reverse bool, err error) {
	key = None
	for _, kw := range kwargs {
		switch kw.Name {
		case "key":
			key = kw.Value
		case "reverse":
			if reverse, err = Truth(nil, kw.Value); err != nil {
				return
			}
		default:
			err = Errorf(TypeErrorType, "'%s' is an invalid keyword argument for %s()", kw.Name, fname)
			return
		}
	}
	return
}

// Sort sorts the list in place. As in CPython the list is empty while it is
// being sorted (key functions and comparisons may look at it), and a list
// modified during the sort raises ValueError.
func (l *List) Sort(t *Thread, key Value, reverse bool) error {
	items := l.replaceItems(nil)
	err := sortValues(t, items, key, reverse)
	l.mu.Lock()
	modified := len(l.items) != 0
	l.items = items
	l.mu.Unlock()
	if err == nil && modified {
		err = Errorf(ValueErrorType, "list modified during sort")
	}
	return err
}

// sortValues sorts items in place, stably.
func sortValues(t *Thread, items []Value, key Value, reverse bool) error {
	if len(items) < 2 {
		return nil
	}
	keys := items
	if !key.IsNone() {
		keys = make([]Value, len(items))
		for i, x := range items {
			k, err := Call(t, key, []Value{x}, nil)
			if err != nil {
				return err
			}
			keys[i] = k
		}
	}
	// Reverse stability trick (CPython's): reverse, sort stably, reverse
	// back, so equal items keep their original order.
	if reverse {
		slices.Reverse(items)
		if !key.IsNone() {
			slices.Reverse(keys)
		}
	}
	// On a comparison error too, the items are left as the partial sort
	// left them and reversed back, as CPython leaves the list.
	perm, err := sortedOrder(t, keys)
	sorted := make([]Value, len(items))
	for i, p := range perm {
		sorted[i] = items[p]
	}
	copy(items, sorted)
	if reverse {
		slices.Reverse(items)
	}
	return err
}

// sortedOrder returns the stable sorted order of keys as a permutation of
// their indices.
func sortedOrder(t *Thread, keys []Value) ([]int, error) {
	perm := make([]int, len(keys))
	for i := range perm {
		perm[i] = i
	}
	var less func(a, b int) (bool, error)
	switch keyKind(keys) {
	case kindIntKeys:
		less = func(a, b int) (bool, error) { return keys[a].AsInt() < keys[b].AsInt(), nil }
	case kindFloatKeys:
		less = func(a, b int) (bool, error) { return keys[a].AsFloat() < keys[b].AsFloat(), nil }
	case kindStrKeys:
		less = func(a, b int) (bool, error) { return keys[a].obj.(*Str).s < keys[b].obj.(*Str).s, nil }
	default:
		less = func(a, b int) (bool, error) {
			r, err := RichCompare(t, keys[a], keys[b], LT)
			if err != nil {
				return false, err
			}
			return Truth(t, r)
		}
	}
	// CPython's algorithm, so that a user __lt__ sees the same calls and
	// an inconsistent order (NaN) gives the same result; perm stays a
	// permutation on an error.
	return perm, timSort(perm, less)
}

type sortKeyKind int

const (
	kindMixedKeys sortKeyKind = iota
	kindIntKeys
	kindFloatKeys
	kindStrKeys
)

// keyKind reports whether all keys share one kind with a Go-native order.
// Go's string order (bytes of UTF-8) is Python's (code points).
func keyKind(keys []Value) sortKeyKind {
	allInt, allFloat, allStr := true, true, true
	for _, k := range keys {
		allInt = allInt && k.IsInt()
		allFloat = allFloat && k.IsFloat()
		if allStr {
			_, ok := k.obj.(*Str)
			allStr = ok
		}
		if !allInt && !allFloat && !allStr {
			return kindMixedKeys
		}
	}
	switch {
	case allInt:
		return kindIntKeys
	case allFloat:
		return kindFloatKeys
	case allStr:
		return kindStrKeys
	}
	return kindMixedKeys
}
