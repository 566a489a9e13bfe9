package runtime

// The constructors of the built-in types a class can derive from:
// X.__new__(cls, ...) and X.__init__(self, ...) as CPython splits them (an
// instance is allocated empty by __new__ and filled by __init__, except
// for the immutable tuple and str), the class-calling step that uses them,
// and dict.fromkeys as a classmethod.
//
// This file initialises after dict_type.go and object.go (files initialise
// in name order): it replaces dict.fromkeys and adds to object's dict.

// checkNewArg is the check of X.__new__(cls, ...): cls must be a subtype
// of X, and instances of cls must be X's objects.
func checkNewArg(owner *Type, args []Value) (*Type, error) {
	name := owner.Name + ".__new__"
	if len(args) == 0 {
		return nil, Errorf(TypeErrorType, "%s(): not enough arguments", name)
	}
	cls, ok := args[0].obj.(*Type)
	if !ok {
		return nil, Errorf(TypeErrorType, "%s(X): X is not a type object (%s)", name, TypeName(args[0]))
	}
	if !owner.IsSubtype(cls) {
		return nil, Errorf(TypeErrorType, "%s(%s): %s is not a subtype of %s", name, cls.Name, cls.Name, owner.Name)
	}
	return cls, nil
}

// newBuiltinInstance is X.__new__(cls, *args) for a built-in X: a plain
// built-in object when cls is X itself, else an instance of the subclass.
func newBuiltinInstance(t *Thread, owner *Type, args []Value, kwargs []Kwarg) (Value, error) {
	cls, err := checkNewArg(owner, args)
	if err != nil {
		return Value{}, err
	}
	layout, err := layoutOf(cls)
	if err != nil || layout != owner {
		return Value{}, Errorf(TypeErrorType, "%s.__new__(%s) is not safe, use %s.__new__()", owner.Name, cls.Name, layoutName(cls))
	}
	if !IsUserClass(cls) {
		if owner == ListType || owner == DictType {
			return cls.New(t, cls, nil, nil) // filled by __init__
		}
		return cls.New(t, cls, args[1:], kwargs)
	}
	return builtinNew(t, owner, cls, args[1:], kwargs)
}

// layoutName names the built-in type whose __new__ suits cls.
func layoutName(cls *Type) string {
	for _, m := range cls.MRO {
		if !IsUserClass(m) {
			return m.Name
		}
	}
	return "object"
}

// builtinNew creates an instance of the user class cls the way the
// built-in type owner's __new__ does: containers start empty (their
// __init__ fills them), tuple and str take their value now, exceptions
// keep the arguments as args.
func builtinNew(t *Thread, owner, cls *Type, args []Value, kwargs []Kwarg) (Value, error) {
	switch owner {
	case ObjectType:
		if len(args) > 0 || len(kwargs) > 0 {
			if newOverridden(cls) {
				return Value{}, Errorf(TypeErrorType, "object.__new__() takes exactly one argument (the type to instantiate)")
			}
			if !initOverridden(cls) {
				return Value{}, Errorf(TypeErrorType, "%s() takes no arguments", cls.Name)
			}
		}
		return allocInstance(cls), nil
	case TupleType:
		v, err := TupleType.New(t, TupleType, args, kwargs)
		if err != nil {
			return Value{}, err
		}
		inst := allocInstance(cls)
		inst.obj.(*Tuple).items = v.obj.(*Tuple).items
		return inst, nil
	case StrType:
		v, err := StrType.New(t, StrType, args, kwargs)
		if err != nil {
			return Value{}, err
		}
		inst := allocInstance(cls)
		s := inst.obj.(*Str)
		s.s, s.n = v.obj.(*Str).s, v.obj.(*Str).n
		return inst, nil
	}
	switch owner {
	case BaseExceptionType:
		return newUserException(t, cls, args)
	case LocalType:
		return newLocalInstance(t, cls, args, kwargs)
	}
	return allocInstance(cls), nil
}

// newUserException is BaseException.__new__(cls, *args) for a user
// exception class: the nearest built-in exception type builds the object
// (OSError keeps errno and strerror), with cls as its class. Keyword
// arguments are left to the class's __init__, as in CPython.
func newUserException(t *Thread, cls *Type, args []Value) (Value, error) {
	for _, m := range cls.MRO {
		if IsUserClass(m) || m.New == nil {
			continue
		}
		v, err := m.New(t, cls, args, nil)
		if err != nil {
			return Value{}, err
		}
		if e, ok := v.obj.(*Exception); ok && e.Dict == nil {
			e.Dict = NewDict()
		}
		return v, nil
	}
	return allocInstance(cls), nil
}

// newOverridden reports whether a user class along cls's MRO defines
// __new__ (CPython: type->tp_new != object_new).
func newOverridden(cls *Type) bool {
	_, user := definingClass(cls, "__new__")
	return user
}

// initOverridden reports whether a user class along cls's MRO defines
// __init__ (CPython: type->tp_init != object_init).
func initOverridden(cls *Type) bool {
	_, user := definingClass(cls, "__init__")
	return user
}

// definingClass returns the first class along cls's MRO whose dict holds
// name, and whether it is a user class.
func definingClass(cls *Type, name string) (*Type, bool) {
	_, owner := lookupWithOwner(cls, name)
	return owner, owner != nil && IsUserClass(owner)
}

func init() {
	for _, typ := range []*Type{ObjectType, ListType, DictType, TupleType, StrType, BaseExceptionType} {
		owner := typ
		typ.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", Fn: func(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
			return newBuiltinInstance(t, owner, args, kwargs)
		}}))
	}
	// object.__init_subclass__ is an implicit classmethod that does
	// nothing (cooperative hooks end their super() chain there).
	ObjectType.Dict.SetStr("__init_subclass__", Obj(&ClassMethod{Func: NewBuiltin("__init_subclass__",
		func(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
			if len(kwargs) > 0 && len(args) > 0 {
				if cls, ok := args[0].obj.(*Type); ok {
					return Value{}, Errorf(TypeErrorType, "%s.__init_subclass__() takes no keyword arguments", cls.Name)
				}
			}
			return None, nil
		})}))
	ListType.AddMethod("__init__", listInit)
	DictType.AddMethod("__init__", dictInit)
	// dict.fromkeys is a classmethod: OrderedDict.fromkeys makes an
	// OrderedDict. (This replaces dict_type.go's plain function, whose init
	// runs earlier: files initialise in name order.)
	DictType.Dict.SetStr("fromkeys", Obj(&ClassMethod{Func: NewBuiltin("fromkeys", dictFromKeysOf)}))
}

// dictFromKeysOf is dict.fromkeys bound to a class: a dict subclass is
// instantiated and filled through its own __setitem__.
func dictFromKeysOf(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	if len(args) == 0 {
		return Value{}, Errorf(TypeErrorType, "fromkeys expected at least 1 argument, got 0")
	}
	if Is(args[0], Obj(DictType)) {
		return dictFromKeys(t, args[1:], kwargs)
	}
	if err := checkPositional("fromkeys", args[1:], kwargs, 1, 2); err != nil {
		return Value{}, err
	}
	val := None
	if len(args) == 3 {
		val = args[2]
	}
	d, err := Call(t, args[0], nil, nil)
	if err != nil {
		return Value{}, err
	}
	err = forEach(t, args[1], func(k Value) error { return SetItem(t, d, k, val) })
	return d, err
}

// listInit is list.__init__(self, iterable=()): it replaces the contents.
func listInit(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
	l, ok := self.obj.(*List)
	if !ok {
		return Value{}, Errorf(TypeErrorType, "descriptor '__init__' requires a 'list' object but received a '%s'", TypeName(self))
	}
	if len(kwargs) > 0 {
		return Value{}, noKeywords("list")
	}
	if err := checkArgCount("list", len(args), 0, 1); err != nil {
		return Value{}, err
	}
	var items []Value
	if len(args) == 1 {
		var err error
		if items, err = sequenceItems(t, args[0]); err != nil {
			return Value{}, err
		}
		items = append([]Value(nil), items...)
	}
	l.mu.Lock()
	l.items = items
	l.mu.Unlock()
	return None, nil
}

// dictInit is dict.__init__(self, mapping_or_pairs=(), **kwargs): it
// updates the dict.
func dictInit(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
	d, ok := self.obj.(*Dict)
	if !ok {
		return Value{}, Errorf(TypeErrorType, "descriptor '__init__' requires a 'dict' object but received a '%s'", TypeName(self))
	}
	if err := checkArgCount("dict", len(args), 0, 1); err != nil {
		return Value{}, err
	}
	if len(args) == 1 {
		if err := d.Update(t, args[0]); err != nil {
			return Value{}, err
		}
	}
	for _, kw := range kwargs {
		d.SetStr(kw.Name, kw.Value)
	}
	return None, nil
}
