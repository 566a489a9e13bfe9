package runtime

// The set and frozenset types: slots, constructors and methods.

func init() {
	for _, typ := range []*Type{SetType, FrozenSetType} {
		typ.Repr = setRepr
		typ.Len = func(t *Thread, v Value) (int, error) { return v.obj.(*Set).Len(), nil }
		typ.Contains = setContains
		typ.Iter = func(t *Thread, v Value) (Value, error) {
			s := v.obj.(*Set)
			n := s.Len()
			return Obj(&setIter{set: s, used: n, left: n}), nil
		}
		typ.Compare = setCompare
		typ.Binary[OpOr] = setBinary(func(t *Thread, a *Set, b Value) (*Set, error) {
			r, err := a.Copy(t)
			if err != nil {
				return nil, err
			}
			return r, r.update(t, b)
		})
		typ.Binary[OpAnd] = setBinary(func(t *Thread, a *Set, b Value) (*Set, error) { return a.intersection(t, b) })
		typ.Binary[OpSub] = setBinary(func(t *Thread, a *Set, b Value) (*Set, error) { return a.difference(t, b) })
		typ.Binary[OpXor] = setBinary(func(t *Thread, a *Set, b Value) (*Set, error) { return a.symmetricDifference(t, b) })

		name := typ.Name
		typ.AddMethod("copy", func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
			if err := checkNoArgs(name+".copy", args, kwargs); err != nil {
				return Value{}, err
			}
			s := self.obj.(*Set)
			if s.typ == FrozenSetType {
				return self, nil
			}
			c, err := s.Copy(t)
			return Obj(c), err
		})
		typ.AddMethod("union", setMulti("union", func(t *Thread, s *Set, others []Value) (*Set, error) {
			r, err := s.Copy(t)
			if err != nil {
				return nil, err
			}
			for _, o := range others {
				if os, ok := o.obj.(*Set); ok && os == s {
					continue
				}
				if err := r.update(t, o); err != nil {
					return nil, err
				}
			}
			return r, nil
		}))
		typ.AddMethod("intersection", setMulti("intersection", func(t *Thread, s *Set, others []Value) (*Set, error) {
			return s.intersectionMulti(t, others)
		}))
		typ.AddMethod("difference", setMulti("difference", func(t *Thread, s *Set, others []Value) (*Set, error) {
			if len(others) == 0 {
				return s.Copy(t)
			}
			r, err := s.difference(t, others[0])
			for _, o := range others[1:] {
				if err != nil {
					break
				}
				err = r.differenceUpdate(t, o)
			}
			return r, err
		}))
		typ.AddMethod("symmetric_difference", setOneArg(name+".symmetric_difference", func(t *Thread, s *Set, o Value) (Value, error) {
			r, err := s.symmetricDifference(t, o)
			return Obj(r), err
		}))
		typ.AddMethod("issubset", setOneArg(name+".issubset", func(t *Thread, s *Set, o Value) (Value, error) {
			ok, err := s.isSubset(t, o)
			return Bool(ok), err
		}))
		typ.AddMethod("issuperset", setOneArg(name+".issuperset", func(t *Thread, s *Set, o Value) (Value, error) {
			ok, err := s.isSuperset(t, o)
			return Bool(ok), err
		}))
		typ.AddMethod("isdisjoint", setOneArg(name+".isdisjoint", func(t *Thread, s *Set, o Value) (Value, error) {
			ok, err := s.isDisjoint(t, o)
			return Bool(ok), err
		}))
	}
	FrozenSetType.Hash = func(t *Thread, v Value) (int64, error) { return v.obj.(*Set).frozenHash(), nil }
	SetType.New = setNew(SetType)
	FrozenSetType.New = setNew(FrozenSetType)
	initSetMutators()
	addSlotMethods(SetType)
	addSlotMethods(FrozenSetType)
}

// initSetMutators adds the slots and methods only mutable sets have.
func initSetMutators() {
	st := SetType
	st.InPlace[OpOr] = setInPlace(func(t *Thread, s *Set, o Value) error { return s.update(t, o) })
	st.InPlace[OpAnd] = setInPlace(func(t *Thread, s *Set, o Value) error {
		return s.intersectionUpdate(t, []Value{o})
	})
	st.InPlace[OpSub] = setInPlace(func(t *Thread, s *Set, o Value) error { return s.differenceUpdate(t, o) })
	st.InPlace[OpXor] = setInPlace(func(t *Thread, s *Set, o Value) error { return s.symmetricDifferenceUpdate(t, o) })

	st.AddMethod("add", setOneArg("set.add", func(t *Thread, s *Set, x Value) (Value, error) {
		return None, s.Add(t, x)
	}))
	st.AddMethod("discard", setOneArg("set.discard", func(t *Thread, s *Set, x Value) (Value, error) {
		_, err := setKeyOp(t, x, s.Discard)
		return None, err
	}))
	st.AddMethod("remove", setOneArg("set.remove", func(t *Thread, s *Set, x Value) (Value, error) {
		found, err := setKeyOp(t, x, s.Discard)
		if err == nil && !found {
			err = NewException(KeyErrorType, x)
		}
		return None, err
	}))
	st.AddMethod("pop", func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		if err := checkNoArgs("set.pop", args, kwargs); err != nil {
			return Value{}, err
		}
		x, ok := self.obj.(*Set).Pop()
		if !ok {
			return Value{}, Errorf(KeyErrorType, "pop from an empty set")
		}
		return x, nil
	})
	st.AddMethod("clear", func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		if err := checkNoArgs("set.clear", args, kwargs); err != nil {
			return Value{}, err
		}
		self.obj.(*Set).Clear()
		return None, nil
	})
	st.AddMethod("update", setMultiNone("update", func(t *Thread, s *Set, o Value) error { return s.update(t, o) }))
	st.AddMethod("difference_update", setMultiNone("difference_update", func(t *Thread, s *Set, o Value) error { return s.differenceUpdate(t, o) }))
	st.AddMethod("intersection_update", func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		if len(kwargs) > 0 {
			return Value{}, noKeywords("set.intersection_update")
		}
		return None, self.obj.(*Set).intersectionUpdate(t, args)
	})
	st.AddMethod("symmetric_difference_update", setOneArg("set.symmetric_difference_update", func(t *Thread, s *Set, o Value) (Value, error) {
		return None, s.symmetricDifferenceUpdate(t, o)
	}))
}

func setNew(typ *Type) func(t *Thread, _ *Type, args []Value, kwargs []Kwarg) (Value, error) {
	return func(t *Thread, _ *Type, args []Value, kwargs []Kwarg) (Value, error) {
		if err := checkPositional(typ.Name, args, kwargs, 0, 1); err != nil {
			return Value{}, err
		}
		if len(args) == 0 {
			return Obj(newSetOfType(typ)), nil
		}
		if s, ok := args[0].obj.(*Set); ok && typ == FrozenSetType && s.typ == FrozenSetType {
			return args[0], nil // frozenset(f) is f
		}
		s, err := setFromIterable(t, typ, args[0])
		return Obj(s), err
	}
}

// setKeyOp runs op(x); an unhashable set argument is retried as a
// frozenset, so `{1} in s` and s.remove({1}) work as in CPython.
func setKeyOp(t *Thread, x Value, op func(*Thread, Value) (bool, error)) (bool, error) {
	r, err := op(t, x)
	if err != nil {
		if xs, ok := x.obj.(*Set); ok && xs.typ == SetType && AsException(err).Matches(TypeErrorType) {
			f, ferr := setFromIterable(t, FrozenSetType, x)
			if ferr != nil {
				return false, ferr
			}
			return op(t, Obj(f))
		}
	}
	return r, err
}

func setContains(t *Thread, v, x Value) (bool, error) {
	return setKeyOp(t, x, v.obj.(*Set).Contains)
}

// setRepr is "{1, 2}", "set()", "frozenset({1, 2})" or "frozenset()".
func setRepr(t *Thread, v Value) (string, error) {
	s := v.obj.(*Set)
	name := s.typ.Name
	items := s.Items()
	if len(items) == 0 {
		return name + "()", nil
	}
	if busy, err := reprEnter(t, s); busy || err != nil {
		return name + "(...)", err
	}
	defer reprLeave(t, s)
	r, err := reprItems(t, items, "{", "}")
	if err != nil {
		return "", err
	}
	if s.typ != SetType {
		r = name + "(" + r + ")"
	}
	return r, nil
}

// setCompare implements the subset/superset comparisons and equality.
func setCompare(t *Thread, a, b Value, op CompareOp) (Value, error) {
	sb, ok := b.obj.(*Set)
	if !ok {
		return NotImplemented, nil
	}
	sa := a.obj.(*Set)
	var r bool
	var err error
	switch op {
	case EQ, NE:
		if sa.Len() == sb.Len() {
			r, err = sa.isSubset(t, b)
		}
		if op == NE {
			r = !r
		}
	case LE:
		r, err = sa.isSubset(t, b)
	case GE:
		r, err = sa.isSuperset(t, b)
	case LT:
		if sa.Len() < sb.Len() {
			r, err = sa.isSubset(t, b)
		}
	case GT:
		if sa.Len() > sb.Len() {
			r, err = sa.isSuperset(t, b)
		}
	}
	return Bool(r), err
}

// setBinary wraps a set operator: both operands must be sets (of either
// kind); the result has the left operand's type.
func setBinary(op func(t *Thread, a *Set, b Value) (*Set, error)) func(*Thread, Value, Value, bool) (Value, error) {
	return func(t *Thread, a, b Value, _ bool) (Value, error) {
		sa, okA := a.obj.(*Set)
		_, okB := b.obj.(*Set)
		if !okA || !okB {
			return NotImplemented, nil
		}
		r, err := op(t, sa, b)
		if err != nil {
			return Value{}, err
		}
		return Obj(r), nil
	}
}

// setInPlace wraps an in-place operator of set: the right operand must be a set.
func setInPlace(op func(t *Thread, s *Set, o Value) error) func(*Thread, Value, Value) (Value, error) {
	return func(t *Thread, a, b Value) (Value, error) {
		if _, ok := b.obj.(*Set); !ok {
			return NotImplemented, nil
		}
		if err := op(t, a.obj.(*Set), b); err != nil {
			return Value{}, err
		}
		return a, nil
	}
}

// setMulti wraps a method taking any number of iterables and returning a set.
func setMulti(name string, op func(t *Thread, s *Set, others []Value) (*Set, error)) MethodFunc {
	return func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		if len(kwargs) > 0 {
			return Value{}, noKeywords(self.Type().Name + "." + name)
		}
		r, err := op(t, self.obj.(*Set), args)
		if err != nil {
			return Value{}, err
		}
		return Obj(r), nil
	}
}

// setMultiNone wraps an updating method taking any number of iterables.
func setMultiNone(name string, op func(t *Thread, s *Set, o Value) error) MethodFunc {
	return func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		if len(kwargs) > 0 {
			return Value{}, noKeywords("set." + name)
		}
		for _, o := range args {
			if err := op(t, self.obj.(*Set), o); err != nil {
				return Value{}, err
			}
		}
		return None, nil
	}
}

// setOneArg wraps a method taking exactly one argument.
func setOneArg(name string, op func(t *Thread, s *Set, x Value) (Value, error)) MethodFunc {
	return func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		if err := checkOneArg(name, args, kwargs); err != nil {
			return Value{}, err
		}
		return op(t, self.obj.(*Set), args[0])
	}
}

// setIter is a set_iterator; like CPython's it notices size changes. Its
// state is read and written under the set's lock (set itself never
// changes), so threads sharing one get each item once.
type setIter struct {
	set  *Set
	done bool
	pos  int
	used int
	left int
}

// SetIterType is the type of iter(set).
var SetIterType = newIteratorType("set_iterator")

// Type implements Object.
func (it *setIter) Type() *Type { return SetIterType }

func init() {
	SetIterType.Next = func(t *Thread, v Value) (Value, bool, error) {
		it := v.obj.(*setIter)
		s := it.set
		s.mu.Lock()
		defer s.mu.Unlock()
		if it.done {
			return Value{}, false, nil
		}
		if s.used != it.used {
			it.used = -1
			return Value{}, false, Errorf(RuntimeErrorType, "Set changed size during iteration")
		}
		j := s.entryAtLocked(it.pos)
		if j < 0 {
			it.done = true
			return Value{}, false, nil
		}
		it.pos = j + 1
		it.left--
		return s.table[j].key, true, nil
	}
}
