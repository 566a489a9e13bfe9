package runtime

import (
	"math"
	"strconv"
	"testing"
)

// Set iteration order against CPython 3.11. Each case below does what the
// case of the same name in testdata/setorders.py does; the goldens are that
// program's output (cd runtime && python3 testdata/setorders.py).

// orderDigest is w(s) of setorders.py: sum((i+1) * (hash(x) % 1000003)).
func orderDigest(e *testEnv, s Value) string {
	var sum int64
	for i, x := range s.obj.(*Set).Items() {
		h, _ := Hash(e.th, x)
		m := h % 1000003
		if m < 0 {
			m += 1000003 // Python's % is floored
		}
		sum += int64(i+1) * m
	}
	return strconv.FormatInt(sum, 10)
}

func TestSetOrderMatchesCPython(t *testing.T) {
	e := newTestEnv(t)
	th := e.th
	discard := func(s Value, x int64) { e.must(e.method(s, "discard", Int(x))) }
	add := func(s Value, x Value) { e.must(e.method(s, "add", x)) }
	grow := func(n int64) string {
		s := Obj(NewSet())
		for i := int64(0); i < n; i++ {
			add(s, Int(i*7919%100003-500))
		}
		return orderDigest(e, s)
	}
	big := func(x Value, err error) Value { return e.must(x, err) }
	pow2 := func(n int64) Value { return big(PowValues(th, Int(2), Int(n), Value{})) }

	cases := map[string]func() string{
		"literal": func() string { return e.repr(e.set(ints(5, 3, 100, 8, 1000, -1)...)) },
		"range":   func() string { return e.repr(e.must(e.builtin("set", e.rng(20, 0, -3)))) },
		"removals": func() string {
			s := e.must(e.builtin("set", e.rng(50)))
			for i := int64(0); i < 50; i += 2 {
				discard(s, i)
			}
			add(s, Int(1000))
			add(s, Int(77))
			return e.repr(s)
		},
		"grow5":    func() string { return grow(5) },
		"grow50":   func() string { return grow(50) },
		"grow500":  func() string { return grow(500) },
		"grow5000": func() string { return grow(5000) },
		"floats": func() string {
			return e.repr(e.set(Float(1.5), Float(2.5), Float(0.1), Float(-3), Float(1e20), Float(math.Inf(1)), Float(7)))
		},
		"mixed": func() string { return e.repr(e.set(Int(1), Float(1), True, Float(2), Int(2))) },
		"pop": func() string {
			s := e.must(e.builtin("set", e.rng(10)))
			a := e.must(e.method(s, "pop"))
			b := e.must(e.method(s, "pop"))
			add(s, Int(100))
			add(s, Int(-7))
			return e.repr(e.tuple(a, b, s))
		},
		"ops": func() string {
			a := e.must(e.builtin("set", e.rng(0, 40, 3)))
			b := e.must(e.builtin("set", e.rng(0, 40, 5)))
			return e.repr(e.tuple(e.bin(OpOr, a, b), e.bin(OpAnd, a, b), e.bin(OpSub, a, b),
				e.bin(OpXor, a, b), e.bin(OpSub, b, a), e.bin(OpXor, b, a)))
		},
		"methods": func() string {
			a := e.must(e.builtin("set", e.rng(0, 40, 3)))
			return e.repr(e.tuple(
				e.must(e.method(a, "union", e.list(Int(100), Int(3)), e.tuple(Int(7)))),
				e.must(e.method(a, "intersection", e.rng(10))),
				e.must(e.method(a, "difference", e.list(Int(3)), e.set(Int(6)))),
				e.must(e.method(a, "symmetric_difference", e.rng(5)))))
		},
		"inplace": func() string {
			c := e.must(e.builtin("set", e.must(e.builtin("set", e.rng(0, 40, 3)))))
			c = e.inplace(OpOr, c, e.set(Int(99), Int(98)))
			c = e.inplace(OpAnd, c, e.must(e.builtin("set", e.rng(50, 0, -1))))
			c = e.inplace(OpSub, c, e.set(Int(3)))
			c = e.inplace(OpXor, c, e.set(Int(1000), Int(6)))
			return e.repr(c)
		},
		"big": func() string {
			return e.repr(e.set(Int(-5), Int(-1), pow2(40), pow2(62), big(Unary(th, OpNeg, pow2(62))), Int(0)))
		},
		"frozen": func() string {
			f := func(items ...Value) Value { return e.must(e.builtin("frozenset", e.tuple(items...))) }
			h := func(v Value) Value { return e.must(e.builtin("hash", v)) }
			return e.repr(e.tuple(f(ints(3, 1, 2)...), f(), h(f(ints(1, 2, 3)...)), h(f()), h(f(Int(-1), Float(5.5)))))
		},
		"fromdict": func() string {
			d := NewDict()
			for i, k := range ints(30, 10, 20) {
				d.Set(th, k, Int(int64(i)))
			}
			return e.repr(e.must(e.builtin("set", Obj(d))))
		},
		"tuples": func() string {
			h := func(v Value) Value { return e.must(e.builtin("hash", v)) }
			return e.repr(e.tuple(h(e.tuple(ints(1, 2)...)), h(e.tuple()), h(e.tuple(Int(1), e.tuple(ints(2, 3)...))),
				h(e.tuple(Int(-1))), e.set(e.tuple(ints(1, 2)...), e.tuple(ints(3, 4)...), e.tuple(ints(0, 0)...), e.tuple(ints(2, 1)...))))
		},
		"diffupdate": func() string {
			s := e.must(e.builtin("set", e.rng(300)))
			return e.repr(e.inplace(OpSub, s, e.must(e.builtin("set", e.rng(1, 290)))))
		},
		"diffupdate2": func() string {
			s := e.must(e.builtin("set", e.rng(100)))
			e.must(e.method(s, "difference_update", e.rng(3, 97)))
			e.must(e.method(s, "update", e.set(ints(1000, 2000, 64, 128)...)))
			return e.repr(s)
		},
		"dummy": func() string {
			s := e.set(ints(0, 8, 16)...)
			e.must(e.method(s, "remove", Int(0)))
			e.must(e.method(s, "remove", Int(16)))
			add(s, Int(24))
			return e.repr(s)
		},
		"cmp": func() string {
			cmp := func(a, b Value, op CompareOp) Value { return e.must(RichCompare(th, a, b, op)) }
			s12, s123 := e.set(ints(1, 2)...), e.set(ints(1, 2, 3)...)
			return e.repr(e.tuple(cmp(s12, s123, LT), cmp(s12, e.set(ints(1, 2)...), LE),
				cmp(s12, e.must(e.builtin("frozenset", e.set(ints(2, 1)...))), EQ),
				cmp(e.set(Int(1)), e.set(), GT), cmp(s12, e.set(Int(3)), GE),
				e.must(e.method(s12, "issubset", e.list(ints(1, 2, 3)...))),
				e.must(e.method(s123, "issuperset", e.rng(2))),
				e.must(e.method(e.set(Int(1)), "isdisjoint", e.list(ints(2, 3)...)))))
		},
	}
	for _, c := range setOrderGoldens {
		got := cases[c.name]()
		if got != c.want {
			t.Errorf("%s:\n got %s\nwant %s", c.name, got, c.want)
		}
	}
}

// setOrderGoldens: output of python3 testdata/setorders.py (CPython 3.11.7).
var setOrderGoldens = []struct{ name, want string }{
	{"literal", "{3, 100, 5, 8, 1000, -1}"},
	{"range", "{2, 5, 8, 11, 14, 17, 20}"},
	{"removals", "{1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 31, 33, 35, 37, 39, 41, 43, 45, 47, 49, 77, 1000}"},
	{"grow5", "3190484"},
	{"grow50", "69185848"},
	{"grow500", "7326115977"},
	{"grow5000", "798286273623"},
	{"floats", "{0.1, 1.5, 2.5, 7.0, 1e+20, inf, -3.0}"},
	{"mixed", "{1, 2.0}"},
	{"pop", "(0, 1, {2, 3, 4, 5, 6, 7, 8, 9, 100, -7})"},
	{"ops", "({0, 3, 5, 6, 9, 10, 12, 15, 18, 20, 21, 24, 25, 27, 30, 33, 35, 36, 39}, {0, 30, 15}, {33, 3, 36, 6, 39, 9, 12, 18, 21, 24, 27}, {3, 5, 6, 9, 10, 12, 18, 20, 21, 24, 25, 27, 33, 35, 36, 39}, {35, 5, 10, 20, 25}, {3, 5, 6, 9, 10, 12, 18, 20, 21, 24, 25, 27, 33, 35, 36, 39})"},
	{"methods", "({0, 33, 3, 36, 100, 6, 39, 7, 9, 12, 15, 18, 21, 24, 27, 30}, {0, 9, 3, 6}, {0, 33, 36, 39, 9, 12, 15, 18, 21, 24, 27, 30}, {1, 2, 4, 33, 36, 6, 39, 9, 12, 15, 18, 21, 24, 27, 30})"},
	{"inplace", "{33, 36, 39, 1000, 9, 12, 15, 18, 21, 24, 27, 30}"},
	{"big", "{1099511627776, 0, 4611686018427387904, -4611686018427387904, -5, -1}"},
	{"frozen", "(frozenset({1, 2, 3}), frozenset(), -272375401224217160, 133146708735736, -4750457445531378082)"},
	{"fromdict", "{10, 20, 30}"},
	{"tuples", "(-3550055125485641917, 5740354900026072187, 7267574591690527098, 8078679518589016365, {(1, 2), (2, 1), (3, 4), (0, 0)})"},
	{"diffupdate", "{0, 290, 291, 292, 293, 294, 295, 296, 297, 298, 299}"},
	{"diffupdate2", "{0, 1, 2, 64, 97, 98, 99, 128, 2000, 1000}"},
	{"dummy", "{8, 24}"},
	{"cmp", "(True, True, True, True, False, True, False, True)"},
}
