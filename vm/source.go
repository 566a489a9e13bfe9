package vm

import (
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"

	"minipy/lang"
)

// The source registry remembers the text of every compiled file, so that
// tracebacks can print source lines and the compiler's SyntaxErrors can show
// the offending line with a caret (CPython reads the file again; minipy may
// be running a -c string or REPL input that no file holds).

// source is the text of one compiled file, split into lines.
type source struct {
	filename string
	lines    []string
}

var (
	sourcesMu sync.Mutex
	sources   = map[string]*source{}
)

// registerSource remembers src under filename and returns it.
func registerSource(filename string, src []byte) *source {
	s := &source{filename: filename, lines: strings.Split(string(src), "\n")}
	for i, l := range s.lines {
		s.lines[i] = strings.TrimSuffix(l, "\r")
	}
	sourcesMu.Lock()
	sources[filename] = s
	sourcesMu.Unlock()
	return s
}

// lookupSource returns the registered source of filename, or an empty one.
func lookupSource(filename string) *source {
	sourcesMu.Lock()
	defer sourcesMu.Unlock()
	if s, ok := sources[filename]; ok {
		return s
	}
	return &source{filename: filename}
}

// line returns source line n (1-based), or "" when unknown.
func (s *source) line(n int) string {
	if n < 1 || n > len(s.lines) {
		return ""
	}
	return s.lines[n-1]
}

// errorf builds a SyntaxError at pos whose caret spans width runes.
func (s *source) errorf(pos lang.Pos, width int, format string, args ...any) *lang.SyntaxError {
	if width < 1 {
		width = 1
	}
	return &lang.SyntaxError{
		Kind:     "SyntaxError",
		Msg:      fmt.Sprintf(format, args...),
		Filename: s.filename,
		Line:     pos.Line,
		Col:      pos.Col,
		EndCol:   pos.Col + width,
		Text:     s.line(pos.Line),
	}
}

// stmtWidth is the width in runes of the simple statement starting at pos,
// up to the end of its line, a ';' or a comment outside brackets and
// strings (CPython's carets for scope errors span the whole statement).
func (s *source) stmtWidth(pos lang.Pos) int {
	return s.scanWidth(pos, false)
}

// exprWidth is the width of an expression such as `yield x` or `await f()`
// starting at pos: like stmtWidth, but it also stops at a closing bracket
// that was not opened inside it.
func (s *source) exprWidth(pos lang.Pos) int {
	return s.scanWidth(pos, true)
}

// targetWidth is the width of an assignment target list starting at pos:
// up to the `=` that ends it.
func (s *source) targetWidth(pos lang.Pos) int {
	runes := []rune(s.line(pos.Line))
	start := pos.Col - 1
	depth := 0
	for i := start; i >= 0 && i < len(runes); i++ {
		switch r := runes[i]; {
		case r == '(' || r == '[' || r == '{':
			depth++
		case r == ')' || r == ']' || r == '}':
			depth--
		case r == '=' && depth == 0 && (i+1 >= len(runes) || runes[i+1] != '=') &&
			(i == 0 || !strings.ContainsRune("=!<>", runes[i-1])):
			return max(1, utf8.RuneCountInString(strings.TrimRight(string(runes[start:i]), " \t")))
		}
	}
	return s.stmtWidth(pos)
}

func (s *source) scanWidth(pos lang.Pos, stopAtClose bool) int {
	runes := []rune(s.line(pos.Line))
	start := pos.Col - 1
	if start < 0 || start >= len(runes) {
		return 1
	}
	depth := 0
	var quote rune
	end := len(runes)
scan:
	for i := start; i < len(runes); i++ {
		r := runes[i]
		switch {
		case quote != 0:
			if r == '\\' {
				i++
			} else if r == quote {
				quote = 0
			}
		case r == '\'' || r == '"':
			quote = r
		case r == '(' || r == '[' || r == '{':
			depth++
		case r == ')' || r == ']' || r == '}':
			if depth == 0 && stopAtClose {
				end = i
				break scan
			}
			depth--
		case depth == 0 && (r == ';' || r == '#'):
			end = i
			break scan
		}
	}
	width := utf8.RuneCountInString(strings.TrimRight(string(runes[start:end]), " \t\\"))
	if width < 1 {
		return 1
	}
	return width
}
