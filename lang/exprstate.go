package lang

import (
	"strings"
	"unicode/utf8"

	"github.com/alecthomas/participle/v2/lexer"
)

// This file holds the expression parser's state and its small tools:
// reading tokens, positions, speculative parsing and error reporting.

// exprParser parses expressions (and the statements built around them) from
// participle's token stream. One exists per parser instance; its fields are
// reset for every parse.
type exprParser struct {
	lex  *lexer.PeekingLexer
	src  *source
	last *lexer.Token // the last token consumed

	depth int // current nesting, bounded by maxDepth
	level int // open brackets around the current position
	spec  int // > 0 while parsing speculatively: errors abort silently
	// specificOnly > 0 while re-reading input the way CPython's second
	// pass does: its specific errors are reported, a generic "invalid
	// syntax" is not (the first pass's location is used instead).
	specificOnly int
	// maxLine is the furthest line read (speculation included): CPython
	// reports an unclosed bracket instead of a parse error when its
	// parser had read past the bracket's line.
	maxLine int
	// sawLexErr records that the parser looked at the lexer's error token
	// (CPython then reports the lexer's error, e.g. an unclosed bracket).
	sawLexErr bool
	// furthest is the furthest token looked at by lookahead, where CPython
	// places a generic "invalid syntax".
	furthest *lexer.Token

	err *SyntaxError // the first error found by this parser
}

// source is what error messages need to know about the text being parsed.
type source struct {
	filename string
	text     string
	lines    []int // byte offsets where lines start
	// For the expression of an f-string field, text is "(expr)" and token
	// positions were shifted to the file: lineShift is added to every line
	// and colShift to the columns of the first line. Errors are reported,
	// as by CPython, on the real line but against the "(expr)" text, their
	// message prefixed with "f-string: ".
	lineShift, colShift int
	fstring             bool
}

// parseAbort unwinds the parser after an error; it never leaves the
// package (the entry points recover it).
type parseAbort struct{}

// reset prepares the parser for a new source.
func (p *exprParser) reset(src *source) {
	*p = exprParser{src: src}
}

// ------------------------------------------------------------------ tokens

func (p *exprParser) peek() *lexer.Token {
	t := p.lex.Peek()
	if t.Type == tokError {
		p.sawLexErr = true
	}
	if t.Pos.Line > p.maxLine {
		p.maxLine = t.Pos.Line
	}
	return t
}

func (p *exprParser) peekType() lexer.TokenType { return p.peek().Type }

// peek2Type returns the type of the token after the next one. Like
// CPython's lookahead it counts as reading that token: a generic error is
// reported at the furthest token read.
func (p *exprParser) peek2Type() lexer.TokenType {
	cp := p.lex.MakeCheckpoint()
	p.lex.Next()
	t := p.peek()
	p.lex.LoadCheckpoint(cp)
	if p.furthest == nil || t.Pos.Offset > p.furthest.Pos.Offset {
		p.furthest = t
	}
	return t.Type
}

// next consumes a token.
func (p *exprParser) next() *lexer.Token {
	t := p.lex.Next()
	p.last = t
	if t.Pos.Line > p.maxLine {
		p.maxLine = t.Pos.Line
	}
	return t
}

// expect consumes a token of type t or reports invalid syntax.
func (p *exprParser) expect(t lexer.TokenType) *lexer.Token {
	if p.peekType() != t {
		p.failHere()
	}
	return p.next()
}

// openBracket consumes an opening bracket.
func (p *exprParser) openBracket() *lexer.Token {
	p.level++
	p.enter()
	return p.next()
}

// closeBracket consumes the closing bracket t.
func (p *exprParser) closeBracket(t lexer.TokenType) *lexer.Token {
	tok := p.expect(t)
	p.level--
	p.leave()
	return tok
}

// enter and leave track nesting depth so that no input overflows the stack.
func (p *exprParser) enter() {
	p.depth++
	if p.depth > maxDepth {
		p.abortWith(&SyntaxError{Kind: "RecursionError", Msg: "maximum recursion depth exceeded during compilation", Filename: p.src.filename})
	}
}

func (p *exprParser) leave() { p.depth-- }

// --------------------------------------------------------------- positions

// startPos is the position of the next token, where a node parsed from
// here starts (CPython's nodes start at their rule's first token, so a
// parenthesised left operand makes its parent start at the '(').
func (p *exprParser) startPos() Pos { return p.posOf(p.peek()) }

// posOf is the start position of a token.
func (p *exprParser) posOf(t *lexer.Token) Pos {
	return Pos{Line: t.Pos.Line, Col: t.Pos.Column}
}

// endOf is the position just past a token.
func endOf(t *lexer.Token) (line, col int) {
	v := t.Value
	nl := strings.LastIndexByte(v, '\n')
	if nl < 0 {
		return t.Pos.Line, t.Pos.Column + utf8.RuneCountInString(v)
	}
	return t.Pos.Line + strings.Count(v, "\n"), utf8.RuneCountInString(v[nl+1:]) + 1
}

// span completes start with the end of the last token consumed.
func (p *exprParser) span(start Pos) Pos {
	start.EndLine, start.EndCol = endOf(p.last)
	return start
}

// tokenPos is the full extent of a token.
func tokenPos(t *lexer.Token) Pos {
	pos := Pos{Line: t.Pos.Line, Col: t.Pos.Column}
	pos.EndLine, pos.EndCol = endOf(t)
	return pos
}

// --------------------------------------------------------- speculation

// parserState is what save and restore keep.
type parserState struct {
	cp    lexer.Checkpoint
	last  *lexer.Token
	depth int
	level int
}

func (p *exprParser) save() parserState {
	return parserState{p.lex.MakeCheckpoint(), p.last, p.depth, p.level}
}

func (p *exprParser) restore(s parserState) {
	p.lex.LoadCheckpoint(s.cp)
	p.last, p.depth, p.level = s.last, s.depth, s.level
}

// tryParse runs f speculatively: an error makes it report false instead of
// being recorded. The caller restores the position if it wants to. Like
// CPython's second pass it does not move where generic errors are placed.
func (p *exprParser) tryParse(f func() Expr) (e Expr, ok bool) {
	p.spec++
	furthest := p.furthest
	defer func() {
		p.spec--
		p.furthest = furthest
		if r := recover(); r != nil {
			if _, isAbort := r.(parseAbort); !isAbort {
				panic(r)
			}
			ok = false
		}
	}()
	return f(), true
}

// trySpecific runs f as CPython's second pass would: a specific error it
// finds is reported, a generic one makes trySpecific return false.
func (p *exprParser) trySpecific(f func()) (ok bool) {
	p.specificOnly++
	defer func() {
		p.specificOnly--
		if r := recover(); r != nil {
			if _, isAbort := r.(parseAbort); !isAbort || p.err != nil {
				panic(r)
			}
			ok = false
		}
	}()
	f()
	return true
}

// ------------------------------------------------------------------ errors

// failHere reports invalid syntax at the next token, or at the furthest
// token looked at if lookahead went further (or what the token itself
// means: an unexpected indent, the lexer's error).
func (p *exprParser) failHere() {
	t := p.peek()
	if p.furthest != nil && p.furthest.Pos.Offset > t.Pos.Offset {
		t = p.furthest
	}
	p.failAtToken(t, "invalid syntax")
}

// failAtToken reports msg at token t, as CPython reports an error at the
// last token it read.
func (p *exprParser) failAtToken(t *lexer.Token, msg string) {
	switch t.Type {
	case tokIndent:
		p.abortWith(p.newError("IndentationError", "unexpected indent", Pos{Line: t.Pos.Line, Col: t.Pos.Column - 1}))
	case tokDedent:
		p.abortWith(p.newError("IndentationError", "unexpected unindent", Pos{Line: t.Pos.Line, Col: t.Pos.Column - 1}))
	case tokError:
		p.abortWith(errLexer)
	}
	pos := tokenPos(t)
	if t.Type == lexer.EOF {
		// The input ended where more was needed: no caret (CPython's
		// offset 0), and the REPL may ask for more.
		err := p.newError("SyntaxError", msg, Pos{Line: pos.Line})
		err.Incomplete = true
		p.abortWith(err)
	}
	p.abortWith(p.newError("SyntaxError", msg, pos))
}

// failNode reports msg on the whole extent of node e.
func (p *exprParser) failNode(e Node, msg string) {
	p.abortWith(p.newError("SyntaxError", msg, e.Position()))
}

// failRange reports msg from the start of a to the end of b.
func (p *exprParser) failRange(a, b Pos, msg string) {
	a.EndLine, a.EndCol = b.EndLine, b.EndCol
	p.abortWith(p.newError("SyntaxError", msg, a))
}

// failStartingFrom reports msg with carets from start up to the last
// character of the next token, where CPython's tokenizer then stands
// (RAISE_SYNTAX_ERROR_STARTING_FROM).
func (p *exprParser) failStartingFrom(start Pos, msg string) {
	next := tokenPos(p.peek())
	start.EndLine, start.EndCol = next.EndLine, next.EndCol-1
	p.abortWith(p.newError("SyntaxError", msg, start))
}

// failAt reports msg with a caret range at pos.
func (p *exprParser) failAt(pos Pos, msg string) {
	p.abortWith(p.newError("SyntaxError", msg, pos))
}

// newError builds a SyntaxError at pos; a range running over several lines
// is shown up to the end of its first line, as CPython does.
func (p *exprParser) newError(kind, msg string, pos Pos) *SyntaxError {
	src := p.src
	rel := pos.Line - src.lineShift
	col, end := pos.Col, pos.EndCol
	if rel == 1 {
		col -= src.colShift
		if pos.EndLine == pos.Line {
			end -= src.colShift
		}
	}
	text := lineOf(src.text, src.lines, rel)
	if pos.EndLine > pos.Line {
		// CPython underlines to the end of the first line, newline included.
		end = utf8.RuneCountInString(text) + 1
	}
	if src.fstring {
		msg = "f-string: " + msg
	}
	return &SyntaxError{Kind: kind, Msg: msg, Filename: src.filename, Line: pos.Line, Col: col, EndCol: end, Text: text}
}

// errLexer marks a parse that stopped at the lexer's error token: the
// lexer's own error is the one to report.
var errLexer = &SyntaxError{Kind: "lexer"}

// abortWith records err (unless speculating) and unwinds the parse.
func (p *exprParser) abortWith(err *SyntaxError) {
	generic := err.Msg == "invalid syntax" || err == errLexer
	if p.spec == 0 && p.err == nil && !(p.specificOnly > 0 && generic) {
		p.err = err
	}
	panic(parseAbort{})
}
