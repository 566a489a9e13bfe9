package lang

import (
	"unicode/utf8"

	"github.com/alecthomas/participle/v2/lexer"
)

// This file tracks where the lexer is (lines, rune columns) and records its
// errors with CPython's positions.

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
