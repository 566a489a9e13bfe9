package runtime

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// str.format and str.format_map: a port of CPython's
// Objects/stringlib/unicode_format.h (the markup iterator, field names with
// .attr and [key], !r/!s/!a conversions and nested replacement fields in the
// spec), so that every error is raised where and as CPython raises it.

// formatArgs is what replacement fields are looked up in.
type formatArgs struct {
	t       *Thread
	args    []Value
	kwargs  []Kwarg
	mapping Value // format_map's mapping (kwargs unused then)
	autoIdx int   // next automatic field number; -1 once numbering is manual
	mode    int   // 0 undecided, 1 automatic, 2 manual
}

func strFormatMethod(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
	fa := &formatArgs{t: t, args: args, kwargs: kwargs}
	s, err := fa.render(self.obj.(*Str).s, 2)
	if err != nil {
		return Value{}, err
	}
	return NewStr(s), nil
}

func strFormatMapMethod(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
	if len(kwargs) > 0 || len(args) != 1 {
		return Value{}, Errorf(TypeErrorType, "format_map() takes exactly one argument (%d given)", len(args))
	}
	fa := &formatArgs{t: t, mapping: args[0]}
	s, err := fa.render(self.obj.(*Str).s, 2)
	if err != nil {
		return Value{}, err
	}
	return NewStr(s), nil
}

// render expands the replacement fields of format; depth bounds the
// nesting of fields inside specs.
func (fa *formatArgs) render(format string, depth int) (string, error) {
	if depth <= 0 {
		return "", Errorf(ValueErrorType, "Max string recursion exceeded")
	}
	var out strings.Builder
	s := format
	for len(s) > 0 {
		i := strings.IndexAny(s, "{}")
		if i < 0 {
			out.WriteString(s)
			break
		}
		out.WriteString(s[:i])
		c := s[i]
		s = s[i+1:]
		if len(s) > 0 && s[0] == c {
			out.WriteByte(c) // {{ or }}
			s = s[1:]
			continue
		}
		if c == '}' {
			return "", Errorf(ValueErrorType, "Single '}' encountered in format string")
		}
		if len(s) == 0 {
			return "", Errorf(ValueErrorType, "Single '{' encountered in format string")
		}
		field, rest, err := parseField(s)
		if err != nil {
			return "", err
		}
		s = rest
		text, err := fa.renderField(field, depth)
		if err != nil {
			return "", err
		}
		out.WriteString(text)
	}
	return out.String(), nil
}

// replacementField is one parsed {name!conv:spec}.
type replacementField struct {
	name       string
	conversion rune // 0 for none
	spec       string
	nested     bool // spec contains fields to expand
}

// parseField parses a replacement field after its '{'; it returns the
// field and the text after its closing '}'.
func parseField(s string) (replacementField, string, error) {
	var f replacementField
	i := 0
	var c byte
	for i < len(s) {
		c = s[i]
		i++
		if c == '{' {
			return f, "", Errorf(ValueErrorType, "unexpected '{' in field name")
		}
		if c == '[' {
			for i < len(s) && s[i] != ']' {
				i++
			}
			continue
		}
		if c == '}' || c == ':' || c == '!' {
			break
		}
	}
	if c != '}' && c != ':' && c != '!' || i > len(s) {
		return f, "", Errorf(ValueErrorType, "expected '}' before end of string")
	}
	f.name = s[:i-1]
	if c == '}' {
		return f, s[i:], nil
	}
	if c == '!' {
		if i >= len(s) {
			return f, "", Errorf(ValueErrorType, "end of string while looking for conversion specifier")
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		f.conversion = r
		i += size
		if i < len(s) {
			c = s[i]
			i++
			if c == '}' {
				return f, s[i:], nil
			}
			if c != ':' {
				return f, "", Errorf(ValueErrorType, "expected ':' after conversion specifier")
			}
		}
	}
	start, count := i, 1
	for i < len(s) {
		switch s[i] {
		case '{':
			f.nested = true
			count++
		case '}':
			count--
			if count == 0 {
				f.spec = s[start:i]
				return f, s[i+1:], nil
			}
		}
		i++
	}
	return f, "", Errorf(ValueErrorType, "unmatched '{' in format spec")
}

// renderField looks up, converts and formats one field.
func (fa *formatArgs) renderField(f replacementField, depth int) (string, error) {
	v, err := fa.lookup(f.name)
	if err != nil {
		return "", err
	}
	switch f.conversion {
	case 0:
	case 'r', 's', 'a':
		var s string
		switch f.conversion {
		case 'r':
			s, err = Repr(fa.t, v)
		case 's':
			s, err = StrOf(fa.t, v)
		default:
			s, err = ASCIIRepr(fa.t, v)
		}
		if err != nil {
			return "", err
		}
		v = NewStr(s)
	default:
		if f.conversion > ' ' && f.conversion < 0x7f {
			return "", Errorf(ValueErrorType, "Unknown conversion specifier %c", f.conversion)
		}
		return "", Errorf(ValueErrorType, "Unknown conversion specifier \\x%x", f.conversion)
	}
	spec := f.spec
	if f.nested {
		if spec, err = fa.render(spec, depth-1); err != nil {
			return "", err
		}
	}
	return Format(fa.t, v, spec)
}

// lookup resolves a field name: an argument (by automatic number, index or
// keyword) followed by any number of .attr and [key] accessors.
func (fa *formatArgs) lookup(name string) (Value, error) {
	end := strings.IndexAny(name, ".[")
	if end < 0 {
		end = len(name)
	}
	first, rest := name[:end], name[end:]
	v, err := fa.argument(first)
	if err != nil {
		return Value{}, err
	}
	for rest != "" {
		switch rest[0] {
		case '.':
			rest = rest[1:]
			n := strings.IndexAny(rest, ".[")
			if n < 0 {
				n = len(rest)
			}
			if n == 0 {
				return Value{}, Errorf(ValueErrorType, "Empty attribute in format string")
			}
			if v, err = GetAttr(fa.t, v, rest[:n]); err != nil {
				return Value{}, err
			}
			rest = rest[n:]
		case '[':
			n := strings.IndexByte(rest, ']')
			if n < 0 {
				return Value{}, Errorf(ValueErrorType, "Missing ']' in format string")
			}
			key := rest[1:n]
			if key == "" {
				return Value{}, Errorf(ValueErrorType, "Empty attribute in format string")
			}
			var k Value
			if i, ok := fieldIndex(key); ok {
				k = Int(int64(i))
			} else {
				k = NewStr(key)
			}
			if v, err = GetItem(fa.t, v, k); err != nil {
				return Value{}, err
			}
			rest = rest[n+1:]
			if rest != "" && rest[0] != '.' && rest[0] != '[' {
				return Value{}, Errorf(ValueErrorType, "Only '.' or '[' may follow ']' in format field specifier")
			}
		default:
			return Value{}, Errorf(ValueErrorType, "Only '.' or '[' may follow ']' in format field specifier")
		}
	}
	return v, nil
}

// fieldIndex parses an all-digit field name.
func fieldIndex(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
	}
	n, err := strconv.Atoi(s)
	return n, err == nil
}

// argument finds the value of the first part of a field name.
func (fa *formatArgs) argument(first string) (Value, error) {
	idx, numeric := fieldIndex(first)
	if first == "" {
		if fa.mode == 2 {
			return Value{}, Errorf(ValueErrorType, "cannot switch from manual field specification to automatic field numbering")
		}
		fa.mode = 1
		idx, numeric = fa.autoIdx, true
		fa.autoIdx++
	} else if numeric {
		if fa.mode == 1 {
			return Value{}, Errorf(ValueErrorType, "cannot switch from automatic field numbering to manual field specification")
		}
		fa.mode = 2
	}
	if numeric {
		if fa.mapping.IsNull() && idx < len(fa.args) {
			return fa.args[idx], nil
		}
		if !fa.mapping.IsNull() {
			return Value{}, Errorf(ValueErrorType, "Format string contains positional fields")
		}
		return Value{}, Errorf(IndexErrorType, "Replacement index %d out of range for positional args tuple", idx)
	}
	if !fa.mapping.IsNull() {
		return GetItem(fa.t, fa.mapping, NewStr(first))
	}
	for _, kw := range fa.kwargs {
		if kw.Name == first {
			return kw.Value, nil
		}
	}
	return Value{}, NewException(KeyErrorType, NewStr(first))
}

// ASCIIRepr is ascii(v): repr(v) with every non-ASCII character escaped.
func ASCIIRepr(t *Thread, v Value) (string, error) {
	s, err := Repr(t, v)
	if err != nil {
		return "", err
	}
	if isASCIIString(s) {
		return s, nil
	}
	var b strings.Builder
	for _, r := range s {
		if r < utf8.RuneSelf {
			b.WriteRune(r)
		} else {
			b.Write(escapeRune(r))
		}
	}
	return b.String(), nil
}
