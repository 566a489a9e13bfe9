package runtime

import (
	"math"
	"math/big"
)

// Mixed-type arithmetic and comparison for int, bool, big int and float.
// One slot function per operator serves all three numeric types: it
// receives the operands in source order, so it does not need the reflected
// flag, and returns NotImplemented for any non-numeric operand.

// numBinarySlot returns the Binary slot for op.
func numBinarySlot(op BinaryOp) func(t *Thread, a, b Value, reflected bool) (Value, error) {
	return func(_ *Thread, a, b Value, _ bool) (Value, error) {
		return numBinary(op, a, b)
	}
}

// numBinary evaluates a op b for numeric operands (NotImplemented otherwise).
func numBinary(op BinaryOp, a, b Value) (Value, error) {
	if (a.IsInt() || a.IsBool()) && (b.IsInt() || b.IsBool()) {
		return smallIntBinary(op, a.AsInt(), b.AsInt())
	}
	if a.IsFloat() || b.IsFloat() {
		x, ok, err := floatOperand(a)
		if !ok || err != nil {
			return NotImplemented, err
		}
		y, ok, err := floatOperand(b)
		if !ok || err != nil {
			return NotImplemented, err
		}
		return floatBinary(op, x, y)
	}
	x, okx := toBig(a)
	y, oky := toBig(b)
	if !okx || !oky {
		return NotImplemented, nil
	}
	return bigBinary(op, x, y)
}

// floatOperand converts a numeric operand of a float operation; ok is false
// for non-numbers. Big ints that overflow a float raise OverflowError.
func floatOperand(v Value) (float64, bool, error) {
	switch {
	case v.IsFloat():
		return v.AsFloat(), true, nil
	case v.IsInt() || v.IsBool():
		return float64(v.AsInt()), true, nil
	}
	if b, ok := v.obj.(*BigInt); ok {
		f, err := bigToFloat(b.v)
		return f, true, err
	}
	return 0, false, nil
}

// floatBinary evaluates x op y on floats, with CPython's exceptions.
func floatBinary(op BinaryOp, x, y float64) (Value, error) {
	switch op {
	case OpAdd:
		return Float(x + y), nil
	case OpSub:
		return Float(x - y), nil
	case OpMul:
		return Float(x * y), nil
	case OpTrueDiv:
		if y == 0 {
			return Value{}, Errorf(ZeroDivisionErrorType, "float division by zero")
		}
		return Float(x / y), nil
	case OpFloorDiv:
		if y == 0 {
			return Value{}, Errorf(ZeroDivisionErrorType, "float floor division by zero")
		}
		q, _ := floatDivMod(x, y)
		return Float(q), nil
	case OpMod:
		if y == 0 {
			return Value{}, Errorf(ZeroDivisionErrorType, "float modulo")
		}
		return Float(floatMod(x, y)), nil
	case OpPow:
		return floatPow(x, y)
	}
	return NotImplemented, nil
}

// floatMod is x % y with the sign of y (y != 0), as CPython's float_rem.
func floatMod(x, y float64) float64 {
	mod := math.Mod(x, y)
	if mod != 0 {
		if (y < 0) != (mod < 0) {
			mod += y
		}
	} else {
		mod = math.Copysign(0, y)
	}
	return mod
}

// floatDivMod is divmod(x, y) for floats (y != 0), CPython's _float_div_mod.
func floatDivMod(x, y float64) (float64, float64) {
	mod := math.Mod(x, y)
	div := (x - mod) / y
	if mod != 0 {
		if (y < 0) != (mod < 0) {
			mod += y
			div -= 1.0
		}
	} else {
		mod = math.Copysign(0, y)
	}
	var floordiv float64
	if div != 0 {
		floordiv = math.Floor(div)
		if div-floordiv > 0.5 {
			floordiv += 1.0
		}
	} else {
		floordiv = math.Copysign(0, x/y)
	}
	return floordiv, mod
}

// floatPow is x ** y on floats, following CPython's float_pow case by case
// (C's pow and Go's math.Pow disagree on several special values).
func floatPow(x, y float64) (Value, error) {
	if y == 0 {
		return Float(1), nil
	}
	if math.IsNaN(x) {
		return Float(x), nil
	}
	if math.IsNaN(y) {
		if x == 1 {
			return Float(1), nil
		}
		return Float(y), nil
	}
	yOdd := isOddInteger(y)
	if math.IsInf(y, 0) {
		ax := math.Abs(x)
		switch {
		case ax == 1:
			return Float(1), nil
		case (y > 0) == (ax > 1):
			return Float(math.Abs(y)), nil
		}
		return Float(0), nil
	}
	if math.IsInf(x, 0) {
		if y > 0 {
			if yOdd {
				return Float(x), nil
			}
			return Float(math.Abs(x)), nil
		}
		if yOdd {
			return Float(math.Copysign(0, x)), nil
		}
		return Float(0), nil
	}
	if x == 0 {
		if y < 0 {
			return Value{}, Errorf(ZeroDivisionErrorType, "0.0 cannot be raised to a negative power")
		}
		if yOdd {
			return Float(x), nil
		}
		return Float(0), nil
	}
	negate := false
	if x < 0 {
		if y != math.Floor(y) {
			return Value{}, Errorf(ValueErrorType, "minipy does not support complex numbers (a negative number raised to a fractional power)")
		}
		x = -x
		negate = yOdd
	}
	if x == 1 {
		if negate {
			return Float(-1), nil
		}
		return Float(1), nil
	}
	r := crPow(x, y)
	if math.IsInf(r, 0) {
		return Value{}, errFloatRange()
	}
	if negate {
		r = -r
	}
	return Float(r), nil
}

// errFloatRange is the OverflowError of C's ERANGE as CPython reports it.
func errFloatRange() error {
	return NewException(OverflowErrorType, Int(34), NewStr("Numerical result out of range"))
}

// isOddInteger reports whether a finite float is an odd integer.
func isOddInteger(y float64) bool {
	return math.Abs(math.Mod(y, 2)) == 1
}

// numCompare is the Compare slot of int, bool and float: exact comparison
// across representations, as CPython (2**53 + 1 != 2.0**53).
func numCompare(_ *Thread, a, b Value, op CompareOp) (Value, error) {
	if (a.IsInt() || a.IsBool()) && (b.IsInt() || b.IsBool()) {
		x, y := a.AsInt(), b.AsInt()
		c := 0
		if x < y {
			c = -1
		} else if x > y {
			c = 1
		}
		return Bool(compareResult(c, op)), nil
	}
	c, ok := numCmp(a, b)
	if !ok {
		return NotImplemented, nil
	}
	if c == cmpUnordered {
		return Bool(op == NE), nil
	}
	return Bool(compareResult(c, op)), nil
}

// cmpUnordered is numCmp's result when a NaN is involved.
const cmpUnordered = 2

// numCmp compares two numbers exactly: -1, 0, 1 or cmpUnordered; ok is
// false when either is not a number.
func numCmp(a, b Value) (int, bool) {
	af, bf := a.IsFloat(), b.IsFloat()
	switch {
	case af && bf:
		x, y := a.AsFloat(), b.AsFloat()
		switch {
		case x < y:
			return -1, true
		case x > y:
			return 1, true
		case x == y:
			return 0, true
		}
		return cmpUnordered, true
	case af:
		if !IsIntegral(b) {
			return 0, false
		}
		c := cmpIntFloat(b, a.AsFloat())
		if c == cmpUnordered {
			return c, true
		}
		return -c, true
	case bf:
		if !IsIntegral(a) {
			return 0, false
		}
		return cmpIntFloat(a, b.AsFloat()), true
	}
	x, okx := toBig(a)
	y, oky := toBig(b)
	if !okx || !oky {
		return 0, false
	}
	return x.Cmp(y), true
}

// cmpIntFloat compares int i with float f exactly.
func cmpIntFloat(i Value, f float64) int {
	if math.IsNaN(f) {
		return cmpUnordered
	}
	if math.IsInf(f, 0) {
		if f > 0 {
			return -1
		}
		return 1
	}
	if i.IsInt() || i.IsBool() {
		n := i.AsInt()
		const exact = 1 << 53
		if n <= exact && n >= -exact {
			x := float64(n)
			switch {
			case x < f:
				return -1
			case x > f:
				return 1
			}
			return 0
		}
	}
	x, _ := toBig(i)
	fl := math.Floor(f)
	fb, _ := new(big.Float).SetFloat64(fl).Int(nil)
	if c := x.Cmp(fb); c != 0 {
		return c
	}
	if f > fl {
		return -1
	}
	return 0
}
