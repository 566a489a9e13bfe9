package runtime

import "math"

// Correctly rounded sin and cos (see ddmath.go for why): random.gauss
// draws cos(x) and sin(x) of x in [0, 2π), and Go's math.Sin and math.Cos
// miss glibc's correctly rounded result by an ulp often enough to change a
// printed gauss() value.

// pio2 is π/2 as the sum of three doubles (fdlibm's pio2_1, pio2_2, pio2_3
// rounded to full doubles).
var pio2 = [3]float64{1.5707963267948966, 6.123233995736766e-17, -1.4973849048591698e-33}

// invFactDD[n] is 1/n! in double-double, for the Taylor series.
var invFactDD = func() [30]dd {
	var t [30]dd
	t[0] = dd{1, 0}
	for n := 1; n < len(t); n++ {
		t[n] = t[n-1].div(dd{float64(n), 0})
	}
	return t
}()

// crSinCos returns sin(x) and cos(x), correctly rounded for |x| < 2**20;
// beyond that (where the simple reduction loses bits) it uses Go's.
func crSinCos(x float64) (sin, cos float64) {
	if math.IsNaN(x) || math.IsInf(x, 0) || math.Abs(x) >= 1<<20 {
		return math.Sin(x), math.Cos(x)
	}
	k := math.Round(x / pio2[0])
	r := dd{x, 0}.add(twoProd(-k, pio2[0])).add(twoProd(-k, pio2[1])).add(dd{-k * pio2[2], 0})
	s, c := sinCosDD(r)
	switch int64(k) & 3 {
	case 0:
		return s.hi + s.lo, c.hi + c.lo
	case 1:
		return c.hi + c.lo, -(s.hi + s.lo)
	case 2:
		return -(s.hi + s.lo), -(c.hi + c.lo)
	}
	return -(c.hi + c.lo), s.hi + s.lo
}

// sinCosDD evaluates the Taylor series of sin and cos at |r| <= π/4.
func sinCosDD(r dd) (sin, cos dd) {
	term := dd{1, 0} // r**n
	for n := 0; n < len(invFactDD); n++ {
		t := term.mul(invFactDD[n])
		if n%4 >= 2 {
			t = dd{-t.hi, -t.lo}
		}
		if n%2 == 0 {
			cos = cos.add(t)
		} else {
			sin = sin.add(t)
		}
		term = term.mul(r)
	}
	return sin, cos
}
