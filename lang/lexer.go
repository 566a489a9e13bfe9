package lang

import (
	"fmt"
	"io"
	"unicode"
	"unicode/utf8"

	"github.com/alecthomas/participle/v2/lexer"
)

// This file is the lexer's front: the Lexer type, which participle drives
// through lexer.Definition, and the dispatch of each token to the raw
// scanner (scanner.go) or the line-structure logic (indent.go). Positions
// and errors are in lexpos.go.

// lexErrKind says when a lexer error is reported, mirroring CPython: some
// errors are raised the moment the tokenizer meets them (and so win over any
// parse error), others only when the parser asks for the bad token.
type lexErrKind int

const (
	// lexErrImmediate errors (bad literals, unmatched brackets, invalid
	// characters) are reported whatever the parser does.
	lexErrImmediate lexErrKind = iota
	// lexErrReached errors (indentation, continuation lines) are reported
	// only if the parser gets as far as the bad token.
	lexErrReached
	// lexErrUnclosed is an open bracket at end of file: reported when the
	// parser reaches the end, or when the parse error is on a later line
	// than the bracket.
	lexErrUnclosed
)

// bracket is an open bracket waiting for its closing partner.
type bracket struct {
	char   byte
	line   int
	col    int // 1-based rune column
	offset int
}

// Lexer turns Python source into participle tokens. It implements
// lexer.Lexer; NewLexer or the Definition create one.
type Lexer struct {
	src       string
	filename  string
	pos       int // byte offset of the next character to read
	line      int // 1-based line of pos
	lineStart int // byte offset where the current line starts
	nonASCII  int // offset of the current line's first non-ASCII byte, -1 if none yet
	lines     []int

	atBOL      bool // at the start of a logical line: measure its indentation
	midLine    bool // a token has been emitted since the last NEWLINE
	indents    []int
	altIndents []int
	brackets   []bracket
	queued     int // INDENT (+1) or DEDENTs (-n) to emit before the next token
	queuedPos  lexer.Position
	done       bool
	count      int // tokens returned so far

	// lineShift and colShift move token positions (not errors) when the
	// source is the expression of an f-string field, see fieldExpression.
	lineShift, colShift int

	err     *SyntaxError // the first error, nil if none
	errKind lexErrKind
	errLine int // for lexErrUnclosed: the line of the open bracket
}

// NewLexer returns a lexer over src. A UTF-8 byte-order mark is skipped and
// CR LF / CR line ends are read as LF, as CPython does.
func NewLexer(filename, src string) *Lexer {
	src = normalizeNewlines(src)
	lx := &Lexer{
		src:        src,
		filename:   filename,
		line:       1,
		nonASCII:   -1,
		atBOL:      true,
		indents:    make([]int, 1, 8),
		altIndents: make([]int, 1, 8),
		lines:      make([]int, 1, 64),
	}
	if len(src) >= 3 && src[:3] == "\xef\xbb\xbf" {
		lx.pos, lx.lineStart, lx.lines[0] = 3, 3, 3
	}
	return lx
}

// normalizeNewlines turns CR LF and lone CR into LF (copying only if needed).
func normalizeNewlines(src string) string {
	hasCR := false
	for i := 0; i < len(src); i++ {
		if src[i] == '\r' {
			hasCR = true
			break
		}
	}
	if !hasCR {
		return src
	}
	out := make([]byte, 0, len(src))
	for i := 0; i < len(src); i++ {
		c := src[i]
		if c == '\r' {
			if i+1 < len(src) && src[i+1] == '\n' {
				continue
			}
			c = '\n'
		}
		out = append(out, c)
	}
	return string(out)
}

// Next returns the next token. Errors are not returned here (participle
// would then drop the whole token stream): the lexer records the first one
// and returns a tokError token followed by EOF, and Parse decides, as CPython
// does, whether that error or the parser's wins.
func (lx *Lexer) Next() (lexer.Token, error) {
	lx.count++
	if lx.queued != 0 {
		return lx.popQueued(), nil
	}
	if lx.done {
		return lx.eofToken(), nil
	}
	return lx.scan(), nil
}

// popQueued emits one pending INDENT or DEDENT.
func (lx *Lexer) popQueued() lexer.Token {
	if lx.queued > 0 {
		lx.queued--
		return lexer.Token{Type: tokIndent, Pos: lx.queuedPos}
	}
	lx.queued++
	return lexer.Token{Type: tokDedent, Pos: lx.queuedPos}
}

// scan produces the next token from the source.
func (lx *Lexer) scan() lexer.Token {
	src := lx.src
	for {
		if lx.atBOL {
			lx.atBOL = false
			if blank := lx.startLine(); blank {
				continue
			}
			if lx.err != nil {
				return lx.errorToken()
			}
			if lx.queued != 0 {
				lx.queuedPos = lx.position(lx.pos)
				return lx.popQueued()
			}
		}
		// Skip spaces between tokens.
		for lx.pos < len(src) && (src[lx.pos] == ' ' || src[lx.pos] == '\t' || src[lx.pos] == '\f') {
			lx.pos++
		}
		if lx.pos >= len(src) {
			return lx.endOfInput()
		}
		start := lx.pos
		c := src[start]
		switch {
		case c == '\n' || c == '#':
			if tok, ok := lx.endOfLine(start); ok {
				return tok
			}
			continue
		case c == '\\':
			if lx.continuation(start) {
				continue
			}
			return lx.errorToken()
		}
		pos := lx.position(start) // before a multi-line string moves the line on
		tt, ok := lx.scanToken(start, c)
		if !ok {
			return lx.errorToken()
		}
		lx.midLine = true
		return lexer.Token{Type: tt, Value: src[start:lx.pos], Pos: pos}
	}
}

// scanToken scans one name, number, string or operator starting with c.
func (lx *Lexer) scanToken(start int, c byte) (lexer.TokenType, bool) {
	switch {
	case isNameStart(c):
		return lx.scanName(start)
	case isDigit(c) || (c == '.' && start+1 < len(lx.src) && isDigit(lx.src[start+1])):
		return lx.scanNumber(start)
	case c == '"' || c == '\'':
		return lx.scanString(start, start)
	case c >= utf8.RuneSelf:
		r, size := utf8.DecodeRuneInString(lx.src[start:])
		lx.markNonASCII(start)
		if isIdentifierRune(r, true) {
			return lx.scanName(start)
		}
		lx.invalidCharacter(r, start+size)
		return tokError, false
	}
	tt, ok := lx.scanOperator(start)
	if !ok {
		if c < ' ' || c == 0x7f {
			lx.invalidCharacter(rune(c), start+1)
			return tokError, false
		}
		// $ ? ` and a lone !: CPython hands them to the parser, which
		// reports "invalid syntax" at them.
		lx.pos = start + 1
		return tokOther, true
	}
	switch tt {
	case tokLPar, tokLSqb, tokLBrace:
		if len(lx.brackets) >= maxParens {
			lx.failAt(start+1, "too many nested parentheses")
			return tokError, false
		}
		lx.brackets = append(lx.brackets, bracket{char: c, line: lx.line, col: lx.column(start), offset: start})
	case tokRPar, tokRSqb, tokRBrace:
		if len(lx.brackets) == 0 {
			lx.failAt(start+1, fmt.Sprintf("unmatched '%c'", c))
			return tokError, false
		}
		open := lx.brackets[len(lx.brackets)-1]
		lx.brackets = lx.brackets[:len(lx.brackets)-1]
		if closerOf(open.char) != c {
			msg := fmt.Sprintf("closing parenthesis '%c' does not match opening parenthesis '%c'", c, open.char)
			if open.line != lx.line {
				msg += fmt.Sprintf(" on line %d", open.line)
			}
			lx.failAt(start+1, msg)
			return tokError, false
		}
	}
	return tt, true
}

// closerOf returns the closing bracket of an opening one.
func closerOf(open byte) byte {
	switch open {
	case '(':
		return ')'
	case '[':
		return ']'
	}
	return '}'
}

// invalidCharacter reports a character that cannot start any token; cur is
// just past it.
func (lx *Lexer) invalidCharacter(r rune, cur int) {
	if unicode.IsPrint(r) {
		lx.failAt(cur, fmt.Sprintf("invalid character '%c' (U+%04X)", r, r))
	} else {
		lx.failAt(cur, fmt.Sprintf("invalid non-printable character U+%04X", r))
	}
}

// errorToken ends the token stream after an error: tokError then EOF.
func (lx *Lexer) errorToken() lexer.Token {
	lx.done = true
	return lexer.Token{Type: tokError, Pos: lx.position(lx.pos)}
}

// Definition is minipy's lexer as a participle lexer.Definition.
type Definition struct{}

// Symbols names the token types for participle's grammar.
func (Definition) Symbols() map[string]lexer.TokenType {
	m := map[string]lexer.TokenType{"EOF": lexer.EOF}
	for t, name := range tokenNames {
		if name != "" {
			m[name] = lexer.TokenType(t)
		}
	}
	return m
}

// Lex reads r and returns a lexer over it.
func (d Definition) Lex(filename string, r io.Reader) (lexer.Lexer, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	return NewLexer(filename, string(b)), nil
}

// LexString returns a lexer over s.
func (Definition) LexString(filename, s string) (lexer.Lexer, error) {
	return NewLexer(filename, s), nil
}

// LexBytes returns a lexer over b.
func (Definition) LexBytes(filename string, b []byte) (lexer.Lexer, error) {
	return NewLexer(filename, string(b)), nil
}
