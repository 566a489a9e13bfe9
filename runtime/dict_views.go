package runtime

import "strings"

// The dict views: d.keys(), d.values(), d.items(). They are live: they read
// the dict at each use. keys and items views are set-like (==, <=, |, &, -,
// ^ with any iterable, as CPython's).

// DictView is a dict_keys, dict_values or dict_items object.
type DictView struct {
	typ  *Type
	dict *Dict
}

// Type implements Object.
func (v *DictView) Type() *Type { return v.typ }

// The view types.
var (
	DictKeysType   = NewBuiltinType("dict_keys", ObjectType)
	DictValuesType = NewBuiltinType("dict_values", ObjectType)
	DictItemsType  = NewBuiltinType("dict_items", ObjectType)
)

func init() {
	for _, typ := range []*Type{DictKeysType, DictValuesType, DictItemsType} {
		typ.Repr = dictViewRepr
		typ.Len = func(t *Thread, v Value) (int, error) { return v.obj.(*DictView).dict.Len(), nil }
		typ.Iter = func(t *Thread, v Value) (Value, error) {
			view := v.obj.(*DictView)
			return newDictIter(view.dict, viewIterKind(view.typ)), nil
		}
	}
	DictKeysType.Contains = func(t *Thread, v, x Value) (bool, error) {
		_, ok, err := v.obj.(*DictView).dict.Get(t, x)
		return ok, err
	}
	DictItemsType.Contains = dictItemsContains
	for _, typ := range []*Type{DictKeysType, DictItemsType} {
		typ.Compare = dictViewCompare
		for _, op := range []BinaryOp{OpOr, OpAnd, OpSub, OpXor} {
			op := op
			typ.Binary[op] = func(t *Thread, a, b Value, _ bool) (Value, error) {
				return dictViewSetOp(t, op, a, b)
			}
		}
		typ.AddMethod("isdisjoint", dictViewIsDisjoint)
	}
}

func dictView(self Value, name string, args []Value, kwargs []Kwarg, typ *Type) (Value, error) {
	if err := checkNoArgs(name, args, kwargs); err != nil {
		return Value{}, err
	}
	return Obj(&DictView{typ: typ, dict: self.obj.(*Dict)}), nil
}

func viewIterKind(typ *Type) dictIterKind {
	switch typ {
	case DictValuesType:
		return dictIterValues
	case DictItemsType:
		return dictIterItems
	}
	return dictIterKeys
}

// viewItems lists what iterating the view yields, in order.
func viewItems(view *DictView) []Value {
	switch view.typ {
	case DictValuesType:
		return view.dict.Values()
	case DictItemsType:
		items := view.dict.Items()
		out := make([]Value, len(items))
		for i, it := range items {
			out[i] = NewTuple([]Value{it.Key, it.Value})
		}
		return out
	}
	return view.dict.Keys()
}

// dictViewRepr is "dict_keys([1, 2])".
func dictViewRepr(t *Thread, v Value) (string, error) {
	view := v.obj.(*DictView)
	if busy, err := reprEnter(t, view); busy || err != nil {
		return "...", err
	}
	defer reprLeave(t, view)
	s, err := reprItems(t, viewItems(view), "[", "]")
	if err != nil {
		return "", err
	}
	return view.typ.Name + "(" + s + ")", nil
}

// reprItems formats items as open + "r1, r2" + close.
func reprItems(t *Thread, items []Value, open, close string) (string, error) {
	var b strings.Builder
	b.WriteString(open)
	for i, it := range items {
		if i > 0 {
			b.WriteString(", ")
		}
		r, err := Repr(t, it)
		if err != nil {
			return "", err
		}
		b.WriteString(r)
	}
	b.WriteString(close)
	return b.String(), nil
}

func dictItemsContains(t *Thread, v, x Value) (bool, error) {
	tup, ok := x.obj.(*Tuple)
	if !ok || len(tup.items) != 2 {
		return false, nil
	}
	val, found, err := v.obj.(*DictView).dict.Get(t, tup.items[0])
	if err != nil || !found {
		return false, err
	}
	return Equal(t, val, tup.items[1])
}

// viewAsSet converts a keys/items view or a set to a *Set for comparisons.
func viewAsSet(t *Thread, v Value) (*Set, bool, error) {
	switch o := v.obj.(type) {
	case *Set:
		return o, true, nil
	case *DictView:
		if o.typ == DictValuesType {
			return nil, false, nil
		}
		s := NewSet()
		if err := s.addAll(t, viewItems(o)); err != nil {
			return nil, false, err
		}
		return s, true, nil
	}
	return nil, false, nil
}

func dictViewCompare(t *Thread, a, b Value, op CompareOp) (Value, error) {
	sa, _, err := viewAsSet(t, a)
	if err != nil {
		return Value{}, err
	}
	sb, ok, err := viewAsSet(t, b)
	if err != nil || !ok {
		return NotImplemented, err
	}
	return setCompare(t, Obj(sa), Obj(sb), op)
}

// dictViewSetOp is view op iterable: the result is a set, built as CPython
// does (set(left), then the in-place operation with the right operand).
func dictViewSetOp(t *Thread, op BinaryOp, a, b Value) (Value, error) {
	// The slot sees the operands in source order even when it is tried as
	// the reflected one ({1} - d.keys()), so a is always the left operand.
	s, err := setFromIterable(t, SetType, a)
	if err != nil {
		return Value{}, err
	}
	other, err := setFromIterable(t, SetType, b)
	if err != nil {
		return Value{}, err
	}
	o := Obj(other)
	switch op {
	case OpOr:
		err = s.update(t, o)
	case OpAnd:
		s, err = s.intersection(t, o)
	case OpSub:
		err = s.differenceUpdate(t, o)
	case OpXor:
		err = s.symmetricDifferenceUpdate(t, o)
	}
	if err != nil {
		return Value{}, err
	}
	return Obj(s), nil
}

func dictViewIsDisjoint(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
	if err := checkOneArg(self.Type().Name+".isdisjoint", args, kwargs); err != nil {
		return Value{}, err
	}
	found := false
	err := forEach(t, args[0], func(x Value) error {
		in, err := Contains(t, self, x)
		if in {
			found = true
			return errStopIteration
		}
		return err
	})
	if err != nil && err != errStopIteration {
		return Value{}, err
	}
	return Bool(!found), nil
}
