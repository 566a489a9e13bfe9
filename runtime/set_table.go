package runtime

// The hash table behind set and frozenset: a port of CPython's
// Objects/setobject.c (3.11) so that sets of numbers iterate in exactly
// CPython's order. Open addressing over entries that hold the hash; each
// probe looks at setLinearProbes+1 neighbouring slots before jumping with
// the perturbed recurrence i = i*5 + 1 + perturb; deleted entries become
// dummies (hash -1) that insertion may reuse; the table grows when it is
// 60% full (fill*5 >= mask*3) to the smallest power of two above used*4
// (used*2 past 50000 items), and starts at 8 slots.
//
// The functions with the Locked suffix run with Set.mu held. They drop it
// only to compare keys that may have a user __eq__, and then re-validate
// (the table may have been replaced, the entry changed) exactly where
// CPython re-validates after a comparison.

const (
	setMinSize      = 8
	setLinearProbes = 9
	setDummyHash    = -1
)

// setEntry is one slot: unused (null key, hash 0), dummy (null key, hash
// -1) or active (a key and its hash, never -1).
type setEntry struct {
	hash int64
	key  Value
}

func (e *setEntry) unused() bool { return e.hash == 0 && e.key.IsNull() }

// keysEqualLocked compares the active entry at slot j with key. changed
// reports that the set was modified while the lock was dropped for a user
// comparison; the caller must then restart its probe.
func (s *Set) keysEqualLocked(t *Thread, j uint64, key Value) (eq, changed bool, err error) {
	start := s.table[j].key
	if Is(start, key) {
		return true, false, nil
	}
	if eq, decided := simpleEqual(start, key); decided {
		return eq, false, nil
	}
	gen := s.gen
	s.mu.Unlock()
	eq, err = Equal(t, start, key)
	s.mu.Lock()
	if err != nil {
		return false, false, err
	}
	if s.gen != gen || !Is(s.table[j].key, start) {
		return false, true, nil
	}
	return eq, false, nil
}

// lookupLocked returns the slot holding key, or -1 (set_lookkey).
func (s *Set) lookupLocked(t *Thread, key Value, hash int64) (int, error) {
restart:
	if s.table == nil {
		return -1, nil
	}
	mask := uint64(len(s.table) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for {
		probes := 0
		if i+setLinearProbes <= mask {
			probes = setLinearProbes
		}
		for j := i; ; j++ {
			e := &s.table[j]
			if e.unused() {
				return -1, nil
			}
			if e.hash == hash {
				eq, changed, err := s.keysEqualLocked(t, j, key)
				if err != nil {
					return -1, err
				}
				if changed {
					goto restart
				}
				if eq {
					return int(j), nil
				}
			}
			if probes == 0 {
				break
			}
			probes--
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// addLocked inserts key unless an equal key is present (set_add_entry).
func (s *Set) addLocked(t *Thread, key Value, hash int64) error {
restart:
	if s.table == nil {
		s.table = make([]setEntry, setMinSize)
	}
	mask := uint64(len(s.table) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	freeSlot := -1
	for {
		probes := 0
		if i+setLinearProbes <= mask {
			probes = setLinearProbes
		}
		for j := i; ; j++ {
			e := &s.table[j]
			if e.unused() {
				if freeSlot >= 0 && s.table[freeSlot].hash != setDummyHash {
					goto restart // another thread took the dummy during a comparison
				}
				s.fillSlotLocked(int(j), freeSlot, key, hash)
				return nil
			}
			if e.hash == hash {
				eq, changed, err := s.keysEqualLocked(t, j, key)
				if err != nil {
					return err
				}
				if eq {
					return nil
				}
				if changed {
					goto restart
				}
			} else if e.hash == setDummyHash {
				freeSlot = int(j) // CPython 3.11 keeps the last dummy seen
			}
			if probes == 0 {
				break
			}
			probes--
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// fillSlotLocked stores a new key in a dummy slot seen on the way (if any)
// or in the unused slot that ended the probe, growing the table as needed.
func (s *Set) fillSlotLocked(unused, dummy int, key Value, hash int64) {
	s.hash = -1
	s.mods++
	if dummy >= 0 {
		s.table[dummy] = setEntry{hash: hash, key: key}
		s.used++
		return
	}
	s.table[unused] = setEntry{hash: hash, key: key}
	s.fill++
	s.used++
	if s.fill*5 >= (len(s.table)-1)*3 {
		s.resizeLocked(s.growTarget())
	}
}

// growTarget is the minimum used-count a grown table must exceed.
func (s *Set) growTarget() int {
	if s.used > 50000 {
		return s.used * 2
	}
	return s.used * 4
}

// insertClean puts a key known to be absent into a table without dummies
// (set_insert_clean).
func insertClean(table []setEntry, key Value, hash int64) {
	mask := uint64(len(table) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for {
		if table[i].key.IsNull() {
			table[i] = setEntry{hash: hash, key: key}
			return
		}
		if i+setLinearProbes <= mask {
			for j := i + 1; j <= i+setLinearProbes; j++ {
				if table[j].key.IsNull() {
					table[j] = setEntry{hash: hash, key: key}
					return
				}
			}
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// resizeLocked rebuilds the table with the smallest size above minUsed,
// dropping dummies (set_table_resize).
func (s *Set) resizeLocked(minUsed int) {
	size := setMinSize
	for size <= minUsed {
		size <<= 1
	}
	if size == setMinSize && len(s.table) == setMinSize && s.fill == s.used {
		return // already minimal, and no dummies to purge
	}
	old := s.table
	s.table = make([]setEntry, size)
	s.fill = s.used
	s.gen++
	for i := range old {
		if !old[i].key.IsNull() {
			insertClean(s.table, old[i].key, old[i].hash)
		}
	}
}

// discardLocked removes the key at slot j, leaving a dummy.
func (s *Set) discardLocked(j int) {
	s.table[j] = setEntry{hash: setDummyHash}
	s.used--
	s.hash = -1
	s.mods++
}

// clearLocked empties the set (set_clear_internal).
func (s *Set) clearLocked() {
	s.table = nil
	s.fill, s.used = 0, 0
	s.hash = -1
	s.gen++
	s.mods++
}

// setSnapshot is a copy of a set's table, read without its lock.
type setSnapshot struct {
	table      []setEntry
	fill, used int
}

// snapshot copies the table under the lock.
func (s *Set) snapshot() setSnapshot {
	s.mu.Lock()
	defer s.mu.Unlock()
	return setSnapshot{table: append([]setEntry(nil), s.table...), fill: s.fill, used: s.used}
}

// mergeLocked adds every key of other (set_merge): one resize up front,
// then a plain copy or clean inserts when this set is empty.
func (s *Set) mergeLocked(t *Thread, other setSnapshot) error {
	if other.used == 0 {
		return nil
	}
	if s.table == nil {
		s.table = make([]setEntry, setMinSize)
	}
	if (s.fill+other.used)*5 >= (len(s.table)-1)*3 {
		s.resizeLocked((s.used + other.used) * 2)
	}
	s.hash = -1
	s.mods++
	if s.fill == 0 && len(s.table) == len(other.table) && other.fill == other.used {
		copy(s.table, other.table)
		s.fill, s.used = other.fill, other.used
		return nil
	}
	if s.fill == 0 {
		for i := range other.table {
			if !other.table[i].key.IsNull() {
				insertClean(s.table, other.table[i].key, other.table[i].hash)
			}
		}
		s.fill, s.used = other.used, other.used
		return nil
	}
	for i := range other.table {
		if e := other.table[i]; !e.key.IsNull() {
			if err := s.addLocked(t, e.key, e.hash); err != nil {
				return err
			}
		}
	}
	return nil
}

// popLocked removes an arbitrary key (set.pop): the first active slot from
// the finger on, as CPython.
func (s *Set) popLocked() (Value, bool) {
	if s.used == 0 {
		return Value{}, false
	}
	mask := len(s.table) - 1
	i := s.finger & mask
	for s.table[i].key.IsNull() {
		i++
		if i > mask {
			i = 0
		}
	}
	key := s.table[i].key
	s.discardLocked(i)
	s.finger = i + 1
	return key, true
}

// entryAtLocked returns the first active slot at or after pos, or -1.
func (s *Set) entryAtLocked(pos int) int {
	for ; pos < len(s.table); pos++ {
		if !s.table[pos].key.IsNull() {
			return pos
		}
	}
	return -1
}

// Layout returns the size of the table and the slot of each item, items in
// iteration order: with NewFrozenSetLayout, a serialiser (the code cache)
// can rebuild a frozenset constant that iterates in the same order, which
// re-adding the items would not guarantee when hashes collide.
func (s *Set) Layout() (size int, slots []int, items []Value) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i := range s.table {
		if !s.table[i].key.IsNull() {
			slots = append(slots, i)
			items = append(items, s.table[i].key)
		}
	}
	return len(s.table), slots, items
}

// NewFrozenSetLayout rebuilds a frozenset of hashable, distinct items at
// the slots Layout gave. When that is not a valid table for the items'
// hashes (str hashes change from one process to the next), the items are
// added in order instead.
func NewFrozenSetLayout(t *Thread, size int, slots []int, items []Value) (*Set, error) {
	s := &Set{typ: FrozenSetType, hash: -1}
	if len(slots) == len(items) && size >= setMinSize && size&(size-1) == 0 &&
		len(items)*5 < (size-1)*3 && size <= max(setMinSize, 8*len(items)) {
		s.table = make([]setEntry, size)
		ok := true
		for k, v := range items {
			j := slots[k]
			h, err := keyHash(t, v)
			if err != nil {
				return nil, err
			}
			if j < 0 || j >= size || !s.table[j].key.IsNull() {
				ok = false
				break
			}
			s.table[j] = setEntry{hash: h, key: v}
		}
		s.fill, s.used = len(items), len(items)
		// Valid only if a lookup of each item finds it where it was put.
		for k := 0; ok && k < len(items); k++ {
			j, err := s.lookupLocked(t, items[k], s.table[slots[k]].hash)
			if err != nil {
				return nil, err
			}
			ok = j == slots[k]
		}
		if ok {
			return s, nil
		}
		s = &Set{typ: FrozenSetType, hash: -1}
	}
	return s, s.addAll(t, items)
}
