package runtime

import "sync/atomic"

// The attributes of a plain instance live inline, as CPython 3.11 keeps
// them ("inline values"): a slice of values whose names are the first keys
// of the class's shape (instance_shape.go), in the same order. Storing an
// attribute is then a scan of a few names and an append, with no dict
// entries, index or hashing. The instance gets a real dict
// (materialize) as soon as something needs one: __dict__, vars(), del, an
// attribute the shape has no place for, __class__ assignment, and every
// runtime caller of instanceDict. From then on the dict is the only
// storage, as before.
//
// Thread safety: vals and keys are guarded by mu (an ObjectLock, skipped
// while the program has one thread, see objlock.go). d is written once,
// under mu, and read without it: a reader that sees nil takes mu and looks
// again.

// maxInlineAttrs is the most attributes kept inline; an instance that gets
// more moves them to a dict, whose lookups do not scan.
const maxInlineAttrs = 16

// Instance is an instance of a user class whose layout is object's.
type Instance struct {
	cls *Type
	// d is the attribute dict once the instance has one, nil while its
	// attributes are inline.
	d  atomic.Pointer[Dict]
	mu ObjectLock
	// keys is the class's shape (its slice) when last looked at: its
	// i-th key names vals[i]. A pointer, as the shape keeps it, makes the
	// instance 16 bytes smaller than a slice would.
	keys *[]*Str
	vals []Value // the inline attributes
}

// Type implements Object.
func (o *Instance) Type() *Type { return o.cls }

// AttrDict returns the instance's attribute dict (its __dict__), moving
// the inline attributes into a new one first.
func (o *Instance) AttrDict() *Dict {
	if d := o.d.Load(); d != nil {
		return d
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.materializeLocked()
}

// materializeLocked is AttrDict with mu held.
func (o *Instance) materializeLocked() *Dict {
	if d := o.d.Load(); d != nil {
		return d
	}
	d := NewDictSized(len(o.vals))
	for i, v := range o.vals {
		d.insertStrKey((*o.keys)[i], v)
	}
	o.d.Store(d)
	o.keys, o.vals = nil, nil
	return d
}

// setAttrDict replaces the instance's __dict__.
func (o *Instance) setAttrDict(d *Dict) {
	o.mu.Lock()
	o.d.Store(d)
	o.keys, o.vals = nil, nil
	o.mu.Unlock()
}

// names returns the keys naming the inline values (and maybe more).
func (o *Instance) names() []*Str {
	if o.keys == nil {
		return nil
	}
	return *o.keys
}

// lookupAttr finds the instance attribute name.
func (o *Instance) lookupAttr(name string) (Value, bool) {
	if d := o.d.Load(); d != nil {
		return d.GetStr(name)
	}
	o.mu.Lock()
	if d := o.d.Load(); d != nil {
		o.mu.Unlock()
		return d.GetStr(name)
	}
	for i, k := range o.names()[:len(o.vals)] {
		if sameName(k.s, name) {
			v := o.vals[i]
			o.mu.Unlock()
			return v, true
		}
	}
	o.mu.Unlock()
	return Value{}, false
}

// storeAttr sets the instance attribute name (val is not null); shape is
// the class's.
func (o *Instance) storeAttr(name string, val Value, shape *instanceShape) {
	if d := o.d.Load(); d != nil {
		d.SetStr(name, val)
		return
	}
	o.mu.Lock()
	if d := o.d.Load(); d != nil {
		o.mu.Unlock()
		d.SetStr(name, val)
		return
	}
	n, names := len(o.vals), o.names()
	if n < len(names) && n < maxInlineAttrs && names[n].s == name {
		// The next name of the shape: not among the first n, as a
		// shape's names are distinct (keysWith adds only a name the
		// instance storing it does not have).
		o.vals = append(o.vals, val)
		o.mu.Unlock()
		return
	}
	for i, k := range names[:n] {
		if sameName(k.s, name) {
			o.vals[i] = val
			o.mu.Unlock()
			return
		}
	}
	keys := o.keys
	if n >= len(names) || names[n].s != name {
		keys = shape.keysWith(n, name)
	}
	if keys == nil || n >= maxInlineAttrs {
		// No place in the shape (another name is there): a dict.
		d := o.materializeLocked()
		o.mu.Unlock()
		d.SetStr(name, val)
		return
	}
	o.keys = keys
	o.vals = append(o.vals, val)
	o.mu.Unlock()
}

// sameName is a == b for attribute names, comparing the first bytes inline
// before the bytes in full: scanning an instance's names mostly meets
// names of the same short length (x, y) that differ at once, and the call
// of the full comparison was a tenth of a method call's time.
func sameName(a, b string) bool {
	return len(a) == len(b) && (len(a) == 0 || a[0] == b[0]) && a == b
}
