package runtime

// The super type (CPython's Objects/typeobject.c, super_*): attribute
// lookup along the MRO of the object's type, starting after a given class.
// Zero-argument super() is compiled by the vm into super(__class__, self).

// Super is a super object: super(typ, obj).
type Super struct {
	typ *Type // __thisclass__: the search starts after it
	obj Value // __self__: the instance or class, null for super(typ)
	// objType is __self_class__: type(obj), or obj itself when obj is a
	// class (super() in a classmethod).
	objType *Type
}

// Type implements Object.
func (s *Super) Type() *Type { return SuperType }

// SuperType is the type of super objects.
var SuperType = NewBuiltinType("super", ObjectType)

func init() {
	s := SuperType
	s.New = func(t *Thread, _ *Type, args []Value, kwargs []Kwarg) (Value, error) {
		if len(kwargs) > 0 {
			return Value{}, noKeywords("super")
		}
		switch len(args) {
		case 0:
			return Value{}, Errorf(RuntimeErrorType, "super(): no arguments")
		case 1:
			typ, ok := args[0].obj.(*Type)
			if !ok {
				return Value{}, Errorf(TypeErrorType, "super() argument 1 must be a type, not %s", TypeName(args[0]))
			}
			return Obj(&Super{typ: typ}), nil
		case 2:
			typ, ok := args[0].obj.(*Type)
			if !ok {
				return Value{}, Errorf(TypeErrorType, "super() argument 1 must be a type, not %s", TypeName(args[0]))
			}
			return NewSuper(t, typ, args[1])
		}
		return Value{}, Errorf(TypeErrorType, "super() takes at most 2 arguments (%d given)", len(args))
	}
	s.GetAttr = superGetAttr
	s.Repr = func(t *Thread, v Value) (string, error) {
		su := v.obj.(*Super)
		if su.objType == nil {
			return "<super: <class '" + su.typ.Name + "'>, NULL>", nil
		}
		return "<super: <class '" + su.typ.Name + "'>, <" + su.objType.Name + " object>>", nil
	}
	s.Hash = func(t *Thread, v Value) (int64, error) { return IdentityHash(v), nil }
}

// NewSuper is super(typ, obj): obj must be an instance of typ or a
// subclass of it.
func NewSuper(t *Thread, typ *Type, obj Value) (Value, error) {
	var objType *Type
	if cls, ok := obj.obj.(*Type); ok && typ.IsSubtype(cls) {
		objType = cls
	} else if typ.IsSubtype(obj.Type()) {
		objType = obj.Type()
	} else {
		return Value{}, Errorf(TypeErrorType, "super(type, obj): obj must be an instance or subtype of type")
	}
	return Obj(&Super{typ: typ, obj: obj, objType: objType}), nil
}

// superGetAttr looks name up in the classes that follow su.typ in the MRO
// of su.objType, and binds what it finds to su.obj (to nothing when obj is
// the class itself, so that a classmethod binds to the class).
func superGetAttr(t *Thread, v Value, name string) (Value, error) {
	su := v.obj.(*Super)
	switch name {
	case "__thisclass__":
		return Obj(su.typ), nil
	case "__self__":
		if su.obj.IsNull() {
			return None, nil
		}
		return su.obj, nil
	case "__self_class__":
		if su.objType == nil {
			return None, nil
		}
		return Obj(su.objType), nil
	}
	if su.objType != nil && name != "__class__" {
		mro := su.objType.MRO
		i := 0
		for i < len(mro) && mro[i] != su.typ {
			i++
		}
		for _, m := range mro[min(i+1, len(mro)):] {
			if m.Dict == nil {
				continue
			}
			attr, ok := m.Dict.GetStr(name)
			if !ok {
				continue
			}
			obj := su.obj
			if Is(obj, Obj(su.objType)) {
				obj = Value{}
			}
			return Bind(t, attr, obj, su.objType)
		}
	}
	return GenericGetAttr(t, v, name)
}
