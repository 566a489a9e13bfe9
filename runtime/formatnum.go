package runtime

import (
	"math"
	"math/big"
	"strconv"
	"strings"
)

// Formatting of ints and floats with a parsed format spec
// (CPython's format_long_internal and format_float_internal).

// formatInt formats an int or bool.
func formatInt(v Value, spec string) (string, error) {
	typeName := v.Type().Name
	f, err := parseFormatSpec(spec, typeName, 'd', '>')
	if err != nil {
		return "", err
	}
	switch f.typ {
	case 'b', 'c', 'd', 'o', 'x', 'X', 'n':
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		x, err := intToFloat(v)
		if err != nil {
			return "", err
		}
		return formatFloatSpec(x, f)
	default:
		return "", unknownFormatCode(f.typ, typeName)
	}
	if f.precision >= 0 {
		return "", Errorf(ValueErrorType, "Precision not allowed in integer format specifier")
	}
	if f.noNegZero {
		return "", Errorf(ValueErrorType, "Negative zero coercion (z) not allowed in integer format specifier")
	}
	if f.typ == 'c' {
		if f.sign != 0 {
			return "", Errorf(ValueErrorType, "Sign not allowed with integer format specifier 'c'")
		}
		if f.alternate {
			return "", Errorf(ValueErrorType, "Alternate form (#) not allowed with integer format specifier 'c'")
		}
		i, ok := IndexValue(v)
		if !ok {
			return "", Errorf(OverflowErrorType, "Python int too large to convert to C long")
		}
		if i < 0 || i > unicode10FFFF {
			return "", Errorf(OverflowErrorType, "%%c arg not in range(0x110000)")
		}
		return layoutNumber(f, false, "", string(rune(i)), ""), nil
	}
	base, prefix := 10, ""
	switch f.typ {
	case 'b':
		base, prefix = 2, "0b"
	case 'o':
		base, prefix = 8, "0o"
	case 'x':
		base, prefix = 16, "0x"
	case 'X':
		base, prefix = 16, "0X"
	}
	if !f.alternate {
		prefix = ""
	}
	neg, digits, err := intDigits(v, base)
	if err != nil {
		return "", err
	}
	if f.typ == 'X' {
		digits = strings.ToUpper(digits)
	}
	return layoutNumber(f, neg, prefix, digits, ""), nil
}

// intDigits returns the sign and the digits of |v| in base.
func intDigits(v Value, base int) (bool, string, error) {
	if v.IsInt() || v.IsBool() {
		i := v.AsInt()
		return i < 0, strconv.FormatUint(absUint64(i), base), nil
	}
	b := v.obj.(*BigInt).v
	abs := new(big.Int).Abs(b)
	if base == 10 {
		s, err := bigDecimal(abs)
		return b.Sign() < 0, s, err
	}
	return b.Sign() < 0, abs.Text(base), nil
}

// formatFloat formats a float.
func formatFloat(x float64, spec string) (string, error) {
	f, err := parseFormatSpec(spec, "float", 0, '>')
	if err != nil {
		return "", err
	}
	switch f.typ {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%':
	default:
		return "", unknownFormatCode(f.typ, "float")
	}
	return formatFloatSpec(x, f)
}

// formatFloatSpec renders x with an already validated spec.
func formatFloatSpec(x float64, f *formatSpec) (string, error) {
	typ, precision := f.typ, f.precision
	addDot0 := false
	defaultPrecision := 6
	if typ == 0 {
		// No type: like repr without a precision, else like 'g' but always
		// with a digit after the point.
		addDot0 = true
		typ = 'r'
		defaultPrecision = 0
	}
	if typ == 'n' {
		typ = 'g'
	}
	percent := false
	if typ == '%' {
		typ = 'f'
		x *= 100
		percent = true
	}
	if precision < 0 {
		precision = defaultPrecision
	} else if typ == 'r' {
		typ = 'g'
	}
	s := formatFloatShort(x, typ, precision, addDot0, f.alternate)
	neg := false
	if s[0] == '-' {
		neg = true
		s = s[1:]
		if f.noNegZero && isZeroText(s) {
			neg = false
		}
	}
	if percent {
		s += "%"
	}
	// The integer digits are what may be grouped; the rest follows them.
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return layoutNumber(f, neg, "", s[:i], s[i:]), nil
}

// isZeroText reports whether a formatted magnitude is all zeros (the 'z'
// option turns "-0.00" into "0.00").
func isZeroText(s string) bool {
	if s == "" || s[0] < '0' || s[0] > '9' {
		return false // inf, nan
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == 'e' || c == 'E' {
			return true
		}
		if c >= '1' && c <= '9' {
			return false
		}
	}
	return true
}

// formatFloatShort is CPython's PyOS_double_to_string + format_float_short:
// typ is 'e', 'E', 'f', 'F', 'g', 'G' or 'r' (repr). The digits come from
// strconv, which rounds correctly (half to even on the exact binary value)
// as David Gay's dtoa does.
func formatFloatShort(x float64, typ byte, precision int, addDot0, alt bool) string {
	upper := typ == 'E' || typ == 'F' || typ == 'G'
	if upper {
		typ += 'a' - 'A'
	}
	if math.IsNaN(x) || math.IsInf(x, 0) {
		s := "inf"
		if math.IsNaN(x) {
			s = "nan"
		}
		if upper {
			s = strings.ToUpper(s)
		}
		if math.IsInf(x, -1) {
			s = "-" + s
		}
		return s
	}
	var buf [64]byte
	var digits []byte
	var decpt int
	var neg bool
	switch typ {
	case 'e':
		precision++
		digits, decpt, neg = decimalDigits(buf[:0], x, 'e', precision-1)
	case 'f':
		digits, decpt, neg = decimalDigits(buf[:0], x, 'f', precision)
	case 'g':
		if precision == 0 {
			precision = 1
		}
		digits, decpt, neg = decimalDigits(buf[:0], x, 'e', precision-1)
	default: // 'r'
		digits, decpt, neg = shortestDigits(buf[:0], x)
	}
	digits, decpt = trimDigits(digits, decpt)

	useExp := false
	vEnd := len(digits)
	switch typ {
	case 'e':
		useExp = true
		vEnd = precision
	case 'f':
		vEnd = decpt + precision
	case 'g':
		limit := precision
		if addDot0 {
			limit--
		}
		if decpt <= -4 || decpt > limit {
			useExp = true
		}
		if alt {
			vEnd = precision
		}
	case 'r':
		if decpt <= -4 || decpt > 16 {
			useExp = true
		}
	}
	exp := 0
	if useExp {
		exp = decpt - 1
		decpt = 1
	}
	vStart := 0
	if decpt <= 0 {
		vStart = decpt - 1
	}
	if !useExp && addDot0 {
		vEnd = max(vEnd, decpt+1)
	} else {
		vEnd = max(vEnd, decpt)
	}

	out := make([]byte, 0, 32)
	if neg {
		out = append(out, '-')
	}
	// The virtual digit string is digits padded with zeros on both sides;
	// emit vdigits[vStart:vEnd] with the point after position decpt.
	for i := vStart; i < vEnd; i++ {
		if i == decpt {
			out = append(out, '.')
		}
		if i >= 0 && i < len(digits) {
			out = append(out, digits[i])
		} else {
			out = append(out, '0')
		}
	}
	if decpt == vEnd && alt {
		out = append(out, '.')
	}
	if useExp {
		out = appendExpSuffix(out, exp, upper)
	}
	return string(out)
}

// trimDigits removes leading and trailing zeros from a digit string (as
// dtoa returns it); zero becomes "0" with the point after it.
func trimDigits(digits []byte, decpt int) ([]byte, int) {
	i := 0
	for i < len(digits) && digits[i] == '0' {
		i++
	}
	if i == len(digits) {
		return []byte{'0'}, 1
	}
	digits = digits[i:]
	decpt -= i
	j := len(digits)
	for j > 0 && digits[j-1] == '0' {
		j--
	}
	return digits[:j], decpt
}
