package runtime

// BaseExceptionGroup.subgroup and .split (PEP 654), ported from CPython
// 3.11's Objects/exceptions.c. Without `except*` (not in minipy's language)
// they are how a program picks apart the ExceptionGroup a TaskGroup raises.

func init() {
	b := BaseExceptionGroupType
	b.AddMethod("subgroup", func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		if err := checkOneArg("subgroup", args, kwargs); err != nil {
			return Value{}, err
		}
		match, _, err := exceptionGroupSplit(t, self, args[0], false)
		if err != nil {
			return Value{}, err
		}
		return orNone(match), nil
	})
	b.AddMethod("split", func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		if err := checkOneArg("split", args, kwargs); err != nil {
			return Value{}, err
		}
		match, rest, err := exceptionGroupSplit(t, self, args[0], true)
		if err != nil {
			return Value{}, err
		}
		return NewTuple([]Value{orNone(match), orNone(rest)}), nil
	})
}

func orNone(v Value) Value {
	if v.IsNull() {
		return None
	}
	return v
}

// exceptionGroupSplit checks the condition (an exception type, a tuple of
// them, or a predicate called with each exception) and splits self.
func exceptionGroupSplit(t *Thread, self, cond Value, withRest bool) (match, rest Value, err error) {
	isExcClass := func(v Value) bool {
		typ, ok := v.obj.(*Type)
		return ok && BaseExceptionType.IsSubtype(typ)
	}
	var types []*Type
	predicate := false
	switch {
	case Callable(cond) && !IsInstance(cond, TypeType):
		predicate = true
	case isExcClass(cond):
		types = []*Type{cond.obj.(*Type)}
	case cond.Type() == TupleType:
		tup, _ := AsTuple(cond)
		for _, item := range tup.Items() {
			if !isExcClass(item) {
				return Value{}, Value{}, Errorf(TypeErrorType, "expected a function, exception type or tuple of exception types")
			}
			types = append(types, item.obj.(*Type))
		}
	default:
		return Value{}, Value{}, Errorf(TypeErrorType, "expected a function, exception type or tuple of exception types")
	}
	matches := func(exc Value) (bool, error) {
		if predicate {
			r, err := Call(t, cond, []Value{exc}, nil)
			if err != nil {
				return false, err
			}
			return Truth(t, r)
		}
		for _, typ := range types {
			if typ.IsSubtype(exc.Type()) {
				return true, nil
			}
		}
		return false, nil
	}
	return splitRecursive(t, self, matches, withRest)
}

// splitRecursive is CPython's exceptiongroup_split_recursive: an exception
// that matches is kept whole; a group that does not is split member by
// member, and each part rebuilt with derive (Null for an empty part).
func splitRecursive(t *Thread, exc Value, matches func(Value) (bool, error), withRest bool) (match, rest Value, err error) {
	ok, err := matches(exc)
	if err != nil || ok {
		return exc, Value{}, err
	}
	e, isExc := exc.obj.(*Exception)
	if !isExc || !BaseExceptionGroupType.IsSubtype(e.typ) {
		if withRest {
			rest = exc
		}
		return Value{}, rest, nil
	}
	members := groupMembers(e)
	var matchList, restList []Value
	for _, m := range members {
		mm, mr, err := splitRecursive(t, m, matches, withRest)
		if err != nil {
			return Value{}, Value{}, err
		}
		if !mm.IsNull() {
			matchList = append(matchList, mm)
		}
		if !mr.IsNull() {
			restList = append(restList, mr)
		}
	}
	if match, err = exceptionGroupSubset(t, exc, matchList); err != nil {
		return Value{}, Value{}, err
	}
	if withRest {
		if rest, err = exceptionGroupSubset(t, exc, restList); err != nil {
			return Value{}, Value{}, err
		}
	}
	return match, rest, nil
}

// exceptionGroupSubset is CPython's exceptiongroup_subset: Null for no
// exceptions, else eg.derive(excs) with the group's traceback, cause,
// context and notes (a new group even when every member is kept).
func exceptionGroupSubset(t *Thread, eg Value, excs []Value) (Value, error) {
	if len(excs) == 0 {
		return Value{}, nil
	}
	derive, err := GetAttr(t, eg, "derive")
	if err != nil {
		return Value{}, err
	}
	v, err := Call(t, derive, []Value{Obj(NewList(excs))}, nil)
	if err != nil {
		return Value{}, err
	}
	ne, ok := v.obj.(*Exception)
	if !ok || !BaseExceptionGroupType.IsSubtype(ne.typ) {
		return Value{}, Errorf(TypeErrorType, "derive must return an instance of BaseExceptionGroup")
	}
	orig := eg.obj.(*Exception)
	ne.Traceback = append([]TraceEntry(nil), orig.Traceback...)
	// PyException_SetCause, which CPython uses here, also sets
	// __suppress_context__.
	ne.Cause, ne.Context, ne.SuppressContext = orig.Cause, orig.Context, true
	if notes, err := exceptionGetAttr(t, eg, "__notes__"); err == nil {
		// A copy, so that the parts have independent notes lists.
		var items []Value
		switch o := notes.obj.(type) {
		case *List:
			items = append(items, o.Items()...)
		case *Tuple:
			items = append(items, o.Items()...)
		default:
			return v, nil // not a sequence: CPython copies nothing
		}
		if err := exceptionSetAttr(t, v, "__notes__", Obj(NewList(items))); err != nil {
			return Value{}, err
		}
	}
	return v, nil
}
