package runtime

// List is a Python list. It carries its own lock (DESIGN.md decision 3):
// every read and write of items holds mu, so threads sharing a list never
// corrupt it. mu is never held while user code runs (a comparison, a repr,
// an iteration of another object): such operations copy what they need,
// release the lock, and re-read by index afterwards, as CPython's list does.
type List struct {
	mu    ObjectLock
	items []Value
	ext   *subclassExt // set for instances of a list subclass (subclass.go)
}

// Type implements Object.
func (l *List) Type() *Type {
	if l.ext != nil {
		return l.ext.cls
	}
	return ListType
}

// NewList returns a list holding items (the list takes ownership).
func NewList(items []Value) *List { return &List{items: items} }

// Append is list.append(v).
func (l *List) Append(v Value) {
	l.mu.Lock()
	if len(l.items) == cap(l.items) {
		l.items = growItems(l.items, 1)
	}
	l.items = append(l.items, v)
	l.mu.Unlock()
}

// growItems returns items with room for at least extra more, doubling the
// capacity. Go's append grows a large slice by only 1.25x, and a list of
// Values (pointerful, 24 bytes each) pays for every regrowth three times:
// the copy, the write barriers while a collection runs, and the collections
// the big allocations trigger. Doubling makes a run of appends cost about a
// quarter as much (bench/list_append.py), for at most 2x the memory.
func growItems(items []Value, extra int) []Value {
	want := len(items) + extra
	c := 2*cap(items) + 4
	if c < want {
		c = want
	}
	grown := make([]Value, len(items), c)
	copy(grown, items)
	return grown
}

// Len is len(l).
func (l *List) Len() int {
	l.mu.Lock()
	n := len(l.items)
	l.mu.Unlock()
	return n
}

// Items returns a copy of the items, made under the lock.
func (l *List) Items() []Value {
	l.mu.Lock()
	items := make([]Value, len(l.items))
	copy(items, l.items)
	l.mu.Unlock()
	return items
}

// at returns item i (0 <= i), or ok=false past the end.
func (l *List) at(i int) (Value, bool) {
	l.mu.Lock()
	var v Value
	ok := i < len(l.items)
	if ok {
		v = l.items[i]
	}
	l.mu.Unlock()
	return v, ok
}

// length is len(l) for the seqAt interface.
func (l *List) length() int { return l.Len() }

// Extend is list.extend(iterable). The iterable's items are collected first
// (without the lock), then appended in one step.
func (l *List) Extend(t *Thread, iterable Value) error {
	items, err := sequenceItems(t, iterable)
	if err != nil {
		return err
	}
	l.mu.Lock()
	if len(l.items)+len(items) > cap(l.items) {
		l.items = growItems(l.items, len(items))
	}
	l.items = append(l.items, items...)
	l.mu.Unlock()
	return nil
}

// GetIndex is l[i] with a Python index (negative counts from the end).
func (l *List) GetIndex(i int) (Value, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if i < 0 {
		i += len(l.items)
	}
	if i < 0 || i >= len(l.items) {
		return Value{}, Errorf(IndexErrorType, "list index out of range")
	}
	return l.items[i], nil
}

// SetIndex is l[i] = v with a Python index.
func (l *List) SetIndex(i int, v Value) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if i < 0 {
		i += len(l.items)
	}
	if i < 0 || i >= len(l.items) {
		return Errorf(IndexErrorType, "list assignment index out of range")
	}
	l.items[i] = v
	return nil
}

// Insert is list.insert(i, v).
func (l *List) Insert(i int, v Value) {
	l.mu.Lock()
	defer l.mu.Unlock()
	n := len(l.items)
	if i < 0 {
		i += n
		if i < 0 {
			i = 0
		}
	}
	if i > n {
		i = n
	}
	if n == cap(l.items) {
		l.items = growItems(l.items, 1)
	}
	l.items = append(l.items, Value{})
	copy(l.items[i+1:], l.items[i:])
	l.items[i] = v
}

// Pop is list.pop(i).
func (l *List) Pop(i int) (Value, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	n := len(l.items)
	if n == 0 {
		return Value{}, Errorf(IndexErrorType, "pop from empty list")
	}
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return Value{}, Errorf(IndexErrorType, "pop index out of range")
	}
	v := l.items[i]
	l.deleteLocked(i)
	return v, nil
}

// deleteLocked removes item i (in range); l.mu is held.
func (l *List) deleteLocked(i int) {
	n := len(l.items)
	copy(l.items[i:], l.items[i+1:])
	l.items[n-1] = Value{} // let the collector have it
	l.items = l.items[:n-1]
}

// deleteAtIfSame deletes item i if it is still item (the same object), and
// reports whether it did.
func (l *List) deleteAtIfSame(i int, item Value) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	if i >= len(l.items) || !Is(l.items[i], item) {
		return false
	}
	l.deleteLocked(i)
	return true
}

// findNoCodeLocked is the search of seqFind over items [start, stop) while
// comparing x with them cannot run user code (see equalNoCode): the index
// of the first item equal to x, or -1, with decided true; or decided false
// and resume, the index of the first item that needs Equal. l.mu is held.
func (l *List) findNoCodeLocked(x Value, start, stop int) (i int, decided bool, resume int) {
	if stop > len(l.items) {
		stop = len(l.items)
	}
	for i := start; i < stop; i++ {
		eq, ok := equalNoCode(l.items[i], x)
		if !ok {
			return -1, false, i
		}
		if eq {
			return i, true, 0
		}
	}
	return -1, true, 0
}

// findNoCode is findNoCodeLocked taking the lock: a search of a list that
// other threads change meanwhile sees it at one instant, as CPython's does
// under the GIL, instead of skipping an item that a removal before it
// shifted into the part already scanned.
func (l *List) findNoCode(x Value, start, stop int) (i int, decided bool, resume int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.findNoCodeLocked(x, start, stop)
}

// removeNoCode is list.remove(x) done in one step under the lock when the
// search is decided without user code (findNoCodeLocked): found reports
// whether x was there and is now deleted. When it is not decided, resume
// is where the caller goes on unlocked.
func (l *List) removeNoCode(x Value) (found, decided bool, resume int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	i, decided, resume := l.findNoCodeLocked(x, 0, len(l.items))
	if decided && i >= 0 {
		l.deleteLocked(i)
	}
	return i >= 0, decided, resume
}

// equalNoCode is Equal(a, b) when it cannot run user code: identity, or
// simple values (simpleEqual), or tuples of those. ok is false when Equal
// must be called, without any lock held.
func equalNoCode(a, b Value) (eq, ok bool) {
	if Is(a, b) {
		return true, true
	}
	if eq, ok := simpleEqual(a, b); ok {
		return eq, true
	}
	ta, okA := a.obj.(*Tuple)
	tb, okB := b.obj.(*Tuple)
	if !okA || !okB || ta.ext != nil || tb.ext != nil {
		return false, false
	}
	if len(ta.items) != len(tb.items) {
		return false, true
	}
	for i := range ta.items {
		if eq, ok := equalNoCode(ta.items[i], tb.items[i]); !ok || !eq {
			return false, ok
		}
	}
	return true, true
}

// Reverse reverses the list in place.
func (l *List) Reverse() {
	l.mu.Lock()
	for i, j := 0, len(l.items)-1; i < j; i, j = i+1, j-1 {
		l.items[i], l.items[j] = l.items[j], l.items[i]
	}
	l.mu.Unlock()
}

// Clear empties the list.
func (l *List) Clear() {
	l.mu.Lock()
	l.items = nil
	l.mu.Unlock()
}

// replaceItems swaps in a new item slice and returns the old one.
func (l *List) replaceItems(items []Value) []Value {
	l.mu.Lock()
	old := l.items
	l.items = items
	l.mu.Unlock()
	return old
}
