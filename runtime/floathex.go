package runtime

import (
	"math"
	"strconv"
	"strings"
)

// float.hex() and float.fromhex(), as CPython's float_hex and
// float_fromhex.

func init() {
	FloatType.AddMethod("hex", func(_ *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		if err := noArgs("hex", args, kwargs); err != nil {
			return Value{}, err
		}
		return NewStr(floatHex(self.AsFloat())), nil
	})
	// A classmethod in CPython; a plain built-in does not bind, so
	// float.fromhex(s) and (1.0).fromhex(s) both reach it with s only.
	FloatType.Dict.SetStr("fromhex", Obj(&Builtin{Name: "fromhex", Fn: func(_ *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		if len(kwargs) > 0 {
			return Value{}, Errorf(TypeErrorType, "float.fromhex() takes no keyword arguments")
		}
		if len(args) != 1 {
			return Value{}, Errorf(TypeErrorType, "float.fromhex() takes exactly one argument (%d given)", len(args))
		}
		s, ok := AsStr(args[0])
		if !ok {
			return Value{}, Errorf(TypeErrorType, "bad argument type for built-in operation")
		}
		return floatFromHex(s)
	}}))
}

// floatHex is float_hex: 0x1.<13 hex digits>p±e, subnormals as 0x0.….
func floatHex(x float64) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return FloatRepr(x)
	}
	if x == 0 {
		if math.Signbit(x) {
			return "-0x0.0p+0"
		}
		return "0x0.0p+0"
	}
	m, e := math.Frexp(math.Abs(x))
	shift := 1 - max(-1021-e, 0) // DBL_MIN_EXP is -1021
	m = math.Ldexp(m, shift)
	e -= shift
	const digits = "0123456789abcdef"
	var b strings.Builder
	if x < 0 {
		b.WriteByte('-')
	}
	b.WriteString("0x")
	b.WriteByte(digits[int(m)])
	m -= float64(int(m))
	b.WriteByte('.')
	for i := 0; i < 13; i++ {
		m *= 16
		b.WriteByte(digits[int(m)])
		m -= float64(int(m))
	}
	if e < 0 {
		b.WriteString("p-" + strconv.Itoa(-e))
	} else {
		b.WriteString("p+" + strconv.Itoa(e))
	}
	return b.String()
}

// floatFromHex is float.fromhex: [sign] ['0x'] hexdigits ['.' hexdigits]
// ['p' [sign] digits], or inf/infinity/nan, with surrounding whitespace;
// correctly rounded (half to even), as Go's hexadecimal ParseFloat.
func floatFromHex(s string) (Value, error) {
	invalid := Errorf(ValueErrorType, "invalid hexadecimal floating-point string")
	s = strings.TrimSpace(s)
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	switch strings.ToLower(s) {
	case "inf", "infinity":
		return Float(math.Inf(map[bool]int{false: 1, true: -1}[neg])), nil
	case "nan":
		return Float(math.NaN()), nil
	}
	if len(s) >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') {
		s = s[2:]
	}
	mant, exp := s, "0"
	if i := strings.IndexAny(s, "pP"); i >= 0 {
		mant, exp = s[:i], s[i+1:]
		digits := strings.TrimLeft(exp, "+-")
		if len(exp)-len(digits) > 1 || digits == "" || strings.Trim(digits, "0123456789") != "" {
			return Value{}, invalid
		}
	}
	intPart, frac, hasDot := strings.Cut(mant, ".")
	isHex := func(t string) bool { return strings.Trim(t, "0123456789abcdefABCDEF") == "" }
	if intPart+frac == "" || !isHex(intPart) || !isHex(frac) || (hasDot && strings.Contains(frac, ".")) {
		return Value{}, invalid
	}
	f, err := strconv.ParseFloat("0x"+mant+"p"+exp, 64)
	if err != nil {
		ne, ok := err.(*strconv.NumError)
		if !ok || ne.Err != strconv.ErrRange {
			return Value{}, invalid
		}
		if math.IsInf(f, 0) {
			return Value{}, Errorf(OverflowErrorType, "hexadecimal value too large to represent as a float")
		}
	}
	if neg {
		f = -f
	}
	return Float(f), nil
}
