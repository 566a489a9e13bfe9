package lang

import (
	"fmt"
	"math/big"
	"strings"
	"unicode/utf8"

	"github.com/alecthomas/participle/v2/lexer"
)

// This file turns number and string tokens into Constant nodes: number text
// normalised for the compiler, string escapes decoded as Python decodes
// them, adjacent literals concatenated (f-strings included).

// number converts a NUMBER token (already validated by the lexer).
func (p *exprParser) number(t *lexer.Token) Expr {
	pos := p.span(p.posOf(t))
	text := t.Value
	if strings.IndexByte(text, '_') >= 0 {
		text = strings.ReplaceAll(text, "_", "")
	}
	if len(text) > 1 && text[0] == '0' {
		base := 0
		switch text[1] | 0x20 {
		case 'x':
			base = 16
		case 'o':
			base = 8
		case 'b':
			base = 2
		}
		if base != 0 {
			n, _ := new(big.Int).SetString(text[2:], base)
			return &Constant{Pos: pos, Kind: ConstInt, Value: n.String()}
		}
	}
	if strings.ContainsAny(text, ".eE") {
		return &Constant{Pos: pos, Kind: ConstFloat, Value: text}
	}
	// Strip leading zeros ("00" is 0) but keep one digit.
	i := 0
	for i < len(text)-1 && text[i] == '0' {
		i++
	}
	return &Constant{Pos: pos, Kind: ConstInt, Value: text[i:]}
}

// stringPart is one decoded string token of a concatenation.
type stringPart struct {
	tok     *lexer.Token
	bytes   bool
	fstring bool
	raw     bool
	body    string // between the quotes, undecoded
	bodyPos lexer.Position
}

// strings parses one or more adjacent string literals into a Constant
// (str or bytes) or, if any is an f-string, a JoinedStr. Like CPython,
// errors in the literals are reported at the token after them.
func (p *exprParser) strings() Expr {
	first := p.peek()
	var parts []stringPart
	for p.peekType() == tokString {
		parts = append(parts, splitString(p.next()))
	}
	start := p.span(p.posOf(first))
	after := p.peek()
	isBytes := parts[0].bytes
	hasF := false
	for _, part := range parts {
		if part.bytes != isBytes {
			p.failAtToken(after, "cannot mix bytes and nonbytes literals")
		}
		hasF = hasF || part.fstring
	}
	if isBytes {
		var b strings.Builder
		for _, part := range parts {
			b.WriteString(p.decodeBytes(part, after))
		}
		return &Constant{Pos: start, Kind: ConstBytes, Value: b.String()}
	}
	if !hasF {
		if len(parts) == 1 {
			return &Constant{Pos: start, Kind: ConstStr, Value: p.decodeStr(parts[0].body, parts[0].raw, after)}
		}
		var b strings.Builder
		for _, part := range parts {
			b.WriteString(p.decodeStr(part.body, part.raw, after))
		}
		return &Constant{Pos: start, Kind: ConstStr, Value: b.String()}
	}
	js := &joinedBuilder{pos: start}
	for _, part := range parts {
		if part.fstring {
			p.fstring(js, part, after)
		} else {
			js.addText(p.decodeStr(part.body, part.raw, after))
		}
	}
	return js.finish()
}

// splitString separates a STRING token into prefix flags and body.
func splitString(t *lexer.Token) stringPart {
	v := t.Value
	part := stringPart{tok: t}
	i := 0
	for v[i] != '"' && v[i] != '\'' {
		switch v[i] | 0x20 {
		case 'b':
			part.bytes = true
		case 'r':
			part.raw = true
		case 'f':
			part.fstring = true
		}
		i++
	}
	q := 1
	if len(v)-i >= 6 && v[i+1] == v[i] && v[i+2] == v[i] {
		q = 3
	}
	part.body = v[i+q : len(v)-q]
	part.bodyPos = t.Pos
	part.bodyPos.Offset += i + q
	part.bodyPos.Column += i + q
	return part
}

// decodeStr processes the escapes of a str literal body.
func (p *exprParser) decodeStr(body string, raw bool, after *lexer.Token) string {
	if raw || strings.IndexByte(body, '\\') < 0 {
		return body
	}
	var b strings.Builder
	b.Grow(len(body))
	for i := 0; i < len(body); {
		c := body[i]
		if c != '\\' || i+1 >= len(body) {
			b.WriteByte(c)
			i++
			continue
		}
		start := i
		i++
		c = body[i]
		i++
		if e, ok := simpleEscapes[c]; ok {
			b.WriteString(e)
			continue
		}
		switch c {
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v, n := octalValue(body[i-1:])
			i += n - 1
			b.WriteRune(rune(v))
		case 'x', 'u', 'U':
			digits := map[byte]int{'x': 2, 'u': 4, 'U': 8}[c]
			v, n := hexValue(body[i:], digits)
			if n < digits {
				p.unicodeError(after, body, start, i+n-1, fmt.Sprintf("truncated \\%s escape", map[byte]string{'x': "xXX", 'u': "uXXXX", 'U': "UXXXXXXXX"}[c]))
			}
			i += n
			if v > utf8.MaxRune {
				p.unicodeError(after, body, start, i-1, "illegal Unicode character")
			}
			b.WriteRune(rune(v))
		case 'N':
			end := strings.IndexByte(body[i:], '}')
			last := len(body) - 1
			if end >= 0 {
				last = i + end
			}
			p.failAtToken(after, fmt.Sprintf("(unicode error) \\N{...} escapes (position %d-%d) are not supported by minipy", codecIndex(body, start), codecIndex(body, last)))
		default:
			// Unknown escapes are kept as written.
			b.WriteByte('\\')
			i = start + 1
		}
	}
	return b.String()
}

// unicodeError reports a bad escape in a str literal the way CPython's
// codec does (positions within the literal's body, see codecIndex).
func (p *exprParser) unicodeError(after *lexer.Token, body string, from, to int, what string) {
	p.failAtToken(after, fmt.Sprintf("(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: %s",
		codecIndex(body, from), codecIndex(body, to), what))
}

// codecIndex converts a byte index of body into the position CPython's
// codec reports: CPython rewrites every non-ASCII character as a
// ten-character \UXXXXXXXX escape before decoding.
func codecIndex(body string, i int) int {
	n := i
	for j := 0; j < i && j < len(body); {
		if body[j] < utf8.RuneSelf {
			j++
			continue
		}
		_, size := utf8.DecodeRuneInString(body[j:])
		n += 10 - size
		j += size
	}
	return n
}

// decodeBytes processes a bytes literal: ASCII only, byte escapes.
func (p *exprParser) decodeBytes(part stringPart, after *lexer.Token) string {
	body := part.body
	for i := 0; i < len(body); i++ {
		if body[i] >= utf8.RuneSelf {
			p.failAt(tokenPos(part.tok), "bytes can only contain ASCII literal characters")
		}
	}
	if part.raw || strings.IndexByte(body, '\\') < 0 {
		return body
	}
	var b strings.Builder
	for i := 0; i < len(body); {
		c := body[i]
		if c != '\\' || i+1 >= len(body) {
			b.WriteByte(c)
			i++
			continue
		}
		start := i
		i++
		c = body[i]
		i++
		if e, ok := simpleEscapes[c]; ok {
			b.WriteString(e)
			continue
		}
		switch c {
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v, n := octalValue(body[i-1:])
			i += n - 1
			b.WriteByte(byte(v))
		case 'x':
			v, n := hexValue(body[i:], 2)
			if n < 2 {
				p.failAtToken(after, fmt.Sprintf("(value error) invalid \\x escape at position %d", start))
			}
			i += n
			b.WriteByte(byte(v))
		default:
			b.WriteByte('\\')
			i = start + 1
		}
	}
	return b.String()
}

// simpleEscapes are the one-character escapes that str and bytes literals
// share, with what each stands for (a backslash-newline joins lines).
var simpleEscapes = map[byte]string{
	'\n': "", '\\': "\\", '\'': "'", '"': "\"",
	'a': "\a", 'b': "\b", 'f': "\f", 'n': "\n", 'r': "\r", 't': "\t", 'v': "\v",
}

// octalValue reads up to three octal digits.
func octalValue(s string) (int, int) {
	v, n := 0, 0
	for n < 3 && n < len(s) && s[n] >= '0' && s[n] <= '7' {
		v = v*8 + int(s[n]-'0')
		n++
	}
	return v, n
}

// hexValue reads up to max hex digits.
func hexValue(s string, max int) (int, int) {
	v, n := 0, 0
	for n < max && n < len(s) {
		c := s[n]
		var d int
		switch {
		case c >= '0' && c <= '9':
			d = int(c - '0')
		case c|0x20 >= 'a' && c|0x20 <= 'f':
			d = int(c|0x20-'a') + 10
		default:
			return v, n
		}
		v = v*16 + d
		n++
	}
	return v, n
}
