package runtime

import (
	"math"
	"math/big"
)

// The math module. Float functions follow CPython's math_1/math_2 error
// rules: a NaN result from a non-NaN argument is "math domain error", an
// infinite result from a finite argument is "math range error" when the
// function can overflow (exp, pow, ...) and "math domain error" otherwise
// (log(0)).

func init() {
	RegisterModule("math", newMathModule)
}

func newMathModule(_ *Interpreter) (*Module, error) {
	m := NewModule("math")
	d := m.Dict
	d.SetStr("pi", Float(math.Pi))
	d.SetStr("e", Float(math.E))
	d.SetStr("tau", Float(2*math.Pi))
	d.SetStr("inf", Float(math.Inf(1)))
	d.SetStr("nan", Float(math.NaN()))

	unary := map[string]struct {
		fn          func(float64) float64
		canOverflow bool
	}{
		"sqrt": {math.Sqrt, false}, "exp": {crExp, true}, "exp2": {math.Exp2, true},
		"expm1": {math.Expm1, true}, "log1p": {math.Log1p, false}, "fabs": {math.Abs, false},
		"sin": {crSin, false}, "cos": {crCos, false}, "tan": {crTan, false},
		"asin": {crAsin, false}, "acos": {crAcos, false}, "atan": {crAtan, false},
		"sinh": {math.Sinh, true}, "cosh": {math.Cosh, true}, "tanh": {math.Tanh, false},
		"asinh": {math.Asinh, false}, "acosh": {math.Acosh, false}, "atanh": {math.Atanh, false},
		"erf": {math.Erf, false}, "erfc": {math.Erfc, false}, "gamma": {mathGamma, true},
		"lgamma": {mathLgamma, true}, "cbrt": {math.Cbrt, false},
		"degrees": {func(x float64) float64 { return x * (180 / math.Pi) }, true},
		"radians": {func(x float64) float64 { return x * (math.Pi / 180) }, false},
		"ulp":     {mathUlp, false},
	}
	for name, u := range unary {
		fn, canOverflow := u.fn, u.canOverflow
		m.AddFunc(name, oneArg(name, func(t *Thread, v Value) (Value, error) {
			x, err := mathFloatArg(t, v)
			if err != nil {
				return Value{}, err
			}
			return mathResult(fn(x), x, canOverflow)
		}))
	}
	for name, pred := range map[string]func(float64) bool{
		"isnan":    math.IsNaN,
		"isinf":    func(x float64) bool { return math.IsInf(x, 0) },
		"isfinite": func(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) },
	} {
		pred := pred
		m.AddFunc(name, oneArg(name, func(t *Thread, v Value) (Value, error) {
			x, err := mathFloatArg(t, v)
			return Bool(pred(x)), err
		}))
	}
	binary := map[string]func(x, y float64) (float64, error){
		"atan2":    func(y, x float64) (float64, error) { return math.Atan2(y, x), nil },
		"copysign": func(x, y float64) (float64, error) { return math.Copysign(x, y), nil },
		"fmod":     mathFmod,
		"pow":      mathPow,
		"remainder": func(x, y float64) (float64, error) {
			return mathResultF(math.Remainder(x, y), x, y)
		},
		"nextafter": func(x, y float64) (float64, error) { return math.Nextafter(x, y), nil },
	}
	for name, fn := range binary {
		name, fn := name, fn
		m.AddFunc(name, func(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
			if err := exactArgs(name, args, kwargs, 2); err != nil {
				return Value{}, err
			}
			x, err := mathFloatArg(t, args[0])
			if err != nil {
				return Value{}, err
			}
			y, err := mathFloatArg(t, args[1])
			if err != nil {
				return Value{}, err
			}
			r, err := fn(x, y)
			return Float(r), err
		})
	}
	m.AddFunc("floor", oneArg("floor", func(t *Thread, v Value) (Value, error) { return mathRound(t, v, "__floor__", math.Floor) }))
	m.AddFunc("ceil", oneArg("ceil", func(t *Thread, v Value) (Value, error) { return mathRound(t, v, "__ceil__", math.Ceil) }))
	m.AddFunc("trunc", oneArg("trunc", mathTrunc))
	m.AddFunc("log", mathLog)
	m.AddFunc("log2", oneArg("log2", func(t *Thread, v Value) (Value, error) { return mathLogBase(t, v, log2DD) }))
	m.AddFunc("log10", oneArg("log10", func(t *Thread, v Value) (Value, error) { return mathLogBase(t, v, log10DD) }))
	m.AddFunc("modf", oneArg("modf", mathModf))
	m.AddFunc("frexp", oneArg("frexp", mathFrexp))
	m.AddFunc("ldexp", mathLdexp)
	m.AddFunc("hypot", mathHypot)
	m.AddFunc("dist", mathDist)
	m.AddFunc("isclose", mathIsClose)
	m.AddFunc("fsum", oneArg("fsum", mathFsum))
	m.AddFunc("prod", mathProd)
	addMathIntFuncs(m)
	return m, nil
}

// oneArg adapts a one-argument function, with CPython's METH_O message.
func oneArg(name string, fn func(t *Thread, v Value) (Value, error)) BuiltinFunc {
	return func(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		if len(kwargs) > 0 {
			return Value{}, Errorf(TypeErrorType, "math.%s() takes no keyword arguments", name)
		}
		if len(args) != 1 {
			return Value{}, Errorf(TypeErrorType, "math.%s() takes exactly one argument (%d given)", name, len(args))
		}
		return fn(t, args[0])
	}
}

// exactArgs checks a fixed positional arity: "pow expected 2 arguments, got 1".
func exactArgs(name string, args []Value, kwargs []Kwarg, n int) error {
	if len(kwargs) > 0 {
		return Errorf(TypeErrorType, "%s() takes no keyword arguments", name)
	}
	if len(args) != n {
		return Errorf(TypeErrorType, "%s expected %d arguments, got %d", name, n, len(args))
	}
	return nil
}

// mathFloatArg converts an argument to float: "must be real number, not str".
func mathFloatArg(t *Thread, v Value) (float64, error) {
	x, ok, err := floatOperand(v)
	if err != nil {
		return 0, err
	}
	if !ok {
		if v.IsObject() && v.Type().Module != "builtins" {
			if _, has := v.Type().Lookup("__float__"); has {
				f, err := ToFloat(t, v)
				return f.AsFloat(), err
			}
		}
		return 0, Errorf(TypeErrorType, "must be real number, not %s", v.Type().Name)
	}
	return x, nil
}

// mathResult applies math_1's error rules to r = f(x).
func mathResult(r, x float64, canOverflow bool) (Value, error) {
	if math.IsNaN(r) && !math.IsNaN(x) {
		return Value{}, errMathDomain()
	}
	if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsNaN(x) {
		if canOverflow {
			return Value{}, errMathRange()
		}
		return Value{}, errMathDomain()
	}
	return Float(r), nil
}

// mathResultF applies math_2's rules to r = f(x, y).
func mathResultF(r, x, y float64) (float64, error) {
	if math.IsNaN(r) && !math.IsNaN(x) && !math.IsNaN(y) {
		return 0, errMathDomain()
	}
	return r, nil
}

func errMathDomain() error { return Errorf(ValueErrorType, "math domain error") }
func errMathRange() error  { return Errorf(OverflowErrorType, "math range error") }

func mathFmod(x, y float64) (float64, error) {
	if math.IsInf(y, 0) && !math.IsInf(x, 0) && !math.IsNaN(x) {
		return x, nil
	}
	return mathResultF(math.Mod(x, y), x, y)
}

// mathPow is math.pow: C's pow semantics with CPython's error mapping.
func mathPow(x, y float64) (float64, error) {
	switch {
	case math.IsNaN(x):
		if y == 0 {
			return 1, nil
		}
		return x, nil
	case math.IsNaN(y):
		if x == 1 {
			return 1, nil
		}
		return y, nil
	case x == 0 && y < 0 && !math.IsInf(y, 0):
		return 0, errMathDomain()
	case x < 0 && y != math.Trunc(y) && !math.IsInf(y, 0):
		return 0, errMathDomain()
	}
	r, err := floatPow(x, y)
	if err != nil {
		return 0, errMathRange()
	}
	return r.AsFloat(), nil
}

func mathGamma(x float64) float64 {
	if x == math.Trunc(x) && x <= 0 || math.IsInf(x, -1) {
		return math.NaN()
	}
	return math.Gamma(x)
}

func mathLgamma(x float64) float64 {
	if x == math.Trunc(x) && x <= 0 {
		return math.Inf(1) // a pole: CPython reports a domain error
	}
	r, _ := math.Lgamma(x)
	return r
}

func mathUlp(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return math.Abs(x)
	}
	x = math.Abs(x)
	if x == math.MaxFloat64 {
		return x - math.Nextafter(x, 0)
	}
	return math.Nextafter(x, math.Inf(1)) - x
}

// mathRound is floor or ceil: an int for ints and floats, __floor__ or
// __ceil__ for other types.
func mathRound(t *Thread, v Value, dunder string, fn func(float64) float64) (Value, error) {
	if IsIntegral(v) {
		return intPos(t, v)
	}
	if v.IsFloat() {
		return floatToInt(fn(v.AsFloat()))
	}
	if v.IsObject() && v.Type().Module != "builtins" {
		if m, ok := v.Type().Lookup(dunder); ok {
			return Call(t, m, []Value{v}, nil)
		}
	}
	x, err := mathFloatArg(t, v)
	if err != nil {
		return Value{}, err
	}
	return floatToInt(fn(x))
}

func mathTrunc(t *Thread, v Value) (Value, error) {
	if IsIntegral(v) {
		return intPos(t, v)
	}
	if v.IsFloat() {
		return floatToInt(v.AsFloat())
	}
	if m, ok := v.Type().Lookup("__trunc__"); ok && v.Type().Module != "builtins" {
		return Call(t, m, []Value{v}, nil)
	}
	return Value{}, Errorf(TypeErrorType, "type %s doesn't define __trunc__ method", v.Type().Name)
}

// log10DD and log2DD turn log(x) in double-double into another base.
func log10DD(l dd) dd { return l.div(logDD(10)) }
func log2DD(l dd) dd  { return l.div(ln2dd) }

// mathLogHelper is CPython's loghelper: ints too large for a float are
// split as m * 2**e first, so math.log(10**400) works.
func mathLogHelper(t *Thread, v Value, base func(dd) dd) (float64, error) {
	if b, ok := v.obj.(*BigInt); ok {
		if b.v.Sign() <= 0 {
			return 0, errMathDomain()
		}
		if _, err := bigToFloat(b.v); err != nil {
			e := b.v.BitLen()
			m, _ := new(big.Float).SetMantExp(new(big.Float).SetInt(b.v), -e).Float64()
			lm, l2 := base(logDD(m)), base(ln2dd)
			return (lm.hi + lm.lo) + (l2.hi+l2.lo)*float64(e), nil
		}
	}
	x, err := mathFloatArg(t, v)
	if err != nil {
		return 0, err
	}
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1):
		return x, nil
	case x <= 0:
		return 0, errMathDomain()
	}
	l := base(logDD(x))
	return l.hi + l.lo, nil
}

func identityDD(l dd) dd { return l }

func mathLogBase(t *Thread, v Value, base func(dd) dd) (Value, error) {
	r, err := mathLogHelper(t, v, base)
	return Float(r), err
}

// mathLog is math.log(x[, base]): log(x)/log(base), each rounded, as
// CPython computes it (so math.log(2**1000, 2) is 1000.0000000000001).
func mathLog(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	if len(kwargs) > 0 {
		return Value{}, Errorf(TypeErrorType, "math.log() takes no keyword arguments")
	}
	if len(args) < 1 || len(args) > 2 {
		return Value{}, Errorf(TypeErrorType, "math.log requires 1 to 2 arguments")
	}
	num, err := mathLogHelper(t, args[0], identityDD)
	if err != nil {
		return Value{}, err
	}
	if len(args) == 1 {
		return Float(num), nil
	}
	den, err := mathLogHelper(t, args[1], identityDD)
	if err != nil {
		return Value{}, err
	}
	return floatBinary(OpTrueDiv, num, den)
}

func mathModf(t *Thread, v Value) (Value, error) {
	x, err := mathFloatArg(t, v)
	if err != nil {
		return Value{}, err
	}
	if math.IsInf(x, 0) {
		return NewTuple([]Value{Float(math.Copysign(0, x)), Float(x)}), nil
	}
	ip, frac := math.Modf(x)
	return NewTuple([]Value{Float(frac), Float(ip)}), nil
}

func mathFrexp(t *Thread, v Value) (Value, error) {
	x, err := mathFloatArg(t, v)
	if err != nil {
		return Value{}, err
	}
	if math.IsNaN(x) || math.IsInf(x, 0) || x == 0 {
		return NewTuple([]Value{Float(x), Int(0)}), nil
	}
	m, e := math.Frexp(x)
	return NewTuple([]Value{Float(m), Int(int64(e))}), nil
}

func mathLdexp(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	if err := exactArgs("ldexp", args, kwargs, 2); err != nil {
		return Value{}, err
	}
	x, err := mathFloatArg(t, args[0])
	if err != nil {
		return Value{}, err
	}
	if !IsIntegral(args[1]) {
		return Value{}, Errorf(TypeErrorType, "Expected an int as second argument to ldexp.")
	}
	var e int64
	if b, ok := args[1].obj.(*BigInt); ok {
		e = math.MaxInt32
		if b.v.Sign() < 0 {
			e = math.MinInt32
		}
	} else {
		e = max(min(args[1].AsInt(), math.MaxInt32), math.MinInt32)
	}
	if x == 0 || math.IsInf(x, 0) || math.IsNaN(x) {
		return Float(x), nil
	}
	r := math.Ldexp(x, int(e))
	if math.IsInf(r, 0) {
		return Value{}, errMathRange()
	}
	return Float(r), nil
}

// floatArgs converts every argument to float.
func floatArgs(t *Thread, args []Value) ([]float64, error) {
	xs := make([]float64, len(args))
	for i, a := range args {
		x, err := mathFloatArg(t, a)
		if err != nil {
			return nil, err
		}
		xs[i] = x
	}
	return xs, nil
}

func mathHypot(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	if len(kwargs) > 0 {
		return Value{}, Errorf(TypeErrorType, "hypot() takes no keyword arguments")
	}
	xs, err := floatArgs(t, args)
	if err != nil {
		return Value{}, err
	}
	return Float(vectorNorm(xs)), nil
}

// vectorNorm is CPython 3.11's vector_norm, step for step (math.hypot
// and math.dist use it for any number of coordinates, two included, so
// C's hypot would differ in the last digit): the squares of the scaled
// coordinates are summed losslessly around 1.0 with the lost parts kept
// apart, and one differential correction fixes the square root.
func vectorNorm(xs []float64) float64 {
	maxAbs := 0.0
	foundNaN := false
	for i, x := range xs {
		x = math.Abs(x)
		xs[i] = x
		foundNaN = foundNaN || math.IsNaN(x)
		if x > maxAbs {
			maxAbs = x
		}
	}
	return vectorNormMax(xs, maxAbs, foundNaN)
}

func vectorNormMax(vec []float64, maxAbs float64, foundNaN bool) float64 {
	if math.IsInf(maxAbs, 1) {
		return maxAbs
	}
	if foundNaN {
		return math.NaN()
	}
	if maxAbs == 0 || len(vec) <= 1 {
		return maxAbs
	}
	_, maxE := math.Frexp(maxAbs)
	if maxE < -1023 { // ldexp(1.0, -maxE) would overflow
		const dblMin = 2.2250738585072014e-308
		for i := range vec {
			vec[i] /= dblMin
		}
		return dblMin * vectorNormMax(vec, maxAbs/dblMin, foundNaN)
	}
	scale := math.Ldexp(1.0, -maxE)
	csum, frac1, frac2 := 1.0, 0.0, 0.0
	for _, x := range vec {
		x *= scale
		prHi, prLo := dekkerMul(x, x)
		smHi, smLo := fastSum(csum, prHi)
		csum = smHi
		frac1 += prLo
		frac2 += smLo
	}
	h := math.Sqrt(csum - 1.0 + (frac1 + frac2))
	prHi, prLo := dekkerMul(-h, h)
	smHi, smLo := fastSum(csum, prHi)
	csum = smHi
	frac1 += prLo
	frac2 += smLo
	x := csum - 1.0 + (frac1 + frac2)
	h += x / (2.0 * h)
	return h / scale
}

// dekkerMul is CPython 3.11's dl_mul: Dekker's exact product by splitting
// (not an FMA: the split of the result into hi and lo can differ).
func dekkerMul(x, y float64) (hi, lo float64) {
	split := func(x float64) (float64, float64) {
		t := float64(x * 134217729.0) // 2**27 + 1
		hi := t - (t - x)
		return hi, x - hi
	}
	xh, xl := split(x)
	yh, yl := split(y)
	// The conversions keep Go from fusing a product and a sum into an
	// FMA (allowed on some platforms), which would change the rounding.
	p := xh * yh
	q := float64(xh*yl) + float64(xl*yh)
	z := p + q
	return z, p - z + q + float64(xl*yl)
}

// fastSum is dl_fast_sum: a + b and its rounding error, for |a| >= |b|.
func fastSum(a, b float64) (float64, float64) {
	x := a + b
	return x, (a - x) + b
}

func mathDist(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	if err := exactArgs("dist", args, kwargs, 2); err != nil {
		return Value{}, err
	}
	p, err := iterateAll(t, args[0])
	if err != nil {
		return Value{}, err
	}
	q, err := iterateAll(t, args[1])
	if err != nil {
		return Value{}, err
	}
	if len(p) != len(q) {
		return Value{}, Errorf(ValueErrorType, "both points must have the same number of dimensions")
	}
	ps, err := floatArgs(t, p)
	if err != nil {
		return Value{}, err
	}
	qs, err := floatArgs(t, q)
	if err != nil {
		return Value{}, err
	}
	for i := range ps {
		ps[i] = math.Abs(ps[i] - qs[i])
	}
	return Float(vectorNorm(ps)), nil
}

// iterateAll collects the items of an iterable.
func iterateAll(t *Thread, v Value) ([]Value, error) {
	it, err := Iter(t, v)
	if err != nil {
		return nil, err
	}
	var out []Value
	for {
		item, ok, err := Next(t, it)
		if err != nil || !ok {
			return out, err
		}
		out = append(out, item)
	}
}

func mathIsClose(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	if len(args) > 2 {
		return Value{}, Errorf(TypeErrorType, "isclose() takes exactly 2 positional arguments (%d given)", len(args))
	}
	var av, bv Value
	relV, absV := Float(1e-9), Float(0)
	if err := UnpackArgs("isclose", args, kwargs, "a", &av, "b", &bv, "rel_tol?", &relV, "abs_tol?", &absV); err != nil {
		return Value{}, err
	}
	xs, err := floatArgs(t, []Value{av, bv, relV, absV})
	if err != nil {
		return Value{}, err
	}
	a, b, rel, abs := xs[0], xs[1], xs[2], xs[3]
	if rel < 0 || abs < 0 {
		return Value{}, Errorf(ValueErrorType, "tolerances must be non-negative")
	}
	if a == b {
		return True, nil
	}
	if math.IsInf(a, 0) || math.IsInf(b, 0) {
		return False, nil
	}
	diff := math.Abs(b - a)
	return Bool(diff <= math.Abs(rel*b) || diff <= math.Abs(rel*a) || diff <= abs), nil
}

func mathProd(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	if len(args) != 1 {
		return Value{}, Errorf(TypeErrorType, "prod() takes exactly 1 positional argument (%d given)", len(args))
	}
	acc := Int(1)
	for _, kw := range kwargs {
		if kw.Name != "start" {
			return Value{}, Errorf(TypeErrorType, "prod() got an unexpected keyword argument '%s'", kw.Name)
		}
		acc = kw.Value
	}
	it, err := Iter(t, args[0])
	if err != nil {
		return Value{}, err
	}
	for {
		item, ok, err := Next(t, it)
		if err != nil {
			return Value{}, err
		}
		if !ok {
			return acc, nil
		}
		if acc, err = Binary(t, OpMul, acc, item); err != nil {
			return Value{}, err
		}
	}
}
