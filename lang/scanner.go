package lang

import (
	"fmt"
	"unicode"
	"unicode/utf8"

	"github.com/alecthomas/participle/v2/lexer"
)

// This file is the raw scanner: it recognises one token (name, number,
// string, operator) at the current position of the source. Line structure
// (NEWLINE, INDENT, DEDENT, comments, continuation lines, brackets) is the
// indenter's job (indent.go). The checks and error messages follow CPython
// 3.11's tokenizer (Parser/tokenizer.c) closely, including where the caret of
// each error points: CPython reports tokenizer errors at the character just
// before its read position, so each error here names that position.

// scanName scans an identifier, a keyword or, when the name is a string
// prefix directly followed by a quote, a string literal.
func (lx *Lexer) scanName(start int) (lexer.TokenType, bool) {
	src := lx.src
	i := start
	ascii := true
	for i < len(src) {
		c := src[i]
		if c < utf8.RuneSelf {
			if !isNameChar(c) {
				break
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(src[i:])
		if !isIdentifierRune(r, false) {
			break
		}
		ascii = false
		i += size
	}
	if i < len(src) && (src[i] == '"' || src[i] == '\'') && isStringPrefix(src[start:i]) {
		return lx.scanString(start, i)
	}
	if !ascii {
		lx.markNonASCII(start)
	}
	lx.pos = i
	if t, ok := keywords[src[start:i]]; ok {
		return t, true
	}
	return tokName, true
}

// isNameChar reports whether an ASCII byte may continue an identifier.
func isNameChar(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// isNameStart reports whether an ASCII byte may start an identifier.
func isNameStart(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// isIdentifierRune reports whether a non-ASCII rune may appear in an
// identifier (PEP 3131: XID_Start / XID_Continue, approximated by Go's
// Unicode tables).
func isIdentifierRune(r rune, first bool) bool {
	if unicode.IsLetter(r) || r == '_' {
		return true
	}
	if first {
		return unicode.Is(unicode.Nl, r) || unicode.Is(unicode.Other_ID_Start, r)
	}
	return unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) ||
		unicode.Is(unicode.Nd, r) || unicode.Is(unicode.Pc, r) || unicode.Is(unicode.Nl, r) ||
		unicode.Is(unicode.Other_ID_Start, r) || unicode.Is(unicode.Other_ID_Continue, r)
}

// isStringPrefix reports whether p is a valid string prefix (any case):
// r, u, b, br, rb, f, fr, rf.
func isStringPrefix(p string) bool {
	switch len(p) {
	case 1:
		switch p[0] | 0x20 {
		case 'r', 'u', 'b', 'f':
			return true
		}
	case 2:
		a, b := p[0]|0x20, p[1]|0x20
		return (a == 'r' && (b == 'b' || b == 'f')) || (b == 'r' && (a == 'b' || a == 'f'))
	}
	return false
}

// scanString scans a string literal whose prefix starts at start and whose
// opening quote is at quote.
func (lx *Lexer) scanString(start, quote int) (lexer.TokenType, bool) {
	src := lx.src
	q := src[quote]
	i := quote + 1
	size := 1
	if i+1 < len(src) && src[i] == q && src[i+1] == q {
		size = 3
		i += 2
	}
	firstLine := lx.line
	for {
		if i >= len(src) || (size == 1 && src[i] == '\n') {
			// CPython reports the error at the string's first character
			// on its first line, naming the line where it gave up.
			what := "unterminated string literal"
			if size == 3 {
				what = "unterminated triple-quoted string literal"
			}
			col := lx.columnOn(start, firstLine)
			detected := lx.line // the line of the last character read
			if i >= len(src) && len(src) > 0 && src[len(src)-1] == '\n' {
				detected--
			}
			lx.err = &SyntaxError{
				Kind: "SyntaxError", Msg: fmt.Sprintf("%s (detected at line %d)", what, detected),
				Filename: lx.filename, Line: firstLine, Col: col, EndCol: col,
				Text:        lx.lineText(firstLine),
				Incomplete:  size == 3 && i >= len(src),
				charOffsets: true,
			}
			lx.errKind = lexErrImmediate
			return tokError, false
		}
		c := src[i]
		switch {
		case c == q:
			if size == 1 {
				lx.pos = i + 1
				return tokString, true
			}
			if i+2 < len(src) && src[i+1] == q && src[i+2] == q {
				lx.pos = i + 3
				return tokString, true
			}
			i++
		case c == '\\':
			i++
			if i < len(src) {
				if src[i] == '\n' {
					lx.newLine(i + 1)
				}
				i++
			}
		case c == '\n':
			lx.newLine(i + 1)
			i++
		default:
			if c >= utf8.RuneSelf {
				lx.markNonASCII(i)
			}
			i++
		}
	}
}

// scanNumber scans a number literal starting at start (a digit, or a '.'
// followed by a digit). It follows the structure of CPython's tokenizer so
// that each malformed literal gets CPython's message at CPython's position.
func (lx *Lexer) scanNumber(start int) (lexer.TokenType, bool) {
	src := lx.src
	i := start
	at := func(k int) byte { // the byte at k, 0 past the end
		if k < len(src) {
			return src[k]
		}
		return 0
	}
	if src[i] == '.' {
		return lx.scanFraction(start, i+1)
	}
	if src[i] == '0' {
		i++
		switch at(i) | 0x20 {
		case 'x':
			return lx.scanRadix(start, i+1, 16, "hexadecimal")
		case 'o':
			return lx.scanRadix(start, i+1, 8, "octal")
		case 'b':
			return lx.scanRadix(start, i+1, 2, "binary")
		}
		// Zeros, maybe followed by more digits (only allowed for floats).
		for {
			if at(i) == '_' {
				i++
				if !isDigit(at(i)) {
					return lx.failNumber(i, "invalid decimal literal")
				}
			}
			if at(i) != '0' {
				break
			}
			i++
		}
		zerosEnd := i + 1
		nonzero := false
		if isDigit(at(i)) {
			nonzero = true
			var ok bool
			if i, ok = lx.decimalTail(i); !ok {
				return tokError, false
			}
		}
		switch c := at(i); {
		case c == '.':
			return lx.scanFraction(start, i+1)
		case c == 'e' || c == 'E':
			return lx.scanExponent(start, i)
		case c == 'j' || c == 'J':
			return lx.scanImaginary(start, i+1)
		case nonzero:
			lx.failRange(start+1, zerosEnd, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
			return tokError, false
		}
		return lx.endNumber(start, i, "decimal")
	}
	i, ok := lx.decimalTail(i)
	if !ok {
		return tokError, false
	}
	switch at(i) {
	case '.':
		return lx.scanFraction(start, i+1)
	case 'e', 'E':
		return lx.scanExponent(start, i)
	case 'j', 'J':
		return lx.scanImaginary(start, i+1)
	}
	return lx.endNumber(start, i, "decimal")
}

// scanFraction continues a float after its '.' (i is just past the dot).
func (lx *Lexer) scanFraction(start, i int) (lexer.TokenType, bool) {
	if i < len(lx.src) && isDigit(lx.src[i]) {
		var ok bool
		if i, ok = lx.decimalTail(i); !ok {
			return tokError, false
		}
	}
	if i < len(lx.src) {
		switch lx.src[i] {
		case 'e', 'E':
			return lx.scanExponent(start, i)
		case 'j', 'J':
			return lx.scanImaginary(start, i+1)
		}
	}
	return lx.endNumber(start, i, "decimal")
}

// scanExponent continues a float at its 'e' (at index e).
func (lx *Lexer) scanExponent(start, e int) (lexer.TokenType, bool) {
	i := e + 1
	if i < len(lx.src) && (lx.src[i] == '+' || lx.src[i] == '-') {
		i++
		if i >= len(lx.src) || !isDigit(lx.src[i]) {
			return lx.failNumber(i, "invalid decimal literal")
		}
	} else if i >= len(lx.src) || !isDigit(lx.src[i]) {
		// "1e" alone: the number ends before the 'e', which must then
		// not start a name (except a keyword, as in "1else").
		if !numberMayEndBefore(lx.src, e) {
			return lx.failNumber(e, "invalid decimal literal")
		}
		lx.pos = e
		return tokNumber, true
	}
	i, ok := lx.decimalTail(i)
	if !ok {
		return tokError, false
	}
	if i < len(lx.src) && (lx.src[i] == 'j' || lx.src[i] == 'J') {
		return lx.scanImaginary(start, i+1)
	}
	return lx.endNumber(start, i, "decimal")
}

// scanImaginary rejects an imaginary literal once it is complete: complex
// numbers are outside minipy's subset.
func (lx *Lexer) scanImaginary(start, i int) (lexer.TokenType, bool) {
	if tt, ok := lx.endNumber(start, i, "imaginary"); !ok {
		return tt, ok
	}
	lx.failRange(start+1, i+1, "complex numbers (imaginary literals like 1j) are not supported by minipy")
	return tokError, false
}

// scanRadix scans the digits of a 0x / 0o / 0b literal; i is just past the
// base letter.
func (lx *Lexer) scanRadix(start, i, base int, kind string) (lexer.TokenType, bool) {
	src := lx.src
	for {
		if i < len(src) && src[i] == '_' {
			i++
		}
		if i >= len(src) || !isBaseDigit(src[i], base) {
			if base != 16 && i < len(src) && isDigit(src[i]) {
				return lx.failNumber(i+1, fmt.Sprintf("invalid digit '%c' in %s literal", src[i], kind))
			}
			return lx.failNumber(i, "invalid "+kind+" literal")
		}
		for i < len(src) && isBaseDigit(src[i], base) {
			i++
		}
		if i >= len(src) || src[i] != '_' {
			break
		}
	}
	if base != 16 && i < len(src) && isDigit(src[i]) {
		return lx.failNumber(i+1, fmt.Sprintf("invalid digit '%c' in %s literal", src[i], kind))
	}
	return lx.endNumber(start, i, kind)
}

// decimalTail consumes digits with single underscores between them,
// starting at a digit at i; it returns the index past them.
func (lx *Lexer) decimalTail(i int) (int, bool) {
	src := lx.src
	for {
		for i < len(src) && isDigit(src[i]) {
			i++
		}
		if i >= len(src) || src[i] != '_' {
			return i, true
		}
		i++
		if i >= len(src) || !isDigit(src[i]) {
			lx.failNumber(i, "invalid decimal literal")
			return i, false
		}
	}
}

// endNumber finishes a number ending at i: it must not run straight into a
// name ("1abc"), except into the keywords CPython tolerates there ("1if").
func (lx *Lexer) endNumber(start, i int, kind string) (lexer.TokenType, bool) {
	if !numberMayEndBefore(lx.src, i) {
		return lx.failNumber(i, "invalid "+kind+" literal")
	}
	lx.pos = i
	return tokNumber, true
}

// numberMayEndBefore reports whether a number may end just before src[i]:
// anything but an identifier character, or one of the keywords that can
// follow a number in valid code (CPython only warns about "1if").
func numberMayEndBefore(src string, i int) bool {
	if i >= len(src) {
		return true
	}
	c := src[i]
	rest := src[i:]
	hasPrefix := func(p string) bool { return len(rest) >= len(p) && rest[:len(p)] == p }
	switch c {
	case 'a':
		return hasPrefix("and")
	case 'e':
		return hasPrefix("else")
	case 'f':
		return hasPrefix("for")
	case 'i':
		return hasPrefix("if") || hasPrefix("in") || hasPrefix("is")
	case 'o':
		return hasPrefix("or")
	case 'n':
		return hasPrefix("not")
	}
	if c < utf8.RuneSelf {
		return !isNameChar(c)
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return !isIdentifierRune(r, false)
}

// failNumber reports a malformed number at read position cur.
func (lx *Lexer) failNumber(cur int, msg string) (lexer.TokenType, bool) {
	lx.failAt(cur, msg)
	return tokError, false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isBaseDigit(c byte, base int) bool {
	switch base {
	case 2:
		return c == '0' || c == '1'
	case 8:
		return c >= '0' && c <= '7'
	}
	return isDigit(c) || (c|0x20) >= 'a' && (c|0x20) <= 'f'
}

// oneCharOps maps the single-character operators to their token types.
var oneCharOps = func() (t [128]lexer.TokenType) {
	for text, tt := range operators {
		if len(text) == 1 {
			t[text[0]] = tt
		}
	}
	return t
}()

// scanOperator scans an operator or delimiter at start; it returns false
// for a character that is not one.
func (lx *Lexer) scanOperator(start int) (lexer.TokenType, bool) {
	src := lx.src
	// Only a few second characters can extend an operator; checking them
	// first keeps the map lookups off the common one-character path.
	if start+1 < len(src) {
		switch src[start+1] {
		case '=', '*', '/', '<', '>', '.', '-':
			for n := 3; n >= 2; n-- {
				if start+n <= len(src) {
					if t, ok := operators[src[start:start+n]]; ok {
						lx.pos = start + n
						return t, true
					}
				}
			}
			if src[start] == '<' && src[start+1] == '>' {
				// Python 2's inequality: one token the parser rejects.
				lx.pos = start + 2
				return tokOther, true
			}
		}
	}
	if c := src[start]; c < utf8.RuneSelf && oneCharOps[c] != 0 {
		lx.pos = start + 1
		return oneCharOps[c], true
	}
	return 0, false
}
