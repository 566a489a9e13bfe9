package runtime

import (
	"strconv"
	"strings"
	"testing"
)

// TestStrBuilt: strs built in one allocation (concatenation, str(int),
// join) have the right text and length at every box size and past them.
func TestStrBuilt(t *testing.T) {
	e := newTestEnv(t)
	for _, size := range []int{0, 1, 2, 15, 16, 17, 32, 33, 48, 49, 80, 81, 112, 113, 1000} {
		a := strings.Repeat("a", size/2)
		b := strings.Repeat("é", (size-size/2)/2) + strings.Repeat("b", (size-size/2)%2)
		want := a + b
		got := e.must(Binary(e.th, OpAdd, NewStr(a), NewStr(b)))
		if s, _ := AsStr(got); s != want || got.obj.(*Str).n != len([]rune(want)) {
			t.Errorf("%q + %q = %q (len %d)", a, b, s, got.obj.(*Str).n)
		}
		parts := []Value{NewStr(a), NewStr(b), NewStr(a)}
		joined := e.must(e.method(NewStr("-"), "join", Obj(NewList(parts))))
		wantJoin := a + "-" + b + "-" + a
		if s, _ := AsStr(joined); s != wantJoin || joined.obj.(*Str).n != len([]rune(wantJoin)) {
			t.Errorf("join = %q (len %d), want %q", s, joined.obj.(*Str).n, wantJoin)
		}
	}
	for _, i := range []int64{0, 7, 10, -1, -10, 1 << 40, -1 << 63} {
		got := e.must(Call(e.th, Obj(StrType), []Value{Int(i)}, nil))
		if s, _ := AsStr(got); s != strconv.FormatInt(i, 10) || got.obj.(*Str).n != len(s) {
			t.Errorf("str(%d) = %q", i, s)
		}
	}
}

// TestStrHashCached: hash(s) is computed once and agrees with the hash of
// the same text given as a Go string (dict's GetStr path).
func TestStrHashCached(t *testing.T) {
	e := newTestEnv(t)
	s := e.must(Binary(e.th, OpAdd, NewStr("key"), NewStr("42")))
	h1, err := Hash(e.th, s)
	if err != nil {
		t.Fatal(err)
	}
	h2, _ := Hash(e.th, s)
	if h1 != h2 || h1 != HashString("key42") || s.obj.(*Str).hash.Load() != h1 {
		t.Fatalf("hashes %d %d, HashString %d", h1, h2, HashString("key42"))
	}
	d := NewDict()
	if err := d.Set(e.th, s, Int(1)); err != nil {
		t.Fatal(err)
	}
	if v, ok := d.GetStr("key42"); !ok || v.AsInt() != 1 {
		t.Fatal("a str key set with its cached hash is not found by GetStr")
	}
}

// TestStrBuiltAllocs: "k" + str(i) is two allocations, one per str.
func TestStrBuiltAllocs(t *testing.T) {
	e := newTestEnv(t)
	k := NewStr("k")
	args := []Value{Int(123456)}
	allocs := testing.AllocsPerRun(100, func() {
		n, _ := Call(e.th, Obj(StrType), args, nil)
		_, _ = Binary(e.th, OpAdd, k, n)
	})
	if allocs > 2 {
		t.Fatalf(`"k" + str(i): %v allocations, want 2`, allocs)
	}
}
