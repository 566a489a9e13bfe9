package runtime

import "testing"

// TestDictStrSubclassKey: the str fast paths of dict lookup (exact str
// keys compared by bytes) must not bypass a str subclass's __eq__, in
// either direction: CPython calls it when a plain str meets a stored
// subclass key of the same hash, and when a subclass key meets a stored
// plain str.
func TestDictStrSubclassKey(t *testing.T) {
	e := newTestEnv(t)
	calls := 0
	strEq, _ := StrType.Dict.GetStr("__eq__")
	strHash, _ := StrType.Dict.GetStr("__hash__")
	eqCounting := fn("__eq__", func(t *Thread, args []Value) (Value, error) {
		calls++
		return callMethod(t, strEq, args[0], args[1:], nil)
	})
	counted := e.class("S", types(StrType), attrs("__eq__", eqCounting, "__hash__", strHash))
	sub := e.must(Call(e.th, Obj(counted), []Value{NewStr("a")}, nil))

	d := NewDict()
	if err := d.Set(e.th, sub, Int(1)); err != nil {
		t.Fatal(err)
	}
	plain := concatStr("", "a", 1) // a fresh exact str, not the subclass object
	if v, ok, err := d.Get(e.th, plain); err != nil || !ok || v.AsInt() != 1 {
		t.Fatalf("d['a'] = %v, %v, %v", v, ok, err)
	}
	if calls != 1 {
		t.Fatalf("S.__eq__ ran %d times for a plain str lookup, want 1", calls)
	}

	calls = 0
	d2 := NewDict()
	if err := d2.Set(e.th, NewStr("a"), Int(2)); err != nil {
		t.Fatal(err)
	}
	if v, ok, err := d2.Get(e.th, sub); err != nil || !ok || v.AsInt() != 2 {
		t.Fatalf("d[S('a')] = %v, %v, %v", v, ok, err)
	}
	if calls != 1 {
		t.Fatalf("S.__eq__ ran %d times for a subclass lookup, want 1", calls)
	}
}
