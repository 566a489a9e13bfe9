package runtime

import "sync/atomic"

// Attribute sites: the inline cache of an attribute opcode (the vm keeps
// one per name of a code object), CPython 3.11's specialization of
// LOAD_ATTR and STORE_ATTR for instance values. A site remembers a class
// for which the name is not found along the MRO, in one generation of the
// class's attribute cache (attrcache.go). While the class's cache is still
// that generation, obj.name on an instance of the class can only be an
// instance attribute: no descriptor can intercept it, so the opcode goes
// straight to the instance's values, skipping the class lookup. Any change
// of a class dict along the MRO replaces the generation and so empties the
// site; so does a change of the attribute hooks (__setattr__,
// __getattribute__), which are class attributes too, and are checked again
// at every hit anyway.
//
// A code object is shared by threads: an entry is immutable, published
// through an atomic pointer. A site whose receivers keep changing class
// stops being filled after maxSiteFills, so that it never allocates in a
// hot loop.

const maxSiteFills = 32

// AttrSite is the cache of one attribute name of a code object. The zero
// value is an empty site.
type AttrSite struct {
	entry atomic.Pointer[attrSiteEntry]
	fills atomic.Int32
}

// attrSiteEntry records that the site's name is not a class attribute of
// cls in the cache generation gen.
type attrSiteEntry struct {
	cls *Type
	gen *attrCache
}

// plainInstance returns obj as an instance whose class the site knows, and
// the class's data; nil when the site cannot answer for obj.
func (s *AttrSite) plainInstance(obj Value) (*Instance, *classInfo) {
	inst, ok := obj.obj.(*Instance)
	if !ok {
		return nil, nil
	}
	e := s.entry.Load()
	if e == nil || e.cls != inst.cls {
		return nil, nil
	}
	info := classInfoOf(inst.cls)
	if info.attrs.p.Load() != e.gen {
		return nil, nil
	}
	return inst, info
}

// fill records obj's class when name is not a class attribute of it.
func (s *AttrSite) fill(obj Value, name string) {
	inst, ok := obj.obj.(*Instance)
	if !ok || s.fills.Load() >= maxSiteFills {
		return
	}
	info := classInfoOf(inst.cls)
	if info == nil || !info.hasDict || name == "__dict__" || name == "__class__" {
		return
	}
	gen := info.attrs.p.Load()
	if _, owner := info.attrs.lookup(inst.cls, name); owner != nil || gen == nil || info.attrs.p.Load() != gen {
		// A class attribute, or the lookup was a miss that made a new
		// generation (or raced with a change): the next execution fills.
		return
	}
	s.fills.Add(1)
	s.entry.Store(&attrSiteEntry{cls: inst.cls, gen: gen})
}

// SetAttrAt is SetAttr(t, obj, name, val) for STORE_ATTR through the
// opcode's site.
func SetAttrAt(t *Thread, site *AttrSite, obj Value, name string, val Value) error {
	if inst, info := site.plainInstance(obj); inst != nil && !info.hasSetattr {
		inst.storeAttr(name, val, &info.shape)
		return nil
	}
	if err := SetAttr(t, obj, name, val); err != nil {
		return err
	}
	site.fill(obj, name)
	return nil
}

// GetAttrAt is GetAttr(t, obj, name) for LOAD_ATTR through the opcode's
// site.
func GetAttrAt(t *Thread, site *AttrSite, obj Value, name string) (Value, error) {
	if inst, info := site.plainInstance(obj); inst != nil && !info.hasGetattribute {
		if v, ok := inst.lookupAttr(name); ok {
			return v, nil
		}
		// Missing: __getattr__ or the AttributeError, the long way.
	}
	v, err := GetAttr(t, obj, name)
	if err == nil {
		site.fill(obj, name)
	}
	return v, err
}
