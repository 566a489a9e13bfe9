package runtime

import "strings"

// str.maketrans and str.translate, with CPython's rules and messages. This
// file's init runs after strmethods.go's (file-name order), so the two are
// added to a str type whose other methods are already in place.

func init() {
	// maketrans is a staticmethod: a plain built-in function does not bind,
	// so str.maketrans and "".maketrans both reach it unchanged.
	StrType.Dict.SetStr("maketrans", Obj(&Builtin{Name: "maketrans", Fn: strMakeTrans}))
	StrType.AddMethod("translate", strTranslate)
}

// strMakeTrans is str.maketrans(x[, y[, z]]): a dict from code points to
// code points, strings or None.
func strMakeTrans(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	if err := checkPositional("maketrans", args, kwargs, 1, 3); err != nil {
		return Value{}, err
	}
	out := NewDict()
	if len(args) == 1 {
		d, ok := args[0].obj.(*Dict)
		if !ok {
			return Value{}, Errorf(TypeErrorType, "if you give only one argument to maketrans it must be a dict")
		}
		for _, kv := range d.Items() {
			key := kv.Key
			if s, ok := AsStr(key); ok {
				r := []rune(s)
				if len(r) != 1 {
					return Value{}, Errorf(ValueErrorType, "string keys in translate table must be of length 1")
				}
				key = Int(int64(r[0]))
			} else if !key.IsInt() {
				return Value{}, Errorf(TypeErrorType, "keys in translate table must be strings or integers")
			}
			if err := out.Set(t, key, kv.Value); err != nil {
				return Value{}, err
			}
		}
		return Obj(out), nil
	}
	x, ok1 := AsStr(args[0])
	y, ok2 := AsStr(args[1])
	if !ok1 || !ok2 {
		bad := args[0]
		if ok1 {
			bad = args[1]
		}
		return Value{}, Errorf(TypeErrorType, "maketrans() argument %d must be str, not %s", map[bool]int{true: 2, false: 1}[ok1], TypeName(bad))
	}
	xr, yr := []rune(x), []rune(y)
	if len(xr) != len(yr) {
		return Value{}, Errorf(ValueErrorType, "the first two maketrans arguments must have equal length")
	}
	for i, r := range xr {
		if err := out.Set(t, Int(int64(r)), Int(int64(yr[i]))); err != nil {
			return Value{}, err
		}
	}
	if len(args) == 3 {
		z, ok := AsStr(args[2])
		if !ok {
			return Value{}, Errorf(TypeErrorType, "maketrans() argument 3 must be str, not %s", TypeName(args[2]))
		}
		for _, r := range z {
			if err := out.Set(t, Int(int64(r)), None); err != nil {
				return Value{}, err
			}
		}
	}
	return Obj(out), nil
}

// strTranslate is str.translate(table): each character's code point is
// looked up with table[cp]; a LookupError keeps the character, None deletes
// it, an int or a str replaces it.
func strTranslate(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
	if err := checkPositional("translate", args, kwargs, 1, 1); err != nil {
		return Value{}, err
	}
	s, _ := AsStr(self)
	table := args[0]
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		v, err := GetItem(t, table, Int(int64(r)))
		if err != nil {
			if AsException(err).Matches(LookupErrorType) {
				b.WriteRune(r)
				continue
			}
			return Value{}, err
		}
		switch {
		case v.IsNone():
		case v.IsInt():
			c := v.AsInt()
			if c < 0 || c > 0x10ffff {
				return Value{}, Errorf(ValueErrorType, "character mapping must be in range(0x110000)")
			}
			b.WriteRune(rune(c))
		default:
			rs, ok := AsStr(v)
			if !ok {
				return Value{}, Errorf(TypeErrorType, "character mapping must return integer, None or str")
			}
			b.WriteString(rs)
		}
	}
	return NewStr(b.String()), nil
}
