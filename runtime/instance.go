package runtime

// Instances of user classes and attribute access on them: CPython's
// object.__getattribute__ / __setattr__ / __delattr__
// (_PyObject_GenericGetAttrWithDict and friends), with the descriptor
// protocol in CPython's order: data descriptors on the type, then the
// instance dict, then other class attributes (methods bind here).

// Instance (instance_values.go) is an instance of a user class whose
// layout is object's.

// instanceGetAttr is the GetAttr slot of every user class: a user
// __getattribute__ if the class has one, else the generic lookup; then
// __getattr__ when the attribute is missing.
func instanceGetAttr(t *Thread, v Value, name string) (Value, error) {
	typ := v.Type()
	info := classInfoOf(typ)
	var r Value
	var err error
	if info != nil && info.hasGetattribute {
		r, err = callSpecial(t, v, "__getattribute__", NewStr(name))
	} else {
		r, err = genericGetAttr(t, v, name)
	}
	if err != nil && info != nil && info.hasGetattr {
		if e, ok := err.(*Exception); ok && e.Matches(AttributeErrorType) {
			return callSpecial(t, v, "__getattr__", NewStr(name))
		}
	}
	return r, err
}

// genericGetAttr is object.__getattribute__ for any value.
func genericGetAttr(t *Thread, v Value, name string) (Value, error) {
	typ := v.Type()
	attr, found := typ.Lookup(name)
	if found {
		if at := attr.Type(); at.Get != nil && at.Set != nil {
			return at.Get(t, attr, v, typ)
		}
	}
	if _, ok := v.obj.(*Local); ok && t != nil {
		// A threading.local subclass: the calling thread's attributes.
		d, err := localDict(t, v)
		if err != nil {
			return Value{}, err
		}
		if name == "__dict__" {
			return Obj(d), nil
		}
		if x, ok := d.GetStr(name); ok {
			return x, nil
		}
	} else if inst, ok := v.obj.(*Instance); ok && name != "__dict__" {
		if hasInstanceDict(typ) {
			if x, ok := inst.lookupAttr(name); ok {
				return x, nil
			}
		}
	} else if hasInstanceDict(typ) {
		if name == "__dict__" {
			if d := attrDict(v); d != nil {
				return Obj(d), nil
			}
		}
		if d := instanceDict(v); d != nil {
			if x, ok := d.GetStr(name); ok {
				return x, nil
			}
		}
	}
	if found {
		return Bind(t, attr, v, typ)
	}
	if info := classInfoOf(typ); info != nil && info.layout.GetAttr != nil {
		// The built-in base's own attributes (an exception's args).
		return info.layout.GetAttr(t, v, name)
	}
	return Value{}, NoAttribute(v, name)
}

// hasInstanceDict reports whether instances of typ have a __dict__ (all
// but those of classes with __slots__).
func hasInstanceDict(typ *Type) bool {
	info := classInfoOf(typ)
	return info == nil || info.hasDict
}

// attrDict returns v's attribute dict, creating an exception's on first use.
func attrDict(v Value) *Dict {
	if e, ok := v.obj.(*Exception); ok && e.Dict == nil {
		e.Dict = NewDict()
	}
	return instanceDict(v)
}

// instanceSetAttr is the SetAttr slot of every user class.
func instanceSetAttr(t *Thread, v Value, name string, val Value) error {
	info := classInfoOf(v.Type())
	if info != nil && info.hasSetattr {
		_, err := callSpecial(t, v, "__setattr__", NewStr(name), val)
		return err
	}
	if inst, ok := v.obj.(*Instance); ok && info != nil {
		return plainSetAttr(t, inst, info, name, val)
	}
	return genericSetAttr(t, v, name, val)
}

// plainSetAttr is genericSetAttr for a plain instance (the commonest
// store, self.x = v), with the class data looked up once: a data
// descriptor on the type, else the instance's inline values.
func plainSetAttr(t *Thread, inst *Instance, info *classInfo, name string, val Value) error {
	attr, owner := info.attrs.lookup(inst.cls, name)
	if owner != nil {
		if set := attr.Type().Set; set != nil {
			return set(t, attr, Obj(inst), val)
		}
	}
	if !info.hasDict || val.IsNull() || name == "__dict__" || name == "__class__" {
		return genericSetAttr(t, Obj(inst), name, val)
	}
	inst.storeAttr(name, val, &info.shape)
	return nil
}

// instanceDelAttr is the DelAttr slot of every user class.
func instanceDelAttr(t *Thread, v Value, name string) error {
	if info := classInfoOf(v.Type()); info != nil && info.hasDelattr {
		_, err := callSpecial(t, v, "__delattr__", NewStr(name))
		return err
	}
	return genericSetAttr(t, v, name, Value{})
}

// genericSetAttr is object.__setattr__ (object.__delattr__ when val is
// null): a data descriptor on the type, else the instance dict.
func genericSetAttr(t *Thread, v Value, name string, val Value) error {
	typ := v.Type()
	attr, found := typ.Lookup(name)
	if found {
		if set := attr.Type().Set; set != nil {
			return set(t, attr, v, val)
		}
	}
	if info := classInfoOf(typ); info != nil && info.layout.SetAttr != nil {
		// The built-in base's own attributes (an exception's args).
		if val.IsNull() {
			return info.layout.DelAttr(t, v, name)
		}
		return info.layout.SetAttr(t, v, name, val)
	}
	if inst, ok := v.obj.(*Instance); ok && !val.IsNull() && name != "__dict__" && name != "__class__" && hasInstanceDict(typ) {
		inst.storeAttr(name, val, &classInfoOf(typ).shape)
		return nil
	}
	d := instanceDict(v)
	if !hasInstanceDict(typ) {
		d = nil // __slots__ without __dict__
	}
	switch {
	case d == nil && found:
		return Errorf(AttributeErrorType, "'%s' object attribute '%s' is read-only", typ.Name, name)
	case d == nil:
		return Errorf(AttributeErrorType, "'%s' object has no attribute '%s'", typ.Name, name)
	case val.IsNull():
		if !d.DelStr(name) {
			return NoAttribute(v, name)
		}
		return nil
	case name == "__dict__":
		return setInstanceDict(v, val)
	case name == "__class__":
		return setInstanceClass(v, val)
	}
	d.SetStr(name, val)
	return nil
}

// setInstanceDict is `obj.__dict__ = d`.
func setInstanceDict(v Value, val Value) error {
	d, ok := val.obj.(*Dict)
	if !ok {
		return Errorf(TypeErrorType, "__dict__ must be set to a dictionary, not a '%s'", TypeName(val))
	}
	switch o := v.obj.(type) {
	case *Instance:
		o.setAttrDict(d)
		return nil
	case *Exception:
		o.Dict = d
		return nil
	}
	return Errorf(AttributeErrorType, "attribute '__dict__' of '%s' objects is not writable", TypeName(v))
}

// setInstanceClass is `obj.__class__ = cls`, allowed between user classes
// whose instances are the same kind of object.
func setInstanceClass(v Value, val Value) error {
	cls, ok := val.obj.(*Type)
	if !ok {
		return Errorf(TypeErrorType, "__class__ must be set to a class, not '%s' object", TypeName(val))
	}
	inst, isInstance := v.obj.(*Instance)
	newInfo := classInfoOf(cls)
	switch {
	case newInfo == nil:
		return Errorf(TypeErrorType, "__class__ assignment only supported for mutable types or ModuleType subclasses")
	case !isInstance || newInfo.layout != ObjectType || newInfo.hasDict != hasInstanceDict(v.Type()):
		return Errorf(TypeErrorType, "__class__ assignment: '%s' object layout differs from '%s'", cls.Name, TypeName(v))
	}
	inst.AttrDict() // the inline attributes are named by the old class's shape
	inst.cls = cls
	return nil
}

// ObjectGetAttribute is object.__getattribute__(v, name): the generic
// lookup for instances of user classes (bypassing a user
// __getattribute__), the type's own lookup for built-in values.
func ObjectGetAttribute(t *Thread, v Value, name string) (Value, error) {
	if IsUserClass(v.Type()) {
		return genericGetAttr(t, v, name)
	}
	return GetAttr(t, v, name)
}

// ObjectSetAttr is object.__setattr__(v, name, val) (object.__delattr__
// when val is null), bypassing a user __setattr__ / __delattr__.
func ObjectSetAttr(t *Thread, v Value, name string, val Value) error {
	if IsUserClass(v.Type()) {
		return genericSetAttr(t, v, name, val)
	}
	if val.IsNull() {
		return DelAttr(t, v, name)
	}
	return SetAttr(t, v, name, val)
}

// LookupMethod is the fast path of `obj.name(...)` for instances of user
// classes: when name is found on the class as a function or built-in
// method, not shadowed by the instance dict and not intercepted by
// __getattribute__, it returns that unbound callable (call it with obj
// prepended). ok is false when the caller must use GetAttr.
func LookupMethod(obj Value, name string) (Value, bool) {
	typ := obj.Type()
	info := classInfoOf(typ)
	if info == nil || info.hasGetattribute {
		return Value{}, false
	}
	attr, found := typ.Lookup(name)
	if !found {
		return Value{}, false
	}
	if at := attr.Type(); !at.MethodDescriptor && at != MethodDescriptorType {
		return Value{}, false
	}
	if inst, ok := obj.obj.(*Instance); ok {
		if _, shadowed := inst.lookupAttr(name); shadowed {
			return Value{}, false
		}
	} else if d := instanceDict(obj); d != nil {
		if _, shadowed := d.GetStr(name); shadowed {
			return Value{}, false
		}
	}
	return attr, true
}

// callSpecial calls the special method name of v's type (looked up on the
// type, never the instance, as CPython does) with v as self. A missing
// method is an AttributeError naming it.
func callSpecial(t *Thread, v Value, name string, args ...Value) (Value, error) {
	attr, ok := v.Type().Lookup(name)
	if !ok {
		return Value{}, Errorf(AttributeErrorType, "%s", name)
	}
	return callMethod(t, attr, v, args, nil)
}

// callMethod calls attr, an attribute found on self's class, as a method
// of self: functions and built-in methods get self as first argument
// without a bound method being made; other descriptors are bound first.
func callMethod(t *Thread, attr, self Value, args []Value, kwargs []Kwarg) (Value, error) {
	if m, ok := attr.obj.(*Method); ok {
		if !m.Owner.IsSubtype(self.Type()) {
			return Value{}, Errorf(TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
				m.Name, m.Owner.Name, TypeName(self))
		}
		return m.Fn(t, self, args, kwargs)
	}
	at := attr.Type()
	if at.MethodDescriptor {
		full := make([]Value, len(args)+1)
		full[0] = self
		copy(full[1:], args)
		return Call(t, attr, full, kwargs)
	}
	if at.Get != nil {
		bound, err := at.Get(t, attr, self, self.Type())
		if err != nil {
			return Value{}, err
		}
		return Call(t, bound, args, kwargs)
	}
	return Call(t, attr, args, kwargs)
}
