package runtime

import "unsafe"

// The slots of user classes, after CPython's slotdefs table and
// update_one_slot: each slot is fed by one or more dunder names. For a
// class, the first class along its MRO that defines one of the names
// decides the slot: a user class installs the generic function that looks
// the dunder up and calls it (slotfuncs.go); a built-in type lends its own
// slot function (so a list subclass that does not define __len__ keeps
// list's Len); a dunder set to None clears the slot (__hash__ = None).
// Setting or deleting a dunder on a class later recomputes the slots of
// the class and of its subclasses (classAttrChanged).

// slotDef ties dunder names to a slot.
type slotDef struct {
	names []string
	// deps are other names whose change must recompute this slot.
	deps []string
	// has reports whether a built-in type provides the slot.
	has func(b *Type) bool
	// inherit copies the slot from a built-in type (which may hold nil).
	inherit func(cls, b *Type)
	// install puts the generic dunder-calling function in the slot.
	install func(cls *Type)
}

var slotDefs []*slotDef

// blankType has every slot nil; inheriting from it clears a slot.
var blankType = &Type{}

// addSlot declares a slot whose field is reached through ptr; fn is the
// generic implementation.
func addSlot[F any](ptr func(*Type) *F, fn F, names ...string) *slotDef {
	d := &slotDef{
		names:   names,
		has:     func(b *Type) bool { return !funcIsNil(ptr(b)) },
		inherit: func(cls, b *Type) { *ptr(cls) = *ptr(b) },
		install: func(cls *Type) { *ptr(cls) = fn },
	}
	slotDefs = append(slotDefs, d)
	return d
}

// funcIsNil reports whether the slot field *f holds no function. A value
// of a type parameter cannot be compared with nil even when it is a func;
// a func value is one pointer word, nil when unset.
func funcIsNil[F any](f *F) bool { return *(*unsafe.Pointer)(unsafe.Pointer(f)) == nil }

func init() {
	addSlot(func(c *Type) *func(*Thread, Value) (string, error) { return &c.Repr }, slotRepr, "__repr__")
	addSlot(func(c *Type) *func(*Thread, Value) (string, error) { return &c.Str }, slotStr, "__str__")
	addSlot(func(c *Type) *func(*Thread, Value) (int64, error) { return &c.Hash }, slotHash, "__hash__")
	addSlot(func(c *Type) *func(*Thread, Value, Value, CompareOp) (Value, error) { return &c.Compare }, slotCompare,
		"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__")
	addSlot(func(c *Type) *func(*Thread, Value) (bool, error) { return &c.Bool }, slotBool, "__bool__")
	addSlot(func(c *Type) *func(*Thread, Value) (int, error) { return &c.Len }, slotLen, "__len__")
	addSlot(func(c *Type) *func(*Thread, Value, Value) (Value, error) { return &c.GetItem }, slotGetItem, "__getitem__").
		deps = []string{"__missing__"}
	addSlot(func(c *Type) *func(*Thread, Value, Value, Value) error { return &c.SetItem }, slotSetItem, "__setitem__", "__delitem__")
	addSlot(func(c *Type) *func(*Thread, Value, Value) error { return &c.DelItem }, slotDelItem, "__setitem__", "__delitem__")
	addSlot(func(c *Type) *func(*Thread, Value, Value) (bool, error) { return &c.Contains }, slotContains, "__contains__")
	addSlot(func(c *Type) *func(*Thread, Value) (Value, error) { return &c.Iter }, slotIter, "__iter__").
		deps = []string{"__getitem__"}
	addSlot(func(c *Type) *func(*Thread, Value) (Value, bool, error) { return &c.Next }, slotNext, "__next__")
	addSlot(func(c *Type) *func(*Thread, Value, []Value, []Kwarg) (Value, error) { return &c.Call }, slotCall, "__call__")
	addSlot(func(c *Type) *func(*Thread, Value) (Value, error) { return &c.Enter }, slotEnter, "__enter__")
	addSlot(func(c *Type) *func(*Thread, Value, Value, Value, Value) (Value, error) { return &c.Exit }, slotExit, "__exit__")
	addSlot(func(c *Type) *func(*Thread, Value, Value, *Type) (Value, error) { return &c.Get }, slotDescrGet, "__get__")
	addSlot(func(c *Type) *func(*Thread, Value, Value, Value) error { return &c.Set }, slotDescrSet, "__set__", "__delete__")
	for op := BinaryOp(0); op < numBinaryOps; op++ {
		op := op
		name := op.Dunder()
		addSlot(func(c *Type) *func(*Thread, Value, Value, bool) (Value, error) { return &c.Binary[op] },
			slotBinary(op), name, "__r"+name[2:])
		addSlot(func(c *Type) *func(*Thread, Value, Value) (Value, error) { return &c.InPlace[op] },
			slotInPlace(op), "__i"+name[2:])
	}
	for op, name := range [...]string{"__neg__", "__pos__", "__invert__"} {
		op := UnaryOp(op)
		addSlot(func(c *Type) *func(*Thread, Value) (Value, error) { return &c.Unary[op] }, slotUnary(name), name)
	}
	// A user __add__ / __mul__ takes over + and * entirely: the sequence
	// slots of a built-in base are then not used (their generic form is nil).
	addSlot(func(c *Type) *func(*Thread, Value, Value) (Value, error) { return &c.Concat }, nil, "__add__")
	addSlot(func(c *Type) *func(*Thread, Value, int) (Value, error) { return &c.Repeat }, nil, "__mul__", "__rmul__")
}

// updateAllSlots fills every slot of a new class.
func updateAllSlots(cls *Type) {
	cls.New = slotNew
	cls.GetAttr = instanceGetAttr
	cls.SetAttr = instanceSetAttr
	cls.DelAttr = instanceDelAttr
	for _, d := range slotDefs {
		d.update(cls)
	}
	updateAttrHooks(cls)
}

// update recomputes the slot d of cls from its MRO.
func (d *slotDef) update(cls *Type) {
	definer := d.resolve(cls)
	d.fixup(cls, definer)
}

// resolve fills the slot from the first class along the MRO that decides
// it, and returns that class (nil when none does). A built-in type's slots
// are complete on their own (the runtime never looks at a built-in's
// base), so once the MRO has passed a built-in base, object's slots are
// not consulted: list's nil Hash, not object's, is what a list subclass
// inherits.
func (d *slotDef) resolve(cls *Type) *Type {
	var firstBuiltin *Type
	for _, m := range cls.MRO {
		if IsUserClass(m) {
			for _, name := range d.names {
				if v, ok := m.Dict.GetStr(name); ok {
					if v.IsNone() && len(d.names) == 1 {
						d.inherit(cls, blankType)
					} else {
						d.install(cls)
					}
					return m
				}
			}
			continue
		}
		if m == ObjectType && firstBuiltin != nil {
			d.inherit(cls, firstBuiltin)
			return firstBuiltin
		}
		if firstBuiltin == nil {
			firstBuiltin = m
		}
		if d.has(m) || d.inDict(m) {
			d.inherit(cls, m)
			return m
		}
	}
	d.inherit(cls, blankType)
	return nil
}

// inDict reports whether one of the slot's names is in m's own dict.
func (d *slotDef) inDict(m *Type) bool {
	for _, name := range d.names {
		if _, ok := m.Dict.GetStr(name); ok {
			return true
		}
	}
	return false
}

// fixup applies the slot rules that involve more than one name: a dict
// subclass with __missing__, and iteration through __getitem__.
func (d *slotDef) fixup(cls, definer *Type) {
	switch d.names[0] {
	case "__getitem__":
		if definer == DictType {
			if _, ok := cls.Lookup("__missing__"); ok {
				cls.GetItem = dictSubclassGetItem
			}
		}
	case "__iter__":
		if cls.Iter == nil && cls.GetItem != nil && (definer == nil || !IsUserClass(definer)) {
			cls.Iter = func(t *Thread, v Value) (Value, error) { return NewSeqIter(v), nil }
		}
	}
}

// updateAttrHooks records which attribute hooks the class overrides.
func updateAttrHooks(cls *Type) {
	info := classInfoOf(cls)
	_, info.hasGetattribute = definingClass(cls, "__getattribute__")
	_, info.hasGetattr = cls.Lookup("__getattr__")
	_, info.hasSetattr = definingClass(cls, "__setattr__")
	_, info.hasDelattr = definingClass(cls, "__delattr__")
}

// classAttrChanged is called after name was set or deleted in the dict of
// cls: the slots fed by name are recomputed in cls and its subclasses.
func classAttrChanged(cls *Type, name string) {
	if !IsUserClass(cls) {
		return
	}
	visitSubclasses(cls, map[*Type]bool{}, func(c *Type) { classInfoOf(c).attrs.invalidate() })
	if len(name) < 5 || name[:2] != "__" {
		return
	}
	if name == "__module__" {
		// Reprs read the Module field (namedtuple sets __module__ late).
		if m, ok := cls.Dict.GetStr(name); ok {
			if s, ok := AsStr(m); ok {
				cls.Module = s
			}
		}
		return
	}
	var defs []*slotDef
	for _, d := range slotDefs {
		if containsName(d.names, name) || containsName(d.deps, name) {
			defs = append(defs, d)
		}
	}
	visitSubclasses(cls, map[*Type]bool{}, func(c *Type) {
		for _, d := range defs {
			d.update(c)
		}
		updateAttrHooks(c)
	})
}

// visitSubclasses calls fn on cls and every class derived from it, once.
func visitSubclasses(cls *Type, seen map[*Type]bool, fn func(*Type)) {
	if seen[cls] {
		return
	}
	seen[cls] = true
	fn(cls)
	for _, sub := range classInfoOf(cls).liveSubclasses() {
		visitSubclasses(sub, seen, fn)
	}
}

func containsName(names []string, name string) bool {
	for _, n := range names {
		if n == name {
			return true
		}
	}
	return false
}
