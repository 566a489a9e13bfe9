package runtime

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// The format-spec mini-language (format(), f-strings, str.format), a port of
// CPython's Python/formatter_unicode.c: the spec is parsed into a formatSpec,
// each built-in type renders its value with it, and layoutNumber applies
// sign, zero padding, grouping and alignment the way CPython does.

// Format is format(v, spec).
func Format(t *Thread, v Value, spec string) (string, error) {
	switch {
	case v.IsInt() && spec == "":
		return strconv.FormatInt(v.AsInt(), 10), nil
	case v.IsFloat() && spec == "":
		return FloatRepr(v.AsFloat()), nil
	case IsIntegral(v):
		if spec == "" {
			return StrOf(t, v)
		}
		return formatInt(v, spec)
	case v.IsFloat():
		return formatFloat(v.AsFloat(), spec)
	}
	if s := asStrObj(v); s != nil {
		if spec == "" {
			return s.s, nil
		}
		return formatStr(s, spec)
	}
	if fn, ok := v.Type().Lookup("__format__"); ok {
		if m, builtin := fn.obj.(*Method); !builtin || m.Owner.Module != "builtins" {
			r, err := Call(t, fn, []Value{v, NewStr(spec)}, nil)
			if err != nil {
				return "", err
			}
			s, ok := AsStr(r)
			if !ok {
				return "", Errorf(TypeErrorType, "__format__ must return a str, not %s", r.Type().Name)
			}
			return s, nil
		}
	}
	if spec != "" {
		return "", Errorf(TypeErrorType, "unsupported format string passed to %s.__format__", v.Type().Name)
	}
	return StrOf(t, v)
}

// formatMethod is the __format__ method of int, float and str.
func formatMethod(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
	if len(kwargs) > 0 || len(args) != 1 {
		return Value{}, Errorf(TypeErrorType, "__format__() takes exactly one argument (%d given)", len(args))
	}
	spec, ok := AsStr(args[0])
	if !ok {
		return Value{}, Errorf(TypeErrorType, "__format__() argument must be str, not %s", args[0].Type().Name)
	}
	s, err := Format(t, self, spec)
	if err != nil {
		return Value{}, err
	}
	return NewStr(s), nil
}

// formatSpec is a parsed format spec:
// [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
type formatSpec struct {
	fill      rune
	align     byte // '<', '>', '^', '=' (after defaults are applied)
	sign      byte // '+', '-', ' ' or 0
	noNegZero bool // 'z'
	alternate bool // '#'
	width     int  // -1: none
	grouping  byte // ',', '_' or 0
	precision int  // -1: none
	typ       byte // presentation type, 0: none
}

// parseFormatSpec parses spec for a value of the named type, whose
// default presentation type and alignment are given (CPython's
// parse_internal_render_format_spec).
func parseFormatSpec(spec, typeName string, defaultType, defaultAlign byte) (*formatSpec, error) {
	f := &formatSpec{fill: ' ', align: defaultAlign, width: -1, precision: -1, typ: defaultType}
	rs := []rune(spec)
	pos := 0
	fillGiven, alignGiven := false, false
	if len(rs) >= 2 && isAlignChar(rs[1]) {
		f.fill, f.align = rs[0], byte(rs[1])
		fillGiven, alignGiven = true, true
		pos = 2
	} else if len(rs) >= 1 && isAlignChar(rs[0]) {
		f.align = byte(rs[0])
		alignGiven = true
		pos = 1
	}
	if pos < len(rs) && (rs[pos] == '+' || rs[pos] == '-' || rs[pos] == ' ') {
		f.sign = byte(rs[pos])
		pos++
	}
	if pos < len(rs) && rs[pos] == 'z' {
		f.noNegZero = true
		pos++
	}
	if pos < len(rs) && rs[pos] == '#' {
		f.alternate = true
		pos++
	}
	if pos < len(rs) && rs[pos] == '0' {
		// The '0' flag: zero fill, and sign-aware padding for numbers,
		// unless the spec chose them explicitly.
		if !fillGiven {
			f.fill = '0'
		}
		if !alignGiven && defaultAlign == '>' {
			f.align = '='
		}
		pos++
	}
	var err error
	var given bool
	if f.width, pos, given, err = parseSpecInt(rs, pos); err != nil {
		return nil, err
	} else if !given {
		f.width = -1
	}
	if pos < len(rs) && (rs[pos] == ',' || rs[pos] == '_') {
		f.grouping = byte(rs[pos])
		pos++
		if pos < len(rs) && (rs[pos] == ',' || rs[pos] == '_') {
			return nil, Errorf(ValueErrorType, "Cannot specify both ',' and '_'.")
		}
	}
	if pos < len(rs) && rs[pos] == '.' {
		pos++
		if f.precision, pos, given, err = parseSpecInt(rs, pos); err != nil {
			return nil, err
		}
		if !given {
			return nil, Errorf(ValueErrorType, "Format specifier missing precision")
		}
	}
	if len(rs)-pos > 1 {
		return nil, Errorf(ValueErrorType, "Invalid format specifier '%s' for object of type '%s'", spec, typeName)
	}
	if pos < len(rs) {
		if rs[pos] >= utf8.RuneSelf {
			return nil, Errorf(ValueErrorType, "Unknown format code '\\x%x' for object of type '%s'", rs[pos], typeName)
		}
		f.typ = byte(rs[pos])
	}
	if f.grouping != 0 {
		switch f.typ {
		case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0:
		case 'b', 'o', 'x', 'X':
			if f.grouping == '_' {
				break
			}
			fallthrough
		default:
			return nil, Errorf(ValueErrorType, "Cannot specify '%c' with '%c'.", f.grouping, f.typ)
		}
	}
	return f, nil
}

func isAlignChar(r rune) bool { return r == '<' || r == '>' || r == '^' || r == '=' }

// parseSpecInt reads a decimal number (width or precision) at rs[pos].
func parseSpecInt(rs []rune, pos int) (n, next int, given bool, err error) {
	start := pos
	for pos < len(rs) && rs[pos] >= '0' && rs[pos] <= '9' {
		if n > (1<<31-1-9)/10 {
			return 0, 0, false, Errorf(ValueErrorType, "Too many decimal digits in format string")
		}
		n = n*10 + int(rs[pos]-'0')
		pos++
	}
	return n, pos, pos > start, nil
}

// unknownFormatCode is the error for a presentation type the value's type
// does not have.
func unknownFormatCode(typ byte, typeName string) error {
	if typ < ' ' || typ >= 0x7f {
		return Errorf(ValueErrorType, "Unknown format code '\\x%x' for object of type '%s'", typ, typeName)
	}
	return Errorf(ValueErrorType, "Unknown format code '%c' for object of type '%s'", typ, typeName)
}

// formatStr formats a str (presentation type 's' or none).
func formatStr(s *Str, spec string) (string, error) {
	f, err := parseFormatSpec(spec, "str", 's', '<')
	if err != nil {
		return "", err
	}
	if f.typ != 's' {
		return "", unknownFormatCode(f.typ, "str")
	}
	switch {
	case f.sign != 0:
		return "", Errorf(ValueErrorType, "Sign not allowed in string format specifier")
	case f.noNegZero:
		return "", Errorf(ValueErrorType, "Negative zero coercion (z) not allowed in string format specifier")
	case f.alternate:
		return "", Errorf(ValueErrorType, "Alternate form (#) not allowed in string format specifier")
	case f.align == '=':
		return "", Errorf(ValueErrorType, "'=' alignment not allowed in string format specifier")
	}
	text, n := s.s, s.n
	if f.precision >= 0 && f.precision < n {
		text, n = s.substr(0, f.precision), f.precision
	}
	return pad(text, n, f), nil
}

// pad aligns text (n code points) in f.width with f.fill. '=' is handled
// by layoutNumber, so here it behaves as '>'.
func pad(text string, n int, f *formatSpec) string {
	if f.width <= n {
		return text
	}
	total := f.width - n
	left := 0
	switch f.align {
	case '>', '=':
		left = total
	case '^':
		left = total / 2
	}
	fill := string(f.fill)
	return strings.Repeat(fill, left) + text + strings.Repeat(fill, total-left)
}

// layoutNumber assembles a formatted number: sign, prefix (0x...), the
// integer digits (grouped), and the rest (fraction, exponent, '%'), padded
// to the width. With '0' fill and '=' alignment the padding zeros are part
// of the grouped digits, as CPython does ("00,001,234").
func layoutNumber(f *formatSpec, neg bool, prefix, digits, rest string) string {
	sign := ""
	switch {
	case neg:
		sign = "-"
	case f.sign == '+':
		sign = "+"
	case f.sign == ' ':
		sign = " "
	}
	if f.grouping != 0 && digits != "" { // inf and nan have no digits to group
		interval := 3
		if f.typ == 'b' || f.typ == 'o' || f.typ == 'x' || f.typ == 'X' {
			interval = 4
		}
		minWidth := 0
		if f.fill == '0' && f.align == '=' {
			minWidth = f.width - len(sign) - len(prefix) - utf8.RuneCountInString(rest)
		}
		digits = groupDigits(digits, f.grouping, interval, minWidth)
	}
	body := digits + rest
	n := len(sign) + len(prefix) + utf8.RuneCountInString(body)
	if f.width <= n {
		return sign + prefix + body
	}
	if f.align == '=' {
		return sign + prefix + strings.Repeat(string(f.fill), f.width-n) + body
	}
	return pad(sign+prefix+body, n, f)
}

// groupDigits inserts sep every interval digits from the right, padding
// with zeros on the left until the result is at least minWidth long (never
// starting with a separator): CPython's _PyUnicode_InsertThousandsGrouping.
func groupDigits(digits string, sep byte, interval, minWidth int) string {
	var groups []string
	remaining := len(digits)
	for {
		l := min(interval, max(remaining, minWidth, 1))
		nChars := max(0, min(remaining, l))
		group := strings.Repeat("0", max(0, l-remaining)) + digits[remaining-nChars:remaining]
		groups = append(groups, group)
		remaining -= nChars
		minWidth -= l
		if remaining <= 0 && minWidth <= 0 {
			break
		}
		minWidth--
	}
	reverseStrings(groups)
	return strings.Join(groups, string(sep))
}
