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

// crSin and crCos are math.sin and math.cos: glibc's are correctly
// rounded, Go's miss by an ulp about a quarter of the time.
func crSin(x float64) float64 {
	if x == 0 {
		return x // sin(-0.0) is -0.0
	}
	s, _ := crSinCos(x)
	return s
}
func crCos(x float64) float64 { _, c := crSinCos(x); return c }

// crAcos is acos(x), correctly rounded but for rare near-halfway cases
// (random.vonmisesvariate prints it unrounded; Go's math.Acos misses
// glibc's result by an ulp now and then): one Newton step from Go's
// value, with the cosine in double-double.
func crAcos(x float64) float64 {
	t := math.Acos(x)
	if math.IsNaN(t) || x == 1 || x == -1 || t >= 1<<20 {
		return t
	}
	s, c := sinCosFullDD(t)
	sin := s.hi + s.lo
	if sin == 0 {
		return t
	}
	res := c.add(dd{-x, 0}) // cos(t) - x; acos(x) ≈ t + (cos(t) - x) / sin(t)
	delta := (res.hi + res.lo) / sin
	sum := twoSum(t, delta)
	return sum.hi + sum.lo
}

// sinCosFullDD is sin(t) and cos(t) in double-double for |t| < 2**20.
func sinCosFullDD(t float64) (s, c dd) {
	k := math.Round(t / pio2[0])
	r := dd{t, 0}.add(twoProd(-k, pio2[0])).add(twoProd(-k, pio2[1])).add(dd{-k * pio2[2], 0})
	s, c = sinCosDD(r)
	switch int64(k) & 3 { // the quadrant
	case 1:
		s, c = c, dd{-s.hi, -s.lo}
	case 2:
		s, c = dd{-s.hi, -s.lo}, dd{-c.hi, -c.lo}
	case 3:
		s, c = dd{-c.hi, -c.lo}, s
	}
	return s, c
}

// crTan is tan(x) as sin/cos in double-double (Go's math.Tan misses
// glibc's by an ulp a quarter of the time).
func crTan(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) || math.Abs(x) >= 1<<20 || x == 0 {
		return math.Tan(x)
	}
	s, c := sinCosFullDD(x)
	q := s.div(c)
	return q.hi + q.lo
}

// crAsin is asin(x) refined like crAcos: asin(x) ≈ t + (x - sin(t)) / cos(t).
func crAsin(x float64) float64 {
	t := math.Asin(x)
	if math.IsNaN(t) || x == 1 || x == -1 || x == 0 {
		return t
	}
	s, c := sinCosFullDD(t)
	cos := c.hi + c.lo
	if cos == 0 {
		return t
	}
	res := dd{x, 0}.add(dd{-s.hi, -s.lo})
	sum := twoSum(t, (res.hi+res.lo)/cos)
	return sum.hi + sum.lo
}

// crAtan is atan(x) refined by one Newton step on sin(t) - x*cos(t).
func crAtan(x float64) float64 {
	t := math.Atan(x)
	if math.IsNaN(t) || math.IsInf(x, 0) || x == 0 {
		return t
	}
	s, c := sinCosFullDD(t)
	// f(t) = sin t - x cos t; f'(t) = cos t + x sin t.
	f := s.add(c.mulFloat(-x))
	d := (c.hi + c.lo) + x*(s.hi+s.lo)
	if d == 0 {
		return t
	}
	sum := twoSum(t, -(f.hi+f.lo)/d)
	return sum.hi + sum.lo
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
