package lang

import (
	"strings"
	"testing"

	"github.com/alecthomas/participle/v2/lexer"
)

// lexDump lexes src and prints the tokens compactly: NL, IN, DE for
// NEWLINE, INDENT, DEDENT, the text of other tokens, "ERR" for the error
// token; @line:col is appended to the token after a '|' in src.
func lexDump(src string) (string, *Lexer) {
	lx := NewLexer("t.py", src)
	var out []string
	for {
		t, err := lx.Next()
		if err != nil {
			return "Next error: " + err.Error(), lx
		}
		switch t.Type {
		case lexer.EOF:
			return strings.Join(out, " "), lx
		case tokNewline:
			out = append(out, "NL")
		case tokIndent:
			out = append(out, "IN")
		case tokDedent:
			out = append(out, "DE")
		case tokError:
			out = append(out, "ERR")
		default:
			out = append(out, t.Value)
		}
	}
}

func TestLexer(t *testing.T) {
	tests := []struct{ src, want string }{
		{"", ""},
		{"# only a comment\n", ""},
		{"\n\n   \n", ""},
		{"x", "x NL"},
		{"x = 1\n", "x = 1 NL"},
		{"if x:\n    y\n", "if x : NL IN y NL DE"},
		{"if a:\n  if b:\n    if c:\n      d\ne\n", "if a : NL IN if b : NL IN if c : NL IN d NL DE DE DE e NL"},
		{"if a:\n  if b:\n    c\n  d\n", "if a : NL IN if b : NL IN c NL DE d NL DE"},
		{"if a:\n    b\n\n    # comment\n        \n    c\n", "if a : NL IN b NL c NL DE"},
		{"x = (1,\n  2,\n      3)\n", "x = ( 1 , 2 , 3 ) NL"},
		{"x = [\n]\ny", "x = [ ] NL y NL"},
		{"x = 1 + \\\n    2\n", "x = 1 + 2 NL"},
		{"x = 1\r\ny = 2\r\n", "x = 1 NL y = 2 NL"},
		{"if x:\r\n\ty\r\n", "if x : NL IN y NL DE"},
		{"if x:\n\ty\n\tz\n", "if x : NL IN y NL z NL DE"},
		{"if x:\n        y\n\tz\n", "if x : NL IN y NL ERR"},
		{"x = 1 # c", "x = 1 NL"},
		{"def f(): pass", "def f ( ) : pass NL"},
		{"a<<=b**=c//=d->e...f:=g!=h", "a <<= b **= c //= d -> e ... f := g != h NL"},
		{"1 1. .5 1e3 1_000 0x_ff 0o17 0B1 1e-3 1.5E+2", "1 1. .5 1e3 1_000 0x_ff 0o17 0B1 1e-3 1.5E+2 NL"},
		{"1if x else 2", "1 if x else 2 NL"},
		{`r'\n' b"x" Rb'y' f"{a}" fr'b' u'c' '''t''' """q"""`, `r'\n' b"x" Rb'y' f"{a}" fr'b' u'c' '''t''' """q""" NL`},
		{"'a\\\nb'", "'a\\\nb' NL"},
		{"x = '''a\nb'''\ny", "x = '''a\nb''' NL y NL"},
		{"defined = define", "defined = define NL"},
		{"é = ñ", "é = ñ NL"},
		{"x $ y ? z", "x $ y ? z NL"},
		{"\ufeffx", "x NL"},
	}
	for _, tt := range tests {
		got, _ := lexDump(tt.src)
		if got != tt.want {
			t.Errorf("lex %q:\n got %s\nwant %s", tt.src, got, tt.want)
		}
	}
}

func TestLexerPositions(t *testing.T) {
	lx := NewLexer("t.py", "if x:\n    yé = 'é'  # c\n")
	var got []string
	for {
		tok, _ := lx.Next()
		got = append(got, itoa(tok.Pos.Line)+":"+itoa(tok.Pos.Column))
		if tok.Type == lexer.EOF {
			break
		}
	}
	want := "1:1 1:4 1:5 1:6 2:5 2:5 2:8 2:10 2:15 3:1 2:18"
	if strings.Join(got, " ") != want {
		t.Errorf("positions\n got %s\nwant %s", strings.Join(got, " "), want)
	}
}

func TestLexerErrors(t *testing.T) {
	tests := []struct {
		src, kind, msg string
		line, col      int
	}{
		{"x = 1abc", "SyntaxError", "invalid decimal literal", 1, 5},
		{"x = 0o8", "SyntaxError", "invalid digit '8' in octal literal", 1, 7},
		{"x = 'abc\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5},
		{"x = '''abc\n\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 2)", 1, 5},
		{"x = (1]", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('", 1, 7},
		{"x)", "SyntaxError", "unmatched ')'", 1, 2},
		{"x = (1,\n", "SyntaxError", "'(' was never closed", 1, 5},
		{"if x:\n        y\n\tz\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1},
		{"if x:\n    y\n  z\n", "IndentationError", "unindent does not match any outer indentation level", 3, 4},
		{"x = 1 \\ 2", "SyntaxError", "unexpected character after line continuation character", 1, 8},
		{"x = \u2013", "SyntaxError", "invalid character '\u2013' (U+2013)", 1, 5},
		{"x = \x01", "SyntaxError", "invalid non-printable character U+0001", 1, 5},
		{"x = 2j", "SyntaxError", "complex numbers (imaginary literals like 1j) are not supported by minipy", 1, 5},
		{strings.Repeat("(", 201), "SyntaxError", "too many nested parentheses", 1, 201},
	}
	for _, tt := range tests {
		_, lx := lexDump(tt.src)
		e := lx.err
		if e == nil {
			t.Errorf("lex %q: no error", tt.src)
			continue
		}
		if e.Kind != tt.kind || e.Msg != tt.msg || e.Line != tt.line || e.Col != tt.col {
			t.Errorf("lex %q:\n got %s: %s at %d:%d\nwant %s: %s at %d:%d", tt.src, e.Kind, e.Msg, e.Line, e.Col, tt.kind, tt.msg, tt.line, tt.col)
		}
	}
}

func TestLexerDeepIndentation(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 101; i++ {
		b.WriteString(strings.Repeat(" ", i) + "if x:\n")
	}
	b.WriteString(strings.Repeat(" ", 101) + "pass\n")
	_, err := Parse("t.py", []byte(b.String()))
	if err == nil || err.(*SyntaxError).Msg != "too many levels of indentation" {
		t.Errorf("got %v, want too many levels of indentation", err)
	}
}
