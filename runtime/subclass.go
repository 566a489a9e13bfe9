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
	case typ == ObjectType, typ == ListType, typ == DictType, typ == TupleType, typ == StrType, typ == LocalType,
		typ == RLockType:
		return typ, nil
	case BaseExceptionType.IsSubtype(typ):
		return BaseExceptionType, nil
	case cpythonSubclassable[typ] || typeIsSubclassable(typ):
		return nil, Errorf(NotImplementedErrorType, "minipy does not support subclassing '%s'", typ.Name)
	}
	// CPython names the type by its tp_name, which carries the module of
	// the types defined outside builtins ('_thread.lock').
	name := typ.Name
	if typ.Module != "" && typ.Module != "builtins" {
		name = typ.Module + "." + typ.Name
	}
	return nil, Errorf(TypeErrorType, "type '%s' is not an acceptable base type", name)
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
	info := classInfoOf(typ)
	layout := info.layout
	if layout == ObjectType {
		return Obj(newPlainInstance(typ, info))
	}
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
	case RLockType:
		return Obj(&RLock{lock: NewLock(), ext: ext})
	}
	return Obj(newInstanceWithDict(typ, ext.dict))
}

// instanceDict returns the attribute dict of an instance of a user class
// (or of an exception), nil when v has none.
func instanceDict(v Value) *Dict {
	switch o := v.obj.(type) {
	case *Instance:
		return o.AttrDict()
	case *List:
		return o.ext.dictOrNil()
	case *Dict:
		return o.ext.dictOrNil()
	case *Tuple:
		return o.ext.dictOrNil()
	case *Str:
		return o.ext.dictOrNil()
	case *RLock:
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

// walkableSequence returns v's object when Go code may walk its items
// directly instead of iterating: always for plain lists and tuples, and
// for instances of their subclasses unless the class defines __iter__
// (list(Reversed([1, 2])) must call it).
func walkableSequence(v Value) Object {
	var ext *subclassExt
	switch o := v.obj.(type) {
	case *List:
		ext = o.ext
	case *Tuple:
		ext = o.ext
	default:
		return v.obj
	}
	if ext != nil && IsUserClass(ext.cls) {
		if _, user := definingClass(ext.cls, "__iter__"); user {
			return nil
		}
	}
	return v.obj
}
