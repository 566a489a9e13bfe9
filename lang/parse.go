package lang

import "errors"

// Parse parses a whole file (or one REPL input) into a Module. Errors are
// *SyntaxError.
func Parse(filename string, src []byte) (*Module, error) {
	return nil, errors.New("lang.Parse: not implemented yet")
}

// SyntaxError is a SyntaxError, IndentationError or TabError at a position,
// ready to be printed in CPython 3.11's layout.
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
}

// Error returns "Kind: Msg (filename, line N)".
func (e *SyntaxError) Error() string { return e.Kind + ": " + e.Msg }
