package lang

import (
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"
)

// Parse parses a whole file (or one REPL input) into a Module. Errors are
// *SyntaxError (Kind "RecursionError" for absurdly deep nesting, as CPython
// reports it).
//
// The order of checks follows CPython 3.11: an error the tokenizer raises
// on the spot (a bad literal, an unmatched bracket) wins over any parse
// error; indentation errors count only if the parser gets that far; an
// unclosed bracket is reported if the parse fails at the end of the input
// or on a later line; then the parse error; then the checks CPython makes
// after parsing ('return' outside function, duplicate arguments, ...).
func Parse(filename string, src []byte) (*Module, error) {
	if err := checkUTF8(filename, src); err != nil {
		return nil, err
	}
	in := instances.Get().(*instance)
	defer instances.Put(in)
	mod, err := in.parse(filename, string(src), true)
	if err != nil {
		return nil, err
	}
	return mod, nil
}

// checkUTF8 rejects source that is not UTF-8 before it is tokenized, with
// the message CPython 3.11 prints for a file without an encoding
// declaration (it has no source line: only the last line is printed). The
// rest of the interpreter relies on str values holding valid UTF-8.
func checkUTF8(filename string, src []byte) error {
	if utf8.Valid(src) {
		return nil
	}
	line, i := 1, 0
	for i < len(src) {
		r, size := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && size <= 1 {
			break
		}
		if r == '\n' {
			line++
		}
		i += size
	}
	return &SyntaxError{
		Kind:     "SyntaxError",
		Filename: filename,
		Msg: fmt.Sprintf("Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, "+
			"but no encoding declared; see https://peps.python.org/pep-0263/ for details", src[i], filename, line),
	}
}

// parseTree is Parse without the checks made after parsing (for tests that
// compare trees with CPython's ast.parse, which does not make them).
func parseTree(filename string, src []byte) (*Module, error) {
	in := instances.Get().(*instance)
	defer instances.Put(in)
	mod, err := in.parse(filename, string(src), false)
	if err != nil {
		return nil, err
	}
	return mod, nil
}

// instance is a participle parser with the expression parser its custom
// productions call. Parsers are pooled: building one takes milliseconds,
// and one instance serves one parse at a time.
type instance struct {
	parser *participle.Parser[gModule]
	p      exprParser
}

var instances = sync.Pool{New: func() any { return newInstance() }}

// newInstance builds the participle parser, binding its custom productions
// to the instance's expression parser.
func newInstance() *instance {
	in := &instance{}
	p := &in.p
	in.parser = participle.MustBuild[gModule](
		participle.Lexer(Definition{}),
		participle.UseLookahead(0),
		participle.ParseTypeWith(func(lex *lexer.PeekingLexer) (gNamedExpr, error) {
			return custom(p, lex, startsExpression, func() gNamedExpr { return p.namedExpression() })
		}),
		participle.ParseTypeWith(func(lex *lexer.PeekingLexer) (gExpression, error) {
			return custom(p, lex, startsExpression, func() gExpression { return p.expression() })
		}),
		participle.ParseTypeWith(func(lex *lexer.PeekingLexer) (gStarExprs, error) {
			return custom(p, lex, startsStarExpression, func() gStarExprs { return p.starExpressions() })
		}),
		participle.ParseTypeWith(func(lex *lexer.PeekingLexer) (gForTargets, error) {
			return custom(p, lex, startsStarExpression, func() gForTargets { return p.forTargets() })
		}),
		participle.ParseTypeWith(func(lex *lexer.PeekingLexer) (gExceptType, error) {
			return custom(p, lex, startsExpression, func() gExceptType { return p.exceptType() })
		}),
		participle.ParseTypeWith(func(lex *lexer.PeekingLexer) (gExprStmt, error) {
			return custom(p, lex, startsStatementExpression, func() gExprStmt { return p.exprStatement() })
		}),
		participle.ParseTypeWith(func(lex *lexer.PeekingLexer) (gParams, error) {
			return custom(p, lex, anyToken, func() gParams { return p.defParams() })
		}),
		participle.ParseTypeWith(func(lex *lexer.PeekingLexer) (gClassArgs, error) {
			return custom(p, lex, isLPar, func() gClassArgs { return p.classArgs() })
		}),
		participle.ParseTypeWith(func(lex *lexer.PeekingLexer) (gDelTargets, error) {
			return custom(p, lex, startsStarExpression, func() gDelTargets { return p.delTargets() })
		}),
		participle.ParseTypeWith(func(lex *lexer.PeekingLexer) (gWithItems, error) {
			return custom(p, lex, startsExpression, func() gWithItems { return p.withItems() })
		}),
	)
	return in
}

// errAborted tells participle that the expression parser stopped on an
// error (recorded in exprParser.err, which Parse reports).
var errAborted = &participle.ParseError{Msg: "syntax error"}

// custom runs one production of the expression parser for participle. It
// declines (NextMatch) when the next token cannot start the production, so
// that optional productions work.
func custom[T any](p *exprParser, lex *lexer.PeekingLexer, starts func(lexer.TokenType) bool, parse func() T) (result T, err error) {
	if !starts(lex.Peek().Type) {
		return result, participle.NextMatch
	}
	p.lex = lex
	p.level, p.depth = 0, 0
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(parseAbort); !ok {
				panic(r)
			}
			err = errAborted
		}
	}()
	return parse(), nil
}

// nullByteError reports a NUL byte anywhere in the source, as CPython's
// tokenizer does before anything else: on its line, shown up to the NUL,
// without a caret.
func nullByteError(filename, text string) *SyntaxError {
	i := strings.IndexByte(text, 0)
	if i < 0 {
		return nil
	}
	lineStart := strings.LastIndexByte(text[:i], '\n') + 1
	return &SyntaxError{
		Kind: "SyntaxError", Msg: "source code cannot contain null bytes", Filename: filename,
		Line: strings.Count(text[:i], "\n") + 1, Text: text[lineStart:i],
	}
}

func startsStarExpression(t lexer.TokenType) bool { return t == tokStar || startsExpression(t) }

func startsStatementExpression(t lexer.TokenType) bool {
	return t == tokStar || t == tokYield || startsExpression(t)
}

func anyToken(lexer.TokenType) bool { return true }

func isLPar(t lexer.TokenType) bool { return t == tokLPar }

// parse runs the whole pipeline on one source.
func (in *instance) parse(filename, text string, checks bool) (mod *Module, err error) {
	if err := nullByteError(filename, text); err != nil {
		return nil, err
	}
	lx := NewLexer(filename, text)
	peeker, _ := lexer.Upgrade(lx)
	tokens := peeker.Range(0, lexer.RawCursor(lx.count))
	src := &source{filename: filename, text: lx.src, lines: lx.lines}
	in.p.reset(src)
	tree, perr := in.parser.ParseFromLexer(peeker)
	if perr != nil || in.p.err != nil {
		return nil, in.decideError(lx, tokens, perr)
	}
	c := &converter{p: &in.p, tokens: tokens}
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(parseAbort); !ok {
				panic(r)
			}
			mod, err = nil, in.p.err
			if in.p.err == nil {
				err = &SyntaxError{Kind: "SyntaxError", Msg: "invalid syntax", Filename: filename}
			}
		}
	}()
	mod = c.module(tree)
	if checks {
		if err := check(mod, src); err != nil {
			return nil, err
		}
	}
	return mod, nil
}
