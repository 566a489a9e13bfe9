package runtime

import (
	"math"
	"math/big"
	"math/bits"
	"strconv"
	"unicode/utf8"
)

// The number-specific parts of built-in functions (round, divmod, pow, abs,
// hex, oct, bin, chr, ord). The builtins module wraps these.

// RoundValue is round(x) (ndigits null or None) or round(x, ndigits).
func RoundValue(t *Thread, x, ndigits Value) (Value, error) {
	noDigits := ndigits.IsNull() || ndigits.IsNone()
	var n int64
	if !noDigits {
		var err error
		if n, err = AsIndex(t, ndigits); err != nil {
			if e, ok := err.(*Exception); !ok || !e.Matches(OverflowErrorType) {
				return Value{}, err
			}
			// Huge ndigits: as good as infinite precision either way.
			n = math.MaxInt32
			if b, ok := ndigits.obj.(*BigInt); ok && b.v.Sign() < 0 {
				n = math.MinInt32
			}
		}
	}
	switch {
	case x.IsFloat():
		if noDigits {
			return floatToInt(math.RoundToEven(x.AsFloat()))
		}
		return roundFloat(x.AsFloat(), n)
	case IsIntegral(x):
		if noDigits || n >= 0 {
			return intPos(t, x)
		}
		return roundInt(x, n), nil
	}
	if fn, ok := x.Type().Lookup("__round__"); ok && x.Type().Module != "builtins" {
		args := []Value{x}
		if !noDigits {
			args = append(args, ndigits)
		}
		return Call(t, fn, args, nil)
	}
	return Value{}, Errorf(TypeErrorType, "type %s doesn't define __round__ method", x.Type().Name)
}

// roundFloat is round(f, n): the decimal string correctly rounded (half to
// even on the exact binary value, as CPython's dtoa-based double_round),
// read back as a float.
func roundFloat(f float64, n int64) (Value, error) {
	const ndigitsMax, ndigitsMin = 323, -308
	if math.IsInf(f, 0) || math.IsNaN(f) || f == 0 || n > ndigitsMax {
		return Float(f), nil
	}
	if n < ndigitsMin {
		return Float(0 * f), nil
	}
	var r float64
	if n >= 0 {
		s := strconv.FormatFloat(f, 'f', int(n), 64)
		r, _ = strconv.ParseFloat(s, 64)
	} else {
		// Round to a multiple of 10**-n using exact rational arithmetic.
		exact := new(big.Rat).SetFloat64(f)
		unit := new(big.Int).Exp(big.NewInt(10), big.NewInt(-n), nil)
		q := roundRatHalfEven(exact.Quo(exact, new(big.Rat).SetInt(unit)))
		r, _ = new(big.Rat).SetInt(q.Mul(q, unit)).Float64()
	}
	if math.IsInf(r, 0) {
		return Value{}, Errorf(OverflowErrorType, "rounded value too large to represent")
	}
	if r == 0 {
		r = math.Copysign(0, f)
	}
	return Float(r), nil
}

// roundRatHalfEven rounds a rational to the nearest integer, ties to even.
func roundRatHalfEven(x *big.Rat) *big.Int {
	q, m := new(big.Int).DivMod(x.Num(), x.Denom(), new(big.Int)) // floor division
	twice := m.Lsh(m, 1)
	if c := twice.Cmp(x.Denom()); c > 0 || (c == 0 && q.Bit(0) == 1) {
		q.Add(q, big.NewInt(1))
	}
	return q
}

// roundInt is round(i, n) for n < 0: to a multiple of 10**-n, ties to even.
func roundInt(x Value, n int64) Value {
	if -n > 4400 {
		return Int(0) // more digits than any int can have
	}
	xb, _ := toBig(x)
	unit := new(big.Int).Exp(big.NewInt(10), big.NewInt(-n), nil)
	q := roundRatHalfEven(new(big.Rat).SetFrac(xb, unit))
	return NewBigInt(q.Mul(q, unit))
}

// DivmodValues is divmod(a, b).
func DivmodValues(t *Thread, a, b Value) (Value, error) {
	if (a.IsInt() || a.IsBool()) && (b.IsInt() || b.IsBool()) {
		x, y := a.AsInt(), b.AsInt()
		if y == 0 {
			return Value{}, Errorf(ZeroDivisionErrorType, "integer division or modulo by zero")
		}
		if !(x == math.MinInt64 && y == -1) {
			q, _ := smallIntBinary(OpFloorDiv, x, y)
			r, _ := smallIntBinary(OpMod, x, y)
			return NewTuple([]Value{q, r}), nil
		}
	}
	if a.IsFloat() || b.IsFloat() {
		x, okx, err := floatOperand(a)
		if err != nil {
			return Value{}, err
		}
		y, oky, err := floatOperand(b)
		if err != nil {
			return Value{}, err
		}
		if okx && oky {
			if y == 0 {
				return Value{}, Errorf(ZeroDivisionErrorType, "float divmod()")
			}
			q, r := floatDivMod(x, y)
			return NewTuple([]Value{Float(q), Float(r)}), nil
		}
	}
	if xb, ok := toBig(a); ok {
		if yb, ok := toBig(b); ok {
			if yb.Sign() == 0 {
				return Value{}, Errorf(ZeroDivisionErrorType, "integer division or modulo by zero")
			}
			q, r := bigFloorDivMod(xb, yb)
			return NewTuple([]Value{NewBigInt(q), NewBigInt(r)}), nil
		}
	}
	if r, ok, err := callUserBinary(t, a, b, "__divmod__", "__rdivmod__"); ok || err != nil {
		return r, err
	}
	return Value{}, Errorf(TypeErrorType, "unsupported operand type(s) for divmod(): '%s' and '%s'", a.Type().Name, b.Type().Name)
}

// callUserBinary tries a user class's method for an operation that has no
// slot (divmod): a.name(b), then b.rname(a). ok is false when neither
// applies or both return NotImplemented.
func callUserBinary(t *Thread, a, b Value, name, rname string) (Value, bool, error) {
	try := func(self, other Value, meth string) (Value, bool, error) {
		if self.Type().Module == "builtins" {
			return Value{}, false, nil
		}
		fn, ok := self.Type().Lookup(meth)
		if !ok {
			return Value{}, false, nil
		}
		r, err := Call(t, fn, []Value{self, other}, nil)
		if err != nil {
			return Value{}, true, err
		}
		if Is(r, NotImplemented) {
			return Value{}, false, nil
		}
		return r, true, nil
	}
	if r, ok, err := try(a, b, name); ok || err != nil {
		return r, ok, err
	}
	return try(b, a, rname)
}

// PowValues is pow(a, b) (mod null or None) or pow(a, b, mod).
func PowValues(t *Thread, a, b, mod Value) (Value, error) {
	if mod.IsNull() || mod.IsNone() {
		return Binary(t, OpPow, a, b)
	}
	if !IsIntegral(a) || !IsIntegral(b) || !IsIntegral(mod) {
		if isNumber(a) && isNumber(b) && isNumber(mod) {
			return Value{}, Errorf(TypeErrorType, "pow() 3rd argument not allowed unless all arguments are integers")
		}
		return Value{}, Errorf(TypeErrorType, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
			a.Type().Name, b.Type().Name, mod.Type().Name)
	}
	if a.IsInt() && b.IsInt() && mod.IsInt() && b.AsInt() >= 0 && mod.AsInt() > 0 {
		return Int(powModUint64(a.AsInt(), b.AsInt(), mod.AsInt())), nil
	}
	x, _ := toBig(a)
	y, _ := toBig(b)
	m, _ := toBig(mod)
	return bigPowMod(x, y, m)
}

// powModUint64 is pow(x, y, m) for y >= 0 and m > 0 without allocating.
func powModUint64(x, y, m int64) int64 {
	um := uint64(m)
	base := uint64(((x % m) + m) % m)
	result := uint64(1) % um
	for y > 0 {
		if y&1 != 0 {
			result = mulMod(result, base, um)
		}
		base = mulMod(base, base, um)
		y >>= 1
	}
	return int64(result)
}

func mulMod(a, b, m uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	_, r := bits.Div64(hi%m, lo, m)
	return r
}

// isNumber reports whether v is an int, bool or float.
func isNumber(v Value) bool { return v.IsFloat() || IsIntegral(v) }

// AbsValue is abs(x).
func AbsValue(t *Thread, x Value) (Value, error) {
	switch {
	case x.IsFloat():
		return Float(math.Abs(x.AsFloat())), nil
	case IsIntegral(x):
		return intAbs(x), nil
	}
	if x.Type().Module != "builtins" {
		if fn, ok := x.Type().Lookup("__abs__"); ok {
			return Call(t, fn, []Value{x}, nil)
		}
	}
	return Value{}, Errorf(TypeErrorType, "bad operand type for abs(): '%s'", x.Type().Name)
}

// HexValue is hex(x).
func HexValue(t *Thread, x Value) (Value, error) { return radixString(t, x, 16, "0x") }

// OctValue is oct(x).
func OctValue(t *Thread, x Value) (Value, error) { return radixString(t, x, 8, "0o") }

// BinValue is bin(x).
func BinValue(t *Thread, x Value) (Value, error) { return radixString(t, x, 2, "0b") }

func radixString(t *Thread, x Value, base int, prefix string) (Value, error) {
	i, err := indexInt(t, x)
	if err != nil {
		return Value{}, err
	}
	if i.IsInt() {
		n := i.AsInt()
		if n < 0 {
			return NewStr("-" + prefix + strconv.FormatUint(absUint64(n), base)), nil
		}
		return NewStr(prefix + strconv.FormatInt(n, base)), nil
	}
	b := i.obj.(*BigInt).v
	if b.Sign() < 0 {
		return NewStr("-" + prefix + new(big.Int).Neg(b).Text(base)), nil
	}
	return NewStr(prefix + b.Text(base)), nil
}

// indexInt is operator.index(x) as an int Value of any size.
func indexInt(t *Thread, x Value) (Value, error) {
	switch {
	case x.IsInt():
		return x, nil
	case x.IsBool():
		return Int(x.AsInt()), nil
	}
	if _, ok := x.obj.(*BigInt); ok {
		return x, nil
	}
	n, err := AsIndex(t, x)
	return Int(n), err
}

// ChrValue is chr(i).
func ChrValue(t *Thread, x Value) (Value, error) {
	if _, ok := x.obj.(*BigInt); ok {
		return Value{}, Errorf(OverflowErrorType, "Python int too large to convert to C int")
	}
	i, err := AsIndex(t, x)
	if err != nil {
		return Value{}, err
	}
	if i < math.MinInt32 || i > math.MaxInt32 {
		return Value{}, Errorf(OverflowErrorType, "Python int too large to convert to C int")
	}
	if i < 0 || i > unicode10FFFF {
		return Value{}, Errorf(ValueErrorType, "chr() arg not in range(0x110000)")
	}
	return charStr(rune(i)), nil
}

const unicode10FFFF = 0x10FFFF

// OrdValue is ord(c).
func OrdValue(_ *Thread, x Value) (Value, error) {
	if s := asStrObj(x); s != nil {
		if s.n != 1 {
			return Value{}, Errorf(TypeErrorType, "ord() expected a character, but string of length %d found", s.n)
		}
		r, _ := utf8.DecodeRuneInString(s.s)
		return Int(int64(r)), nil
	}
	if b, ok := AsBytes(x); ok {
		if len(b) != 1 {
			return Value{}, Errorf(TypeErrorType, "ord() expected a character, but string of length %d found", len(b))
		}
		return Int(int64(b[0])), nil
	}
	return Value{}, Errorf(TypeErrorType, "ord() expected string of length 1, but %s found", x.Type().Name)
}
