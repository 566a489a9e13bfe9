package runtime

import "strings"

// __slots__: a class that lists its attributes gets a member descriptor
// for each, and when every class of its MRO does so (without "__dict__"),
// its instances have no __dict__ and accept no other attribute. The values
// are kept in the instance's dict all the same; only the rules of access
// differ from an ordinary class, which is what a program can observe.

// SlotMember is a member descriptor (`<member 'x' of 'P' objects>`).
type SlotMember struct {
	name  string
	owner *Type
}

// Type implements Object.
func (m *SlotMember) Type() *Type { return SlotMemberType }

// SlotMemberType is the type of member descriptors.
var SlotMemberType = NewBuiltinType("member_descriptor", ObjectType)

func init() {
	s := SlotMemberType
	s.Repr = func(t *Thread, v Value) (string, error) {
		m := v.obj.(*SlotMember)
		return "<member '" + m.name + "' of '" + m.owner.Name + "' objects>", nil
	}
	s.Hash = func(t *Thread, v Value) (int64, error) { return IdentityHash(v), nil }
	s.Get = func(t *Thread, descr, obj Value, owner *Type) (Value, error) {
		if obj.IsNull() {
			return descr, nil
		}
		m := descr.obj.(*SlotMember)
		if d := instanceDict(obj); d != nil {
			if v, ok := d.GetStr(m.name); ok {
				return v, nil
			}
		}
		return Value{}, Errorf(AttributeErrorType, "'%s' object has no attribute '%s'", TypeName(obj), m.name)
	}
	s.Set = func(t *Thread, descr, obj, val Value) error {
		m := descr.obj.(*SlotMember)
		if !m.owner.IsSubtype(obj.Type()) {
			return Errorf(TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
				m.name, m.owner.Name, TypeName(obj))
		}
		d := instanceDict(obj)
		switch {
		case d == nil:
			return Errorf(AttributeErrorType, "'%s' object has no attribute '%s'", TypeName(obj), m.name)
		case val.IsNull():
			if !d.DelStr(m.name) {
				return Errorf(AttributeErrorType, "%s", m.name)
			}
			return nil
		}
		d.SetStr(m.name, val)
		return nil
	}
}

// initSlots installs the member descriptors of cls's __slots__ and decides
// whether its instances have a __dict__.
func initSlots(t *Thread, cls *Type) error {
	info := classInfoOf(cls)
	info.hasDict = true
	spec, ok := cls.Dict.GetStr("__slots__")
	if !ok {
		return nil
	}
	var names []Value
	if _, isStr := AsStr(spec); isStr {
		names = []Value{spec}
	} else {
		var err error
		if names, err = sequenceItems(t, spec); err != nil {
			return err
		}
	}
	wantsDict := false
	for _, n := range names {
		name, ok := AsStr(n)
		if !ok {
			return Errorf(TypeErrorType, "__slots__ items must be strings, not '%s'", TypeName(n))
		}
		if name == "__dict__" {
			wantsDict = true
			continue
		}
		name = mangle(cls.Name, name)
		if _, clash := cls.Dict.GetStr(name); clash {
			return Errorf(ValueErrorType, "'%s' in __slots__ conflicts with class variable", name)
		}
		cls.Dict.SetStr(name, Obj(&SlotMember{name: name, owner: cls}))
	}
	if wantsDict {
		return nil
	}
	// Without __dict__ in its own slots, the instances still get one if
	// any other class along the MRO provides it.
	for _, m := range cls.MRO[1:] {
		if mi := classInfoOf(m); mi != nil && mi.hasDict {
			return nil
		}
	}
	// Exceptions keep BaseException's own __dict__.
	info.hasDict = info.layout == BaseExceptionType
	return nil
}

// mangle is the compiler's private-name mangling: __x in class _A is _A__x.
func mangle(className, name string) string {
	if !strings.HasPrefix(name, "__") || strings.HasSuffix(name, "__") {
		return name
	}
	stripped := strings.TrimLeft(className, "_")
	if stripped == "" {
		return name
	}
	return "_" + stripped + name
}
