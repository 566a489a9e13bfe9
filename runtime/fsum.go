package runtime

import "math"

// mathFsum is math.fsum: the exactly rounded sum of floats, a port of
// CPython's math_fsum (Shewchuk's partials, with its handling of infinities,
// NaNs, intermediate overflow and half-even rounding across partials).
func mathFsum(t *Thread, iterable Value) (Value, error) {
	it, err := Iter(t, iterable)
	if err != nil {
		return Value{}, err
	}
	var partials []float64
	specialSum, infSum := 0.0, 0.0
	for {
		item, ok, err := Next(t, it)
		if err != nil {
			return Value{}, err
		}
		if !ok {
			break
		}
		x, err := mathFloatArg(t, item)
		if err != nil {
			return Value{}, err
		}
		xsave := x
		i := 0
		for _, y := range partials {
			if math.Abs(x) < math.Abs(y) {
				x, y = y, x
			}
			hi := x + y
			lo := y - (hi - x)
			if lo != 0 {
				partials[i] = lo
				i++
			}
			x = hi
		}
		partials = partials[:i]
		if x == 0 {
			continue
		}
		if math.IsInf(x, 0) || math.IsNaN(x) {
			// From an inf or nan summand, or an intermediate overflow.
			if !math.IsInf(xsave, 0) && !math.IsNaN(xsave) {
				return Value{}, Errorf(OverflowErrorType, "intermediate overflow in fsum")
			}
			if math.IsInf(xsave, 0) {
				infSum += xsave
			}
			specialSum += xsave
			partials = partials[:0]
			continue
		}
		partials = append(partials, x)
	}
	if specialSum != 0 || math.IsNaN(specialSum) {
		if math.IsNaN(infSum) {
			return Value{}, Errorf(ValueErrorType, "-inf + inf in fsum")
		}
		return Float(specialSum), nil
	}
	return Float(sumPartials(partials)), nil
}

// sumPartials adds non-overlapping partials (increasing magnitude) from the
// top, stopping when the sum becomes inexact, then corrects the rounding so
// that halfway cases round to even across several partials.
func sumPartials(p []float64) float64 {
	n := len(p)
	if n == 0 {
		return 0
	}
	n--
	hi := p[n]
	lo := 0.0
	for n > 0 {
		x := hi
		n--
		y := p[n]
		hi = x + y
		lo = y - (hi - x)
		if lo != 0 {
			break
		}
	}
	if n > 0 && (lo < 0 && p[n-1] < 0 || lo > 0 && p[n-1] > 0) {
		y := lo * 2
		x := hi + y
		if y == x-hi {
			hi = x
		}
	}
	return hi
}
