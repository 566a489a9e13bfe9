package lang

import (
	"fmt"
	"unicode"
	"unicode/utf8"

	"github.com/alecthomas/participle/v2/lexer"
)

// This file is the indenter: the line-structure half of the lexer. It drives
// the raw scanner (scanner.go) and adds what makes Python's token stream:
// NEWLINE at the end of each logical line, INDENT/DEDENT from the indent
// stack, implicit line joining inside brackets, backslash continuation,
// comments and blank lines dropped, and the end-of-file NEWLINE and DEDENTs.
// It keeps CPython's rules for tabs (TabError when tab=8 and tab=1 disagree)
// and its error messages.

const (
	maxIndent = 100 // CPython's MAXINDENT: "too many levels of indentation"
	maxParens = 200 // CPython's MAXLEVEL: "too many nested parentheses"
	tabSize   = 8
)

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

// startLine measures the indentation of a new line and queues INDENT or
// DEDENTs. It reports true for a blank or comment-only line, which it skips
// entirely (such lines do not count for indentation).
func (lx *Lexer) startLine() (blank bool) {
	src := lx.src
	col, altCol := 0, 0
	i := lx.pos
	for ; i < len(src); i++ {
		switch src[i] {
		case ' ':
			col++
			altCol++
			continue
		case '\t':
			col = (col/tabSize + 1) * tabSize
			altCol++
			continue
		case '\f':
			col, altCol = 0, 0
			continue
		}
		break
	}
	if i < len(src) && (src[i] == '#' || src[i] == '\n') {
		for i < len(src) && src[i] != '\n' {
			i++
		}
		if i < len(src) {
			lx.newLine(i + 1)
		}
		lx.pos = i + 1
		if i >= len(src) {
			lx.pos = len(src)
		}
		lx.atBOL = true
		return true
	}
	if i >= len(src) {
		col, altCol = 0, 0 // end of file dedents everything
	}
	lx.pos = i
	if len(lx.brackets) > 0 {
		return false
	}
	lx.indent(col, altCol)
	return false
}

// indent compares a line's indentation with the indent stack, as CPython's
// tokenizer does with its two measures (tab = 8 columns and tab = 1).
func (lx *Lexer) indent(col, altCol int) {
	top := len(lx.indents) - 1
	switch {
	case col == lx.indents[top]:
		if altCol != lx.altIndents[top] {
			lx.tabError()
		}
	case col > lx.indents[top]:
		if top+1 >= maxIndent {
			lx.failIndentation("IndentationError", "too many levels of indentation", 1)
			return
		}
		if altCol <= lx.altIndents[top] {
			lx.tabError()
			return
		}
		lx.indents = append(lx.indents, col)
		lx.altIndents = append(lx.altIndents, altCol)
		lx.queued = 1
	default:
		n := 0
		for top > 0 && col < lx.indents[top] {
			top--
			n++
		}
		if col != lx.indents[top] {
			lx.failIndentation("IndentationError", "unindent does not match any outer indentation level", lx.lineLength()+1)
			return
		}
		if altCol != lx.altIndents[top] {
			lx.tabError()
			return
		}
		lx.indents = lx.indents[:top+1]
		lx.altIndents = lx.altIndents[:top+1]
		lx.queued = -n
	}
}

func (lx *Lexer) tabError() {
	lx.failIndentation("TabError", "inconsistent use of tabs and spaces in indentation", 1)
}

// endOfLine handles a newline or a comment at start: inside brackets the
// line break is ignored, otherwise it ends the logical line with a NEWLINE
// token. The token starts at the comment if there is one (as CPython's).
func (lx *Lexer) endOfLine(start int) (lexer.Token, bool) {
	src := lx.src
	i := start
	if src[i] == '#' {
		for i < len(src) && src[i] != '\n' {
			i++
		}
	}
	pos := lx.position(start)
	lx.pos = i
	if i < len(src) {
		lx.newLine(i + 1)
		lx.pos = i + 1
	}
	if len(lx.brackets) > 0 {
		return lexer.Token{}, false
	}
	lx.atBOL = true
	lx.midLine = false
	return lexer.Token{Type: tokNewline, Value: src[start:i], Pos: pos}, true
}

// continuation handles a backslash at start: with a newline after it the
// logical line goes on; anything else is an error.
func (lx *Lexer) continuation(start int) bool {
	src := lx.src
	if start+2 >= len(src) && (start+1 >= len(src) || src[start+1] == '\n') {
		// The source ends right after the backslash: more input may come.
		lx.fail(lexErrReached, "SyntaxError", "unexpected EOF while parsing", lx.lineLength()+1, -1)
		lx.err.Incomplete = true
		return false
	}
	if src[start+1] == '\n' {
		lx.newLine(start + 2)
		lx.pos = start + 2
		return true
	}
	lx.fail(lexErrReached, "SyntaxError", "unexpected character after line continuation character", lx.column(start+1), 0)
	return false
}

// endOfInput emits what the end of the source implies: an error for an open
// bracket, the NEWLINE ending the last line, DEDENTs to column 0, then EOF.
func (lx *Lexer) endOfInput() lexer.Token {
	if len(lx.brackets) > 0 {
		b := lx.brackets[len(lx.brackets)-1]
		lx.err = &SyntaxError{
			Kind: "SyntaxError", Msg: fmt.Sprintf("'%c' was never closed", b.char),
			Filename: lx.filename, Line: b.line, Col: b.col, Text: lx.lineText(b.line),
			Incomplete: true,
		}
		lx.errKind, lx.errLine = lexErrUnclosed, b.line
		return lx.errorToken()
	}
	if lx.midLine {
		lx.midLine = false
		return lexer.Token{Type: tokNewline, Pos: lx.position(len(lx.src))}
	}
	if len(lx.indents) > 1 {
		lx.queued = -(len(lx.indents) - 1)
		lx.indents = lx.indents[:1]
		lx.altIndents = lx.altIndents[:1]
		lx.queuedPos = lx.eofPosition()
		return lx.popQueued()
	}
	lx.done = true
	return lx.eofToken()
}

// eofToken is the final token; its position is the last line's newline,
// where CPython places its ENDMARKER.
func (lx *Lexer) eofToken() lexer.Token {
	return lexer.Token{Type: lexer.EOF, Pos: lx.eofPosition()}
}

// eofPosition is the position of the newline that ends the source (a
// missing one counts as present, as for CPython).
func (lx *Lexer) eofPosition() lexer.Position {
	end := len(lx.src)
	if end > 0 && lx.src[end-1] == '\n' {
		end--
	}
	line := len(lx.lines)
	if lx.lines[line-1] > end {
		line--
	}
	return lx.makePosition(end, line, lx.columnOn(end, line))
}

// errorToken ends the token stream after an error: tokError then EOF.
func (lx *Lexer) errorToken() lexer.Token {
	lx.done = true
	return lexer.Token{Type: tokError, Pos: lx.position(lx.pos)}
}

// ---------------------------------------------------------------- positions

// newLine records that a new line starts at offset start.
func (lx *Lexer) newLine(start int) {
	lx.line++
	lx.lineStart = start
	lx.nonASCII = -1
	lx.lines = append(lx.lines, start)
}

// markNonASCII notes a non-ASCII byte on the current line, after which
// columns must be counted in runes.
func (lx *Lexer) markNonASCII(off int) {
	if lx.nonASCII < 0 || off < lx.nonASCII {
		lx.nonASCII = off
	}
}

// column returns the 1-based rune column of offset off on the current line
// (an offset past the end counts one column per byte beyond it).
func (lx *Lexer) column(off int) int {
	if lx.nonASCII < 0 || off <= lx.nonASCII {
		return off - lx.lineStart + 1
	}
	return lx.columnOn(off, lx.line)
}

// columnOn returns the 1-based rune column of offset off on line.
func (lx *Lexer) columnOn(off, line int) int {
	start := lx.lines[line-1]
	if off > len(lx.src) {
		return utf8.RuneCountInString(lx.src[start:]) + 1 + off - len(lx.src)
	}
	return utf8.RuneCountInString(lx.src[start:off]) + 1
}

// position returns the position of offset off on the current line.
func (lx *Lexer) position(off int) lexer.Position {
	return lx.makePosition(off, lx.line, lx.column(off))
}

// makePosition builds a token position, applying the f-string shift.
func (lx *Lexer) makePosition(off, line, col int) lexer.Position {
	if line == 1 {
		col += lx.colShift
	}
	return lexer.Position{Filename: lx.filename, Offset: off, Line: line + lx.lineShift, Column: col}
}

// lineLength is the length in runes of the current line.
func (lx *Lexer) lineLength() int {
	end := lx.lineStart
	for end < len(lx.src) && lx.src[end] != '\n' {
		end++
	}
	return utf8.RuneCountInString(lx.src[lx.lineStart:end])
}

// lineText returns the text of a 1-based line without its newline.
func (lx *Lexer) lineText(line int) string {
	return lineOf(lx.src, lx.lines, line)
}

// lineOf returns line (1-based) of src given the offsets where lines start.
func lineOf(src string, lines []int, line int) string {
	if line < 1 || line > len(lines) {
		return ""
	}
	start := lines[line-1]
	end := start
	for end < len(src) && src[end] != '\n' {
		end++
	}
	return src[start:end]
}

// ------------------------------------------------------------------- errors

// failAt records an immediate SyntaxError on the current line, its caret on
// the character before read offset cur (CPython's convention).
func (lx *Lexer) failAt(cur int, msg string) {
	col := lx.column(cur) - 1
	lx.fail(lexErrImmediate, "SyntaxError", msg, col, col)
}

// failRange records an immediate SyntaxError whose carets run from the
// character before read offset from to the one before read offset to.
func (lx *Lexer) failRange(from, to int, msg string) {
	lx.fail(lexErrImmediate, "SyntaxError", msg, lx.column(from)-1, lx.column(to)-1)
}

// failIndentation records an indentation error on the current line.
func (lx *Lexer) failIndentation(kind, msg string, col int) {
	lx.fail(lexErrReached, kind, msg, col, -1)
}

func (lx *Lexer) fail(k lexErrKind, kind, msg string, col, endCol int) {
	if lx.err != nil {
		return
	}
	lx.err = &SyntaxError{
		Kind: kind, Msg: msg, Filename: lx.filename,
		Line: lx.line, Col: col, EndCol: endCol, Text: lx.lineText(lx.line),
		charOffsets: k == lexErrImmediate,
	}
	lx.errKind = k
}
