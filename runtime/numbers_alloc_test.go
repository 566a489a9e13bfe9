package runtime

// numtest: the inline fast paths must not allocate (DESIGN.md decision 2).

import "testing"

func TestInlineArithmeticDoesNotAllocate(t *testing.T) {
	th := testThread()
	hello := NewStr("hello")
	cases := []struct {
		name string
		fn   func()
	}{
		{"int+int", func() { _, _ = Binary(th, OpAdd, Int(40), Int(2)) }},
		{"int*int", func() { _, _ = Binary(th, OpMul, Int(1<<20), Int(3)) }},
		{"int//int", func() { _, _ = Binary(th, OpFloorDiv, Int(-7), Int(2)) }},
		{"int%int", func() { _, _ = Binary(th, OpMod, Int(-7), Int(2)) }},
		{"int**int", func() { _, _ = Binary(th, OpPow, Int(3), Int(20)) }},
		{"float*int", func() { _, _ = Binary(th, OpMul, Float(1.5), Int(2)) }},
		{"float/float", func() { _, _ = Binary(th, OpTrueDiv, Float(1.5), Float(3)) }},
		{"int<float", func() { _, _ = RichCompare(th, Int(1), Float(1.5), LT) }},
		{"hash(float)", func() { _, _ = Hash(th, Float(2.5)) }},
		{"-int", func() { _, _ = Unary(th, OpNeg, Int(5)) }},
		{"str[i]", func() { _, _ = GetItem(th, hello, Int(1)) }},
	}
	for _, c := range cases {
		if n := testing.AllocsPerRun(100, c.fn); n != 0 {
			t.Errorf("%s: %v allocations, want 0", c.name, n)
		}
	}
}

func BenchmarkIntAdd(b *testing.B) {
	th := testThread()
	x := Int(0)
	for i := 0; i < b.N; i++ {
		x, _ = Binary(th, OpAdd, x, Int(1))
	}
}

func BenchmarkFloatRepr(b *testing.B) {
	for i := 0; i < b.N; i++ {
		_ = FloatRepr(float64(i) * 0.1)
	}
}

func BenchmarkFloatPow(b *testing.B) {
	for i := 0; i < b.N; i++ {
		_, _ = floatPow(1.0001, float64(i%100)+0.5)
	}
}
