package runtime

import "strings"

// The dict type: slots, constructor and methods.

func init() {
	d := DictType
	d.New = dictNew
	d.Repr = dictRepr
	d.Len = func(t *Thread, v Value) (int, error) { return v.obj.(*Dict).Len(), nil }
	d.GetItem = dictGetItem
	d.SetItem = func(t *Thread, v, key, val Value) error { return v.obj.(*Dict).Set(t, key, val) }
	d.DelItem = dictDelItem
	d.Contains = func(t *Thread, v, x Value) (bool, error) {
		_, ok, err := v.obj.(*Dict).Get(t, x)
		return ok, err
	}
	d.Iter = func(t *Thread, v Value) (Value, error) { return newDictIter(v.obj.(*Dict), dictIterKeys), nil }
	d.Compare = dictCompare
	d.Binary[OpOr] = dictOr
	d.InPlace[OpOr] = dictInPlaceOr

	d.AddMethod("get", dictGetMethod)
	d.AddMethod("keys", func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		return dictView(self, "dict.keys", args, kwargs, DictKeysType)
	})
	d.AddMethod("values", func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		return dictView(self, "dict.values", args, kwargs, DictValuesType)
	})
	d.AddMethod("items", func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		return dictView(self, "dict.items", args, kwargs, DictItemsType)
	})
	d.AddMethod("pop", dictPopMethod)
	d.AddMethod("popitem", dictPopItemMethod)
	d.AddMethod("setdefault", dictSetDefaultMethod)
	d.AddMethod("update", dictUpdateMethod)
	d.AddMethod("copy", func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		if err := checkNoArgs("dict.copy", args, kwargs); err != nil {
			return Value{}, err
		}
		return Obj(self.obj.(*Dict).Copy()), nil
	})
	d.AddMethod("clear", func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		if err := checkNoArgs("dict.clear", args, kwargs); err != nil {
			return Value{}, err
		}
		self.obj.(*Dict).Clear()
		return None, nil
	})
	// fromkeys is a classmethod: a plain built-in function does not bind,
	// so dict.fromkeys and {}.fromkeys both reach it unchanged.
	d.Dict.SetStr("fromkeys", Obj(&Builtin{Name: "fromkeys", Fn: dictFromKeys}))
	addSlotMethods(d)
}

// dictNew is dict(), dict(mapping), dict(iterable of pairs), dict(**kwargs).
func dictNew(t *Thread, typ *Type, args []Value, kwargs []Kwarg) (Value, error) {
	if err := checkArgCount("dict", len(args), 0, 1); err != nil {
		return Value{}, err
	}
	d := NewDict()
	if len(args) == 1 {
		if err := d.Update(t, args[0]); err != nil {
			return Value{}, err
		}
	}
	for _, kw := range kwargs {
		d.SetStr(kw.Name, kw.Value)
	}
	return Obj(d), nil
}

func dictRepr(t *Thread, v Value) (string, error) {
	d := v.obj.(*Dict)
	items := d.Items()
	if len(items) == 0 {
		return "{}", nil
	}
	if busy, err := reprEnter(t, d); busy || err != nil {
		return "{...}", err
	}
	defer reprLeave(t, d)
	var b strings.Builder
	b.WriteByte('{')
	for i, it := range items {
		if i > 0 {
			b.WriteString(", ")
		}
		k, err := Repr(t, it.Key)
		if err != nil {
			return "", err
		}
		val, err := Repr(t, it.Value)
		if err != nil {
			return "", err
		}
		b.WriteString(k)
		b.WriteString(": ")
		b.WriteString(val)
	}
	b.WriteByte('}')
	return b.String(), nil
}

func dictGetItem(t *Thread, v, key Value) (Value, error) {
	val, ok, err := v.obj.(*Dict).Get(t, key)
	if err != nil {
		return Value{}, err
	}
	if !ok {
		return Value{}, NewException(KeyErrorType, key)
	}
	return val, nil
}

func dictDelItem(t *Thread, v, key Value) error {
	ok, err := v.obj.(*Dict).Delete(t, key)
	if err == nil && !ok {
		err = NewException(KeyErrorType, key)
	}
	return err
}

// dictCompare implements == and != (dicts are not ordered).
func dictCompare(t *Thread, a, b Value, op CompareOp) (Value, error) {
	other, ok := b.obj.(*Dict)
	if !ok || (op != EQ && op != NE) {
		return NotImplemented, nil
	}
	eq, err := dictEqual(t, a.obj.(*Dict), other)
	if err != nil {
		return Value{}, err
	}
	return Bool(eq == (op == EQ)), nil
}

func dictEqual(t *Thread, a, b *Dict) (bool, error) {
	if a == b {
		return true, nil
	}
	entries := a.entriesSnapshot()
	if len(entries) != b.Len() {
		return false, nil
	}
	for _, e := range entries {
		b.mu.Lock()
		pos, err := b.findLocked(t, e.key, e.hash)
		var bv Value
		if pos >= 0 {
			bv = b.entries[pos].value
		}
		b.mu.Unlock()
		if err != nil || pos < 0 {
			return false, err
		}
		if eq, err := Equal(t, e.value, bv); err != nil || !eq {
			return false, err
		}
	}
	return true, nil
}

// dictOr is d | other (3.9's merge): a new dict.
func dictOr(t *Thread, a, b Value, reflected bool) (Value, error) {
	da, okA := a.obj.(*Dict)
	db, okB := b.obj.(*Dict)
	if !okA || !okB {
		return NotImplemented, nil
	}
	r := da.Copy()
	if err := r.mergeEntries(t, db.entriesSnapshot()); err != nil {
		return Value{}, err
	}
	return Obj(r), nil
}

// dictInPlaceOr is d |= other: any mapping or iterable of pairs.
func dictInPlaceOr(t *Thread, a, b Value) (Value, error) {
	if err := a.obj.(*Dict).Update(t, b); err != nil {
		return Value{}, err
	}
	return a, nil
}

// Update is dict.update(other) without keywords: other is a dict, a mapping
// (anything with keys()) or an iterable of key/value pairs.
func (d *Dict) Update(t *Thread, other Value) error {
	if od, ok := other.obj.(*Dict); ok {
		return d.mergeEntries(t, od.entriesSnapshot())
	}
	if keysFn, err := GetAttr(t, other, "keys"); err == nil {
		return d.updateFromMapping(t, other, keysFn)
	} else if e := AsException(err); !e.Matches(AttributeErrorType) {
		return err
	}
	return d.updateFromPairs(t, other)
}

// UpdateFromMapping is {**other} and f(**other): other must be a mapping.
func (d *Dict) UpdateFromMapping(t *Thread, other Value) error {
	if od, ok := other.obj.(*Dict); ok {
		return d.mergeEntries(t, od.entriesSnapshot())
	}
	keysFn, err := GetAttr(t, other, "keys")
	if err != nil {
		if AsException(err).Matches(AttributeErrorType) {
			return Errorf(TypeErrorType, "'%s' object is not a mapping", TypeName(other))
		}
		return err
	}
	return d.updateFromMapping(t, other, keysFn)
}

func (d *Dict) updateFromMapping(t *Thread, other, keysFn Value) error {
	keys, err := Call(t, keysFn, nil, nil)
	if err != nil {
		return err
	}
	return forEach(t, keys, func(k Value) error {
		v, err := GetItem(t, other, k)
		if err != nil {
			return err
		}
		return d.Set(t, k, v)
	})
}

func (d *Dict) updateFromPairs(t *Thread, pairs Value) error {
	n := 0
	return forEach(t, pairs, func(item Value) error {
		kv, err := sequenceItems(t, item)
		if err != nil {
			if AsException(err).Matches(TypeErrorType) {
				return Errorf(TypeErrorType, "cannot convert dictionary update sequence element #%d to a sequence", n)
			}
			return err
		}
		if len(kv) != 2 {
			return Errorf(ValueErrorType, "dictionary update sequence element #%d has length %d; 2 is required", n, len(kv))
		}
		n++
		return d.Set(t, kv[0], kv[1])
	})
}

func dictGetMethod(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
	if err := checkPositional("get", args, kwargs, 1, 2); err != nil {
		return Value{}, err
	}
	v, ok, err := self.obj.(*Dict).Get(t, args[0])
	if err != nil {
		return Value{}, err
	}
	if !ok {
		if len(args) == 2 {
			return args[1], nil
		}
		return None, nil
	}
	return v, nil
}

func dictPopMethod(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
	if err := checkPositional("pop", args, kwargs, 1, 2); err != nil {
		return Value{}, err
	}
	v, ok, err := self.obj.(*Dict).Pop(t, args[0])
	if err != nil {
		return Value{}, err
	}
	if !ok {
		if len(args) == 2 {
			return args[1], nil
		}
		return Value{}, NewException(KeyErrorType, args[0])
	}
	return v, nil
}

func dictPopItemMethod(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
	if err := checkNoArgs("dict.popitem", args, kwargs); err != nil {
		return Value{}, err
	}
	it, ok := self.obj.(*Dict).PopItem()
	if !ok {
		return Value{}, Errorf(KeyErrorType, "popitem(): dictionary is empty")
	}
	return NewTuple([]Value{it.Key, it.Value}), nil
}

func dictSetDefaultMethod(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
	if err := checkPositional("setdefault", args, kwargs, 1, 2); err != nil {
		return Value{}, err
	}
	def := None
	if len(args) == 2 {
		def = args[1]
	}
	return self.obj.(*Dict).SetDefault(t, args[0], def)
}

func dictUpdateMethod(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
	if err := checkArgCount("update", len(args), 0, 1); err != nil {
		return Value{}, err
	}
	d := self.obj.(*Dict)
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

func dictFromKeys(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	if err := checkPositional("fromkeys", args, kwargs, 1, 2); err != nil {
		return Value{}, err
	}
	val := None
	if len(args) == 2 {
		val = args[1]
	}
	d := NewDict()
	err := forEach(t, args[0], func(k Value) error { return d.Set(t, k, val) })
	if err != nil {
		return Value{}, err
	}
	return Obj(d), nil
}
