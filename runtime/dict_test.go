package runtime

import "testing"

func dictOf(e *testEnv, kv ...Value) Value {
	d := NewDict()
	for i := 0; i+1 < len(kv); i += 2 {
		if err := d.Set(e.th, kv[i], kv[i+1]); err != nil {
			e.tb.Fatal(err)
		}
	}
	return Obj(d)
}

func TestDictBehaviour(t *testing.T) {
	runExprCases(t, []exprCase{
		{"a = {1: 'a'}; a[1.0] = 'b'; a[True] = 'c'", func(e *testEnv) (Value, error) {
			return dictOf(e, Int(1), str("a"), Float(1), str("b"), True, str("c")), nil
		}, "{1: 'c'}"},
		{"d = {1: 2}; d['self'] = d", func(e *testEnv) (Value, error) {
			d := dictOf(e, Int(1), Int(2))
			return d, SetItem(e.th, d, str("self"), d)
		}, "{1: 2, 'self': {...}}"},
		{"{'a': 1}['b']", func(e *testEnv) (Value, error) { return GetItem(e.th, dictOf(e, str("a"), Int(1)), str("b")) }, "KeyError: 'b'"},
		{"{(1,2): 1}[(1,3)]", func(e *testEnv) (Value, error) {
			return GetItem(e.th, dictOf(e, e.tuple(ints(1, 2)...), Int(1)), e.tuple(ints(1, 3)...))
		}, "KeyError: (1, 3)"},
		{"{}[[]]", func(e *testEnv) (Value, error) { return GetItem(e.th, dictOf(e), e.list()) }, "TypeError: unhashable type: 'list'"},
		{"{}.popitem()", func(e *testEnv) (Value, error) { return e.method(dictOf(e), "popitem") }, "KeyError: 'popitem(): dictionary is empty'"},
		{"{1: 2, 3: 4}.popitem()", func(e *testEnv) (Value, error) { return e.method(dictOf(e, ints(1, 2, 3, 4)...), "popitem") }, "(3, 4)"},
		{"{}.pop(1)", func(e *testEnv) (Value, error) { return e.method(dictOf(e), "pop", Int(1)) }, "KeyError: 1"},
		{"{}.pop()", func(e *testEnv) (Value, error) { return e.method(dictOf(e), "pop") }, "TypeError: pop expected at least 1 argument, got 0"},
		{"{1: 2}.pop(3, 5)", func(e *testEnv) (Value, error) { return e.method(dictOf(e, ints(1, 2)...), "pop", Int(3), Int(5)) }, "5"},
		{"{1: 2}.get(3, 5)", func(e *testEnv) (Value, error) { return e.method(dictOf(e, ints(1, 2)...), "get", Int(3), Int(5)) }, "5"},
		{"{}.get(1,2,3)", func(e *testEnv) (Value, error) { return e.method(dictOf(e), "get", ints(1, 2, 3)...) }, "TypeError: get expected at most 2 arguments, got 3"},
		{"{}.copy(1)", func(e *testEnv) (Value, error) { return e.method(dictOf(e), "copy", Int(1)) }, "TypeError: dict.copy() takes no arguments (1 given)"},
		{"dict([(1,2,3)])", func(e *testEnv) (Value, error) { return e.builtin("dict", e.list(e.tuple(ints(1, 2, 3)...))) },
			"ValueError: dictionary update sequence element #0 has length 3; 2 is required"},
		{"dict([1])", func(e *testEnv) (Value, error) { return e.builtin("dict", e.list(Int(1))) },
			"TypeError: cannot convert dictionary update sequence element #0 to a sequence"},
		{"dict(1)", func(e *testEnv) (Value, error) { return e.builtin("dict", Int(1)) }, "TypeError: 'int' object is not iterable"},
		{"dict({}, {})", func(e *testEnv) (Value, error) { return e.builtin("dict", dictOf(e), dictOf(e)) }, "TypeError: dict expected at most 1 argument, got 2"},
		{"dict([['a', 1], 'bc'])", func(e *testEnv) (Value, error) {
			return e.builtin("dict", e.list(e.list(str("a"), Int(1)), str("bc")))
		}, "{'a': 1, 'b': 'c'}"},
		{"dict({1: 2}, a=1)", func(e *testEnv) (Value, error) {
			return e.callKw("dict", []Value{dictOf(e, ints(1, 2)...)}, Kwarg{"a", Int(1)})
		}, "{1: 2, 'a': 1}"},
		{"dict.fromkeys('ab', 0)", func(e *testEnv) (Value, error) { return e.method(Obj(DictType), "fromkeys", str("ab"), Int(0)) }, "{'a': 0, 'b': 0}"},
		{"{}.fromkeys([1, 2])", func(e *testEnv) (Value, error) { return e.method(dictOf(e), "fromkeys", e.list(ints(1, 2)...)) }, "{1: None, 2: None}"},
		{"{1: 2} | {1: 3, 2: 4}", func(e *testEnv) (Value, error) {
			return Binary(e.th, OpOr, dictOf(e, ints(1, 2)...), dictOf(e, ints(1, 3, 2, 4)...))
		}, "{1: 3, 2: 4}"},
		{"{1: 2} | [3]", func(e *testEnv) (Value, error) { return Binary(e.th, OpOr, dictOf(e, ints(1, 2)...), e.list(Int(3))) },
			"TypeError: unsupported operand type(s) for |: 'dict' and 'list'"},
		{"{1: 2} == {1: 2.0}", func(e *testEnv) (Value, error) {
			return RichCompare(e.th, dictOf(e, ints(1, 2)...), dictOf(e, Int(1), Float(2)), EQ)
		}, "True"},
		{"{1: 2} < {1: 2}", func(e *testEnv) (Value, error) {
			return RichCompare(e.th, dictOf(e, ints(1, 2)...), dictOf(e, ints(1, 2)...), LT)
		},
			"TypeError: '<' not supported between instances of 'dict' and 'dict'"},
		{"d = {1: 2, 3: 4}; del d[1]; d[1] = 5; d[6] = 7", func(e *testEnv) (Value, error) {
			d := dictOf(e, ints(1, 2, 3, 4)...)
			e.must(None, DelItem(e.th, d, Int(1)))
			e.must(None, SetItem(e.th, d, Int(1), Int(5)))
			return d, SetItem(e.th, d, Int(6), Int(7))
		}, "{3: 4, 1: 5, 6: 7}"},
		{"del {}[1]", func(e *testEnv) (Value, error) { return None, DelItem(e.th, dictOf(e), Int(1)) }, "KeyError: 1"},
		{"{1: 2}.keys()", func(e *testEnv) (Value, error) { return e.method(dictOf(e, ints(1, 2)...), "keys") }, "dict_keys([1])"},
		{"{1: 2}.items()", func(e *testEnv) (Value, error) { return e.method(dictOf(e, ints(1, 2)...), "items") }, "dict_items([(1, 2)])"},
		{"{1: 2}.values()", func(e *testEnv) (Value, error) { return e.method(dictOf(e, ints(1, 2)...), "values") }, "dict_values([2])"},
		{"{1: 2}.keys() | {3}", func(e *testEnv) (Value, error) {
			return Binary(e.th, OpOr, e.must(e.method(dictOf(e, ints(1, 2)...), "keys")), e.set(Int(3)))
		}, "{1, 3}"},
		{"{1: 2}.keys() ^ {2}", func(e *testEnv) (Value, error) {
			return Binary(e.th, OpXor, e.must(e.method(dictOf(e, ints(1, 2)...), "keys")), e.set(Int(2)))
		}, "{1, 2}"},
		{"{1: 2}.items() == {(1, 2)}", func(e *testEnv) (Value, error) {
			return RichCompare(e.th, e.must(e.method(dictOf(e, ints(1, 2)...), "items")), e.set(e.tuple(ints(1, 2)...)), EQ)
		}, "True"},
		{"(1, 2) in {1: 2}.items()", func(e *testEnv) (Value, error) {
			in, err := Contains(e.th, e.must(e.method(dictOf(e, ints(1, 2)...), "items")), e.tuple(ints(1, 2)...))
			return Bool(in), err
		}, "True"},
		{"list(reversed({1: 2, 3: 4}.items()))", func(e *testEnv) (Value, error) {
			r := e.must(e.builtin("reversed", e.must(e.method(dictOf(e, ints(1, 2, 3, 4)...), "items"))))
			return e.builtin("list", r)
		}, "[(3, 4), (1, 2)]"},
		{"d = {1: 2, 3: 4}; for k in d: d[5] = 6", func(e *testEnv) (Value, error) {
			d := dictOf(e, ints(1, 2, 3, 4)...)
			return None, forEach(e.th, d, func(Value) error { return SetItem(e.th, d, Int(5), Int(6)) })
		}, "RuntimeError: dictionary changed size during iteration"},
		{"d = {1: 2, 3: 4}; for k in d: d[k] = 0", func(e *testEnv) (Value, error) {
			d := dictOf(e, ints(1, 2, 3, 4)...)
			return d, forEach(e.th, d, func(k Value) error { return SetItem(e.th, d, k, Int(0)) })
		}, "{1: 0, 3: 0}"},
		{"d = {}; d.setdefault('a', []).append(1)", func(e *testEnv) (Value, error) {
			d := dictOf(e)
			l := e.must(e.method(d, "setdefault", str("a"), e.list()))
			e.must(e.method(l, "append", Int(1)))
			return d, nil
		}, "{'a': [1]}"},
		{"d = {'a': 1}; d.update([('b', 2)], c=3)", func(e *testEnv) (Value, error) {
			d := dictOf(e, str("a"), Int(1))
			m := e.must(GetAttr(e.th, d, "update"))
			_, err := Call(e.th, m, []Value{e.list(e.tuple(str("b"), Int(2)))}, []Kwarg{{"c", Int(3)}})
			return d, err
		}, "{'a': 1, 'b': 2, 'c': 3}"},
		{"{**[(1, 2)]}", func(e *testEnv) (Value, error) {
			return None, NewDict().UpdateFromMapping(e.th, e.list(e.tuple(ints(1, 2)...)))
		}, "TypeError: 'list' object is not a mapping"},
	})
}

func TestDictGrowthAndDeletion(t *testing.T) {
	e := newTestEnv(t)
	d := NewDict()
	const n = 5000
	for i := int64(0); i < n; i++ {
		if err := d.Set(e.th, Int(i), Int(i*i)); err != nil {
			t.Fatal(err)
		}
	}
	for i := int64(0); i < n; i += 3 {
		if ok, err := d.Delete(e.th, Int(i)); !ok || err != nil {
			t.Fatalf("delete %d: %v %v", i, ok, err)
		}
	}
	if got, want := d.Len(), n-(n+2)/3; got != want {
		t.Fatalf("len %d, want %d", got, want)
	}
	prev := int64(-1)
	for _, k := range d.Keys() {
		if k.AsInt()%3 == 0 || k.AsInt() <= prev {
			t.Fatalf("bad key order or deleted key: %d after %d", k.AsInt(), prev)
		}
		prev = k.AsInt()
		v, ok, _ := d.Get(e.th, Float(float64(k.AsInt())))
		if !ok || v.AsInt() != k.AsInt()*k.AsInt() {
			t.Fatalf("lookup by float %d failed", k.AsInt())
		}
	}
	d.SetStr("x", Int(1))
	if v, ok := d.GetStr("x"); !ok || v.AsInt() != 1 {
		t.Fatal("GetStr after SetStr")
	}
	if v, ok, _ := d.Get(e.th, NewStr("x")); !ok || v.AsInt() != 1 {
		t.Fatal("Get(str) after SetStr")
	}
	if !d.DelStr("x") || d.DelStr("x") {
		t.Fatal("DelStr")
	}
}

// TestListOfDictIsAtomic: list(d), list(d.keys()), list(d.values()) and
// list(d.items()) copy the dict in one step under its lock, so another
// thread inserting and deleting meanwhile never makes them raise
// "dictionary changed size during iteration" (free-threaded CPython holds
// the dict's critical section for them too); each copy is one of the
// dict's states: the fixed keys, plus the churning one or not.
func TestListOfDictIsAtomic(t *testing.T) {
	e := newTestEnv(t)
	d := NewDict()
	for i := 0; i < 50; i++ {
		d.SetStr(string(rune('a'+i%26))+string(rune('a'+i/26)), Int(int64(i)))
	}
	stop := make(chan struct{})
	done := make(chan struct{})
	churner := e.in.NewThread("churn") // before it touches d (ObjectLock)
	go func() {
		defer close(done)
		churner.Begin()
		defer churner.End()
		for {
			select {
			case <-stop:
				return
			default:
				d.SetStr("churn", Int(-1))
				d.DelStr("churn")
			}
		}
	}()
	defer func() { close(stop); <-done }()
	for _, view := range []string{"", "keys", "values", "items"} {
		src := Obj(d)
		if view != "" {
			v, err := e.method(src, view)
			if err != nil {
				t.Fatal(err)
			}
			src = v
		}
		for i := 0; i < 2000; i++ {
			l, err := e.builtin("list", src)
			if err != nil {
				t.Fatalf("list(d.%s()): %v", view, err)
			}
			if n := l.obj.(*List).Len(); n != 50 && n != 51 {
				t.Fatalf("list(d.%s()) has %d items, want 50 or 51", view, n)
			}
		}
	}
}
