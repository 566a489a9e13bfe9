package runtime

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// StrRepr is repr() of a str with CPython's rules: single quotes unless the
// text contains ' and no ", backslash escapes for \\ \n \r \t and the quote,
// \xhh for other ASCII control characters, and \xhh, \uhhhh or \Uhhhhhhhh
// for non-printable non-ASCII characters (printable ones are kept).
func StrRepr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	if simpleRepr(s, quote) {
		return string(quote) + s + string(quote)
	}
	b := make([]byte, 0, len(s)+8)
	b = append(b, quote)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			b = appendASCIIEscaped(b, c, quote)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if isPrintable(r) {
			b = append(b, s[i:i+size]...)
		} else {
			b = append(b, escapeRune(r)...)
		}
		i += size
	}
	return string(append(b, quote))
}

// simpleRepr reports whether s needs no escaping inside the given quotes.
func simpleRepr(s string, quote byte) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < ' ' || c >= 0x7f || c == '\\' || c == quote {
			return false
		}
	}
	return true
}

// appendASCIIEscaped writes one ASCII character as it appears in a repr.
func appendASCIIEscaped(b []byte, c, quote byte) []byte {
	switch c {
	case '\\':
		return append(b, '\\', '\\')
	case '\n':
		return append(b, '\\', 'n')
	case '\r':
		return append(b, '\\', 'r')
	case '\t':
		return append(b, '\\', 't')
	case quote:
		return append(b, '\\', c)
	}
	if c < ' ' || c == 0x7f {
		return append(b, '\\', 'x', hexDigits[c>>4], hexDigits[c&15])
	}
	return append(b, c)
}

// escapeRune is the \x, \u or \U escape of a code point.
func escapeRune(r rune) []byte {
	switch {
	case r < 0x100:
		return []byte{'\\', 'x', hexDigits[r>>4], hexDigits[r&15]}
	case r < 0x10000:
		return []byte{'\\', 'u', hexDigits[r>>12&15], hexDigits[r>>8&15], hexDigits[r>>4&15], hexDigits[r&15]}
	}
	b := []byte{'\\', 'U'}
	for shift := 28; shift >= 0; shift -= 4 {
		b = append(b, hexDigits[r>>uint(shift)&15])
	}
	return b
}

// isPrintable is Python's str.isprintable for one character: everything
// except the categories Cc, Cf, Cs, Co, Cn (unassigned), Zl, Zp and Zs
// other than the ASCII space.
func isPrintable(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= ' ' && r < 0x7f
	}
	if unicode.In(r, unicode.Cc, unicode.Cf, unicode.Cs, unicode.Co, unicode.Zl, unicode.Zp, unicode.Zs) {
		return false
	}
	// Unassigned code points belong to no category.
	return unicode.In(r, unicode.L, unicode.M, unicode.N, unicode.P, unicode.S)
}

// BytesRepr is repr() of a bytes value: b'...' with CPython's escaping
// (printable ASCII kept, \t \n \r \\ and the quote escaped, \xhh otherwise).
func BytesRepr(bs []byte) string {
	quote := byte('\'')
	hasSingle, hasDouble := false, false
	for _, c := range bs {
		hasSingle = hasSingle || c == '\''
		hasDouble = hasDouble || c == '"'
	}
	if hasSingle && !hasDouble {
		quote = '"'
	}
	b := make([]byte, 0, len(bs)+3)
	b = append(b, 'b', quote)
	for _, c := range bs {
		if c >= 0x80 {
			b = append(b, '\\', 'x', hexDigits[c>>4], hexDigits[c&15])
			continue
		}
		b = appendASCIIEscaped(b, c, quote)
	}
	return string(append(b, quote))
}
