package lang

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// SyntaxError is a SyntaxError, IndentationError or TabError at a position,
// ready to be printed in CPython 3.11's layout (see Format).
type SyntaxError struct {
	Kind     string // "SyntaxError", "IndentationError" or "TabError"
	Msg      string // e.g. "invalid syntax", "expected ':'"
	Filename string
	Line     int    // 1-based
	Col      int    // 1-based rune column of the caret's start (0: no caret)
	EndCol   int    // 1-based rune column just past the caret range (0: one caret)
	Text     string // the source line, without its newline
	// Incomplete is true when the error is only that the input ended too
	// early (an open bracket, an unterminated triple-quoted string, a
	// trailing backslash, a block header with no body yet): the REPL then
	// asks for another line with "... " instead of reporting the error.
	Incomplete bool

	// charOffsets marks errors of CPython's tokenizer, whose printer uses
	// their character columns as byte offsets (so a caret after non-ASCII
	// text lands left of the character): Format then does the same.
	charOffsets bool
}

// Error returns "Kind: Msg (filename, line N)".
func (e *SyntaxError) Error() string {
	return e.Kind + ": " + e.Msg + " (" + e.Filename + ", line " + itoa(e.Line) + ")"
}

// Format renders the error as CPython 3.11 prints an uncaught SyntaxError
// (after the traceback header, if any): the file and line, the source line
// with its leading whitespace removed and four spaces of indent, the carets,
// and "Kind: Msg". Like CPython's print_error_text, carets are placed by the
// UTF-8 byte offset of the column and subclasses (IndentationError, TabError)
// get a single caret.
//
// An error without a line (the RecursionError of absurdly deep nesting) is
// printed as CPython prints it, as the message alone.
func (e *SyntaxError) Format() string {
	if e.Line == 0 {
		return e.Kind + ": " + e.Msg + "\n"
	}
	var b strings.Builder
	b.WriteString(`  File "`)
	b.WriteString(e.Filename)
	b.WriteString(`", line `)
	b.WriteString(strconv.Itoa(e.Line))
	b.WriteByte('\n')
	if e.Text != "" || e.Line > 0 {
		writeErrorText(&b, e.Text, e.Col, e.caretEnd(), !e.charOffsets)
	}
	b.WriteString(e.Kind)
	b.WriteString(": ")
	b.WriteString(e.Msg)
	b.WriteByte('\n')
	return b.String()
}

// caretEnd is the end offset CPython's printer uses: only a plain
// SyntaxError has a caret range.
func (e *SyntaxError) caretEnd() int {
	if e.Kind != "SyntaxError" {
		return -1
	}
	return e.EndCol
}

// writeErrorText is CPython 3.11's print_error_text, which places carets
// by byte offset: col and endCol are 1-based rune columns, converted to
// byte columns if toBytes (CPython's parser reports byte offsets for a
// file).
func writeErrorText(b *strings.Builder, text string, col, endCol int, toBytes bool) {
	text = strings.TrimSuffix(text, "\n")
	offset, end := col, endCol
	if toBytes {
		offset = byteColumn(text, col)
		if end > 0 {
			end = byteColumn(text, endCol)
		}
	}
	if end > len(text)+2 {
		end = len(text) + 2
	}
	carets := 1
	if end > 0 && end > offset {
		carets = end - offset
	}
	offset--
	for len(text) > 0 && (text[0] == ' ' || text[0] == '\t' || text[0] == '\f') {
		text = text[1:]
		offset--
	}
	if offset > len(text) {
		offset = len(text)
	}
	b.WriteString("    ")
	b.WriteString(text)
	b.WriteByte('\n')
	if offset < 0 {
		return
	}
	b.WriteString("    ")
	b.WriteString(strings.Repeat(" ", offset))
	b.WriteString(strings.Repeat("^", carets))
	b.WriteByte('\n')
}

// byteColumn converts a 1-based rune column of text into a 1-based byte
// column (columns past the end count one byte each).
func byteColumn(text string, col int) int {
	if col <= 1 {
		return col
	}
	i, n := 0, 1
	for i < len(text) && n < col {
		_, size := utf8.DecodeRuneInString(text[i:])
		i += size
		n++
	}
	return i + 1 + (col - n)
}

func itoa(n int) string { return strconv.Itoa(n) }
