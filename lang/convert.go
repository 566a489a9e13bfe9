package lang

import (
	"strings"

	"github.com/alecthomas/participle/v2/lexer"
)

// This file converts the participle parse tree (grammar.go) into the AST
// (ast.go). Expressions arrive already converted (the expression parser
// builds AST nodes directly); what is left is assembling statements, giving
// them their extent, and the few checks that need a whole statement.

// converter turns parse-tree statements into AST statements. Errors abort
// through the expression parser's error helpers.
type converter struct {
	p      *exprParser
	tokens []lexer.Token
}

// module converts a whole file.
func (c *converter) module(m *gModule) *Module {
	mod := &Module{}
	for _, s := range m.Stmts {
		mod.Body = c.statement(s, mod.Body)
	}
	return mod
}

// statement appends the statements of one parse-tree statement to out.
func (c *converter) statement(s *gStatement, out []Stmt) []Stmt {
	if s.Compound != nil {
		return append(out, c.compound(s.Compound))
	}
	return c.simpleStmts(s.Simple, out)
}

// simpleStmts appends a line of ';'-separated simple statements.
func (c *converter) simpleStmts(s *gSimpleStmts, out []Stmt) []Stmt {
	out = append(out, c.small(s.First))
	for i, semi := range s.Rest {
		if semi.Stmt == nil {
			if i < len(s.Rest)-1 {
				c.p.failAtToken(&s.Rest[i+1].Semi, "invalid syntax")
			}
			continue
		}
		out = append(out, c.small(semi.Stmt))
	}
	return out
}

// small converts one simple statement.
func (c *converter) small(s *gSmall) Stmt {
	first := &s.Tokens[0]
	pos := c.extent(first, &s.Tokens[len(s.Tokens)-1])
	switch {
	case s.Expr != nil:
		return s.Expr
	case s.Pass:
		return &Pass{Pos: pos}
	case s.Break:
		return &Break{Pos: pos}
	case s.Continue:
		return &Continue{Pos: pos}
	case s.Return != nil:
		return &Return{Pos: pos, Value: s.Return.Value}
	case s.Raise != nil:
		return &Raise{Pos: pos, Exc: s.Raise.Exc, Cause: s.Raise.Cause}
	case s.Global != nil:
		return &Global{Pos: pos, Names: s.Global.Names}
	case s.Nonlocal != nil:
		return &Nonlocal{Pos: pos, Names: s.Nonlocal.Names}
	case s.Del != nil:
		return &Delete{Pos: pos, Targets: s.Del.exprs()}
	case s.Assert != nil:
		return &Assert{Pos: pos, Test: s.Assert.Test, Msg: s.Assert.Msg}
	case s.Import != nil:
		imp := &Import{Pos: pos}
		for _, a := range s.Import.Names {
			imp.Names = append(imp.Names, &Alias{Pos: c.tokensPos(a.Tokens), Name: strings.Join(a.Name, "."), AsName: a.AsName})
		}
		return imp
	case s.From != nil:
	}
	return c.fromImport(s.From, pos)
}

// fromImport converts `from m import names`.
func (c *converter) fromImport(f *gFromImport, pos Pos) Stmt {
	imp := &ImportFrom{Pos: pos, Module: strings.Join(f.Module, ".")}
	for _, d := range f.Dots {
		imp.Level += len(d)
	}
	if imp.Level == 0 && imp.Module == "" {
		c.p.failAtToken(&f.Tokens[1], "invalid syntax") // `from import x`
	}
	names := f.Names
	if f.Paren != nil {
		names = f.Paren
	}
	if f.Star != nil {
		imp.Names = []*Alias{{Pos: tokenPos(f.Star), Name: "*"}}
	}
	for _, a := range names {
		imp.Names = append(imp.Names, &Alias{Pos: c.tokensPos(a.Tokens), Name: a.Name, AsName: a.AsName})
	}
	return imp
}

// compound converts a compound statement.
func (c *converter) compound(s *gCompound) Stmt {
	var stmt Stmt
	switch {
	case s.If != nil:
		stmt = c.ifStmt(s.If.Pos, s.If.Test, s.If.Body, s.If.Elifs, s.If.Else)
	case s.While != nil:
		w := s.While
		stmt = &While{Pos: c.posOf(w.Pos), Test: w.Test, Body: c.block(w.Body), Orelse: c.elseBlock(w.Else)}
	case s.For != nil:
		stmt = c.forStmt(s.For, false)
	case s.Try != nil:
		stmt = c.tryStmt(s.Try)
	case s.With != nil:
		stmt = c.withStmt(s.With, false)
	case s.Def != nil:
		stmt = c.def(s.Def, false)
	case s.Class != nil:
		stmt = c.class(s.Class)
	case s.Async != nil:
		switch a := s.Async; {
		case a.Def != nil:
			stmt = c.def(a.Def, true)
		case a.With != nil:
			stmt = c.withStmt(a.With, true)
		default:
			stmt = c.forStmt(a.For, true)
		}
		setStart(stmt, c.posOf(s.Async.Pos))
	}
	if len(s.Decorators) > 0 {
		decorators := make([]Expr, len(s.Decorators))
		for i, d := range s.Decorators {
			decorators[i] = d.Expr
		}
		switch d := stmt.(type) {
		case *FunctionDef:
			d.Decorators = decorators
		case *ClassDef:
			d.Decorators = decorators
		default:
			c.p.failAt(keywordPos(stmt), "invalid syntax")
		}
	}
	c.finish(stmt)
	return stmt
}

// keywordPos is the extent of the keyword that starts a statement (where
// CPython reports a decorator before something that cannot have one).
func keywordPos(s Stmt) Pos {
	pos := s.Position()
	n := 0
	switch s.(type) {
	case *If:
		n = len("if")
	case *While:
		n = len("while")
	case *For:
		n = len("for")
	case *Try:
		n = len("try")
	case *With:
		n = len("with")
	}
	return Pos{Line: pos.Line, Col: pos.Col, EndLine: pos.Line, EndCol: pos.Col + n}
}

// ifStmt converts if/elif/else, elifs nested in Orelse as in CPython.
func (c *converter) ifStmt(pos lexer.Position, test Expr, body *gBlock, elifs []*gElif, els *gElse) *If {
	s := &If{Pos: c.posOf(pos), Test: test, Body: c.block(body)}
	if len(elifs) > 0 {
		e := elifs[0]
		nested := c.ifStmt(e.Pos, e.Test, e.Body, elifs[1:], els)
		c.finish(nested)
		s.Orelse = []Stmt{nested}
	} else {
		s.Orelse = c.elseBlock(els)
	}
	return s
}

func (c *converter) forStmt(f *gFor, isAsync bool) *For {
	return &For{Pos: c.posOf(f.Pos), Target: f.Target, Iter: f.Iter, Body: c.block(f.Body), Orelse: c.elseBlock(f.Else), IsAsync: isAsync}
}

func (c *converter) withStmt(w *gWith, isAsync bool) *With {
	return &With{Pos: c.posOf(w.Pos), Items: w.Items.withItems(), Body: c.block(w.Body), IsAsync: isAsync}
}

// tryStmt converts try/except/else/finally.
func (c *converter) tryStmt(t *gTry) *Try {
	s := &Try{Pos: c.posOf(t.Pos), Body: c.block(t.Body)}
	for _, h := range t.Handlers {
		if h.Star.Type != 0 {
			c.p.failAt(tokenPos(&h.Star), "'except*' (exception groups) is not supported by minipy")
		}
		handler := &ExceptHandler{Pos: c.posOf(h.Pos), Type: h.Type, Name: h.Name, Body: c.block(h.Body)}
		handler.Pos.EndLine, handler.Pos.EndCol = lastEnd(handler.Body)
		s.Handlers = append(s.Handlers, handler)
	}
	s.Orelse = c.elseBlock(t.Else)
	if t.Finally != nil {
		s.Finalbody = c.block(t.Finally.Body)
	}
	return s
}

// def converts a function definition.
func (c *converter) def(d *gDef, isAsync bool) *FunctionDef {
	return &FunctionDef{Pos: c.posOf(d.Pos), Name: d.Name, Args: d.Params.arguments(), Body: c.block(d.Body), Returns: d.Returns, IsAsync: isAsync}
}

// class converts a class definition.
func (c *converter) class(k *gClass) *ClassDef {
	s := &ClassDef{Pos: c.posOf(k.Pos), Name: k.Name, Body: c.block(k.Body)}
	if k.Args != nil {
		a := k.Args.callArgs()
		s.Bases, s.Keywords = a.args, a.keywords
	}
	return s
}

// block converts a suite.
func (c *converter) block(b *gBlock) []Stmt {
	if b.Simple != nil {
		return c.simpleStmts(b.Simple, nil)
	}
	var out []Stmt
	for _, s := range b.Stmts {
		out = c.statement(s, out)
	}
	return out
}

func (c *converter) elseBlock(e *gElse) []Stmt {
	if e == nil {
		return nil
	}
	return c.block(e.Body)
}

// finish gives a compound statement its end: the end of its last statement.
func (c *converter) finish(s Stmt) {
	var last []Stmt
	switch s := s.(type) {
	case *If:
		last = pick(s.Orelse, s.Body)
	case *While:
		last = pick(s.Orelse, s.Body)
	case *For:
		last = pick(s.Orelse, s.Body)
	case *With:
		last = s.Body
	case *FunctionDef:
		last = s.Body
	case *ClassDef:
		last = s.Body
	case *Try:
		last = s.Finalbody
		if last == nil {
			last = s.Orelse
		}
		if last == nil && len(s.Handlers) > 0 {
			last = s.Handlers[len(s.Handlers)-1].Body
		}
		if last == nil {
			last = s.Body
		}
	}
	line, col := lastEnd(last)
	setEnd(s, line, col)
}

func pick(a, b []Stmt) []Stmt {
	if len(a) > 0 {
		return a
	}
	return b
}

// lastEnd is the end of the last statement of a suite.
func lastEnd(body []Stmt) (int, int) {
	if len(body) == 0 {
		return 0, 0
	}
	pos := body[len(body)-1].Position()
	return pos.EndLine, pos.EndCol
}

// extent is the position from the start of token a to the end of token b.
func (c *converter) extent(a, b *lexer.Token) Pos {
	pos := c.posOf(a.Pos)
	pos.EndLine, pos.EndCol = endOf(b)
	return pos
}

// tokensPos is the extent of a run of tokens.
func (c *converter) tokensPos(tokens []lexer.Token) Pos {
	return c.extent(&tokens[0], &tokens[len(tokens)-1])
}

// posOf converts a participle position.
func (c *converter) posOf(p lexer.Position) Pos { return Pos{Line: p.Line, Col: p.Column} }
