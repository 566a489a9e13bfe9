package runtime

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Text algorithms shared by str and bytes methods, written once over Go
// strings. A textKind says what differs between the two types: how values
// are wrapped and unwrapped, what whitespace and line breaks are, and how
// byte offsets map to Python indices (code points for str, bytes for bytes).

// textKind describes str or bytes for the shared methods.
type textKind struct {
	name   string                       // "str" or "bytes"
	unwrap func(v Value) (string, bool) // the receiver's or argument's text
	wrap   func(s string) Value
	// isSpace is the whitespace of split() and strip().
	isSpace func(r rune) bool
	// decode reads one character: a code point for str, a byte for bytes.
	decode func(s string) (rune, int)
	// lineBreak returns the length of the line break at s[i:], or 0.
	lineBreak func(s string, i int) int
}

var strKind = &textKind{
	name:      "str",
	unwrap:    AsStr,
	wrap:      NewStr,
	isSpace:   isPySpace,
	decode:    utf8.DecodeRuneInString,
	lineBreak: strLineBreak,
}

var bytesKind = &textKind{
	name: "bytes",
	unwrap: func(v Value) (string, bool) {
		b, ok := AsBytes(v)
		return string(b), ok
	},
	wrap:    func(s string) Value { return NewBytes([]byte(s)) },
	isSpace: isASCIISpace,
	decode:  func(s string) (rune, int) { return rune(s[0]), 1 },
	lineBreak: func(s string, i int) int {
		switch s[i] {
		case '\n':
			return 1
		case '\r':
			if i+1 < len(s) && s[i+1] == '\n' {
				return 2
			}
			return 1
		}
		return 0
	},
}

// isPySpace is str.isspace for one character: Unicode White_Space plus the
// ASCII separators \x1c-\x1f, which Python also counts.
func isPySpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r >= '\t' && r <= '\r' || r >= 0x1c && r <= 0x1f
	}
	return unicode.IsSpace(r)
}

// isASCIISpace is bytes.isspace for one byte.
func isASCIISpace(r rune) bool { return r == ' ' || r >= '\t' && r <= '\r' }

// strLineBreak is the length of the str line boundary at s[i:], or 0.
func strLineBreak(s string, i int) int {
	c := s[i]
	switch {
	case c == '\r':
		if i+1 < len(s) && s[i+1] == '\n' {
			return 2
		}
		return 1
	case c == '\n' || c == '\v' || c == '\f' || c >= 0x1c && c <= 0x1e:
		return 1
	case c < utf8.RuneSelf:
		return 0
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	if r == 0x85 || r == 0x2028 || r == 0x2029 {
		return size
	}
	return 0
}

// argText unwraps a text argument of the same kind, with CPython's
// "must be str, not int" error.
func (k *textKind) argText(v Value) (string, error) {
	if s, ok := k.unwrap(v); ok {
		return s, nil
	}
	if k == bytesKind {
		return "", Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", v.Type().Name)
	}
	return "", Errorf(TypeErrorType, "must be str, not %s", v.Type().Name)
}

// splitWhitespace is split() without a separator: runs of whitespace
// separate, leading and trailing whitespace is dropped; at most maxsplit
// splits (negative: no limit).
func (k *textKind) splitWhitespace(s string, maxsplit int) []string {
	var out []string
	i := 0
	for {
		for i < len(s) {
			r, size := k.decode(s[i:])
			if !k.isSpace(r) {
				break
			}
			i += size
		}
		if i >= len(s) {
			return out
		}
		if maxsplit == 0 {
			return append(out, s[i:])
		}
		j := i
		for j < len(s) {
			r, size := k.decode(s[j:])
			if k.isSpace(r) {
				break
			}
			j += size
		}
		out = append(out, s[i:j])
		maxsplit--
		i = j
	}
}

// rsplitWhitespace is rsplit() without a separator.
func (k *textKind) rsplitWhitespace(s string, maxsplit int) []string {
	var out []string
	j := len(s)
	for {
		for j > 0 {
			r, size := k.lastChar(s[:j])
			if !k.isSpace(r) {
				break
			}
			j -= size
		}
		if j <= 0 {
			break
		}
		if maxsplit == 0 {
			out = append(out, s[:j])
			break
		}
		i := j
		for i > 0 {
			r, size := k.lastChar(s[:i])
			if k.isSpace(r) {
				break
			}
			i -= size
		}
		out = append(out, s[i:j])
		maxsplit--
		j = i
	}
	reverseStrings(out)
	return out
}

// lastChar decodes the last character of s.
func (k *textKind) lastChar(s string) (rune, int) {
	if k == bytesKind {
		return rune(s[len(s)-1]), 1
	}
	return utf8.DecodeLastRuneInString(s)
}

// rsplitSep splits on sep from the right, at most maxsplit times.
func rsplitSep(s, sep string, maxsplit int) []string {
	var out []string
	for maxsplit != 0 {
		i := strings.LastIndex(s, sep)
		if i < 0 {
			break
		}
		out = append(out, s[i+len(sep):])
		s = s[:i]
		maxsplit--
	}
	out = append(out, s)
	reverseStrings(out)
	return out
}

func reverseStrings(a []string) {
	for i, j := 0, len(a)-1; i < j; i, j = i+1, j-1 {
		a[i], a[j] = a[j], a[i]
	}
}

// strip removes leading (left) and/or trailing (right) characters that are
// in chars, or whitespace when chars is nil.
func (k *textKind) strip(s string, chars *string, left, right bool) string {
	in := k.isSpace
	if chars != nil {
		set := *chars
		if k == bytesKind {
			in = func(r rune) bool { return strings.IndexByte(set, byte(r)) >= 0 }
		} else {
			in = func(r rune) bool { return strings.ContainsRune(set, r) }
		}
	}
	if left {
		for len(s) > 0 {
			r, size := k.decode(s)
			if !in(r) {
				break
			}
			s = s[size:]
		}
	}
	if right {
		for len(s) > 0 {
			r, size := k.lastChar(s)
			if !in(r) {
				break
			}
			s = s[:len(s)-size]
		}
	}
	return s
}

// splitLines is splitlines(keepends).
func (k *textKind) splitLines(s string, keepends bool) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); {
		n := k.lineBreak(s, i)
		if n == 0 {
			if k == bytesKind || s[i] < utf8.RuneSelf {
				i++
			} else {
				_, size := utf8.DecodeRuneInString(s[i:])
				i += size
			}
			continue
		}
		if keepends {
			out = append(out, s[start:i+n])
		} else {
			out = append(out, s[start:i])
		}
		i += n
		start = i
	}
	if start < len(s) {
		out = append(out, s[start:])
	}
	return out
}

// expandTabs replaces tabs by spaces up to the next multiple of tabsize;
// the column restarts after \n and \r.
func (k *textKind) expandTabs(s string, tabsize int) string {
	var b strings.Builder
	col := 0
	for i := 0; i < len(s); {
		r, size := k.decode(s[i:])
		i += size
		switch r {
		case '\t':
			if tabsize > 0 {
				n := tabsize - col%tabsize
				b.WriteString(strings.Repeat(" ", n))
				col += n
			}
			continue
		case '\n', '\r':
			col = -1
		}
		b.WriteString(s[i-size : i])
		col++
	}
	return b.String()
}

// upperRune and friends apply Python's full case mappings where they differ
// from the simple one-to-one mappings of package unicode.
var fullUpper = map[rune]string{
	'ß': "SS", 'ŉ': "ʼN", 'ǰ': "J̌", 'ﬀ': "FF", 'ﬁ': "FI", 'ﬂ': "FL",
	'ﬃ': "FFI", 'ﬄ': "FFL", 'ﬅ': "ST", 'ﬆ': "ST",
}

var fullTitle = map[rune]string{
	'ß': "Ss", 'ﬀ': "Ff", 'ﬁ': "Fi", 'ﬂ': "Fl", 'ﬃ': "Ffi", 'ﬄ': "Ffl", 'ﬅ': "St", 'ﬆ': "St",
}

// caseMap rewrites s one character at a time; for ASCII text it works on
// bytes only.
func caseMap(s string, ascii func(c byte) byte, uni func(b *strings.Builder, r rune, prevCased bool) bool) string {
	isASCII := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			isASCII = false
			break
		}
	}
	if isASCII && ascii != nil {
		b := []byte(s)
		for i, c := range b {
			b[i] = ascii(c)
		}
		return string(b)
	}
	return caseMapFrom(s, 0, false, uni)
}

// caseMapFrom maps s[from:] (the rest of s is context only). With sigma,
// a capital sigma the mapping lowers becomes the final form ς at the end
// of a word, as CPython's lower, swapcase, title and capitalize do
// (handle_capital_sigma); casefold does not.
func caseMapFrom(s string, from int, sigma bool, uni func(b *strings.Builder, r rune, prevCased bool) bool) string {
	var b strings.Builder
	b.Grow(len(s) - from)
	prevCased := false
	for i, r := range s[from:] {
		if sigma && r == 'Σ' {
			var one strings.Builder
			prevCased = uni(&one, r, prevCased)
			if one.String() == "σ" && finalSigma(s, from+i) {
				b.WriteRune('ς')
			} else {
				b.WriteString(one.String())
			}
			continue
		}
		prevCased = uni(&b, r, prevCased)
	}
	return b.String()
}

// finalSigma reports whether the capital sigma at byte i of s ends a word:
// a cased letter before it and none after it, skipping case-ignorable
// characters both ways (Unicode's Final_Sigma condition).
func finalSigma(s string, i int) bool {
	j := i
	var c rune
	for j > 0 {
		var size int
		c, size = utf8.DecodeLastRuneInString(s[:j])
		j -= size
		if !isCaseIgnorable(c) {
			break
		}
	}
	if j == i || isCaseIgnorable(c) || !isCased(c) {
		return false
	}
	for _, c := range s[i+len("Σ"):] {
		if !isCaseIgnorable(c) {
			return !isCased(c)
		}
	}
	return true
}

// isCaseIgnorable is Unicode's Case_Ignorable property: marks, format
// characters, modifier letters and symbols, and the apostrophes, periods
// and colons that may sit inside a word.
func isCaseIgnorable(r rune) bool {
	switch r {
	case '\'', '.', ':', '\u00b7', '\u0387', '\u055f', '\u05f4', '\u2018', '\u2019',
		'\u2024', '\u2027', '\ufe13', '\ufe52', '\ufe55', '\uff07', '\uff0e', '\uff1a':
		return true
	}
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm, unicode.Sk)
}

func toUpperFull(b *strings.Builder, r rune, _ bool) bool {
	if m, ok := fullUpper[r]; ok {
		b.WriteString(m)
	} else {
		b.WriteRune(unicode.ToUpper(r))
	}
	return false
}

func toLowerFull(b *strings.Builder, r rune, _ bool) bool {
	if r == 'İ' {
		b.WriteString("i̇")
	} else {
		b.WriteRune(unicode.ToLower(r))
	}
	return false
}

// titleRune writes r title-cased after an uncased character, else lowered;
// it reports whether r is cased (for the next character).
func titleRune(b *strings.Builder, r rune, prevCased bool) bool {
	if prevCased {
		toLowerFull(b, r, false)
	} else if m, ok := fullTitle[r]; ok {
		b.WriteString(m)
	} else {
		b.WriteRune(unicode.ToTitle(r))
	}
	return isCased(r)
}

// isCased reports whether r has case (Lu, Ll, Lt, or other letters that
// change under case mapping).
func isCased(r rune) bool {
	return unicode.IsUpper(r) || unicode.IsLower(r) || unicode.IsTitle(r)
}

func asciiUpper(c byte) byte {
	if c >= 'a' && c <= 'z' {
		return c - 32
	}
	return c
}

func asciiLower(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 32
	}
	return c
}

// titleASCII is str.title for ASCII text.
func titleASCII(s string) string {
	b := []byte(s)
	prevCased := false
	for i, c := range b {
		isLetter := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
		if prevCased {
			b[i] = asciiLower(c)
		} else {
			b[i] = asciiUpper(c)
		}
		prevCased = isLetter
	}
	return string(b)
}

// isDigitRune is str.isdigit for one character: decimal digits plus the
// digits of Numeric_Type=Digit (superscripts, circled digits, ...).
func isDigitRune(r rune) bool {
	if unicode.Is(unicode.Nd, r) {
		return true
	}
	switch {
	case r == '²' || r == '³' || r == '¹':
		return true
	case r >= 0x2070 && r <= 0x2079 && r != 0x2071 && r != 0x2072 && r != 0x2073:
		return true
	case r >= 0x2080 && r <= 0x2089:
		return true
	case r >= 0x2460 && r <= 0x2468, r >= 0x2474 && r <= 0x247C, r >= 0x2488 && r <= 0x2490:
		return true
	case r == 0x24EA || r >= 0x24F5 && r <= 0x24FD || r == 0x24FF:
		return true
	case r >= 0x2776 && r <= 0x277E, r >= 0x2780 && r <= 0x2788, r >= 0x278A && r <= 0x2792:
		return true
	}
	return false
}

// isNumericRune is str.isnumeric for one character: any character with a
// numeric value (Nd, Nl, No and the CJK numerals).
func isNumericRune(r rune) bool {
	if unicode.In(r, unicode.Nd, unicode.Nl, unicode.No) {
		return true
	}
	return strings.ContainsRune("〇一二三四五六七八九十百千万億兆零壹贰叁肆伍陆柒捌玖拾佰仟", r)
}

// isIdentifier is str.isidentifier: a letter or underscore, then letters,
// digits, marks and connector punctuation (XID_Start/XID_Continue).
func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if r == '_' || unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) {
			continue
		}
		if i > 0 && (unicode.IsDigit(r) || unicode.In(r, unicode.Mn, unicode.Mc, unicode.Pc)) {
			continue
		}
		return false
	}
	return true
}
