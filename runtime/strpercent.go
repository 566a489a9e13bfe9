package runtime

import (
	"strconv"
	"strings"
)

// printf-style formatting: str % args (CPython's PyUnicode_Format).

// strPercent is the % slot of str.
func strPercent(t *Thread, a, b Value, reflected bool) (Value, error) {
	fs, ok := a.obj.(*Str)
	if !ok {
		return NotImplemented, nil // 5 % "x": not ours
	}
	s, err := percentFormat(t, fs.s, b)
	if err != nil {
		return Value{}, err
	}
	return NewStr(s), nil
}

// bytesPercent is the % slot of bytes (CPython's _PyBytes_FormatEx): the
// same directives, over bytes, with %s and %b taking bytes.
func bytesPercent(t *Thread, a, b Value, reflected bool) (Value, error) {
	fb, ok := a.obj.(*Bytes)
	if !ok {
		return NotImplemented, nil
	}
	s, err := percentFormatKind(t, string(fb.b), b, true)
	if err != nil {
		return Value{}, err
	}
	return NewBytes([]byte(s)), nil
}

// percentArgs hands out the arguments of a % format in order.
type percentArgs struct {
	items   []Value
	next    int
	mapping Value // the right operand when it can be used as a mapping
	single  bool  // the right operand was not a tuple
	bytes   bool  // formatting bytes: the text is bytes, not code points
}

func (p *percentArgs) take() (Value, error) {
	if p.next >= len(p.items) {
		return Value{}, Errorf(TypeErrorType, "not enough arguments for format string")
	}
	v := p.items[p.next]
	p.next++
	return v, nil
}

// percentFormat is format % args.
func percentFormat(t *Thread, format string, args Value) (string, error) {
	return percentFormatKind(t, format, args, false)
}

// percentFormatKind is format % args for a str format or, with isBytes,
// a bytes one (its bytes in a Go string).
func percentFormatKind(t *Thread, format string, args Value, isBytes bool) (string, error) {
	p := &percentArgs{bytes: isBytes}
	if tup, ok := args.obj.(*Tuple); ok {
		p.items = tup.Items()
	} else {
		p.items = []Value{args}
		p.single = true
		_, isB := args.obj.(*Bytes)
		if args.Type().GetItem != nil && asStrObj(args) == nil && !isB {
			p.mapping = args
		}
	}
	var out strings.Builder
	for i := 0; i < len(format); {
		j := strings.IndexByte(format[i:], '%')
		if j < 0 {
			out.WriteString(format[i:])
			break
		}
		out.WriteString(format[i : i+j])
		i += j + 1
		text, next, err := p.directive(t, format, i)
		if err != nil {
			return "", err
		}
		out.WriteString(text)
		i = next
	}
	if p.next < len(p.items) && p.mapping.IsNull() {
		if isBytes {
			return "", Errorf(TypeErrorType, "not all arguments converted during bytes formatting")
		}
		return "", Errorf(TypeErrorType, "not all arguments converted during string formatting")
	}
	return out.String(), nil
}

// directive formats the conversion starting at format[i] (after the '%')
// and returns the index after it.
func (p *percentArgs) directive(t *Thread, format string, i int) (string, int, error) {
	incomplete := Errorf(ValueErrorType, "incomplete format")
	if i >= len(format) {
		return "", 0, incomplete
	}
	var arg Value
	if format[i] == '(' {
		if p.mapping.IsNull() {
			return "", 0, Errorf(TypeErrorType, "format requires a mapping")
		}
		depth, k := 1, i+1
		for k < len(format) && depth > 0 {
			switch format[k] {
			case '(':
				depth++
			case ')':
				depth--
			}
			k++
		}
		if depth > 0 {
			return "", 0, Errorf(ValueErrorType, "incomplete format key")
		}
		key := NewStr(format[i+1 : k-1])
		if p.bytes {
			key = NewBytes([]byte(format[i+1 : k-1]))
		}
		v, err := GetItem(t, p.mapping, key)
		if err != nil {
			return "", 0, err
		}
		arg = v
		p.next = len(p.items) // a mapping format uses no positional args
		i = k
	}
	f := &formatSpec{fill: ' ', align: '>', width: -1, precision: -1}
	zero := false
flags:
	for ; i < len(format); i++ {
		switch format[i] {
		case '-':
			f.align = '<'
		case '+':
			f.sign = '+'
		case ' ':
			if f.sign == 0 {
				f.sign = ' '
			}
		case '#':
			f.alternate = true
		case '0':
			zero = true
		default:
			break flags
		}
	}
	readNum := func() (int, error) {
		if i < len(format) && format[i] == '*' {
			i++
			v, err := p.take()
			if err != nil {
				return 0, err
			}
			if !IsIntegral(v) {
				return 0, Errorf(TypeErrorType, "* wants int")
			}
			n, _ := IndexValue(v)
			return n, nil
		}
		start := i
		for i < len(format) && format[i] >= '0' && format[i] <= '9' {
			i++
		}
		if i == start {
			return -1, nil
		}
		return strconv.Atoi(format[start:i])
	}
	var err error
	if f.width, err = readNum(); err != nil {
		return "", 0, err
	}
	if f.width < -1 {
		f.align, f.width = '<', -f.width
	}
	if i < len(format) && format[i] == '.' {
		i++
		if f.precision, err = readNum(); err != nil {
			return "", 0, err
		}
		f.precision = max(f.precision, 0)
	}
	for i < len(format) && (format[i] == 'h' || format[i] == 'l' || format[i] == 'L') {
		i++ // length modifiers are accepted and ignored, as in CPython
	}
	if i >= len(format) {
		return "", 0, incomplete
	}
	c := format[i]
	i++
	if c == '%' {
		return "%", i, nil
	}
	if arg.IsNull() {
		if arg, err = p.take(); err != nil {
			return "", 0, err
		}
	}
	if zero && f.align != '<' {
		f.fill, f.align = '0', '='
	}
	if p.bytes {
		text, err := percentConvertBytes(t, c, arg, f, i-1)
		return text, i, err
	}
	text, err := percentConvert(t, c, arg, f, i-1)
	return text, i, err
}

// percentConvertBytes renders one argument of a bytes format: %s and %b
// take bytes (or __bytes__), %r and %a give ascii(), %c a byte; the
// numbers are formatted as for str (ASCII anyway).
func percentConvertBytes(t *Thread, c byte, arg Value, f *formatSpec, index int) (string, error) {
	var s string
	switch c {
	case 's', 'b':
		if b, ok := arg.obj.(*Bytes); ok {
			s = string(b.b)
		} else if m, ok := arg.Type().Lookup("__bytes__"); ok && arg.Type().Module != "builtins" {
			v, err := Call(t, m, []Value{arg}, nil)
			if err != nil {
				return "", err
			}
			b, ok := v.obj.(*Bytes)
			if !ok {
				return "", Errorf(TypeErrorType, "__bytes__ returned non-bytes (type %s)", v.Type().Name)
			}
			s = string(b.b)
		} else {
			return "", Errorf(TypeErrorType, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", arg.Type().Name)
		}
	case 'r', 'a':
		var err error
		if s, err = ASCIIRepr(t, arg); err != nil {
			return "", err
		}
	case 'c':
		if b, ok := arg.obj.(*Bytes); ok && len(b.b) == 1 {
			s = string(b.b)
		} else if IsIntegral(arg) {
			n, ok := IndexValue(arg)
			if !ok || n < 0 || n > 255 {
				return "", Errorf(OverflowErrorType, "%%c arg not in range(256)")
			}
			s = string([]byte{byte(n)})
		} else {
			return "", Errorf(TypeErrorType, "%%c requires an integer in range(256) or a single byte")
		}
	default:
		return percentConvert(t, c, arg, f, index)
	}
	if c != 'c' && f.precision >= 0 && f.precision < len(s) {
		s = s[:f.precision]
	}
	if f.align == '=' {
		f.fill, f.align = ' ', '>'
	}
	return pad(s, len(s), f), nil
}

// percentConvert renders one argument for conversion character c.
func percentConvert(t *Thread, c byte, arg Value, f *formatSpec, index int) (string, error) {
	switch c {
	case 's', 'r', 'a':
		var s string
		var err error
		switch c {
		case 's':
			s, err = StrOf(t, arg)
		case 'r':
			s, err = Repr(t, arg)
		default:
			s, err = ASCIIRepr(t, arg)
		}
		if err != nil {
			return "", err
		}
		str := asStrObj(NewStr(s))
		if f.precision >= 0 && f.precision < str.n {
			s = str.substr(0, f.precision)
		}
		if f.align == '=' {
			f.fill, f.align = ' ', '>'
		}
		return pad(s, asStrObj(NewStr(s)).n, f), nil
	case 'd', 'i', 'u', 'x', 'X', 'o':
		n, err := percentInt(t, c, arg)
		if err != nil {
			return "", err
		}
		base, prefix := 10, ""
		switch c {
		case 'x':
			base, prefix = 16, "0x"
		case 'X':
			base, prefix = 16, "0X"
		case 'o':
			base, prefix = 8, "0o"
		}
		if !f.alternate {
			prefix = ""
		}
		neg, digits, err := intDigits(n, base)
		if err != nil {
			return "", err
		}
		if c == 'X' {
			digits = strings.ToUpper(digits)
		}
		if f.precision > len(digits) {
			digits = strings.Repeat("0", f.precision-len(digits)) + digits
		}
		return layoutNumber(f, neg, prefix, digits, ""), nil
	case 'e', 'E', 'f', 'F', 'g', 'G':
		x, ok, err := floatOperand(arg)
		if err != nil {
			return "", err
		}
		if !ok {
			v, err := ToFloat(t, arg)
			if err != nil {
				return "", Errorf(TypeErrorType, "must be real number, not %s", arg.Type().Name)
			}
			x = v.AsFloat()
		}
		if f.precision < 0 {
			f.precision = 6
		}
		s := formatFloatShort(x, c, f.precision, false, f.alternate)
		neg := strings.HasPrefix(s, "-")
		s = strings.TrimPrefix(s, "-")
		return layoutNumber(f, neg, "", "", s), nil
	case 'c':
		var s string
		if str := asStrObj(arg); str != nil {
			if str.n != 1 {
				return "", Errorf(TypeErrorType, "%%c requires int or char")
			}
			s = str.s
		} else if IsIntegral(arg) {
			n, ok := IndexValue(arg)
			if !ok || n < 0 || n > unicode10FFFF {
				return "", Errorf(OverflowErrorType, "%%c arg not in range(0x110000)")
			}
			s = string(rune(n))
		} else {
			return "", Errorf(TypeErrorType, "%%c requires int or char")
		}
		if f.align == '=' {
			f.fill, f.align = ' ', '>'
		}
		return pad(s, 1, f), nil
	}
	if c < ' ' || c >= 0x7f {
		return "", Errorf(ValueErrorType, "unsupported format character '\\x%x' (0x%x) at index %d", c, c, index)
	}
	return "", Errorf(ValueErrorType, "unsupported format character '%c' (0x%x) at index %d", c, c, index)
}

// percentInt converts the argument of an integer conversion.
func percentInt(t *Thread, c byte, arg Value) (Value, error) {
	if IsIntegral(arg) {
		return indexInt(t, arg)
	}
	if c == 'd' || c == 'i' || c == 'u' {
		if arg.IsFloat() {
			return floatToInt(arg.AsFloat())
		}
		if arg.IsObject() && arg.Type().Module != "builtins" {
			return ToInt(t, arg)
		}
		return Value{}, Errorf(TypeErrorType, "%%%c format: a real number is required, not %s", c, arg.Type().Name)
	}
	if arg.IsObject() && arg.Type().Module != "builtins" {
		if _, ok := arg.Type().Lookup("__index__"); ok {
			return indexInt(t, arg)
		}
	}
	return Value{}, Errorf(TypeErrorType, "%%%c format: an integer is required, not %s", c, arg.Type().Name)
}
