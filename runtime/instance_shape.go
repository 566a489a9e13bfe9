package runtime

import (
	"sync/atomic"
	"unicode/utf8"
)

// The shape of a class: the attribute names its instances get, in the
// order __init__ usually stores them. Instances keep their attributes
// inline (instance_values.go) as values whose names are the shape's first
// keys, so the names are stored once per class, and a new instance is made
// in one allocation with room for as many values as the shape has names.
//
// The shape grows as instances store attributes past its end, and only
// grows, so that an instance holding the first n keys of any version of
// the shape holds the first n keys of every later version. An instance
// whose names depart from the shape moves them to a dict of its own.

// maxShapeKeys bounds a shape: an instance gets a dict past this many
// attributes anyway.
const maxShapeKeys = maxInlineAttrs

// instanceShape is the shape of a class (a field of classInfo).
type instanceShape struct {
	// keys are the names, in order; the slice behind the pointer is never
	// modified: a longer shape is a new slice installed by compare-and-swap.
	keys atomic.Pointer[[]*Str]
}

// keysWith returns the shape's keys when name is the pos-th of them,
// adding it when the shape has exactly pos keys (and room); nil when the
// shape has another name at pos. An instance holding the first pos keys of
// the shape can take the result as its keys: a shape only ever grows.
func (s *instanceShape) keysWith(pos int, name string) *[]*Str {
	for {
		cur := s.keys.Load()
		var keys []*Str
		if cur != nil {
			keys = *cur
		}
		switch {
		case pos < len(keys) && keys[pos].s == name:
			return cur
		case pos != len(keys) || pos >= maxShapeKeys:
			return nil
		}
		k := &Str{s: name, n: utf8.RuneCountInString(name)}
		next := append(keys[:pos:pos], k)
		if s.keys.CompareAndSwap(cur, &next) {
			return &next
		}
		// Another instance extended the shape first: look again.
	}
}

// Instances allocated with room for 2, 4, 6 or 8 inline values: each
// is one allocation of an exact size class (112, 160, 208, 256 bytes).
type (
	instanceBlock2 struct {
		inst Instance
		vals [2]Value
	}
	instanceBlock4 struct {
		inst Instance
		vals [4]Value
	}
	instanceBlock6 struct {
		inst Instance
		vals [6]Value
	}
	instanceBlock8 struct {
		inst Instance
		vals [8]Value
	}
)

// newPlainInstance makes an empty instance of cls, a class whose
// instances are *Instance, with room for the attributes its shape
// expects (one allocation up to 8 of them; the values grow like any slice
// if the instance gets more).
func newPlainInstance(cls *Type, info *classInfo) *Instance {
	keys := info.shape.keys.Load()
	n := 0
	if keys != nil {
		n = len(*keys)
	}
	var o *Instance
	switch {
	case n == 0:
		o = &Instance{}
	case n <= 2:
		b := &instanceBlock2{}
		o = &b.inst
		o.vals = b.vals[:0]
	case n <= 4:
		b := &instanceBlock4{}
		o = &b.inst
		o.vals = b.vals[:0]
	case n <= 6:
		b := &instanceBlock6{}
		o = &b.inst
		o.vals = b.vals[:0]
	case n <= 8:
		b := &instanceBlock8{}
		o = &b.inst
		o.vals = b.vals[:0]
	default:
		o = &Instance{vals: make([]Value, 0, min(n, maxInlineAttrs))}
	}
	o.cls, o.keys = cls, keys
	return o
}

// newInstanceWithDict makes an instance of cls whose attributes are d.
func newInstanceWithDict(cls *Type, d *Dict) *Instance {
	o := &Instance{cls: cls}
	o.d.Store(d)
	return o
}
