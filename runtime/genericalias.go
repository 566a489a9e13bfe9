package runtime

import "strings"

// Subscripted and united types, as annotations write them:
// list[int] (types.GenericAlias), int | None (types.UnionType), and a
// class's own __class_getitem__. Annotations are evaluated when a def or a
// class body runs, so these must work even though nothing checks them.

// GenericAlias is list[int]: an origin type with its arguments.
type GenericAlias struct {
	origin Value
	args   []Value
}

// Type implements Object.
func (g *GenericAlias) Type() *Type { return GenericAliasType }

// UnionType is int | None.
type UnionType struct{ args []Value }

// Type implements Object.
func (u *UnionType) Type() *Type { return UnionTypeType }

// The types of subscripted and united types.
var (
	GenericAliasType = newTypesType("GenericAlias")
	UnionTypeType    = newTypesType("UnionType")
)

func newTypesType(name string) *Type {
	t := NewBuiltinType(name, ObjectType)
	t.Module = "types"
	t.Final = true
	return t
}

// genericOrigins are the built-in types whose subscription makes a
// GenericAlias (the rest say "type 'int' is not subscriptable").
var genericOrigins = map[*Type]bool{
	ListType: true, DictType: true, TupleType: true, SetType: true, FrozenSetType: true,
	TypeType: true, EnumerateType: true, ZipType: true, MapType: true, FilterType: true, ReversedType: true,
}

func init() {
	TypeType.GetItem = typeGetItem
	TypeType.Binary[OpOr] = typeOr

	g := GenericAliasType
	// types.GenericAlias(origin, args): what a class's
	// __class_getitem__ = classmethod(GenericAlias) calls (queue.Queue[int]).
	g.New = func(t *Thread, _ *Type, args []Value, kwargs []Kwarg) (Value, error) {
		if len(kwargs) > 0 {
			return Value{}, Errorf(TypeErrorType, "GenericAlias() takes no keyword arguments")
		}
		if len(args) != 2 {
			return Value{}, Errorf(TypeErrorType, "GenericAlias expected 2 arguments, got %d", len(args))
		}
		return newGenericAlias(args[0], args[1]), nil
	}
	g.Repr = func(t *Thread, v Value) (string, error) {
		ga := v.obj.(*GenericAlias)
		origin, err := annotationRepr(t, ga.origin)
		if err != nil {
			return "", err
		}
		args := make([]string, len(ga.args))
		for i, a := range ga.args {
			if args[i], err = annotationRepr(t, a); err != nil {
				return "", err
			}
		}
		return origin + "[" + strings.Join(args, ", ") + "]", nil
	}
	g.Call = func(t *Thread, v Value, args []Value, kwargs []Kwarg) (Value, error) {
		return Call(t, v.obj.(*GenericAlias).origin, args, kwargs)
	}
	g.GetAttr = func(t *Thread, v Value, name string) (Value, error) {
		ga := v.obj.(*GenericAlias)
		switch name {
		case "__origin__":
			return ga.origin, nil
		case "__args__":
			return NewTuple(append([]Value(nil), ga.args...)), nil
		}
		return GetAttr(t, ga.origin, name)
	}
	g.Compare = func(t *Thread, a, b Value, op CompareOp) (Value, error) {
		x, y := a.obj.(*GenericAlias), b.obj
		other, ok := y.(*GenericAlias)
		if !ok || (op != EQ && op != NE) {
			return NotImplemented, nil
		}
		eq, err := Equal(t, x.origin, other.origin)
		if err == nil && eq {
			eq, err = valuesEqual(t, x.args, other.args)
		}
		return Bool(eq == (op == EQ)), err
	}
	g.Hash = func(t *Thread, v Value) (int64, error) {
		ga := v.obj.(*GenericAlias)
		h, err := Hash(t, ga.origin)
		if err != nil {
			return 0, err
		}
		a, err := Hash(t, NewTuple(ga.args))
		return h ^ a, err
	}
	g.Binary[OpOr] = typeOr

	u := UnionTypeType
	u.Repr = func(t *Thread, v Value) (string, error) {
		parts := make([]string, len(v.obj.(*UnionType).args))
		for i, a := range v.obj.(*UnionType).args {
			var err error
			if parts[i], err = annotationRepr(t, a); err != nil {
				return "", err
			}
		}
		return strings.Join(parts, " | "), nil
	}
	u.GetAttr = func(t *Thread, v Value, name string) (Value, error) {
		if name == "__args__" {
			return NewTuple(append([]Value(nil), v.obj.(*UnionType).args...)), nil
		}
		return GenericGetAttr(t, v, name)
	}
	u.Compare = func(t *Thread, a, b Value, op CompareOp) (Value, error) {
		other, ok := b.obj.(*UnionType)
		if !ok || (op != EQ && op != NE) {
			return NotImplemented, nil
		}
		eq, err := valuesEqual(t, a.obj.(*UnionType).args, other.args)
		return Bool(eq == (op == EQ)), err
	}
	u.Hash = func(t *Thread, v Value) (int64, error) { return Hash(t, NewTuple(v.obj.(*UnionType).args)) }
	u.Binary[OpOr] = typeOr
}

// typeGetItem is cls[item]: a GenericAlias for the built-in generic types,
// the class's __class_getitem__ for user classes.
func typeGetItem(t *Thread, v, key Value) (Value, error) {
	cls := v.obj.(*Type)
	if genericOrigins[cls] {
		return newGenericAlias(v, key), nil
	}
	if IsUserClass(cls) {
		if attr, ok := cls.Lookup("__class_getitem__"); ok {
			fn, err := Bind(t, attr, Value{}, cls)
			if err != nil {
				return Value{}, err
			}
			return Call(t, fn, []Value{key}, nil)
		}
	}
	return Value{}, Errorf(TypeErrorType, "type '%s' is not subscriptable", cls.Name)
}

func newGenericAlias(origin, key Value) Value {
	var args []Value
	if tup, ok := key.obj.(*Tuple); ok && tup.Type() == TupleType {
		args = append([]Value(nil), tup.Items()...)
	} else {
		args = []Value{key}
	}
	return Obj(&GenericAlias{origin: origin, args: args})
}

// typeOr is X | Y for types, aliases, unions and None: a UnionType with
// each member once, or NotImplemented for other operands.
func typeOr(t *Thread, a, b Value, reflected bool) (Value, error) {
	if !unionable(a) || !unionable(b) {
		return NotImplemented, nil
	}
	var args []Value
	for _, x := range [2]Value{a, b} {
		if u, ok := x.obj.(*UnionType); ok {
			args = appendUnique(args, u.args...)
		} else if x.IsNone() {
			args = appendUnique(args, Obj(NoneType))
		} else {
			args = appendUnique(args, x)
		}
	}
	if len(args) == 1 {
		return args[0], nil
	}
	return Obj(&UnionType{args: args}), nil
}

func unionable(v Value) bool {
	switch v.obj.(type) {
	case *Type, *GenericAlias, *UnionType:
		return true
	}
	return v.IsNone()
}

func appendUnique(list []Value, xs ...Value) []Value {
outer:
	for _, x := range xs {
		for _, y := range list {
			if Is(x, y) {
				continue outer
			}
		}
		list = append(list, x)
	}
	return list
}

// annotationRepr is how a GenericAlias or UnionType shows one argument:
// classes by (module-qualified) name, ... as "...", None as "None".
func annotationRepr(t *Thread, v Value) (string, error) {
	switch {
	case Is(v, Ellipsis):
		return "...", nil
	case Is(v, Obj(NoneType)):
		return "None", nil
	}
	if cls, ok := v.obj.(*Type); ok {
		if cls.Module == "builtins" || cls.Module == "" {
			return qualName(cls), nil
		}
		return cls.Module + "." + qualName(cls), nil
	}
	return Repr(t, v)
}

func valuesEqual(t *Thread, a, b []Value) (bool, error) {
	if len(a) != len(b) {
		return false, nil
	}
	for i := range a {
		if eq, err := Equal(t, a[i], b[i]); err != nil || !eq {
			return false, err
		}
	}
	return true, nil
}
