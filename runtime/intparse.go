package runtime

import (
	"math/big"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// int(x, base) and the parsing of int literals.

// intNew is the int type's constructor: int(), int(x), int(x, base).
func intNew(t *Thread, _ *Type, args []Value, kwargs []Kwarg) (Value, error) {
	if len(args) > 2 {
		return Value{}, Errorf(TypeErrorType, "int() takes at most 2 arguments (%d given)", len(args))
	}
	var x, base Value
	if len(args) > 0 {
		x = args[0]
	}
	if len(args) > 1 {
		base = args[1]
	}
	for _, kw := range kwargs {
		if kw.Name != "base" {
			return Value{}, Errorf(TypeErrorType, "'%s' is an invalid keyword argument for int()", kw.Name)
		}
		if !base.IsNull() {
			return Value{}, Errorf(TypeErrorType, "argument for int() given by name ('base') and position (2)")
		}
		base = kw.Value
	}
	if base.IsNull() {
		if x.IsNull() {
			return Int(0), nil
		}
		return ToInt(t, x)
	}
	if x.IsNull() {
		return Value{}, Errorf(TypeErrorType, "int() missing string argument")
	}
	b, err := AsIndex(t, base)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.Matches(OverflowErrorType) {
			b = -1 // out of range either way
		} else {
			return Value{}, err
		}
	}
	if b != 0 && (b < 2 || b > 36) {
		return Value{}, Errorf(ValueErrorType, "int() base must be >= 2 and <= 36, or 0")
	}
	if s, ok := AsStr(x); ok {
		return parseIntLiteral(s, int(b), StrRepr(s))
	}
	if bs, ok := AsBytes(x); ok {
		return parseIntLiteral(string(bs), int(b), BytesRepr(bs))
	}
	return Value{}, Errorf(TypeErrorType, "int() can't convert non-string with explicit base")
}

// ToInt is int(v) with one argument.
func ToInt(t *Thread, v Value) (Value, error) {
	switch {
	case v.IsInt():
		return v, nil
	case v.IsBool():
		return Int(v.AsInt()), nil
	case v.IsFloat():
		return floatToInt(v.AsFloat())
	}
	if _, ok := v.obj.(*BigInt); ok {
		return v, nil
	}
	if s, ok := AsStr(v); ok {
		return parseIntLiteral(s, 10, StrRepr(s))
	}
	if bs, ok := AsBytes(v); ok {
		return parseIntLiteral(string(bs), 10, BytesRepr(bs))
	}
	if v.IsObject() && v.Type().Module != "builtins" {
		for _, name := range []string{"__int__", "__index__", "__trunc__"} {
			fn, ok := v.Type().Lookup(name)
			if !ok {
				continue
			}
			r, err := Call(t, fn, []Value{v}, nil)
			if err != nil {
				return Value{}, err
			}
			if !IsIntegral(r) {
				return Value{}, Errorf(TypeErrorType, "%s returned non-int (type %s)", name, r.Type().Name)
			}
			return ToInt(t, r)
		}
	}
	return Value{}, Errorf(TypeErrorType, "int() argument must be a string, a bytes-like object or a real number, not '%s'", v.Type().Name)
}

// IntFromDecimal converts the digits of a decimal int literal (underscores
// allowed) to an int of any size. The compiler uses it for literals.
func IntFromDecimal(digits string) (Value, error) {
	digits = strings.ReplaceAll(digits, "_", "")
	if i, err := strconv.ParseInt(digits, 10, 64); err == nil {
		return Int(i), nil
	}
	x, ok := new(big.Int).SetString(digits, 10)
	if !ok {
		return Value{}, Errorf(ValueErrorType, "invalid literal for int() with base 10: %s", StrRepr(digits))
	}
	return NewBigInt(x), nil
}

// parseIntLiteral parses s in base (0: infer from the prefix, as source
// literals) the way int(s, base) does; shown is the repr used in errors.
func parseIntLiteral(s string, base int, shown string) (Value, error) {
	invalid := func() error {
		return Errorf(ValueErrorType, "invalid literal for int() with base %d: %s", base, shown)
	}
	body := strings.TrimFunc(s, isPySpace)
	neg := false
	if len(body) > 0 && (body[0] == '+' || body[0] == '-') {
		neg = body[0] == '-'
		body = body[1:]
	}
	b := base
	prefixed := false
	if len(body) >= 2 && body[0] == '0' {
		p := body[1] | 0x20
		if (p == 'x' && (b == 16 || b == 0)) || (p == 'o' && (b == 8 || b == 0)) || (p == 'b' && (b == 2 || b == 0)) {
			b = prefixBase(p)
			body = body[2:]
			prefixed = true
		}
	}
	if b == 0 {
		b = 10
		// Base 0 follows source syntax: no leading zeros on a non-zero number.
		if len(body) > 1 && body[0] == '0' && strings.Trim(body, "0_") != "" {
			return Value{}, invalid()
		}
	}
	digits, ok := cleanDigits(body, b, prefixed)
	if !ok {
		return Value{}, invalid()
	}
	if b&(b-1) != 0 && len(digits) > maxStrDigits {
		return Value{}, Errorf(ValueErrorType, "Exceeds the limit (%d digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit", maxStrDigits, len(digits))
	}
	if neg {
		digits = "-" + digits
	}
	if len(digits) <= 18 {
		if i, err := strconv.ParseInt(digits, b, 64); err == nil {
			return Int(i), nil
		}
	}
	x, ok := new(big.Int).SetString(digits, b)
	if !ok {
		return Value{}, invalid()
	}
	return NewBigInt(x), nil
}

// cleanDigits validates the digits of an int literal in base b (underscores
// only between digits, or right after a base prefix), converting Unicode
// decimal digits to ASCII; it returns the bare ASCII digits.
func cleanDigits(body string, b int, prefixed bool) (string, bool) {
	if body == "" {
		return "", false
	}
	out := make([]byte, 0, len(body))
	prevDigit := prefixed // "0x_1f" is valid
	for _, r := range body {
		if r == '_' {
			if !prevDigit {
				return "", false
			}
			prevDigit = false
			continue
		}
		d := digitValue(r)
		if d < 0 || d >= b {
			return "", false
		}
		out = append(out, "0123456789abcdefghijklmnopqrstuvwxyz"[d])
		prevDigit = true
	}
	if !prevDigit || len(out) == 0 {
		return "", false
	}
	return string(out), true
}

// digitValue is the value of a digit character in bases up to 36: ASCII
// digits and letters, and any Unicode decimal digit (category Nd), or -1.
func digitValue(r rune) int {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0')
	case r >= 'a' && r <= 'z':
		return int(r-'a') + 10
	case r >= 'A' && r <= 'Z':
		return int(r-'A') + 10
	case r < utf8.RuneSelf:
		return -1
	}
	return unicodeDecimal(r)
}

// unicodeDecimal is the decimal value of a Unicode Nd character, or -1. Nd
// characters come in runs of ten starting at a zero, and each range of the
// Nd table is made of whole runs.
func unicodeDecimal(r rune) int {
	if !unicode.Is(unicode.Nd, r) {
		return -1
	}
	for _, rg := range unicode.Nd.R16 {
		if r >= rune(rg.Lo) && r <= rune(rg.Hi) {
			return int(r-rune(rg.Lo)) % 10
		}
	}
	for _, rg := range unicode.Nd.R32 {
		if r >= rune(rg.Lo) && r <= rune(rg.Hi) {
			return int(r-rune(rg.Lo)) % 10
		}
	}
	return -1
}

// prefixBase is the base of a literal prefix letter (x, o or b).
func prefixBase(p byte) int {
	switch p {
	case 'x':
		return 16
	case 'o':
		return 8
	}
	return 2
}
