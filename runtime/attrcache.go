package runtime

import (
	"maps"
	"sync/atomic"
	"unsafe"
)

// The attribute cache of user classes (CPython's type method cache, per
// class): the result of looking a name up along the MRO, found or not, so
// that `obj.method`, `obj.attr` and the dunder calls of operators do not
// lock and probe every class dict of the MRO each time.
//
// A class dict changes only through type.__setattr__ / __delattr__ (in
// CPython cls.__dict__ is a read-only proxy), which call classAttrChanged;
// that replaces the cache of the class and of every subclass.
//
// The cache is an immutable map behind an atomic pointer: lookups take no
// lock; a miss copies the map with the new entry and installs it with a
// compare-and-swap, which fails (and caches nothing) if the cache was
// replaced meanwhile, so a stale result never outlives an invalidation.

// maxCachedAttrs bounds a class's cache (getattr with made-up names must
// not grow it without end, nor make each miss copy a huge map).
const maxCachedAttrs = 512

// attrCache is one generation of a class's cache.
type attrCache struct {
	entries map[string]*cachedAttr
	// ctor is what calling the class runs, resolved through this
	// generation's lookups and dropped with it (slotfuncs.go).
	ctor atomic.Pointer[ctorPlan]
	// front holds some of the entries, indexed by the address of the
	// name's bytes (frontIndex). The names of attribute opcodes are the
	// same Go string at every execution of the code, so a hit costs a
	// load and a compare instead of hashing the name and probing the map
	// (measured as a tenth of the time of creating instances whose
	// __init__ stores six attributes).
	front [frontSlots]atomic.Pointer[cachedAttr]
}

// frontSlots is the size of a generation's front cache (a power of two).
const frontSlots = 32

// frontIndex is name's slot in a front cache: the address of its bytes,
// which any two strings with the same bytes may not share (a miss then
// falls back to the map).
func frontIndex(name string) uintptr {
	p := uintptr(unsafe.Pointer(unsafe.StringData(name)))
	return (p>>3 ^ p>>9) & (frontSlots - 1)
}

// cachedAttr is a lookup result: owner is the class whose dict holds the
// value, nil when the name is not found. Entries are immutable once made.
type cachedAttr struct {
	name  string
	value Value
	owner *Type
}

// classAttrCache is the cache field of classInfo.
type classAttrCache struct {
	p atomic.Pointer[attrCache]
}

// lookup finds name along cls's MRO through the cache.
func (c *classAttrCache) lookup(cls *Type, name string) (Value, *Type) {
	cur := c.p.Load()
	if cur != nil {
		slot := &cur.front[frontIndex(name)]
		if e := slot.Load(); e != nil && e.name == name {
			return e.value, e.owner
		}
		if e, ok := cur.entries[name]; ok {
			slot.Store(e)
			return e.value, e.owner
		}
	}
	v, owner := lookupUncached(cls, name)
	if cur == nil || len(cur.entries) < maxCachedAttrs {
		next := &attrCache{entries: make(map[string]*cachedAttr, 8)}
		if cur != nil && len(cur.entries) > 0 {
			next.entries = maps.Clone(cur.entries)
		}
		next.entries[name] = &cachedAttr{name: name, value: v, owner: owner}
		c.p.CompareAndSwap(cur, next)
	}
	return v, owner
}

// invalidate drops every cached result. A fresh (empty, non-nil) cache
// makes the compare-and-swap of a lookup that started earlier fail.
func (c *classAttrCache) invalidate() {
	c.p.Store(&attrCache{})
}

// lookupUncached walks the MRO.
func lookupUncached(cls *Type, name string) (Value, *Type) {
	for _, m := range cls.MRO {
		if m.Dict == nil {
			continue
		}
		if v, ok := m.Dict.GetStr(name); ok {
			return v, m
		}
	}
	return Value{}, nil
}

// lookupWithOwner finds name along cls's MRO and returns it with the class
// whose dict holds it (nil when missing), through the cache for user
// classes.
func lookupWithOwner(cls *Type, name string) (Value, *Type) {
	if info := classInfoOf(cls); info != nil {
		return info.attrs.lookup(cls, name)
	}
	return lookupUncached(cls, name)
}

// LookupClassAttr is Type.Lookup for user classes (through the cache); ok
// is false for built-in types, which the caller looks up itself.
func LookupClassAttr(cls *Type, name string) (v Value, found, ok bool) {
	info := classInfoOf(cls)
	if info == nil {
		return Value{}, false, false
	}
	v, owner := info.attrs.lookup(cls, name)
	return v, owner != nil, true
}

// ctorPlan returns what calling cls runs (its __new__ and __init__),
// resolved once per cache generation: an invalidation drops the plan with
// the generation it was stored on, so a plan never outlives a change of
// the class dicts it was resolved from.
func (c *classAttrCache) ctorPlan(cls *Type) *ctorPlan {
	cur := c.p.Load()
	if cur != nil {
		if p := cur.ctor.Load(); p != nil {
			return p
		}
	}
	p := resolveCtor(cls)
	if cur != nil {
		cur.ctor.Store(p)
	}
	return p
}
