package runtime

import (
	"sync"
	"weak"
)

// User classes: CPython's type.__new__ (type_new in Objects/typeobject.c).
//
// API for the vm:
//
//   - A class statement runs its body as a function with a fresh namespace
//     dict (the body stores __module__ and __qualname__ in it first, and
//     __doc__ when there is a docstring), then calls
//     NewClass(t, name, bases, ns, qualname, module). NewClass copies ns,
//     so the caller may reuse or drop it. qualname and module are used when
//     ns does not hold __qualname__ / __module__. Keywords of the class
//     statement other than metaclass go through NewClassKw to
//     __init_subclass__.
//   - If the body created a __class__ cell (a method uses super() or
//     __class__), the vm stores the returned class in that cell.
//   - Zero-argument super() compiles to super(__class__, <first argument>):
//     calling the built-in `super` type with those two values is all it
//     takes (NewSuper is the same thing for Go callers). Called with no
//     arguments outside a method it raises CPython's
//     "RuntimeError: super(): no arguments".
//   - Calling the class (its New slot) runs __new__ and __init__.
//   - A function type that binds like a method (the vm's FunctionType) should
//     set Type.MethodDescriptor, so that dunder calls and LookupMethod can
//     pass the instance as the first argument instead of allocating a bound
//     method.
//   - LookupMethod(obj, name) is the fast path for LOAD_METHOD on instances
//     of user classes (see instance.go).
//   - A class dict must change only through SetAttr/DelAttr on the class
//     (type.__setattr__), never by writing Type.Dict directly: that keeps
//     the slots and the attribute cache (attrcache.go) in step.

// classInfo is the runtime's data about a user class, kept in Type.Extra.
type classInfo struct {
	// layout is the built-in type whose objects the instances are:
	// ObjectType for plain classes (instances are *Instance), ListType for
	// a list subclass (instances are *List), and so on.
	layout *Type

	// attrs caches lookups along the MRO (attrcache.go).
	attrs classAttrCache

	// shape sizes the attribute dicts of new instances and lends them
	// their key objects (instance_shape.go).
	shape instanceShape

	// hasDict is false when __slots__ take the instances' __dict__ away
	// (slots.go).
	hasDict bool

	// qualname is __qualname__, kept out of the class's dict as CPython's
	// type_new does (vars(C) has no '__qualname__'; C().__qualname__ is
	// an AttributeError).
	qualname string

	mu sync.Mutex
	// subclasses are the classes that name this one as a base, so that
	// setting a dunder on a class updates the slots of its subclasses.
	subclasses []weak.Pointer[Type]

	// Which attribute hooks the class overrides (kept in step with the
	// dict by updateSlots): they decide the fast paths of attribute access.
	hasGetattribute bool
	hasGetattr      bool
	hasSetattr      bool
	hasDelattr      bool
}

// classInfoOf returns the class data of a user class, or nil for a
// built-in type.
func classInfoOf(typ *Type) *classInfo {
	info, _ := typ.Extra.(*classInfo)
	return info
}

// IsUserClass reports whether typ was created by a class statement (or
// NewClass) rather than built into the runtime.
func IsUserClass(typ *Type) bool { return classInfoOf(typ) != nil }

// NewClass creates a class: CPython's type(name, bases, ns). bases holds the
// values of the class statement's base expressions (empty means object).
func NewClass(t *Thread, name string, bases []Value, ns *Dict, qualname, module string) (*Type, error) {
	return NewClassKw(t, name, bases, ns, qualname, module, nil)
}

// NewClassKw is NewClass for a class statement with keywords
// (`class A(Base, flag=True)`): they are passed to __init_subclass__.
func NewClassKw(t *Thread, name string, bases []Value, ns *Dict, qualname, module string, kwargs []Kwarg) (*Type, error) {
	baseTypes := make([]*Type, 0, len(bases))
	for _, b := range bases {
		bt, ok := b.obj.(*Type)
		if !ok {
			return nil, nonTypeBase(t, name, bases, ns, b)
		}
		baseTypes = append(baseTypes, bt)
	}
	if len(baseTypes) == 0 {
		baseTypes = []*Type{ObjectType}
	}
	best, layout, err := bestBase(baseTypes)
	if err != nil {
		return nil, err
	}
	cls := &Type{Name: name, Base: best, Bases: baseTypes, Dict: ns.Copy()}
	cls.Extra = &classInfo{layout: layout}
	if cls.MRO, err = computeMRO(cls, baseTypes); err != nil {
		return nil, err
	}
	if err := initClassDict(cls, qualname, module); err != nil {
		return nil, err
	}
	for _, b := range baseTypes {
		if info := classInfoOf(b); info != nil {
			info.addSubclass(cls)
		}
	}
	if err := initSlots(t, cls); err != nil {
		return nil, err
	}
	updateAllSlots(cls)
	if err := setNames(t, cls); err != nil {
		return nil, err
	}
	if err := initSubclass(t, cls, kwargs); err != nil {
		return nil, err
	}
	return cls, nil
}

// NewClassFromArgs is type(name, bases, dict): a class made without a
// class statement (its __module__ is "__main__" unless dict says otherwise).
func NewClassFromArgs(t *Thread, name, bases, ns Value) (Value, error) {
	n, ok := AsStr(name)
	if !ok {
		return Value{}, Errorf(TypeErrorType, "type.__new__() argument 1 must be str, not %s", TypeName(name))
	}
	b, ok := bases.obj.(*Tuple)
	if !ok {
		return Value{}, Errorf(TypeErrorType, "type.__new__() argument 2 must be tuple, not %s", TypeName(bases))
	}
	d, ok := ns.obj.(*Dict)
	if !ok {
		return Value{}, Errorf(TypeErrorType, "type.__new__() argument 3 must be dict, not %s", TypeName(ns))
	}
	cls, err := NewClass(t, n, b.Items(), d, n, "__main__")
	if err != nil {
		return Value{}, err
	}
	return Obj(cls), nil
}

// initClassDict completes the class namespace as type_new does:
// __module__, __qualname__, __doc__; __new__ becomes a staticmethod,
// __init_subclass__ and __class_getitem__ classmethods when given as plain
// functions; a class
// that defines __eq__ but not __hash__ gets __hash__ = None.
func initClassDict(cls *Type, qualname, module string) error {
	d := cls.Dict
	if q, ok := d.GetStr("__qualname__"); ok {
		s, ok := AsStr(q)
		if !ok {
			return Errorf(TypeErrorType, "type __qualname__ must be a str, not %s", TypeName(q))
		}
		qualname = s
		d.DelStr("__qualname__")
	}
	if qualname == "" {
		qualname = cls.Name
	}
	cls.Extra.(*classInfo).qualname = qualname
	if m, ok := d.GetStr("__module__"); ok {
		if s, ok := AsStr(m); ok {
			module = s
		}
	} else {
		d.SetStr("__module__", NewStr(module))
	}
	cls.Module = module
	if _, ok := d.GetStr("__doc__"); !ok {
		d.SetStr("__doc__", None)
	}
	if f, ok := d.GetStr("__new__"); ok && f.Type().MethodDescriptor {
		d.SetStr("__new__", Obj(&StaticMethod{Func: f}))
	}
	for _, name := range [...]string{"__init_subclass__", "__class_getitem__"} {
		if f, ok := d.GetStr(name); ok && f.Type().MethodDescriptor {
			d.SetStr(name, Obj(&ClassMethod{Func: f}))
		}
	}
	if _, ok := d.GetStr("__eq__"); ok {
		if _, ok := d.GetStr("__hash__"); !ok {
			d.SetStr("__hash__", None)
		}
	}
	return nil
}

// setNames calls __set_name__(cls, name) on every attribute of the new
// class that has one (descriptors learning their name, e.g. property).
func setNames(t *Thread, cls *Type) error {
	for _, it := range cls.Dict.Items() {
		name, ok := AsStr(it.Key)
		if !ok {
			continue
		}
		if p, ok := it.Value.obj.(*Property); ok {
			p.setName(name)
			continue
		}
		if !IsUserClass(it.Value.Type()) {
			continue
		}
		fn, ok := it.Value.Type().Lookup("__set_name__")
		if !ok {
			continue
		}
		if _, err := callMethod(t, fn, it.Value, []Value{Obj(cls), it.Key}, nil); err != nil {
			return err
		}
	}
	return nil
}

// initSubclass calls super(cls, cls).__init_subclass__(**kwargs) (object's
// own does nothing but reject keywords).
func initSubclass(t *Thread, cls *Type, kwargs []Kwarg) error {
	for _, m := range cls.MRO[1:] {
		if !IsUserClass(m) && len(kwargs) == 0 {
			continue
		}
		attr, ok := m.Dict.GetStr("__init_subclass__")
		if !ok {
			continue
		}
		fn, err := Bind(t, attr, Value{}, cls)
		if err != nil {
			return err
		}
		_, err = Call(t, fn, nil, kwargs)
		return err
	}
	return nil
}

// nonTypeBase handles a base that is not a class. CPython then takes the
// base's type as the metaclass and calls it with (name, bases, ns); the
// built-in types reject that call with their own errors ("int() takes at
// most 2 arguments (3 given)"), which is what the user sees.
func nonTypeBase(t *Thread, name string, bases []Value, ns *Dict, b Value) error {
	meta := b.Type()
	if meta.Call == nil && meta.New == nil {
		return Errorf(TypeErrorType, "bases must be types")
	}
	args := []Value{NewStr(name), NewTuple(append([]Value(nil), bases...)), Obj(ns)}
	if _, err := Call(t, Obj(meta), args, nil); err != nil {
		return err
	}
	return Errorf(TypeErrorType, "minipy does not support metaclasses: base %s is not a class", SafeRepr(b))
}

// addSubclass records sub as a direct subclass (weakly: a class that is no
// longer used can still be collected).
func (info *classInfo) addSubclass(sub *Type) {
	info.mu.Lock()
	defer info.mu.Unlock()
	live := info.subclasses[:0]
	for _, w := range info.subclasses {
		if w.Value() != nil {
			live = append(live, w)
		}
	}
	info.subclasses = append(live, weak.Make(sub))
}

// liveSubclasses returns the direct subclasses still in use.
func (info *classInfo) liveSubclasses() []*Type {
	info.mu.Lock()
	defer info.mu.Unlock()
	var out []*Type
	for _, w := range info.subclasses {
		if s := w.Value(); s != nil {
			out = append(out, s)
		}
	}
	return out
}
