package lang

import (
	"fmt"

	"github.com/alecthomas/participle/v2/lexer"
)

// This file is the indenter: the line-structure half of the lexer. It adds
// what makes Python's token stream out of the raw tokens: NEWLINE at the end
// of each logical line, INDENT/DEDENT from the indent stack, implicit line
// joining inside brackets, backslash continuation, comments and blank lines
// dropped, and the end-of-file NEWLINE and DEDENTs. It keeps CPython's
// rules for tabs (TabError when tab=8 and tab=1 disagree) and its messages.

const (
	maxIndent = 100 // CPython's MAXINDENT: "too many levels of indentation"
	maxParens = 200 // CPython's MAXLEVEL: "too many nested parentheses"
	tabSize   = 8
)

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
