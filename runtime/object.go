package runtime

// The object and type types.
//
// object is the root of every class: object() makes a featureless
// instance; its repr, hash and == are by identity (RichCompare's identity
// fallback gives ==). type is the type of every class: type(x) returns x's
// type, calling a type calls its New slot, and class attributes (__name__,
// __mro__, methods) are read through TypeType.GetAttr.

// plainObject is an instance of object itself: object().
type plainObject struct{ typ *Type }

// Type implements Object.
func (o *plainObject) Type() *Type { return o.typ }

// GetSet is a computed attribute of a built-in type (CPython's
// getset_descriptor), e.g. object.__class__.
type GetSet struct {
	Name  string
	Owner *Type
	Get   func(t *Thread, obj Value) (Value, error)
}

// Type implements Object.
func (g *GetSet) Type() *Type { return GetSetType }

// GetSetType is the type of GetSet descriptors.
var GetSetType = NewBuiltinType("getset_descriptor", ObjectType)

func init() {
	GetSetType.Get = func(t *Thread, descr, obj Value, owner *Type) (Value, error) {
		if obj.IsNull() {
			return descr, nil
		}
		return descr.obj.(*GetSet).Get(t, obj)
	}
	GetSetType.Repr = func(t *Thread, v Value) (string, error) {
		g := v.obj.(*GetSet)
		return "<attribute '" + g.Name + "' of '" + g.Owner.Name + "' objects>", nil
	}
	initObjectType()
	initTypeType()
}

func initObjectType() {
	o := ObjectType
	o.New = func(t *Thread, typ *Type, args []Value, kwargs []Kwarg) (Value, error) {
		if len(args) > 0 || len(kwargs) > 0 {
			return Value{}, Errorf(TypeErrorType, "%s() takes no arguments", typ.Name)
		}
		return Obj(&plainObject{typ: typ}), nil
	}
	o.Repr = func(t *Thread, v Value) (string, error) { return DefaultRepr(v), nil }
	o.Hash = func(t *Thread, v Value) (int64, error) { return IdentityHash(v), nil }
	o.Dict.SetStr("__class__", Obj(&GetSet{Name: "__class__", Owner: o,
		Get: func(t *Thread, obj Value) (Value, error) { return Obj(obj.Type()), nil }}))
	o.AddMethod("__init__", func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		if len(args) > 0 || len(kwargs) > 0 {
			return Value{}, Errorf(TypeErrorType, "object.__init__() takes exactly one argument (the instance to initialize)")
		}
		return None, nil
	})
	o.AddMethod("__repr__", func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		return NewStr(DefaultRepr(self)), nil
	})
	o.AddMethod("__str__", func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		s, err := StrOf(t, self)
		return NewStr(s), err
	})
	o.AddMethod("__hash__", func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		return Int(IdentityHash(self)), nil
	})
	o.AddMethod("__eq__", func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		if err := checkOneArg("object.__eq__", args, kwargs); err != nil {
			return Value{}, err
		}
		if Is(self, args[0]) {
			return True, nil
		}
		return NotImplemented, nil
	})
	o.AddMethod("__ne__", func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		if err := checkOneArg("object.__ne__", args, kwargs); err != nil {
			return Value{}, err
		}
		r, err := RichCompare(t, self, args[0], EQ)
		if err != nil {
			return Value{}, err
		}
		b, err := Truth(t, r)
		return Bool(!b), err
	})
	// Ordering is not defined on object: its __lt__ and the rest answer
	// NotImplemented, so the reflected method or the TypeError decides.
	for _, name := range [...]string{"__lt__", "__le__", "__gt__", "__ge__"} {
		qual := "object." + name
		o.AddMethod(name, func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
			if err := checkOneArg(qual, args, kwargs); err != nil {
				return Value{}, err
			}
			return NotImplemented, nil
		})
	}
	o.AddMethod("__format__", func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		if err := checkOneArg("object.__format__", args, kwargs); err != nil {
			return Value{}, err
		}
		spec, ok := AsStr(args[0])
		if !ok {
			return Value{}, Errorf(TypeErrorType, "__format__() argument must be str, not %s", TypeName(args[0]))
		}
		if spec != "" {
			return Value{}, Errorf(TypeErrorType, "unsupported format string passed to %s.__format__", TypeName(self))
		}
		s, err := StrOf(t, self)
		return NewStr(s), err
	})
	o.AddMethod("__setattr__", func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		if err := checkPositional("__setattr__", args, kwargs, 2, 2); err != nil {
			return Value{}, err
		}
		name, err := attrName(args[0])
		if err != nil {
			return Value{}, err
		}
		return None, ObjectSetAttr(t, self, name, args[1])
	})
	o.AddMethod("__getattribute__", func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		if err := checkOneArg("object.__getattribute__", args, kwargs); err != nil {
			return Value{}, err
		}
		name, err := attrName(args[0])
		if err != nil {
			return Value{}, err
		}
		return ObjectGetAttribute(t, self, name)
	})
	o.AddMethod("__delattr__", func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		if err := checkOneArg("object.__delattr__", args, kwargs); err != nil {
			return Value{}, err
		}
		name, err := attrName(args[0])
		if err != nil {
			return Value{}, err
		}
		return None, ObjectSetAttr(t, self, name, Value{})
	})
}

// attrName checks that an attribute name is a str.
func attrName(v Value) (string, error) {
	s, ok := AsStr(v)
	if !ok {
		return "", Errorf(TypeErrorType, "attribute name must be string, not '%s'", TypeName(v))
	}
	return s, nil
}

func initTypeType() {
	tt := TypeType
	tt.Repr = func(t *Thread, v Value) (string, error) {
		typ := v.obj.(*Type)
		if typ.Module == "builtins" || typ.Module == "" {
			return "<class '" + typ.Name + "'>", nil
		}
		return "<class '" + typ.Module + "." + qualName(typ) + "'>", nil
	}
	tt.Hash = func(t *Thread, v Value) (int64, error) { return IdentityHash(v), nil }
	tt.Call = typeCall
	tt.New = func(t *Thread, typ *Type, args []Value, kwargs []Kwarg) (Value, error) {
		return typeCall(t, Obj(TypeType), args, kwargs)
	}
	tt.GetAttr = typeGetAttr
	tt.SetAttr = typeSetAttr
	tt.DelAttr = func(t *Thread, v Value, name string) error {
		typ := v.obj.(*Type)
		if typ.Module == "builtins" {
			return Errorf(TypeErrorType, "cannot set '%s' attribute of immutable type '%s'", name, typ.Name)
		}
		if !typ.Dict.DelStr(name) {
			return NoAttribute(v, name)
		}
		classAttrChanged(typ, name)
		return nil
	}
	tt.AddMethod("mro", func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		if err := checkNoArgs("type.mro", args, kwargs); err != nil {
			return Value{}, err
		}
		typ, ok := self.obj.(*Type)
		if !ok {
			return Value{}, Errorf(TypeErrorType, "descriptor 'mro' for 'type' objects doesn't apply to a '%s' object", TypeName(self))
		}
		return Obj(NewList(typesToValues(typ.MRO))), nil
	})
}

// typeCall is calling a type: type(x) with one argument answers x's type;
// any other type builds an instance through its New slot.
func typeCall(t *Thread, v Value, args []Value, kwargs []Kwarg) (Value, error) {
	typ := v.obj.(*Type)
	if typ == TypeType {
		switch {
		case len(args) == 1 && len(kwargs) == 0:
			return Obj(args[0].Type()), nil
		case len(args) == 3 && len(kwargs) == 0:
			return NewClassFromArgs(t, args[0], args[1], args[2])
		}
		return Value{}, Errorf(TypeErrorType, "type() takes 1 or 3 arguments")
	}
	if typ.New == nil {
		return Value{}, Errorf(TypeErrorType, "cannot create '%s' instances", typ.Name)
	}
	return typ.New(t, typ, args, kwargs)
}

func typesToValues(types []*Type) []Value {
	out := make([]Value, len(types))
	for i, x := range types {
		out[i] = Obj(x)
	}
	return out
}

// typeGetAttr reads a class attribute: the type's own descriptors
// (__name__, __mro__, ...) first, then the class's MRO (functions stay
// unbound), then the metatype's methods (int.mro()).
func typeGetAttr(t *Thread, v Value, name string) (Value, error) {
	typ := v.obj.(*Type)
	switch name {
	case "__name__":
		return NewStr(typ.Name), nil
	case "__qualname__":
		return NewStr(qualName(typ)), nil
	case "__module__":
		if m, ok := typ.Dict.GetStr("__module__"); ok {
			return m, nil
		}
		return NewStr(typ.Module), nil
	case "__mro__":
		return NewTuple(typesToValues(typ.MRO)), nil
	case "__bases__":
		return NewTuple(typesToValues(typ.Bases)), nil
	case "__base__":
		if typ.Base == nil {
			return None, nil
		}
		return Obj(typ.Base), nil
	case "__dict__":
		return NewMappingProxy(typ.Dict), nil
	case "__class__":
		return Obj(TypeType), nil
	}
	if attr, ok := typ.Lookup(name); ok {
		return Bind(t, attr, Value{}, typ)
	}
	if attr, ok := TypeType.Lookup(name); ok {
		return Bind(t, attr, v, TypeType)
	}
	if name == "__doc__" {
		return None, nil
	}
	return Value{}, NoAttribute(v, name)
}

// typeSetAttr sets a class attribute; built-in types are immutable.
func typeSetAttr(t *Thread, v Value, name string, val Value) error {
	typ := v.obj.(*Type)
	if typ.Module == "builtins" {
		return Errorf(TypeErrorType, "cannot set '%s' attribute of immutable type '%s'", name, typ.Name)
	}
	switch name {
	case "__name__":
		s, ok := AsStr(val)
		if !ok {
			return Errorf(TypeErrorType, "can only assign string to %s.__name__, not '%s'", typ.Name, TypeName(val))
		}
		typ.Name = s
		return nil
	case "__qualname__":
		s, ok := AsStr(val)
		if !ok {
			return Errorf(TypeErrorType, "can only assign string to %s.__qualname__, not '%s'", typ.Name, TypeName(val))
		}
		if info := classInfoOf(typ); info != nil {
			info.qualname = s
			return nil
		}
	}
	typ.Dict.SetStr(name, val)
	classAttrChanged(typ, name)
	return nil
}

// IsInstance is isinstance(v, typ) for one type.
func IsInstance(v Value, typ *Type) bool { return typ.IsSubtype(v.Type()) }
