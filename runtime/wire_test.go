package runtime

import (
	"math/big"
	"strings"
	"testing"
)

// roundTrip encodes and decodes v, failing the test on an error.
func roundTrip(t *testing.T, e *testEnv, v Value) Value {
	t.Helper()
	b, err := EncodeValue(e.th, v)
	if err != nil {
		t.Fatalf("encode %s: %v", SafeRepr(v), err)
	}
	out, err := DecodeValue(e.th, b)
	if err != nil {
		t.Fatalf("decode %s: %v", SafeRepr(v), err)
	}
	return out
}

func TestWireRoundTrip(t *testing.T) {
	e := newTestEnv(t)
	huge, _ := new(big.Int).SetString("-123456789012345678901234567890123456789", 10)
	d := NewDict()
	d.SetStr("a", Int(1))
	must(t, d.Set(e.th, NewTuple(ints(1, 2)), Obj(NewList(ints(3)))))
	s := NewSet()
	must(t, s.Add(e.th, Int(7)))
	fs, _ := NewFrozenSet(e.th, ints(8, 9))
	rng := e.must(e.builtin("range", Int(1), Int(10), Int(3)))
	lenFn, _ := e.in.Builtins.GetStr("len")
	values := []Value{
		None, True, False, Ellipsis, NotImplemented,
		Int(0), Int(-1), Int(1 << 62), Int(-1 << 63),
		NewBigInt(huge), NewBigInt(new(big.Int).Lsh(big.NewInt(1), 200)),
		Float(0.1), Float(-0.0), Float(1e308),
		NewStr(""), NewStr("héllo ☃"), NewBytes([]byte{0, 1, 255}),
		NewTuple(nil), NewTuple(ints(1, 2, 3)),
		Obj(NewList([]Value{NewStr("x"), Float(2.5), None})),
		Obj(d), Obj(s), Obj(fs), rng,
		NewSlice(Int(1), None, Int(-1)),
		Obj(ValueErrorType), Obj(IntType), lenFn,
		Obj(NewException(KeyErrorType, NewStr("k"))),
		Obj(NewException(ValueErrorType, Int(1), NewStr("two"))),
	}
	for _, v := range values {
		got := roundTrip(t, e, v)
		want := e.must(NewStr(SafeRepr(v)), nil)
		if SafeRepr(got) != SafeRepr(v) || got.Type() != v.Type() {
			t.Errorf("round trip of %s gave %s (%s)", SafeStr(want), SafeRepr(got), TypeName(got))
		}
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// Shared and recursive structures keep their shape, as with pickle.
func TestWireSharingAndRecursion(t *testing.T) {
	e := newTestEnv(t)
	inner := NewList(ints(1))
	outer := NewList([]Value{Obj(inner), Obj(inner)})
	outer.Append(Obj(outer))
	got := roundTrip(t, e, Obj(outer)).obj.(*List)
	items := got.Items()
	if items[0].obj != items[1].obj {
		t.Errorf("shared list decoded as two lists")
	}
	if items[2].obj != Object(got) {
		t.Errorf("self reference lost")
	}
	if r := SafeRepr(Obj(got)); r != "[[1], [1], [...]]" {
		t.Errorf("repr %s", r)
	}
}

func TestWireErrors(t *testing.T) {
	e := newTestEnv(t)
	sys, err := e.in.Import("sys")
	must(t, err)
	deep := NewList(nil)
	for i := 0; i < 2000; i++ {
		deep = NewList([]Value{Obj(deep)})
	}
	cases := []struct {
		v    Value
		want string
	}{
		{Obj(sys), "TypeError: cannot pickle 'module' object"},
		{Obj(NewLock()), "TypeError: cannot pickle '_thread.lock' object"},
		{Obj(NewRLock()), "TypeError: cannot pickle '_thread.RLock' object"},
		{Obj(deep), "RecursionError: maximum recursion depth exceeded while pickling an object"},
		{Obj(NewList([]Value{Obj(NewLock())})), "TypeError: cannot pickle '_thread.lock' object"},
	}
	for _, c := range cases {
		_, err := EncodeValue(e.th, c.v)
		if err == nil || AsException(err).Error() != c.want {
			t.Errorf("encode %s: got %v, want %s", TypeName(c.v), err, c.want)
		}
	}
}

// Damaged input is an UnpicklingError, never a panic or a huge allocation.
func TestWireCorruptInput(t *testing.T) {
	e := newTestEnv(t)
	d := NewDict()
	d.SetStr("key", Obj(NewList([]Value{NewStr("value"), Int(1 << 40), Float(1.5)})))
	good, err := EncodeValue(e.th, NewTuple([]Value{Obj(d), NewBigInt(new(big.Int).Lsh(big.NewInt(3), 100))}))
	must(t, err)
	for i := 0; i < len(good); i++ {
		if _, err := DecodeValue(e.th, good[:i]); err == nil {
			t.Errorf("truncated at %d: no error", i)
		}
		bad := append([]byte(nil), good...)
		bad[i] ^= 0xff
		DecodeValue(e.th, bad) // any result, but no panic
	}
	for _, b := range [][]byte{{}, {'Q'}, {wireList, 0xff, 0xff, 0xff, 0xff, 0x0f}, {wireRef, 0}, {wireHandle, 1, 'x', 0, 'N'}} {
		_, err := DecodeValue(e.th, b)
		if err == nil {
			t.Errorf("%q decoded without error", b)
		}
	}
	_, err = DecodeValue(e.th, []byte{'Q'})
	if got := AsException(err).Error(); got != "UnpicklingError: invalid load key, 'Q'." {
		t.Errorf("bad tag: %s", got)
	}
	if !strings.Contains(AsException(err).Type().Module, "_pickle") {
		t.Errorf("UnpicklingError module %q", AsException(err).Type().Module)
	}
}

func TestWireGlobalLookupErrors(t *testing.T) {
	e := newTestEnv(t)
	b := []byte{wireGlobal}
	b = append(b, 4)
	b = append(b, "math"...)
	b = append(b, 5)
	b = append(b, "nopes"...)
	_, err := DecodeValue(e.th, b)
	if got := AsException(err).Error(); got != "AttributeError: Can't get attribute 'nopes' on <module 'math' (built-in)>" {
		t.Errorf("missing attribute: %s", got)
	}
}

// bigList is a list of n small ints, the payload of the queue benchmark.
func bigList(n int) Value {
	items := make([]Value, n)
	for i := range items {
		items[i] = Int(int64(i))
	}
	return Obj(NewList(items))
}

func BenchmarkWireEncodeIntList(b *testing.B) {
	e := newTestEnv(b)
	v := bigList(250_000)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := EncodeValue(e.th, v); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkWireDecodeIntList(b *testing.B) {
	e := newTestEnv(b)
	data, _ := EncodeValue(e.th, bigList(250_000))
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := DecodeValue(e.th, data); err != nil {
			b.Fatal(err)
		}
	}
}
