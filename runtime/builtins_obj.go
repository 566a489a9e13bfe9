package runtime

import (
	"sort"
	"strings"
)

// Built-ins about objects and types: repr, ascii, hash, id, isinstance,
// issubclass, callable, getattr and friends, vars, dir, format.

func builtinRepr(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	if err := checkOneArg("repr", args, kwargs); err != nil {
		return Value{}, err
	}
	s, err := Repr(t, args[0])
	return NewStr(s), err
}

func builtinASCII(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	if err := checkOneArg("ascii", args, kwargs); err != nil {
		return Value{}, err
	}
	s, err := Repr(t, args[0])
	if err != nil {
		return Value{}, err
	}
	return NewStr(asciiEscape(s)), nil
}

// asciiEscape escapes the non-ASCII code points of s as \xhh, \uhhhh or
// \Uhhhhhhhh, as ascii() does to a repr.
func asciiEscape(s string) string {
	const hex = "0123456789abcdef"
	out := make([]byte, 0, len(s))
	for _, r := range s {
		switch {
		case r < 0x80:
			out = append(out, byte(r))
		case r < 0x100:
			out = append(out, '\\', 'x', hex[r>>4], hex[r&15])
		case r < 0x10000:
			out = append(out, '\\', 'u', hex[r>>12], hex[r>>8&15], hex[r>>4&15], hex[r&15])
		default:
			out = append(out, '\\', 'U')
			for shift := 28; shift >= 0; shift -= 4 {
				out = append(out, hex[r>>uint(shift)&15])
			}
		}
	}
	return string(out)
}

func builtinHash(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	if err := checkOneArg("hash", args, kwargs); err != nil {
		return Value{}, err
	}
	h, err := Hash(t, args[0])
	return Int(h), err
}

func builtinID(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	if err := checkOneArg("id", args, kwargs); err != nil {
		return Value{}, err
	}
	return Int(ObjectID(args[0])), nil
}

func builtinCallable(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	if err := checkOneArg("callable", args, kwargs); err != nil {
		return Value{}, err
	}
	return Bool(Callable(args[0])), nil
}

func builtinIsInstance(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	if err := checkPositional("isinstance", args, kwargs, 2, 2); err != nil {
		return Value{}, err
	}
	ok, err := matchesClassInfo(args[0].Type(), args[1],
		"isinstance() arg 2 must be a type, a tuple of types, or a union")
	return Bool(ok), err
}

func builtinIsSubclass(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	if err := checkPositional("issubclass", args, kwargs, 2, 2); err != nil {
		return Value{}, err
	}
	cls, ok := args[0].obj.(*Type)
	if !ok {
		return Value{}, Errorf(TypeErrorType, "issubclass() arg 1 must be a class")
	}
	r, err := matchesClassInfo(cls, args[1],
		"issubclass() arg 2 must be a class, a tuple of classes, or a union")
	return Bool(r), err
}

// matchesClassInfo reports whether typ is a subtype of classinfo: a type or
// a (nested) tuple of them, checked left to right as CPython does (an
// invalid entry after a match is not reached).
func matchesClassInfo(typ *Type, classinfo Value, msg string) (bool, error) {
	switch c := classinfo.obj.(type) {
	case *Type:
		return c.IsSubtype(typ), nil
	case *Tuple:
		for _, x := range c.items {
			ok, err := matchesClassInfo(typ, x, msg)
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	case *UnionType: // isinstance(x, int | None)
		for _, x := range c.args {
			ok, err := matchesClassInfo(typ, x, msg)
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	case *GenericAlias:
		fname, _, _ := strings.Cut(msg, "(")
		return false, Errorf(TypeErrorType, "%s() argument 2 cannot be a parameterized generic", fname)
	}
	return false, Errorf(TypeErrorType, "%s", msg)
}

func builtinGetAttr(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	if err := checkPositional("getattr", args, kwargs, 2, 3); err != nil {
		return Value{}, err
	}
	name, err := attrName(args[1])
	if err != nil {
		return Value{}, err
	}
	v, err := GetAttr(t, args[0], name)
	if err != nil && len(args) == 3 && AsException(err).Matches(AttributeErrorType) {
		return args[2], nil
	}
	return v, err
}

func builtinSetAttr(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	if err := checkPositional("setattr", args, kwargs, 3, 3); err != nil {
		return Value{}, err
	}
	name, err := attrName(args[1])
	if err != nil {
		return Value{}, err
	}
	return None, SetAttr(t, args[0], name, args[2])
}

func builtinHasAttr(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	if err := checkPositional("hasattr", args, kwargs, 2, 2); err != nil {
		return Value{}, err
	}
	name, err := attrName(args[1])
	if err != nil {
		return Value{}, err
	}
	if _, err := GetAttr(t, args[0], name); err != nil {
		if AsException(err).Matches(AttributeErrorType) {
			return False, nil
		}
		return Value{}, err
	}
	return True, nil
}

func builtinDelAttr(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	if err := checkPositional("delattr", args, kwargs, 2, 2); err != nil {
		return Value{}, err
	}
	name, err := attrName(args[1])
	if err != nil {
		return Value{}, err
	}
	return None, DelAttr(t, args[0], name)
}

func builtinLocals(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	if err := checkPositional("locals", args, kwargs, 0, 0); err != nil {
		return Value{}, err
	}
	return callerLocals(t, "locals")
}

func builtinGlobals(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	if err := checkPositional("globals", args, kwargs, 0, 0); err != nil {
		return Value{}, err
	}
	if GlobalsHook == nil {
		return Value{}, Errorf(NotImplementedErrorType, "globals() is not supported here")
	}
	return GlobalsHook(t)
}

func builtinVars(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	if err := checkPositional("vars", args, kwargs, 0, 1); err != nil {
		return Value{}, err
	}
	if len(args) == 0 {
		return callerLocals(t, "vars")
	}
	if m, ok := args[0].obj.(*Module); ok {
		return Obj(m.Dict), nil
	}
	d, err := GetAttr(t, args[0], "__dict__")
	if err != nil {
		if AsException(err).Matches(AttributeErrorType) {
			return Value{}, Errorf(TypeErrorType, "vars() argument must have __dict__ attribute")
		}
		return Value{}, err
	}
	return d, nil
}

// builtinDir is dir(x): the sorted attribute names of x, from its own
// namespace and its class's (for a class: along its MRO).
func builtinDir(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	if err := checkPositional("dir", args, kwargs, 0, 1); err != nil {
		return Value{}, err
	}
	var names []Value
	if len(args) == 0 {
		locals, err := callerLocals(t, "dir")
		if err != nil {
			return Value{}, err
		}
		if names, err = sequenceItems(t, locals); err != nil {
			return Value{}, err
		}
	} else {
		names = dirNames(t, args[0])
	}
	seen := map[string]bool{}
	var out []string
	for _, n := range names {
		if s, ok := AsStr(n); ok && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	sort.Strings(out)
	items := make([]Value, len(out))
	for i, s := range out {
		items[i] = NewStr(s)
	}
	return Obj(NewList(items)), nil
}

func dirNames(t *Thread, v Value) []Value {
	switch o := v.obj.(type) {
	case *Module:
		return o.Dict.Keys()
	case *Type:
		var names []Value
		for _, m := range o.MRO {
			if m.Dict != nil {
				names = append(names, m.Dict.Keys()...)
			}
		}
		return names
	}
	var names []Value
	if d, err := GetAttr(t, v, "__dict__"); err == nil {
		if dict, ok := d.obj.(*Dict); ok {
			names = dict.Keys()
		}
	}
	for _, m := range v.Type().MRO {
		if m.Dict != nil {
			names = append(names, m.Dict.Keys()...)
		}
	}
	return names
}

func builtinFormat(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	if err := checkPositional("format", args, kwargs, 1, 2); err != nil {
		return Value{}, err
	}
	spec := ""
	if len(args) == 2 {
		var ok bool
		if spec, ok = AsStr(args[1]); !ok {
			return Value{}, Errorf(TypeErrorType, "format() argument 2 must be str, not %s", TypeName(args[1]))
		}
	}
	s, err := Format(t, args[0], spec)
	return NewStr(s), err
}
