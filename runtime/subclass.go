package runtime

// Subclassing built-in types. An instance of `class Stack(list)` is a
// *List, so that every built-in method and slot of list works on it
// unchanged; its subclassExt gives it its class and an attribute dict.
// Which Go object a class's instances are is its layout: the built-in type
// found along its bases (CPython's "solid base").

// subclassExt is carried by built-in objects that are instances of a user
// subclass (nil for plain built-in objects).
type subclassExt struct {
	cls  *Type
	dict *Dict // the instance's attributes; nil for struct sequences
}

// cpythonSubclassable are built-in types CPython lets a class derive from
// but minipy does not (their values are stored inline or have no room for
// a class pointer).
var cpythonSubclassable = map[*Type]bool{
	IntType: true, FloatType: true, BytesType: true, TypeType: true,
	SetType: true, FrozenSetType: true, ModuleType: true,
}

// layoutOf returns the built-in type whose objects instances of typ are,
// or the error CPython gives for a type that cannot be a base.
func layoutOf(typ *Type) (*Type, error) {
	if info := classInfoOf(typ); info != nil {
		return info.layout, nil
	}
	switch {
	case typ.Final:
	case typ == ObjectType, typ == ListType, typ == DictType, typ == TupleType, typ == StrType:
		return typ, nil
	case BaseExceptionType.IsSubtype(typ):
		return BaseExceptionType, nil
	case cpythonSubclassable[typ] || typeIsSubclassable(typ):
		return nil, Errorf(NotImplementedErrorType, "minipy does not support subclassing '%s'", typ.Name)
	}
	return nil, Errorf(TypeErrorType, "type '%s' is not an acceptable base type", typ.Name)
}

// typeIsSubclassable covers the remaining CPython base types that other
// files define (the iterator-making built-ins and the descriptor types).
func typeIsSubclassable(typ *Type) bool {
	switch typ.Name {
	case "enumerate", "zip", "map", "filter", "reversed", "property", "staticmethod", "classmethod", "super":
		return typ.Module == "builtins"
	}
	return false
}

// bestBase is CPython's best_base: the base whose layout is the most
// derived one (it becomes __base__), and that layout. Layouts that are not
// in a line ("class C(list, dict)") conflict.
func bestBase(bases []*Type) (*Type, *Type, error) {
	var base, winner *Type
	for _, b := range bases {
		layout, err := layoutOf(b)
		if err != nil {
			return nil, nil, err
		}
		switch {
		case winner == nil:
			base, winner = b, layout
		case layout.IsSubtype(winner):
			// winner is already at least as derived
		case winner.IsSubtype(layout):
			base, winner = b, layout
		default:
			return nil, nil, Errorf(TypeErrorType, "multiple bases have instance lay-out conflict")
		}
	}
	return base, winner, nil
}

// allocInstance makes an empty instance of the user class typ: the
// object.__new__ / list.__new__ / dict.__new__ step.
func allocInstance(typ *Type) Value {
	layout := classInfoOf(typ).layout
	ext := &subclassExt{cls: typ, dict: NewDict()}
	switch layout {
	case ListType:
		return Obj(&List{ext: ext})
	case DictType:
		return Obj(&Dict{ext: ext})
	case TupleType:
		return Obj(&Tuple{ext: ext})
	case StrType:
		return Obj(&Str{ext: ext})
	case BaseExceptionType:
		return Obj(&Exception{typ: typ, Dict: ext.dict})
	}
	return Obj(&Instance{cls: typ, Dict: ext.dict})
}

// instanceDict returns the attribute dict of an instance of a user class
// (or of an exception), nil when v has none.
func instanceDict(v Value) *Dict {
	switch o := v.obj.(type) {
	case *Instance:
		return o.Dict
	case *List:
		return o.ext.dictOrNil()
	case *Dict:
		return o.ext.dictOrNil()
	case *Tuple:
		return o.ext.dictOrNil()
	case *Str:
		return o.ext.dictOrNil()
	case *Exception:
		return o.Dict
	}
	return nil
}

func (e *subclassExt) dictOrNil() *Dict {
	if e == nil {
		return nil
	}
	return e.dict
}

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
	if owner == BaseExceptionType {
		return newUserException(t, cls, args)
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
