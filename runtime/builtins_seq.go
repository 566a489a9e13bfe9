package runtime

// Built-ins over iterables: len, min, max, sorted, any, all, iter, next.

func builtinLen(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	if err := checkOneArg("len", args, kwargs); err != nil {
		return Value{}, err
	}
	n, err := Len(t, args[0])
	return Int(int64(n)), err
}

// minMax is min() (op LT) and max() (op GT): over one iterable or several
// arguments, with key= and default=. The first of equal extremes wins.
func minMax(t *Thread, args []Value, kwargs []Kwarg, name string, op CompareOp) (Value, error) {
	key, def := None, Value{}
	for _, kw := range kwargs {
		switch kw.Name {
		case "key":
			key = kw.Value
		case "default":
			def = kw.Value
		default:
			return Value{}, Errorf(TypeErrorType, "'%s' is an invalid keyword argument for %s()", kw.Name, name)
		}
	}
	if len(args) == 0 {
		return Value{}, checkArgCount(name, 0, 1, -1)
	}
	iterable := args[0]
	if len(args) > 1 {
		if !def.IsNull() {
			return Value{}, Errorf(TypeErrorType, "Cannot specify a default for %s() with multiple positional arguments", name)
		}
		iterable = NewTuple(args)
	}
	var best, bestKey Value
	err := forEach(t, iterable, func(x Value) error {
		k := x
		if !key.IsNone() {
			var err error
			if k, err = Call(t, key, []Value{x}, nil); err != nil {
				return err
			}
		}
		if best.IsNull() {
			best, bestKey = x, k
			return nil
		}
		better, err := compareBool(t, k, bestKey, op)
		if err != nil {
			return err
		}
		if better {
			best, bestKey = x, k
		}
		return nil
	})
	if err != nil {
		return Value{}, err
	}
	if best.IsNull() {
		if !def.IsNull() {
			return def, nil
		}
		return Value{}, Errorf(ValueErrorType, "%s() arg is an empty sequence", name)
	}
	return best, nil
}

// compareBool is bool(a op b), with a fast path for machine ints.
func compareBool(t *Thread, a, b Value, op CompareOp) (bool, error) {
	if a.IsInt() && b.IsInt() {
		return compareInts(a.AsInt(), b.AsInt(), op).AsBool(), nil
	}
	r, err := RichCompare(t, a, b, op)
	if err != nil {
		return false, err
	}
	return Truth(t, r)
}

func builtinSorted(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	if err := checkArgCount("sorted", len(args), 1, 1); err != nil {
		return Value{}, err
	}
	key, reverse, err := sortOptions("sort", kwargs)
	if err != nil {
		return Value{}, err
	}
	items, err := sequenceItems(t, args[0])
	if err != nil {
		return Value{}, err
	}
	switch args[0].obj.(type) {
	case *Tuple:
		items = append([]Value(nil), items...) // tuple items are shared
	}
	if err := sortValues(t, items, key, reverse); err != nil {
		return Value{}, err
	}
	return Obj(NewList(items)), nil
}

func builtinAny(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	return anyAll(t, args, kwargs, "any", true)
}

func builtinAll(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	return anyAll(t, args, kwargs, "all", false)
}

// anyAll stops at the first item whose truth is want.
func anyAll(t *Thread, args []Value, kwargs []Kwarg, name string, want bool) (Value, error) {
	if err := checkOneArg(name, args, kwargs); err != nil {
		return Value{}, err
	}
	found := false
	err := forEach(t, args[0], func(x Value) error {
		b, err := Truth(t, x)
		if err == nil && b == want {
			found = true
			return errStopIteration
		}
		return err
	})
	if err != nil && err != errStopIteration {
		return Value{}, err
	}
	return Bool(found == want), nil
}

// GetIter is iter(v) as the built-in does it: the type's __iter__, or for
// a type with only __getitem__, an iterator calling it with 0, 1, 2, ...
func GetIter(t *Thread, v Value) (Value, error) {
	typ := v.Type()
	if typ.Iter == nil && typ.GetItem != nil && typ != DictType {
		return NewSeqIter(v), nil
	}
	return Iter(t, v)
}

func builtinIter(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	if err := checkPositional("iter", args, kwargs, 1, 2); err != nil {
		return Value{}, err
	}
	if len(args) == 2 {
		if !Callable(args[0]) {
			return Value{}, Errorf(TypeErrorType, "iter(v, w): v must be callable")
		}
		return Obj(&callableIter{fn: args[0], sentinel: args[1]}), nil
	}
	return GetIter(t, args[0])
}

func builtinNext(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	if err := checkPositional("next", args, kwargs, 1, 2); err != nil {
		return Value{}, err
	}
	if len(args) == 1 {
		// The StopIteration that ended the iterator goes through, with
		// its value (a generator's return value).
		return NextOrStop(t, args[0])
	}
	x, ok, err := Next(t, args[0])
	if err != nil {
		return Value{}, err
	}
	if !ok {
		return args[1], nil
	}
	return x, nil
}
