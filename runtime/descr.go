package runtime

// The descriptor types users apply as decorators: property, staticmethod
// and classmethod (CPython's Objects/descrobject.c and funcobject.c).

// Property is a property object: computed attribute access through fget,
// fset and fdel. It is a data descriptor, so it wins over the instance dict.
type Property struct {
	fget, fset, fdel Value // None when absent
	doc              Value // None unless given (then fget's __doc__ is used)
	name             string
}

// Type implements Object.
func (p *Property) Type() *Type { return PropertyType }

// setName is __set_name__: the attribute name shown in error messages.
func (p *Property) setName(name string) { p.name = name }

// StaticMethod is staticmethod(f): f unchanged whether looked up on the
// class or on an instance.
type StaticMethod struct{ Func Value }

// Type implements Object.
func (s *StaticMethod) Type() *Type { return StaticMethodType }

// ClassMethod is classmethod(f): f bound to the class, whether looked up
// on the class or on an instance.
type ClassMethod struct{ Func Value }

// Type implements Object.
func (c *ClassMethod) Type() *Type { return ClassMethodType }

// The descriptor types.
var (
	PropertyType     = NewBuiltinType("property", ObjectType)
	StaticMethodType = NewBuiltinType("staticmethod", ObjectType)
	ClassMethodType  = NewBuiltinType("classmethod", ObjectType)
)

func init() {
	initPropertyType()
	initStaticMethodType()
	initClassMethodType()
}

func initPropertyType() {
	p := PropertyType
	p.New = func(t *Thread, typ *Type, args []Value, kwargs []Kwarg) (Value, error) {
		fget, fset, fdel, doc := None, None, None, None
		if err := UnpackArgs("property", args, kwargs, "fget?", &fget, "fset?", &fset, "fdel?", &fdel, "doc?", &doc); err != nil {
			return Value{}, err
		}
		return Obj(&Property{fget: fget, fset: fset, fdel: fdel, doc: doc}), nil
	}
	p.Repr = func(t *Thread, v Value) (string, error) { return DefaultRepr(v), nil }
	p.Hash = func(t *Thread, v Value) (int64, error) { return IdentityHash(v), nil }
	p.Get = propertyGet
	p.Set = propertySet
	p.GetAttr = func(t *Thread, v Value, name string) (Value, error) {
		pr := v.obj.(*Property)
		switch name {
		case "fget":
			return pr.fget, nil
		case "fset":
			return pr.fset, nil
		case "fdel":
			return pr.fdel, nil
		case "__doc__":
			if pr.doc.IsNone() && !pr.fget.IsNone() {
				if d, err := GetAttr(t, pr.fget, "__doc__"); err == nil {
					return d, nil
				}
			}
			return pr.doc, nil
		}
		return GenericGetAttr(t, v, name)
	}
	for i, name := range [...]string{"getter", "setter", "deleter"} {
		which := i
		p.AddMethod(name, func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
			if err := checkOneArg("property."+name, args, kwargs); err != nil {
				return Value{}, err
			}
			c := *self.obj.(*Property)
			switch which {
			case 0:
				c.fget = args[0]
			case 1:
				c.fset = args[0]
			default:
				c.fdel = args[0]
			}
			return Obj(&c), nil
		})
	}
	p.AddMethod("__get__", descrGetMethod(p))
	p.AddMethod("__set__", func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		if err := checkPositional("__set__", args, kwargs, 2, 2); err != nil {
			return Value{}, err
		}
		return None, propertySet(t, self, args[0], args[1])
	})
	p.AddMethod("__delete__", func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		if err := checkOneArg("__delete__", args, kwargs); err != nil {
			return Value{}, err
		}
		return None, propertySet(t, self, args[0], Value{})
	})
	p.AddMethod("__set_name__", func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		if err := checkPositional("__set_name__", args, kwargs, 2, 2); err != nil {
			return Value{}, err
		}
		if s, ok := AsStr(args[1]); ok {
			self.obj.(*Property).setName(s)
		}
		return None, nil
	})
}

// descrGetMethod is the __get__(instance, owner=None) method of a
// descriptor type, calling its Get slot.
func descrGetMethod(typ *Type) MethodFunc {
	return func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		if err := checkPositional("__get__", args, kwargs, 1, 2); err != nil {
			return Value{}, err
		}
		obj := args[0]
		if obj.IsNone() {
			obj = Value{}
		}
		var owner *Type
		if len(args) == 2 {
			owner, _ = args[1].obj.(*Type)
		}
		if obj.IsNull() && owner == nil {
			return Value{}, Errorf(TypeErrorType, "__get__(None, None) is invalid")
		}
		return typ.Get(t, self, obj, owner)
	}
}

// propertyError is "property 'x' of 'A' object has no setter" (without the
// name when the property never learnt it).
func propertyError(p *Property, obj Value, what string) error {
	if p.name == "" {
		return Errorf(AttributeErrorType, "property of '%s' object has no %s", TypeName(obj), what)
	}
	return Errorf(AttributeErrorType, "property '%s' of '%s' object has no %s", p.name, TypeName(obj), what)
}

func propertyGet(t *Thread, descr, obj Value, owner *Type) (Value, error) {
	if obj.IsNull() {
		return descr, nil
	}
	p := descr.obj.(*Property)
	if p.fget.IsNone() {
		return Value{}, propertyError(p, obj, "getter")
	}
	return Call(t, p.fget, []Value{obj}, nil)
}

func propertySet(t *Thread, descr, obj, val Value) error {
	p := descr.obj.(*Property)
	var err error
	if val.IsNull() {
		if p.fdel.IsNone() {
			return propertyError(p, obj, "deleter")
		}
		_, err = Call(t, p.fdel, []Value{obj}, nil)
	} else {
		if p.fset.IsNone() {
			return propertyError(p, obj, "setter")
		}
		_, err = Call(t, p.fset, []Value{obj, val}, nil)
	}
	return err
}

// wrapperNew is the constructor of staticmethod and classmethod: exactly
// one positional argument.
func wrapperNew(name string, make func(f Value) Object) func(t *Thread, typ *Type, args []Value, kwargs []Kwarg) (Value, error) {
	return func(t *Thread, typ *Type, args []Value, kwargs []Kwarg) (Value, error) {
		if len(kwargs) > 0 {
			return Value{}, noKeywords(name)
		}
		if err := checkArgCount(name, len(args), 1, 1); err != nil {
			return Value{}, err
		}
		return Obj(make(args[0])), nil
	}
}

// wrappedAttr answers the attributes staticmethod and classmethod objects
// share: __func__ and __wrapped__, and (as CPython 3.10+) the function's
// __name__, __qualname__, __doc__ and __module__.
func wrappedAttr(t *Thread, v, fn Value, name string) (Value, error) {
	switch name {
	case "__func__", "__wrapped__":
		return fn, nil
	case "__name__", "__qualname__", "__doc__", "__module__":
		return GetAttr(t, fn, name)
	case "__isabstractmethod__":
		return False, nil
	}
	return GenericGetAttr(t, v, name)
}

func initStaticMethodType() {
	s := StaticMethodType
	s.New = wrapperNew("staticmethod", func(f Value) Object { return &StaticMethod{Func: f} })
	s.Get = func(t *Thread, descr, obj Value, owner *Type) (Value, error) {
		return descr.obj.(*StaticMethod).Func, nil
	}
	s.Call = func(t *Thread, v Value, args []Value, kwargs []Kwarg) (Value, error) {
		return Call(t, v.obj.(*StaticMethod).Func, args, kwargs)
	}
	s.Repr = func(t *Thread, v Value) (string, error) {
		r, err := Repr(t, v.obj.(*StaticMethod).Func)
		return "<staticmethod(" + r + ")>", err
	}
	s.Hash = func(t *Thread, v Value) (int64, error) { return IdentityHash(v), nil }
	s.GetAttr = func(t *Thread, v Value, name string) (Value, error) {
		return wrappedAttr(t, v, v.obj.(*StaticMethod).Func, name)
	}
	s.AddMethod("__get__", descrGetMethod(s))
}

func initClassMethodType() {
	c := ClassMethodType
	c.New = wrapperNew("classmethod", func(f Value) Object { return &ClassMethod{Func: f} })
	c.Get = func(t *Thread, descr, obj Value, owner *Type) (Value, error) {
		if owner == nil {
			owner = obj.Type()
		}
		return Obj(&BoundMethod{Self: Obj(owner), Func: descr.obj.(*ClassMethod).Func}), nil
	}
	c.Repr = func(t *Thread, v Value) (string, error) {
		r, err := Repr(t, v.obj.(*ClassMethod).Func)
		return "<classmethod(" + r + ")>", err
	}
	c.Hash = func(t *Thread, v Value) (int64, error) { return IdentityHash(v), nil }
	c.GetAttr = func(t *Thread, v Value, name string) (Value, error) {
		return wrappedAttr(t, v, v.obj.(*ClassMethod).Func, name)
	}
	c.AddMethod("__get__", descrGetMethod(c))
}
