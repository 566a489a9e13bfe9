package runtime

import "math"

// Correctly rounded exp, log and pow.
//
// CPython calls the C library, and glibc's exp, log and pow are correctly
// rounded in practice, while Go's math.Pow, math.Exp and math.Log are only
// accurate to about one ulp: 2 ** 3.7 and 1.1 ** 10 would print a different
// last digit than python3. These versions compute in double-double
// arithmetic (about 106 bits) and round once at the end, which gives the
// correctly rounded result except in astronomically rare cases.

// dd is an unevaluated sum hi + lo with |lo| <= ulp(hi)/2.
type dd struct{ hi, lo float64 }

func twoSum(a, b float64) dd {
	s := a + b
	bb := s - a
	return dd{s, (a - (s - bb)) + (b - bb)}
}

func quickTwoSum(a, b float64) dd {
	s := a + b
	return dd{s, b - (s - a)}
}

func twoProd(a, b float64) dd {
	p := a * b
	return dd{p, math.FMA(a, b, -p)}
}

func (x dd) add(y dd) dd {
	s := twoSum(x.hi, y.hi)
	t := twoSum(x.lo, y.lo)
	s.lo += t.hi
	s = quickTwoSum(s.hi, s.lo)
	s.lo += t.lo
	return quickTwoSum(s.hi, s.lo)
}

func (x dd) mul(y dd) dd {
	p := twoProd(x.hi, y.hi)
	p.lo += x.hi*y.lo + x.lo*y.hi
	return quickTwoSum(p.hi, p.lo)
}

func (x dd) mulFloat(y float64) dd {
	p := twoProd(x.hi, y)
	p.lo += x.lo * y
	return quickTwoSum(p.hi, p.lo)
}

func (x dd) div(y dd) dd {
	q1 := x.hi / y.hi
	r := x.add(y.mulFloat(-q1))
	q2 := r.hi / y.hi
	r = r.add(y.mulFloat(-q2))
	q3 := r.hi / y.hi
	return quickTwoSum(q1, q2).add(dd{q3, 0})
}

// ln2dd is log(2) to double-double precision.
var ln2dd = dd{0.6931471805599453, 2.3190468138462996e-17}

// oddInverses[k] is 1/(2k+1) in double-double, for the atanh series.
var oddInverses = func() [24]dd {
	var t [24]dd
	for k := range t {
		t[k] = dd{1, 0}.div(dd{float64(2*k + 1), 0})
	}
	return t
}()

// logDD is log(x) for finite x > 0, in double-double.
func logDD(x float64) dd {
	m, e := math.Frexp(x)
	if m < math.Sqrt2/2 {
		m *= 2
		e--
	}
	// log(m) = 2 atanh(s) with s = (m-1)/(m+1), |s| < 0.172.
	s := dd{m - 1, 0}.div(twoSum(m, 1))
	s2 := s.mul(s)
	sum := oddInverses[len(oddInverses)-1]
	for k := len(oddInverses) - 2; k >= 0; k-- {
		sum = sum.mul(s2).add(oddInverses[k])
	}
	logm := sum.mul(s).mulFloat(2)
	return ln2dd.mulFloat(float64(e)).add(logm)
}

// expDD is exp(z) rounded to a float64.
func expDD(z dd) float64 {
	switch {
	case math.IsNaN(z.hi):
		return z.hi
	case z.hi > 710:
		return math.Inf(1)
	case z.hi < -746:
		return 0
	}
	k := math.Round(z.hi / ln2dd.hi)
	r := z.add(ln2dd.mulFloat(-k))
	// exp(r) = (exp(r / 2**10)) ** (2**10), with expm1 kept separately so
	// the squarings lose no precision.
	const halvings = 10
	r = dd{math.Ldexp(r.hi, -halvings), math.Ldexp(r.lo, -halvings)}
	em1 := invFactorials[9]
	for n := 8; n >= 1; n-- {
		em1 = em1.mul(r).add(invFactorials[n])
	}
	em1 = em1.mul(r) // r + r²/2! + ... + r⁹/9!
	for i := 0; i < halvings; i++ {
		em1 = em1.mulFloat(2).add(em1.mul(em1))
	}
	res := dd{1, 0}.add(em1)
	return math.Ldexp(res.hi+res.lo, int(k))
}

// invFactorials[n] is 1/n! in double-double.
var invFactorials = func() [10]dd {
	var t [10]dd
	f := 1.0
	for n := range t {
		if n > 1 {
			f *= float64(n) // exact: 9! < 2**53
		}
		t[n] = dd{1, 0}.div(dd{f, 0})
	}
	return t
}()

// crExp is exp(x), correctly rounded.
func crExp(x float64) float64 {
	if math.IsInf(x, -1) {
		return 0
	}
	if x == 0 {
		return 1
	}
	return expDD(dd{x, 0})
}

// crLog is log(x) for finite x > 0, correctly rounded.
func crLog(x float64) float64 {
	if x == 1 {
		return 0
	}
	l := logDD(x)
	return l.hi + l.lo
}

// crPow is x**y for finite x > 0 and finite y, correctly rounded; the
// caller handles the special values (see floatPow).
func crPow(x, y float64) float64 {
	switch y {
	case 1:
		return x
	case 2:
		return x * x
	case -1:
		return 1 / x
	case 0.5:
		return math.Sqrt(x)
	}
	l := logDD(x)
	switch z := l.hi * y; {
	case z > 710: // also catches z = +Inf, where the product would be NaN
		return math.Inf(1)
	case z < -746:
		return 0
	}
	return expDD(l.mulFloat(y))
}
