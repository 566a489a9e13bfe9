package runtime

// dictSlot is one slot of a dict's index (the open-addressing table over
// the entries): the entry's position in its low 32 bits (or indexEmpty,
// indexDummy) and the high 32 bits of the entry's hash in its high bits.
//
// The hash bits let a probe pass over the slots of other keys without
// reading their entries. In a big dict each such read is a cache miss:
// measured on 300,000 str keys, the index and entry loads were nearly all
// of the lookup time, and inserting a new key reads on average one other
// key's entry before it finds a free slot. CPython's index holds positions
// only, but its entries are 24 bytes against minipy's 56.
type dictSlot uint64

const (
	slotEmpty = dictSlot(uint32(indexEmpty & 0xFFFFFFFF))
	slotDummy = dictSlot(uint32(indexDummy & 0xFFFFFFFF))
)

// newSlot is the slot of the entry at pos whose key hashes to hash.
func newSlot(pos int, hash int64) dictSlot {
	return dictSlot(uint64(hash)&^0xFFFFFFFF | uint64(uint32(pos)))
}

// pos is the slot's entry position, or indexEmpty or indexDummy.
func (s dictSlot) pos() int32 { return int32(uint32(s)) }

// mayHold reports whether the slot's entry may have this hash: false when
// the high bits of the hashes differ, so the entry need not be read.
func (s dictSlot) mayHold(hash int64) bool { return (uint64(s)^uint64(hash))>>32 == 0 }
