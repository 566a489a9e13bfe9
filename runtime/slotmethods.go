package runtime

// Dunder methods for built-in types, derived from their slots, so that
// list.__getitem__, dict.__contains__(d, k), super().__eq__(other) and
// dir([]) work as in CPython. A type's own methods are never overwritten.

// AddSlotMethods adds a dunder method for every slot typ has; packages that
// define built-in types (the vm's generator) call it once the slots are set.
func AddSlotMethods(typ *Type) { addSlotMethods(typ) }

// addSlotMethods adds a dunder method for every slot typ has.
func addSlotMethods(typ *Type) {
	// addRange adds a method taking minArgs to maxArgs positional
	// arguments (CPython's wrap_ternaryfunc for __pow__, whose messages
	// start with a space: the function name is left out).
	addRange := func(name string, minArgs, maxArgs int, fn func(t *Thread, self Value, args []Value) (Value, error)) {
		if _, ok := typ.Dict.GetStr(name); ok {
			return
		}
		qual := typ.Name + "." + name
		typ.AddMethod(name, func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
			if len(kwargs) > 0 {
				return Value{}, noKeywords(qual)
			}
			switch {
			case minArgs == maxArgs && len(args) != minArgs:
				return Value{}, Errorf(TypeErrorType, "expected %d argument%s, got %d", minArgs, plural(minArgs), len(args))
			case len(args) < minArgs:
				return Value{}, Errorf(TypeErrorType, " expected at least %d argument%s, got %d", minArgs, plural(minArgs), len(args))
			case len(args) > maxArgs:
				return Value{}, Errorf(TypeErrorType, " expected at most %d argument%s, got %d", maxArgs, plural(maxArgs), len(args))
			}
			return fn(t, self, args)
		})
	}
	add := func(name string, nargs int, fn func(t *Thread, self Value, args []Value) (Value, error)) {
		addRange(name, nargs, nargs, fn)
	}
	if typ.Repr != nil {
		add("__repr__", 0, func(t *Thread, self Value, _ []Value) (Value, error) {
			s, err := typ.Repr(t, self)
			return NewStr(s), err
		})
	}
	if typ.Hash != nil {
		add("__hash__", 0, func(t *Thread, self Value, _ []Value) (Value, error) {
			h, err := typ.Hash(t, self)
			return Int(h), err
		})
	}
	if typ.Bool != nil {
		add("__bool__", 0, func(t *Thread, self Value, _ []Value) (Value, error) {
			b, err := typ.Bool(t, self)
			return Bool(b), err
		})
	}
	if typ.Len != nil {
		add("__len__", 0, func(t *Thread, self Value, _ []Value) (Value, error) {
			n, err := typ.Len(t, self)
			return Int(int64(n)), err
		})
	}
	if typ.GetItem != nil {
		add("__getitem__", 1, func(t *Thread, self Value, a []Value) (Value, error) { return typ.GetItem(t, self, a[0]) })
	}
	if typ.SetItem != nil {
		add("__setitem__", 2, func(t *Thread, self Value, a []Value) (Value, error) {
			return None, typ.SetItem(t, self, a[0], a[1])
		})
	}
	if typ.DelItem != nil {
		add("__delitem__", 1, func(t *Thread, self Value, a []Value) (Value, error) { return None, typ.DelItem(t, self, a[0]) })
	}
	if typ.Contains != nil {
		add("__contains__", 1, func(t *Thread, self Value, a []Value) (Value, error) {
			in, err := typ.Contains(t, self, a[0])
			return Bool(in), err
		})
	}
	if typ.Iter != nil {
		add("__iter__", 0, func(t *Thread, self Value, _ []Value) (Value, error) { return typ.Iter(t, self) })
	}
	if typ.Next != nil {
		add("__next__", 0, func(t *Thread, self Value, _ []Value) (Value, error) {
			x, ok, err := typ.Next(t, self)
			if err == nil && !ok {
				err = NewException(StopIterationType)
			}
			return x, err
		})
	}
	// int and float share their slots, which mix the two (1 + 2.5), but
	// int's own methods take ints only, as CPython's long_add and
	// long_richcompare: (5).__add__(1.0) is NotImplemented.
	intOnly := typ == IntType || typ == BoolType
	if typ.Compare != nil {
		for op, name := range [...]string{"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"} {
			op := CompareOp(op)
			add(name, 1, func(t *Thread, self Value, a []Value) (Value, error) {
				if intOnly && !IsIntegral(a[0]) {
					return NotImplemented, nil
				}
				return typ.Compare(t, self, a[0], op)
			})
		}
	}
	for op, name := range [numUnaryOps]string{OpNeg: "__neg__", OpPos: "__pos__", OpInvert: "__invert__"} {
		if slot := typ.Unary[op]; slot != nil {
			add(name, 0, func(t *Thread, self Value, _ []Value) (Value, error) { return slot(t, self) })
		}
	}
	for op := BinaryOp(0); op < numBinaryOps; op++ {
		if slot := typ.Binary[op]; slot != nil && op == OpPow {
			// __pow__(other[, mod]) and __rpow__(other[, mod]).
			for _, reflected := range []bool{false, true} {
				reflected := reflected
				name := "__pow__"
				if reflected {
					name = "__rpow__"
				}
				addRange(name, 1, 2, func(t *Thread, self Value, a []Value) (Value, error) {
					if intOnly && !IsIntegral(a[0]) {
						return NotImplemented, nil
					}
					x, y := self, a[0]
					if reflected {
						x, y = y, x
					}
					if len(a) == 1 || a[1].IsNone() {
						return slot(t, x, y, reflected)
					}
					if intOnly && !IsIntegral(a[1]) {
						return NotImplemented, nil
					}
					return PowValues(t, x, y, a[1])
				})
			}
		} else if slot != nil {
			name := op.Dunder()
			add(name, 1, func(t *Thread, self Value, a []Value) (Value, error) {
				if intOnly && !IsIntegral(a[0]) {
					return NotImplemented, nil
				}
				return slot(t, self, a[0], false)
			})
			add("__r"+name[2:], 1, func(t *Thread, self Value, a []Value) (Value, error) {
				if intOnly && !IsIntegral(a[0]) {
					return NotImplemented, nil
				}
				return slot(t, a[0], self, true)
			})
		}
		if slot := typ.InPlace[op]; slot != nil {
			add("__i"+op.Dunder()[2:], 1, func(t *Thread, self Value, a []Value) (Value, error) { return slot(t, self, a[0]) })
		}
	}
	if intOnly || typ == FloatType {
		// divmod has no slot of its own: __divmod__ and __rdivmod__ of the
		// numbers, NotImplemented for what their nb_divmod refuses.
		accepts := func(v Value) bool { return IsIntegral(v) || !intOnly && v.IsFloat() }
		add("__divmod__", 1, func(t *Thread, self Value, a []Value) (Value, error) {
			if !accepts(a[0]) {
				return NotImplemented, nil
			}
			return DivmodValues(t, self, a[0])
		})
		add("__rdivmod__", 1, func(t *Thread, self Value, a []Value) (Value, error) {
			if !accepts(a[0]) {
				return NotImplemented, nil
			}
			return DivmodValues(t, a[0], self)
		})
	}
	if typ.Concat != nil {
		add("__add__", 1, func(t *Thread, self Value, a []Value) (Value, error) { return typ.Concat(t, self, a[0]) })
	}
	if typ.Repeat != nil {
		add("__mul__", 1, func(t *Thread, self Value, a []Value) (Value, error) { return repeatBy(t, typ, self, a[0]) })
		add("__rmul__", 1, func(t *Thread, self Value, a []Value) (Value, error) { return repeatBy(t, typ, self, a[0]) })
	}
}
