package runtime

import "sync/atomic"

// Dict is a Python dict: insertion ordered, with Python key semantics (hash
// plus ==, so 1, 1.0 and True are one key and the first inserted key object
// is kept). It is also every namespace: module globals, class and instance
// attributes, which use the str-key fast path (GetStr/SetStr).
//
// The layout is CPython's compact dict: entries in insertion order and an
// open-addressing index of positions into entries. Every access takes mu
// (DESIGN.md decision 3). mu is never held while user code runs: comparing
// keys that may have a user __eq__ drops it and re-validates afterwards
// through version, as CPython's lookup does with its "keys changed" check.
type Dict struct {
	mu      ObjectLock
	entries []dictEntry // insertion order; a deleted entry has a null key
	index   []dictSlot  // open addressing over entries (dict_index.go)
	used    int         // number of live entries
	dummies int         // index slots marking a deleted key (lookups probe past them)
	version uint64      // changes whenever a key is added or removed
	// mutations counts every change of a key or a value; it is read
	// without the lock (Mutations), for caches such as the vm's
	// LOAD_GLOBAL cache.
	mutations atomic.Uint64
	ext       *subclassExt // set for instances of a dict subclass (subclass.go)
}

// DictItem is one key/value pair of a dict.
type DictItem struct{ Key, Value Value }

type dictEntry struct {
	hash  int64
	key   Value
	value Value
}

const (
	indexEmpty   = -1
	indexDummy   = -2
	dictMinSize  = 8
	perturbShift = 5
)

// Type implements Object.
func (d *Dict) Type() *Type {
	if d.ext != nil {
		return d.ext.cls
	}
	return DictType
}

// NewDict returns an empty dict.
func NewDict() *Dict { return &Dict{} }

// NewDictSized returns an empty dict with room for n keys.
func NewDictSized(n int) *Dict {
	d := &Dict{}
	if n > 0 {
		d.resizeLocked(n)
	}
	return d
}

// usable is how many entries an index of size n can address before the
// dict grows (CPython's USABLE_FRACTION, 2/3).
func usable(n int) int { return n * 2 / 3 }

// resizeLocked rebuilds the index with room for at least minUsed keys and
// compacts the entries (dropping deleted ones).
func (d *Dict) resizeLocked(minUsed int) {
	size := dictMinSize
	for usable(size) < minUsed {
		size <<= 1
	}
	live := make([]dictEntry, 0, usable(size))
	for _, e := range d.entries {
		if !e.key.IsNull() {
			live = append(live, e)
		}
	}
	index := make([]dictSlot, size)
	for i := range index {
		index[i] = slotEmpty
	}
	mask := uint64(size - 1)
	for pos, e := range live {
		index[emptySlot(index, mask, e.hash)] = newSlot(pos, e.hash)
	}
	d.entries, d.index, d.dummies = live, index, 0
	d.version++
}

// emptySlot finds the first empty or dummy slot on hash's probe sequence.
func emptySlot(index []dictSlot, mask uint64, hash int64) uint64 {
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for index[i].pos() >= 0 {
		perturb >>= perturbShift
		i = (i*5 + perturb + 1) & mask
	}
	return i
}

// findLocked looks key up and returns its position in entries, or -1.
// It may drop and retake mu to compare keys with user code.
func (d *Dict) findLocked(t *Thread, key Value, hash int64) (int, error) {
	if k, ok := key.obj.(*Str); ok && k.ext == nil {
		if pos, decided := d.findExactStrLocked(k, hash); decided {
			return pos, nil
		}
	}
restart:
	if d.index == nil {
		return -1, nil
	}
	mask := uint64(len(d.index) - 1)
	perturb := uint64(hash)
	for i := uint64(hash) & mask; ; {
		slot := d.index[i]
		if slot == slotEmpty {
			return -1, nil
		}
		if ix := slot.pos(); ix >= 0 && slot.mayHold(hash) {
			e := &d.entries[ix]
			if e.hash == hash {
				if Is(e.key, key) {
					return int(ix), nil
				}
				eq, decided := simpleEqual(e.key, key)
				if !decided {
					startKey, version := e.key, d.version
					d.mu.Unlock()
					var err error
					eq, err = Equal(t, startKey, key)
					d.mu.Lock()
					if err != nil {
						return -1, err
					}
					if d.version != version {
						goto restart // the dict changed under the comparison
					}
				}
				if eq {
					return int(ix), nil
				}
			}
		}
		perturb >>= perturbShift
		i = (i*5 + perturb + 1) & mask
	}
}

// findExactStrLocked is findLocked's fast path for a key of type str (not
// a subclass), the commonest key: equal keys are found by comparing
// bytes, with none of the generic path's kind tests. decided is false when
// a stored key of the same hash might run user code to compare (an object
// that is neither a str nor an inline number), for findLocked to decide.
func (d *Dict) findExactStrLocked(k *Str, hash int64) (pos int, decided bool) {
	if d.index == nil {
		return -1, true
	}
	mask := uint64(len(d.index) - 1)
	perturb := uint64(hash)
	for i := uint64(hash) & mask; ; {
		slot := d.index[i]
		if slot == slotEmpty {
			return -1, true
		}
		if ix := slot.pos(); ix >= 0 && slot.mayHold(hash) {
			if e := &d.entries[ix]; e.hash == hash {
				switch stored := e.key.obj.(type) {
				case *Str:
					if stored == k || (stored.ext == nil && stored.s == k.s) {
						return int(ix), true
					}
					if stored.ext != nil {
						return -1, false // a str subclass may define __eq__
					}
				case *inlineKind: // a number, None: never equal to a str
				default:
					return -1, false
				}
			}
		}
		perturb >>= perturbShift
		i = (i*5 + perturb + 1) & mask
	}
}

// findStrLocked is findLocked for a str key given as a Go string. Only str
// keys can equal it here: a user object comparing equal to a str is not
// found through the str fast path (GetStr has no thread to run it on).
func (d *Dict) findStrLocked(k string, hash int64) int {
	if d.index == nil {
		return -1
	}
	mask := uint64(len(d.index) - 1)
	perturb := uint64(hash)
	for i := uint64(hash) & mask; ; {
		slot := d.index[i]
		if slot == slotEmpty {
			return -1
		}
		if ix := slot.pos(); ix >= 0 && slot.mayHold(hash) {
			e := &d.entries[ix]
			if e.hash == hash {
				if s, ok := e.key.obj.(*Str); ok && s.s == k {
					return int(ix)
				}
			}
		}
		perturb >>= perturbShift
		i = (i*5 + perturb + 1) & mask
	}
}

// insertNewLocked appends a key known to be absent.
func (d *Dict) insertNewLocked(key Value, hash int64, val Value) {
	// Dummies count too: a lookup stops only at an empty slot, so live and
	// deleted keys together must leave some (removeLocked trims entries,
	// not the dummies it leaves in the index).
	if d.index == nil || len(d.entries) >= usable(len(d.index)) || d.used+d.dummies >= usable(len(d.index)) {
		d.resizeLocked(2*d.used + 1) // CPython's GROWTH_RATE: an index of used*3 slots
	}
	slot := emptySlot(d.index, uint64(len(d.index)-1), hash)
	if d.index[slot] == slotDummy {
		d.dummies--
	}
	d.index[slot] = newSlot(len(d.entries), hash)
	d.entries = append(d.entries, dictEntry{hash: hash, key: key, value: val})
	d.used++
	d.version++
	d.mutations.Add(1)
}

// setLocked is d[key] = val with a known hash.
func (d *Dict) setLocked(t *Thread, key Value, hash int64, val Value) error {
	pos, err := d.findLocked(t, key, hash)
	if err != nil {
		return err
	}
	if pos >= 0 {
		d.entries[pos].value = val
		d.mutations.Add(1)
		return nil
	}
	d.insertNewLocked(key, hash, val)
	return nil
}

// removeLocked deletes the entry at pos.
func (d *Dict) removeLocked(pos int) {
	e := &d.entries[pos]
	mask := uint64(len(d.index) - 1)
	perturb := uint64(e.hash)
	i := uint64(e.hash) & mask
	for d.index[i].pos() != int32(pos) {
		perturb >>= perturbShift
		i = (i*5 + perturb + 1) & mask
	}
	d.index[i] = slotDummy
	d.dummies++
	*e = dictEntry{}
	d.used--
	d.version++
	d.mutations.Add(1)
	// Trim deleted entries at the end so popitem and appends stay cheap.
	for n := len(d.entries); n > 0 && d.entries[n-1].key.IsNull(); n-- {
		d.entries = d.entries[:n-1]
	}
}

// Mutations returns a counter that changes whenever a key is added or
// removed or a value is replaced. Read without the lock, it lets a cache
// check cheaply that a lookup it remembers is still valid: read the counter
// before the lookup, and trust the result while the counter is unchanged.
func (d *Dict) Mutations() uint64 { return d.mutations.Load() }

// GetStr looks up a str key (module globals, attributes).
func (d *Dict) GetStr(k string) (Value, bool) {
	h := HashString(k)
	d.mu.Lock()
	pos := d.findStrLocked(k, h)
	var v Value
	if pos >= 0 {
		v = d.entries[pos].value
	}
	d.mu.Unlock()
	return v, pos >= 0
}

// SetStr sets a str key.
func (d *Dict) SetStr(k string, v Value) {
	h := HashString(k)
	d.mu.Lock()
	if pos := d.findStrLocked(k, h); pos >= 0 {
		d.entries[pos].value = v
		d.mutations.Add(1)
	} else {
		d.insertNewLocked(NewStr(k), h, v)
	}
	d.mu.Unlock()
}

// DelStr deletes a str key, reporting whether it was there.
func (d *Dict) DelStr(k string) bool {
	h := HashString(k)
	d.mu.Lock()
	defer d.mu.Unlock()
	pos := d.findStrLocked(k, h)
	if pos >= 0 {
		d.removeLocked(pos)
	}
	return pos >= 0
}

// Get is d.get(key): ok is false when the key is absent. An unhashable key
// is an error.
func (d *Dict) Get(t *Thread, key Value) (Value, bool, error) {
	h, err := keyHash(t, key)
	if err != nil {
		return Value{}, false, err
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	pos, err := d.findLocked(t, key, h)
	if err != nil || pos < 0 {
		return Value{}, false, err
	}
	return d.entries[pos].value, true, nil
}

// Set is d[key] = val.
func (d *Dict) Set(t *Thread, key, val Value) error {
	h, err := keyHash(t, key)
	if err != nil {
		return err
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.setLocked(t, key, h, val)
}

// Delete removes key, reporting whether it was present.
func (d *Dict) Delete(t *Thread, key Value) (bool, error) {
	_, ok, err := d.Pop(t, key)
	return ok, err
}

// Pop removes key and returns its value (ok false when absent).
func (d *Dict) Pop(t *Thread, key Value) (Value, bool, error) {
	h, err := keyHash(t, key)
	if err != nil {
		return Value{}, false, err
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	pos, err := d.findLocked(t, key, h)
	if err != nil || pos < 0 {
		return Value{}, false, err
	}
	v := d.entries[pos].value
	d.removeLocked(pos)
	return v, true, nil
}

// SetDefault is d.setdefault(key, def): the value of key, inserting def first
// if the key is absent.
func (d *Dict) SetDefault(t *Thread, key, def Value) (Value, error) {
	h, err := keyHash(t, key)
	if err != nil {
		return Value{}, err
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	pos, err := d.findLocked(t, key, h)
	if err != nil {
		return Value{}, err
	}
	if pos >= 0 {
		return d.entries[pos].value, nil
	}
	d.insertNewLocked(key, h, def)
	return def, nil
}

// PopItem removes and returns the last inserted pair (ok false when empty).
func (d *Dict) PopItem() (DictItem, bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.used == 0 {
		return DictItem{}, false
	}
	pos := len(d.entries) - 1 // removeLocked keeps the last entry live
	e := d.entries[pos]
	d.removeLocked(pos)
	return DictItem{e.key, e.value}, true
}

// Len is len(d).
func (d *Dict) Len() int {
	d.mu.Lock()
	n := d.used
	d.mu.Unlock()
	return n
}

// Clear removes every key.
func (d *Dict) Clear() {
	d.mu.Lock()
	d.entries, d.index, d.used, d.dummies = nil, nil, 0, 0
	d.version++
	d.mutations.Add(1)
	d.mu.Unlock()
}

// Keys returns the keys in order (a snapshot).
func (d *Dict) Keys() []Value {
	return dictSnapshot(d, func(e *dictEntry) Value { return e.key })
}

// Values returns the values in order (a snapshot).
func (d *Dict) Values() []Value {
	return dictSnapshot(d, func(e *dictEntry) Value { return e.value })
}

// Items returns the pairs in order (a snapshot).
func (d *Dict) Items() []DictItem {
	return dictSnapshot(d, func(e *dictEntry) DictItem { return DictItem{e.key, e.value} })
}

// dictSnapshot collects pick(entry) for the live entries, in order, under
// the dict's lock.
func dictSnapshot[T any](d *Dict, pick func(*dictEntry) T) []T {
	d.mu.Lock()
	defer d.mu.Unlock()
	out := make([]T, 0, d.used)
	for i := range d.entries {
		if e := &d.entries[i]; !e.key.IsNull() {
			out = append(out, pick(e))
		}
	}
	return out
}

// entriesSnapshot returns the live entries with their hashes.
func (d *Dict) entriesSnapshot() []dictEntry {
	d.mu.Lock()
	defer d.mu.Unlock()
	out := make([]dictEntry, 0, d.used)
	for _, e := range d.entries {
		if !e.key.IsNull() {
			out = append(out, e)
		}
	}
	return out
}

// Copy returns a shallow copy.
func (d *Dict) Copy() *Dict {
	d.mu.Lock()
	defer d.mu.Unlock()
	c := &Dict{used: d.used, dummies: d.dummies}
	if d.used == len(d.entries) {
		c.entries = append([]dictEntry(nil), d.entries...)
		c.index = append([]dictSlot(nil), d.index...)
		return c
	}
	c.entries = d.entries
	c.resizeLocked(d.used) // compacts into fresh slices; d is untouched
	return c
}

// mergeEntries inserts entries (with their known hashes), overwriting
// existing keys.
func (d *Dict) mergeEntries(t *Thread, entries []dictEntry) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.index == nil || d.used+len(entries) > usable(len(d.index)) {
		d.resizeLocked(d.used + len(entries))
	}
	for _, e := range entries {
		if err := d.setLocked(t, e.key, e.hash, e.value); err != nil {
			return err
		}
	}
	return nil
}

// entryAt returns the next live entry at or after pos, for iterators: the
// entry's position (or -1 at the end) and the dict's current size.
func (d *Dict) entryAt(pos int) (int, dictEntry, int) {
	d.mu.Lock()
	defer d.mu.Unlock()
	for ; pos < len(d.entries); pos++ {
		if !d.entries[pos].key.IsNull() {
			return pos, d.entries[pos], d.used
		}
	}
	return -1, dictEntry{}, d.used
}
