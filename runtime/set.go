package runtime

// Set is a Python set or frozenset (typ tells which). The table and its
// algorithms are in set_table.go; this file has the Go API and the set
// algebra, each operation built the way CPython builds it so that results
// iterate in CPython's order.
//
// Every access holds mu. Operations on two sets never hold both locks: the
// other set is read through a snapshot of its table.
type Set struct {
	mu     ObjectLock
	typ    *Type
	table  []setEntry // nil until the first insertion (then 8 slots)
	fill   int        // active + dummy slots
	used   int        // active slots
	finger int        // where set.pop looks first
	hash   int64      // frozenset's cached hash; -1 when not computed
	gen    uint64     // bumped whenever table is replaced
	mods   uint64     // bumped by every change of the contents (see intersectionUpdate)
}

// Type implements Object.
func (s *Set) Type() *Type { return s.typ }

// NewSet returns an empty set.
func NewSet() *Set { return &Set{typ: SetType, hash: -1} }

// NewFrozenSet returns a frozenset of items.
func NewFrozenSet(t *Thread, items []Value) (*Set, error) {
	s := &Set{typ: FrozenSetType, hash: -1}
	return s, s.addAll(t, items)
}

// newSetOfType returns an empty set of type typ (set or frozenset).
func newSetOfType(typ *Type) *Set { return &Set{typ: typ, hash: -1} }

// setFromIterable is set(iterable) / frozenset(iterable) (make_new_set).
func setFromIterable(t *Thread, typ *Type, iterable Value) (*Set, error) {
	s := newSetOfType(typ)
	return s, s.update(t, iterable)
}

// Add is set.add(v).
func (s *Set) Add(t *Thread, v Value) error {
	h, err := keyHash(t, v)
	if err != nil {
		return err
	}
	return s.addEntry(t, v, h)
}

func (s *Set) addEntry(t *Thread, v Value, h int64) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.addLocked(t, v, h)
}

// addAll adds items one by one.
func (s *Set) addAll(t *Thread, items []Value) error {
	for _, x := range items {
		if err := s.Add(t, x); err != nil {
			return err
		}
	}
	return nil
}

// Len is len(s).
func (s *Set) Len() int {
	s.mu.Lock()
	n := s.used
	s.mu.Unlock()
	return n
}

// Contains is `v in s`.
func (s *Set) Contains(t *Thread, v Value) (bool, error) {
	h, err := keyHash(t, v)
	if err != nil {
		return false, err
	}
	return s.containsEntry(t, v, h)
}

func (s *Set) containsEntry(t *Thread, v Value, h int64) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	j, err := s.lookupLocked(t, v, h)
	return j >= 0, err
}

// Discard removes v if present, reporting whether it was.
func (s *Set) Discard(t *Thread, v Value) (bool, error) {
	h, err := keyHash(t, v)
	if err != nil {
		return false, err
	}
	return s.discardEntry(t, v, h)
}

func (s *Set) discardEntry(t *Thread, v Value, h int64) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	j, err := s.lookupLocked(t, v, h)
	if err != nil || j < 0 {
		return false, err
	}
	s.discardLocked(j)
	return true, nil
}

// Pop removes and returns an arbitrary item (ok false when empty).
func (s *Set) Pop() (Value, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.popLocked()
}

// Clear empties the set.
func (s *Set) Clear() {
	s.mu.Lock()
	s.clearLocked()
	s.mu.Unlock()
}

// Items returns the items in iteration order (a snapshot).
func (s *Set) Items() []Value {
	s.mu.Lock()
	defer s.mu.Unlock()
	items := make([]Value, 0, s.used)
	for i := range s.table {
		if !s.table[i].key.IsNull() {
			items = append(items, s.table[i].key)
		}
	}
	return items
}

// Copy returns a shallow copy of the same type (set_copy).
func (s *Set) Copy(t *Thread) (*Set, error) {
	c := newSetOfType(s.typ)
	return c, c.merge(t, s.snapshot())
}

func (s *Set) merge(t *Thread, other setSnapshot) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.mergeLocked(t, other)
}

// Update is set.update(other) with one argument (set_update_internal).
func (s *Set) Update(t *Thread, other Value) error { return s.update(t, other) }

// update adds every item of other: a set (merged), a dict (its keys with
// their known hashes, after one presize) or any iterable (set_update_internal).
func (s *Set) update(t *Thread, other Value) error {
	switch o := other.obj.(type) {
	case *Set:
		if o == s {
			return nil
		}
		return s.merge(t, o.snapshot())
	case *Dict:
		entries := o.entriesSnapshot()
		s.mu.Lock()
		defer s.mu.Unlock()
		if s.table == nil {
			s.table = make([]setEntry, setMinSize)
		}
		if (s.fill+len(entries))*5 >= (len(s.table)-1)*3 {
			s.resizeLocked((s.used + len(entries)) * 2)
		}
		for _, e := range entries {
			if err := s.addLocked(t, e.key, e.hash); err != nil {
				return err
			}
		}
		return nil
	}
	return forEach(t, other, func(x Value) error { return s.Add(t, x) })
}

// intersection is s & other for any iterable other (set_intersection).
func (s *Set) intersection(t *Thread, other Value) (*Set, error) {
	if o, ok := other.obj.(*Set); ok && o == s {
		return s.Copy(t)
	}
	result := newSetOfType(s.typ)
	if o, ok := other.obj.(*Set); ok {
		small, big := o, s // walk the smaller set, probe the bigger
		if o.Len() > s.Len() {
			small, big = s, o
		}
		for _, e := range small.snapshot().table {
			if e.key.IsNull() {
				continue
			}
			in, err := big.containsEntry(t, e.key, e.hash)
			if err != nil {
				return nil, err
			}
			if in {
				if err := result.addEntry(t, e.key, e.hash); err != nil {
					return nil, err
				}
			}
		}
		return result, nil
	}
	err := forEach(t, other, func(x Value) error {
		h, err := keyHash(t, x)
		if err != nil {
			return err
		}
		in, err := s.containsEntry(t, x, h)
		if err != nil || !in {
			return err
		}
		return result.addEntry(t, x, h)
	})
	return result, err
}

// intersectionMulti is s.intersection(*others).
func (s *Set) intersectionMulti(t *Thread, others []Value) (*Set, error) {
	if len(others) == 0 {
		return s.Copy(t)
	}
	result := s
	for _, o := range others {
		r, err := result.intersection(t, o)
		if err != nil {
			return nil, err
		}
		result = r
	}
	return result, nil
}

// swapBody makes s hold other's table (set_swap_bodies, one way: other is
// a fresh temporary).
func (s *Set) swapBody(other *Set) {
	s.swapBodyIf(other, 0, false)
}

// swapBodyIf is swapBody if s has not changed since mods was read (or
// unconditionally when check is false); it reports whether it swapped.
func (s *Set) swapBodyIf(other *Set, mods uint64, check bool) bool {
	snap := other.snapshot()
	s.mu.Lock()
	defer s.mu.Unlock()
	if check && s.mods != mods {
		return false
	}
	s.table, s.fill, s.used = snap.table, snap.fill, snap.used
	s.hash = -1
	s.gen++
	s.mods++
	return true
}

// intersectionUpdate is s &= others[0] & ... (set.intersection_update, &=):
// CPython computes the intersection and swaps it in, atomically under its
// GIL when no key's == runs Python code. Computing it here takes several
// steps (and may run a user __eq__), so another thread's add or discard
// meanwhile would be undone by the swap (a discarded key coming back);
// the swap happens only if s is unchanged since the computation began,
// else it is computed again. After many lost races it swaps anyway,
// rather than starve behind a thread that never stops changing s.
func (s *Set) intersectionUpdate(t *Thread, others []Value) error {
	for attempt := 0; ; attempt++ {
		s.mu.Lock()
		mods := s.mods
		s.mu.Unlock()
		r, err := s.intersectionMulti(t, others)
		if err != nil {
			return err
		}
		if s.swapBodyIf(r, mods, attempt < 1000) {
			return nil
		}
	}
}

// differenceUpdate removes every item of other (set_difference_update_internal).
func (s *Set) differenceUpdate(t *Thread, other Value) error {
	if o, ok := other.obj.(*Set); ok {
		if o == s {
			s.Clear()
			return nil
		}
		if o.Len()>>3 > s.Len() {
			var err error
			if o, err = s.intersection(t, other); err != nil {
				return err
			}
		}
		for _, e := range o.snapshot().table {
			if !e.key.IsNull() {
				if _, err := s.discardEntry(t, e.key, e.hash); err != nil {
					return err
				}
			}
		}
	} else {
		err := forEach(t, other, func(x Value) error {
			_, err := s.Discard(t, x)
			return err
		})
		if err != nil {
			return err
		}
	}
	// More than a quarter dummies: rebuild without them.
	s.mu.Lock()
	if s.fill-s.used > (len(s.table)-1)/4 {
		s.resizeLocked(s.growTarget())
	}
	s.mu.Unlock()
	return nil
}

// difference is s - other (set_difference).
func (s *Set) difference(t *Thread, other Value) (*Set, error) {
	otherSize := -1
	switch o := other.obj.(type) {
	case *Set:
		otherSize = o.Len()
	case *Dict:
		otherSize = o.Len()
	}
	if otherSize < 0 || s.Len()>>2 > otherSize {
		result, err := s.Copy(t)
		if err != nil {
			return nil, err
		}
		return result, result.differenceUpdate(t, other)
	}
	result := newSetOfType(s.typ)
	for _, e := range s.snapshot().table {
		if e.key.IsNull() {
			continue
		}
		var in bool
		var err error
		switch o := other.obj.(type) {
		case *Set:
			in, err = o.containsEntry(t, e.key, e.hash)
		case *Dict:
			o.mu.Lock()
			var pos int
			pos, err = o.findLocked(t, e.key, e.hash)
			o.mu.Unlock()
			in = pos >= 0
		}
		if err != nil {
			return nil, err
		}
		if !in {
			if err := result.addEntry(t, e.key, e.hash); err != nil {
				return nil, err
			}
		}
	}
	return result, nil
}

// symmetricDifferenceUpdate is s ^= other for any iterable
// (set_symmetric_difference_update).
func (s *Set) symmetricDifferenceUpdate(t *Thread, other Value) error {
	var entries []setEntry
	switch o := other.obj.(type) {
	case *Set:
		if o == s {
			s.Clear()
			return nil
		}
		entries = o.snapshot().table
	case *Dict:
		for _, e := range o.entriesSnapshot() {
			entries = append(entries, setEntry{hash: e.hash, key: e.key})
		}
	default:
		tmp, err := setFromIterable(t, s.typ, other)
		if err != nil {
			return err
		}
		entries = tmp.table
	}
	for _, e := range entries {
		if e.key.IsNull() {
			continue
		}
		found, err := s.discardEntry(t, e.key, e.hash)
		if err != nil {
			return err
		}
		if !found {
			if err := s.addEntry(t, e.key, e.hash); err != nil {
				return err
			}
		}
	}
	return nil
}

// symmetricDifference is s ^ other: a new set built from other, then
// updated with s (CPython's order of construction).
func (s *Set) symmetricDifference(t *Thread, other Value) (*Set, error) {
	result, err := setFromIterable(t, s.typ, other)
	if err != nil {
		return nil, err
	}
	return result, result.symmetricDifferenceUpdate(t, Obj(s))
}

// isSubset is s <= other for any iterable other.
func (s *Set) isSubset(t *Thread, other Value) (bool, error) {
	o, ok := other.obj.(*Set)
	if !ok {
		tmp, err := s.intersection(t, other)
		if err != nil {
			return false, err
		}
		return tmp.Len() == s.Len(), nil
	}
	if s.Len() > o.Len() {
		return false, nil
	}
	for _, e := range s.snapshot().table {
		if e.key.IsNull() {
			continue
		}
		in, err := o.containsEntry(t, e.key, e.hash)
		if err != nil || !in {
			return false, err
		}
	}
	return true, nil
}

// isSuperset is s >= other for any iterable other.
func (s *Set) isSuperset(t *Thread, other Value) (bool, error) {
	if o, ok := other.obj.(*Set); ok {
		return o.isSubset(t, Obj(s))
	}
	all := true
	err := forEach(t, other, func(x Value) error {
		in, err := s.Contains(t, x)
		if err == nil && !in {
			all = false
			return errStopIteration
		}
		return err
	})
	if err == errStopIteration {
		err = nil
	}
	return all, err
}

// isDisjoint is s.isdisjoint(other).
func (s *Set) isDisjoint(t *Thread, other Value) (bool, error) {
	var probe *Set
	var items []setEntry
	if o, ok := other.obj.(*Set); ok {
		if o == s {
			return s.Len() == 0, nil
		}
		probe, items = s, o.snapshot().table
		if o.Len() > s.Len() {
			probe, items = o, s.snapshot().table
		}
		for _, e := range items {
			if e.key.IsNull() {
				continue
			}
			in, err := probe.containsEntry(t, e.key, e.hash)
			if err != nil || in {
				return false, err
			}
		}
		return true, nil
	}
	disjoint := true
	err := forEach(t, other, func(x Value) error {
		in, err := s.Contains(t, x)
		if err == nil && in {
			disjoint = false
			return errStopIteration
		}
		return err
	})
	if err == errStopIteration {
		err = nil
	}
	return disjoint, err
}

// frozenHash is CPython's frozenset hash: an order-independent xor of
// shuffled entry hashes, computed over the whole table and corrected for
// the unused and dummy slots, then dispersed. Cached.
func (s *Set) frozenHash() int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.hash != -1 {
		return s.hash
	}
	shuffle := func(h uint64) uint64 { return ((h ^ 89869747) ^ (h << 16)) * 3644798167 }
	var h uint64
	for i := range s.table {
		h ^= shuffle(uint64(s.table[i].hash))
	}
	// CPython's empty set has an 8-slot table of unused entries: an even
	// number, whose shuffled zeros cancel out, as for a nil table here.
	if (len(s.table)-s.fill)&1 != 0 {
		h ^= shuffle(0)
	}
	if (s.fill-s.used)&1 != 0 {
		h ^= shuffle(^uint64(0))
	}
	h ^= (uint64(s.used) + 1) * 1927868237
	h ^= (h >> 11) ^ (h >> 25)
	h = h*69069 + 907133923
	if h == ^uint64(0) {
		h = 590923713
	}
	s.hash = int64(h)
	return s.hash
}
