package lang

import (
	"strings"

	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"
)

// This file decides which error a failed parse reports, and words the
// errors participle finds (in the statement grammar) as CPython does.

// decideError picks between the lexer's error, the expression parser's and
// participle's, following CPython's priorities (see Parse).
func (in *instance) decideError(lx *Lexer, tokens []lexer.Token, perr error) error {
	lexErr := lx.err
	parseErr := in.p.err
	if parseErr == nil {
		parseErr = diagnose(&in.p, tokens, perr)
	}
	if parseErr.Kind == "IndentationError" && (parseErr.Msg == "unexpected indent" || parseErr.Msg == "unexpected unindent") {
		// CPython reports these at once, without looking further.
		return parseErr
	}
	if lexErr != nil {
		if lx.errKind == lexErrImmediate || parseErr == errLexer {
			return lexErr
		}
		if lx.errKind == lexErrUnclosed && (in.p.sawLexErr || max(parseErr.Line, in.p.maxLine) > lx.errLine) {
			return lexErr
		}
	}
	if parseErr == errLexer {
		// Cannot happen: the lexer's error token implies an error.
		return &SyntaxError{Kind: "SyntaxError", Msg: "invalid syntax", Filename: lx.filename}
	}
	return parseErr
}

// diagnose turns participle's error into CPython's message.
func diagnose(p *exprParser, tokens []lexer.Token, perr error) *SyntaxError {
	var pos lexer.Position
	typ := lexer.TokenType(0)
	expected := ""
	if e, ok := perr.(participle.Error); ok {
		pos = e.Position()
		msg := e.Message()
		// participle says what it expected as the rest of the sequence,
		// e.g. `(expected ":" GBlock)`.
		if i := strings.Index(msg, "(expected "); i >= 0 {
			expected = strings.TrimSuffix(msg[i+len("(expected "):], ")")
		}
	}
	if e, ok := perr.(*participle.UnexpectedTokenError); ok {
		typ = e.Unexpected.Type
	}
	i := tokenAt(tokens, pos, typ)
	t := &tokens[i]
	err := catch(p, func() { p.diagnoseAt(tokens, i, expected) })
	if err == nil {
		if p.furthest != nil && p.furthest.Pos.Offset > t.Pos.Offset {
			t = p.furthest // lookahead went further, as CPython's does
		}
		err = catch(p, func() { p.failAtToken(t, "invalid syntax") })
	}
	return err
}

// catch runs f, which reports an error by aborting, and returns the error.
func catch(p *exprParser, f func()) (err *SyntaxError) {
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(parseAbort); !ok {
				panic(r)
			}
			err = p.err
		}
	}()
	p.err = nil
	f()
	return nil
}

// tokenAt finds the token at a position (of type typ if not 0: a DEDENT
// shares its position with the token after it).
func tokenAt(tokens []lexer.Token, pos lexer.Position, typ lexer.TokenType) int {
	lo, hi := 0, len(tokens)-1
	for lo < hi {
		mid := (lo + hi) / 2
		if tokens[mid].Pos.Offset < pos.Offset {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	// Several tokens (NEWLINE, DEDENT) can share an offset: take the
	// first with this exact position.
	for lo > 0 && tokens[lo-1].Pos.Offset == pos.Offset && tokens[lo-1].Pos.Line == pos.Line {
		lo--
	}
	for lo < len(tokens)-1 && tokens[lo].Pos.Offset == pos.Offset && (tokens[lo].Pos != pos || typ != 0 && tokens[lo].Type != typ) {
		lo++
	}
	return lo
}

// diagnoseAt reports the error for a parse that failed at tokens[i].
func (p *exprParser) diagnoseAt(tokens []lexer.Token, i int, expected string) {
	t := &tokens[i]
	if t.Type == tokError {
		p.abortWith(errLexer)
	}
	if strings.HasPrefix(expected, "((GExcept+") {
		p.missingExcept(tokens, i)
	}
	if i >= 2 && tokens[i-1].Type == tokNewline && tokens[i-2].Type == tokColon && t.Type != tokIndent {
		p.expectedIndentedBlock(tokens, i)
	}
	if t.Type == tokIndent || t.Type == tokDedent {
		p.failAtToken(t, "")
	}
	kw := headerKeyword(tokens, i)
	if kw != nil && kw.Type == tokFrom && t.Type == tokNewline && tokens[i-1].Type == tokComma {
		p.failAtToken(t, "trailing comma not allowed without surrounding parentheses")
	}
	if kw != nil && kw.Type == tokDef && i > 0 && tokens[i-1].Type == tokArrow {
		p.failAtToken(&tokens[i-1], "expected ':'")
	}
	if strings.HasPrefix(expected, `":"`) {
		switch {
		case kw == nil:
		case kw.Type == tokDef || kw.Type == tokElse || kw.Type == tokTry || kw.Type == tokFinally:
			p.failAtToken(t, "expected ':'")
		case t.Type == tokNewline:
			p.failAtToken(t, "expected ':'")
		}
	}
}

// missingExcept reports a try block followed by neither except nor finally
// at tokens[i]. CPython reports it at the token after the block; a second
// DEDENT there has no column.
func (p *exprParser) missingExcept(tokens []lexer.Token, i int) {
	const msg = "expected 'except' or 'finally' block"
	t := &tokens[i]
	if t.Type == tokDedent {
		for i < len(tokens)-1 && tokens[i].Type == tokDedent {
			i++
		}
		if tokens[i].Type != lexer.EOF {
			p.failAt(Pos{Line: tokens[i].Pos.Line}, msg)
		}
		t = &tokens[i]
	}
	if t.Type == tokIndent {
		p.failAt(Pos{Line: t.Pos.Line, Col: t.Pos.Column - 1}, msg)
	}
	p.failAtToken(t, msg)
}

// expectedIndentedBlock reports a block header (tokens up to i-1) with no
// indented block after it.
func (p *exprParser) expectedIndentedBlock(tokens []lexer.Token, i int) {
	kw := headerKeyword(tokens, i-2)
	what, line := "block", tokens[i-2].Pos.Line
	if kw != nil {
		line = kw.Pos.Line
		switch kw.Type {
		case tokDef:
			what = "function definition"
		case tokClass:
			what = "class definition"
		default:
			what = "'" + kw.Value + "' statement"
		}
	}
	t := &tokens[i]
	pos := tokenPos(t)
	if t.Type == lexer.EOF {
		pos = Pos{Line: pos.Line} // CPython shows no caret at the end of a file
	}
	err := p.newError("IndentationError", "expected an indented block after "+what+" on line "+itoa(line), pos)
	err.Incomplete = t.Type == lexer.EOF
	p.abortWith(err)
}

// headerKeyword finds the keyword starting the logical line that contains
// tokens[i] (skipping async), or nil.
func headerKeyword(tokens []lexer.Token, i int) *lexer.Token {
	j := i
	for j > 0 {
		switch tokens[j-1].Type {
		case tokNewline, tokIndent, tokDedent:
			goto found
		}
		j--
	}
found:
	if j < len(tokens) && tokens[j].Type == tokAsync {
		j++
	}
	if j < len(tokens) && isKeyword(tokens[j].Type) {
		return &tokens[j]
	}
	return nil
}
