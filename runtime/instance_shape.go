package runtime

import "sync/atomic"

// Making instances of plain classes cheap. Two things CPython gets from its
// key-sharing dicts are kept here per class:
//
//   - the attribute names instances get, in the order __init__ usually
//     stores them (the class's shape), so a new instance's dict is made the
//     right size at once instead of growing on the first and sixth store,
//     and a store of a new attribute reuses the class's key object for that
//     name instead of allocating a str per store;
//   - a single allocation holding the instance, its dict and, for up to
//     maxInlineAttrs attributes, the dict's entries and index.
//
// The shape is only a hint: an instance whose attributes differ from it
// works as before (its dict grows, its keys are its own).

// maxShapeKeys bounds a shape (setattr with made-up names must not grow it
// without end).
const maxShapeKeys = 64

// instanceShape is the shape of a class (a field of classInfo).
type instanceShape struct {
	// keys are the names, in order; the slice behind the pointer is never
	// modified: a longer shape is a new slice installed by compare-and-swap.
	keys atomic.Pointer[[]*Str]
}

// size is how many attributes instances of the class are expected to get.
func (s *instanceShape) size() int {
	if k := s.keys.Load(); k != nil {
		return len(*k)
	}
	return 0
}

// at returns the shape's key object for name as the pos-th entry of an
// instance dict, nil when the shape has another name there (or none).
func (s *instanceShape) at(pos int, name string) *Str {
	if cur := s.keys.Load(); cur != nil && pos < len(*cur) {
		if k := (*cur)[pos]; k.s == name {
			return k
		}
	}
	return nil
}

// newKey makes the key object for name, whose hash is h, stored as the
// pos-th entry of an instance dict where the shape has no key for it; it
// extends the shape when pos is just past its end.
func (s *instanceShape) newKey(pos int, name string, h int64) Value {
	k := NewStr(name)
	str, ok := k.obj.(*Str)
	if !ok {
		return k
	}
	str.hash.Store(h)
	cur := s.keys.Load()
	var keys []*Str
	if cur != nil {
		keys = *cur
	}
	if pos == len(keys) && pos < maxShapeKeys {
		next := append(keys[:len(keys):len(keys)], str)
		s.keys.CompareAndSwap(cur, &next)
	}
	return k
}

// instanceBlock is an instance of a class whose instances have no
// attributes (yet), allocated with its empty dict.
type instanceBlock struct {
	inst Instance
	dict Dict
}

// instanceBlock8 is an instance allocated with a dict of up to 5
// attributes (the smallest dict index, 8 slots).
type instanceBlock8 struct {
	instanceBlock
	entries [5]dictEntry
	index   [8]dictSlot
}

// instanceBlock16s is an instance allocated with a dict of up to 8
// attributes in an index of 16 slots (a fifth of the memory of
// instanceBlock16 saved for 6 to 8 attributes; the entries grow like any
// slice if the instance gets more).
type instanceBlock16s struct {
	instanceBlock
	entries [8]dictEntry
	index   [16]dictSlot
}

// instanceBlock16 is an instance allocated with a dict of up to 10
// attributes (an index of 16 slots).
type instanceBlock16 struct {
	instanceBlock
	entries [10]dictEntry
	index   [16]dictSlot
}

// maxInlineAttrs is the most attributes whose dict storage is allocated
// with the instance; a class whose instances get more has its dicts made
// at their expected size separately.
const maxInlineAttrs = 10

// newPlainInstance makes an empty instance of cls, a class whose
// instances are *Instance, sized by the class's shape.
func newPlainInstance(cls *Type, info *classInfo) *Instance {
	n := info.shape.size()
	var b *instanceBlock
	switch {
	case n == 0:
		b = &instanceBlock{}
	case n <= usable(8):
		b8 := &instanceBlock8{}
		b8.dict.setStorage(b8.entries[:0], b8.index[:])
		b = &b8.instanceBlock
	case n <= 8:
		b16 := &instanceBlock16s{}
		b16.dict.setStorage(b16.entries[:0], b16.index[:])
		b = &b16.instanceBlock
	case n <= maxInlineAttrs:
		b16 := &instanceBlock16{}
		b16.dict.setStorage(b16.entries[:0], b16.index[:])
		b = &b16.instanceBlock
	default:
		b = &instanceBlock{}
		b.dict.resizeLocked(n)
	}
	b.inst = Instance{cls: cls, Dict: &b.dict}
	return &b.inst
}
