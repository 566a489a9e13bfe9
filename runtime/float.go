package runtime

import (
	"math"
	"math/big"
	"strconv"
	"strings"
)

// The float type: IEEE doubles stored inline in the Value.

func init() {
	t := FloatType
	t.New = floatNew
	t.Repr = func(_ *Thread, v Value) (string, error) { return FloatRepr(v.AsFloat()), nil }
	t.Hash = func(_ *Thread, v Value) (int64, error) { return hashFloat(v.AsFloat()), nil }
	t.Compare = numCompare
	t.Bool = func(_ *Thread, v Value) (bool, error) { return v.AsFloat() != 0, nil }
	for _, op := range []BinaryOp{OpAdd, OpSub, OpMul, OpTrueDiv, OpFloorDiv, OpMod, OpPow} {
		t.Binary[op] = numBinarySlot(op)
	}
	t.Unary[OpNeg] = func(_ *Thread, v Value) (Value, error) { return Float(-v.AsFloat()), nil }
	t.Unary[OpPos] = func(_ *Thread, v Value) (Value, error) { return v, nil }
	addFloatMethods(t)
	addSlotMethods(t)
}

// FloatRepr is repr(f): the shortest string that reads back as f, laid out
// as CPython does (repr style 'r'): positional notation when the decimal
// point falls within 16 digits, exponent notation otherwise, and ".0" added
// to integral values ("1.0", "1e+16", "1e-05", "inf", "-0.0").
func FloatRepr(f float64) string {
	return string(appendFloatRepr(make([]byte, 0, 24), f))
}

// appendFloatRepr appends FloatRepr(f) to dst.
func appendFloatRepr(dst []byte, f float64) []byte {
	switch {
	case math.IsNaN(f):
		return append(dst, "nan"...)
	case math.IsInf(f, 1):
		return append(dst, "inf"...)
	case math.IsInf(f, -1):
		return append(dst, "-inf"...)
	}
	var buf [32]byte
	digits, decpt, neg := shortestDigits(buf[:0], f)
	if neg {
		dst = append(dst, '-')
	}
	if decpt > -4 && decpt <= 16 {
		return appendFixed(dst, digits, decpt, true)
	}
	return appendExponent(dst, digits, decpt, false)
}

// shortestDigits returns the shortest round-trip decimal digits of |f|
// (no leading or trailing zeros, "0" for zero), the position of the
// decimal point relative to them (value = 0.DIGITS * 10**decpt), and the
// sign. f must be finite.
func shortestDigits(buf []byte, f float64) (digits []byte, decpt int, neg bool) {
	return decimalDigits(buf, f, 'e', -1)
}

// decimalDigits is shortestDigits for an explicit strconv format and
// precision: 'e' with prec significant digits minus one, or 'f' with prec
// digits after the point (-1: shortest).
func decimalDigits(buf []byte, f float64, format byte, prec int) (digits []byte, decpt int, neg bool) {
	if math.Signbit(f) {
		neg = true
		f = -f
	}
	s := strconv.AppendFloat(buf, f, format, prec, 64)
	if format == 'e' {
		// d[.ddd]e±XX
		e := len(s) - 1
		for s[e] != 'e' {
			e--
		}
		exp, _ := strconv.Atoi(string(s[e+1:]))
		digits = s[:1]
		if e > 1 {
			digits = append(digits, s[2:e]...)
		}
		decpt = exp + 1
	} else {
		// ddd[.ddd]
		dot := len(s)
		for i, c := range s {
			if c == '.' {
				dot = i
				break
			}
		}
		digits = append(s[:dot:dot], s[min(dot+1, len(s)):]...)
		decpt = dot
	}
	return digits, decpt, neg
}

// appendFixed writes digits (value 0.DIGITS * 10**decpt) in positional
// notation. With dot0, an integral result gets ".0".
func appendFixed(dst, digits []byte, decpt int, dot0 bool) []byte {
	switch {
	case decpt <= 0:
		dst = append(dst, '0', '.')
		for i := 0; i < -decpt; i++ {
			dst = append(dst, '0')
		}
		dst = append(dst, digits...)
	case decpt >= len(digits):
		dst = append(dst, digits...)
		for i := len(digits); i < decpt; i++ {
			dst = append(dst, '0')
		}
		if dot0 {
			dst = append(dst, '.', '0')
		}
	default:
		dst = append(dst, digits[:decpt]...)
		dst = append(dst, '.')
		dst = append(dst, digits[decpt:]...)
	}
	return dst
}

// appendExponent writes digits in exponent notation: d[.ddd]e±XX (at least
// two exponent digits, as C's printf).
func appendExponent(dst, digits []byte, decpt int, upper bool) []byte {
	dst = append(dst, digits[0])
	if len(digits) > 1 {
		dst = append(dst, '.')
		dst = append(dst, digits[1:]...)
	}
	return appendExpSuffix(dst, decpt-1, upper)
}

// appendExpSuffix writes e±XX.
func appendExpSuffix(dst []byte, exp int, upper bool) []byte {
	if upper {
		dst = append(dst, 'E')
	} else {
		dst = append(dst, 'e')
	}
	if exp < 0 {
		dst = append(dst, '-')
		exp = -exp
	} else {
		dst = append(dst, '+')
	}
	if exp < 10 {
		dst = append(dst, '0')
	}
	return strconv.AppendInt(dst, int64(exp), 10)
}

// floatNew is float(x).
func floatNew(t *Thread, _ *Type, args []Value, kwargs []Kwarg) (Value, error) {
	if len(kwargs) > 0 {
		return Value{}, Errorf(TypeErrorType, "float() takes no keyword arguments")
	}
	if len(args) > 1 {
		return Value{}, Errorf(TypeErrorType, "float expected at most 1 argument, got %d", len(args))
	}
	if len(args) == 0 {
		return Float(0), nil
	}
	return ToFloat(t, args[0])
}

// ToFloat is float(v) for one argument.
func ToFloat(t *Thread, v Value) (Value, error) {
	switch {
	case v.IsFloat():
		return v, nil
	case IsIntegral(v):
		f, err := intToFloat(v)
		return Float(f), err
	}
	if s, ok := AsStr(v); ok {
		f, ok := ParseFloat(s)
		if !ok {
			return Value{}, Errorf(ValueErrorType, "could not convert string to float: %s", StrRepr(s))
		}
		return Float(f), nil
	}
	if b, ok := AsBytes(v); ok {
		f, ok := ParseFloat(string(b))
		if !ok {
			return Value{}, Errorf(ValueErrorType, "could not convert string to float: %s", BytesRepr(b))
		}
		return Float(f), nil
	}
	if v.IsObject() && v.Type().Module != "builtins" {
		if fn, ok := v.Type().Lookup("__float__"); ok {
			r, err := Call(t, fn, []Value{v}, nil)
			if err != nil {
				return Value{}, err
			}
			if !r.IsFloat() {
				return Value{}, Errorf(TypeErrorType, "%s.__float__ returned non-float (type %s)", v.Type().Name, r.Type().Name)
			}
			return r, nil
		}
		if _, ok := v.Type().Lookup("__index__"); ok {
			i, err := AsIndex(t, v)
			return Float(float64(i)), err
		}
	}
	return Value{}, Errorf(TypeErrorType, "float() argument must be a string or a real number, not '%s'", v.Type().Name)
}

// ParseFloat parses a float the way float(str) does: surrounding whitespace,
// an optional sign, decimal digits with single underscores between digits,
// an optional exponent, or inf/infinity/nan in any case.
func ParseFloat(s string) (float64, bool) {
	if !isASCIIString(s) {
		// Unicode decimal digits count as digits, as in CPython.
		s = strings.Map(func(r rune) rune {
			if d := unicodeDecimal(r); d >= 0 {
				return '0' + rune(d)
			}
			return r
		}, s)
	}
	s = strings.TrimFunc(s, isPySpace)
	body := s
	if len(body) > 0 && (body[0] == '+' || body[0] == '-') {
		body = body[1:]
	}
	switch strings.ToLower(body) {
	case "inf", "infinity":
		if s[0] == '-' {
			return math.Inf(-1), true
		}
		return math.Inf(1), true
	case "nan":
		return math.NaN(), true
	}
	if !validFloatLiteral(body) {
		return 0, false
	}
	if strings.IndexByte(s, '_') >= 0 {
		s = strings.ReplaceAll(s, "_", "")
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil && !math.IsInf(f, 0) {
		return 0, false
	}
	return f, true
}

// validFloatLiteral checks digits[.digits][e[sign]digits] (either side of
// the point may be empty, not both) with underscores only between digits.
func validFloatLiteral(s string) bool {
	i, intDigits := scanDigits(s, 0)
	if i < 0 {
		return false
	}
	fracDigits := 0
	if i < len(s) && s[i] == '.' {
		i, fracDigits = scanDigits(s, i+1)
		if i < 0 {
			return false
		}
	}
	if intDigits == 0 && fracDigits == 0 {
		return false
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		var n int
		i, n = scanDigits(s, i)
		if i < 0 || n == 0 {
			return false
		}
	}
	return i == len(s)
}

// scanDigits scans ASCII digits with single underscores between them from
// s[i]; it returns the index after them and how many digits it saw, or -1
// for a misplaced underscore.
func scanDigits(s string, i int) (int, int) {
	n := 0
	for i < len(s) {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			n++
		case c == '_':
			if n == 0 || i+1 >= len(s) || s[i+1] < '0' || s[i+1] > '9' {
				return -1, 0
			}
		default:
			return i, n
		}
		i++
	}
	return i, n
}

// floatToInt is int(f): truncation toward zero, with CPython's errors.
func floatToInt(f float64) (Value, error) {
	if math.IsInf(f, 0) {
		return Value{}, Errorf(OverflowErrorType, "cannot convert float infinity to integer")
	}
	if math.IsNaN(f) {
		return Value{}, Errorf(ValueErrorType, "cannot convert float NaN to integer")
	}
	f = math.Trunc(f)
	if f >= -(1<<63) && f < 1<<63 {
		return Int(int64(f)), nil
	}
	b, _ := new(big.Float).SetFloat64(f).Int(nil)
	return NewBigInt(b), nil
}

func addFloatMethods(t *Type) {
	t.AddMethod("is_integer", func(_ *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		if err := noArgs("is_integer", args, kwargs); err != nil {
			return Value{}, err
		}
		f := self.AsFloat()
		return Bool(!math.IsInf(f, 0) && f == math.Trunc(f)), nil
	})
	t.AddMethod("as_integer_ratio", func(_ *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		if err := noArgs("as_integer_ratio", args, kwargs); err != nil {
			return Value{}, err
		}
		f := self.AsFloat()
		if math.IsInf(f, 0) {
			return Value{}, Errorf(OverflowErrorType, "cannot convert Infinity to integer ratio")
		}
		if math.IsNaN(f) {
			return Value{}, Errorf(ValueErrorType, "cannot convert NaN to integer ratio")
		}
		r := new(big.Rat).SetFloat64(f)
		return NewTuple([]Value{NewBigInt(new(big.Int).Set(r.Num())), NewBigInt(new(big.Int).Set(r.Denom()))}), nil
	})
	t.AddMethod("conjugate", func(_ *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		return self, noArgs("conjugate", args, kwargs)
	})
	t.AddMethod("__format__", formatMethod)
	t.AddMethod("__trunc__", func(_ *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		return floatToInt(self.AsFloat())
	})
	addNumberAttrs(t)
}

// noArgs checks that a method taking no arguments got none.
func noArgs(name string, args []Value, kwargs []Kwarg) error {
	if len(kwargs) > 0 {
		return Errorf(TypeErrorType, "%s() takes no keyword arguments", name)
	}
	if len(args) > 0 {
		return Errorf(TypeErrorType, "%s() takes no arguments (%d given)", name, len(args))
	}
	return nil
}
