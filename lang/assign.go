package lang

import "github.com/alecthomas/participle/v2/lexer"

// This file parses the statements that start with an expression: expression
// statements, assignments (chained, with unpacking), augmented and annotated
// assignments. Targets are parsed as expressions and checked afterwards,
// reproducing the messages of CPython's invalid_assignment and
// invalid_named_expression rules (which message wins depends on the shape of
// the whole statement, hence the detail below).

// augOps maps augmented assignment tokens to their operators.
var augOps = map[lexer.TokenType]Operator{
	tokPlusEq: Add, tokMinusEq: Sub, tokStarEq: Mult, tokAtEq: MatMult,
	tokSlashEq: Div, tokPercEq: Mod, tokAmperEq: BitAnd, tokVbarEq: BitOr,
	tokCircEq: BitXor, tokLShiftEq: LShift, tokRShiftEq: RShift,
	tokPowerEq: Pow, tokDSlashEq: FloorDiv,
}

// exprStatement parses one expression-led simple statement.
func (p *exprParser) exprStatement() Stmt {
	startTok := p.peek()
	p.rejectUnsupported(startTok)
	first := p.rhs()
	t := p.peekType()
	switch {
	case t == tokEqual:
		return p.assign(startTok, first)
	case t == tokColon:
		return p.annAssign(startTok, first)
	}
	if op, ok := augOps[t]; ok {
		return p.augAssign(startTok, first, op)
	}
	return &ExprStmt{Pos: p.span(p.posOf(startTok)), Value: first}
}

// rejectUnsupported reports the statements of Python 3.10+ that minipy
// leaves out: match (a soft keyword: `match = 1` and `match(x)` stay
// valid) and type aliases.
func (p *exprParser) rejectUnsupported(start *lexer.Token) {
	if start.Type != tokName {
		return
	}
	switch start.Value {
	case "match":
		if p.looksLikeMatch() {
			p.failAt(tokenPos(start), "'match' statements are not supported by minipy")
		}
	case "type":
		save := p.save()
		p.next()
		if p.peekType() == tokName {
			p.next()
			if t := p.peekType(); t == tokEqual || t == tokLSqb {
				p.restore(save)
				p.failAt(tokenPos(start), "type aliases ('type X = ...') are not supported by minipy")
			}
		}
		p.restore(save)
	}
}

// looksLikeMatch reports whether the line starting with `match` is a match
// statement: `match subject:` followed by an indented `case`.
func (p *exprParser) looksLikeMatch() bool {
	save := p.save()
	defer p.restore(save)
	p.next()
	switch p.peekType() {
	case tokEqual, tokDot, tokComma, tokNewline, tokSemi, tokColon, tokLSqb:
		return false
	}
	if _, ok := augOps[p.peekType()]; ok {
		return false
	}
	var before lexer.TokenType
	for t := p.peekType(); t != tokNewline; t = p.peekType() {
		if t == lexer.EOF || t == tokError {
			return false
		}
		before = t
		p.next()
	}
	p.next()
	if before != tokColon || p.peekType() != tokIndent {
		return false
	}
	p.next()
	return p.peek().Type == tokName && p.peek().Value == "case"
}

// rhs is yield_expr | star_expressions.
func (p *exprParser) rhs() Expr {
	if p.peekType() == tokYield {
		return p.yieldExpr()
	}
	return p.starExpressions()
}

// assign parses `t1 = t2 = ... = value` once t1 is known.
func (p *exprParser) assign(startTok *lexer.Token, first Expr) Stmt {
	targets := []Expr{first}
	var value Expr
	for {
		p.next() // '='
		if !startsStatementExpression(p.peekType()) {
			// Nothing assignable follows: CPython still names an invalid
			// target before the '='.
			p.checkAssignTargets(startTok, targets, nil)
			p.failHere()
		}
		v := p.rhs()
		if p.peekType() != tokEqual {
			value = v
			break
		}
		targets = append(targets, v)
	}
	p.checkAssignTargets(startTok, targets, value)
	return &Assign{Pos: p.span(p.posOf(startTok)), Targets: targets, Value: value}
}

// checkAssignTargets reports the first invalid target the way CPython's
// second pass does: first its invalid_named_expression rule (the "here.
// Maybe you meant '=='" messages, which only apply to the first target and
// the expression after the first '='), then invalid_assignment.
func (p *exprParser) checkAssignTargets(startTok *lexer.Token, targets []Expr, value Expr) {
	firstBad := -1
	for i, t := range targets {
		if isYield(t) || invalidTarget(t, starTargets) != nil {
			firstBad = i
			break
		}
	}
	if firstBad < 0 {
		return
	}
	// What follows the first '=': CPython parses a bitwise_or there and
	// requires that no '=' follows it.
	rest := value
	if len(targets) > 1 {
		rest = targets[1]
	}
	if rest != nil {
		lead, ok := leadingBitwiseOr(rest)
		if ok && !(lead == rest && len(targets) > 1) {
			p.checkFirstTargetHere(startTok, targets[0], lead)
		}
	}
	t := targets[firstBad]
	if isYield(t) {
		p.failNode(t, "assignment to yield expression not possible")
	}
	p.checkTarget(t, starTargets)
}

// checkFirstTargetHere applies invalid_named_expression to the first target
// t1 followed by '=' and the expression lead.
func (p *exprParser) checkFirstTargetHere(startTok *lexer.Token, t1, lead Expr) {
	if tuple, ok := t1.(*Tuple); ok && isBareTuple(tuple) {
		if len(tuple.Elts) < 2 {
			return
		}
		last := tuple.Elts[len(tuple.Elts)-1]
		if _, isName := last.(*Name); isName {
			p.failRange(last.Position(), lead.Position(), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
		}
		if p.isBitwiseOrLevel(last) && !startsWithExcludedAtom(last, last.Position()) {
			p.failNode(last, "cannot assign to "+exprName(last)+" here. Maybe you meant '==' instead of '='?")
		}
		return
	}
	if _, isName := t1.(*Name); isName {
		p.failRange(t1.Position(), lead.Position(), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
	}
	if p.isBitwiseOrLevel(t1) && !startsWithExcludedAtom(t1, p.posOf(startTok)) {
		p.failNode(t1, "cannot assign to "+exprName(t1)+" here. Maybe you meant '==' instead of '='?")
	}
}

// isYield reports whether e is a yield expression.
func isYield(e Expr) bool {
	switch e.(type) {
	case *Yield, *YieldFrom:
		return true
	}
	return false
}

// isBareTuple reports whether a tuple was written without parentheses.
func isBareTuple(t *Tuple) bool { return t.bare }

// leadingBitwiseOr returns the bitwise_or expression that CPython would read
// at the start of e, if there is one.
func leadingBitwiseOr(e Expr) (Expr, bool) {
	switch x := e.(type) {
	case *Tuple:
		if isBareTuple(x) {
			return leadingBitwiseOr(x.Elts[0])
		}
	case *Compare:
		return leadingBitwiseOr(x.Left)
	case *BoolOp:
		return leadingBitwiseOr(x.Values[0])
	case *IfExp:
		return leadingBitwiseOr(x.Body)
	case *UnaryOp:
		if x.Op == Not {
			return nil, false
		}
	case *Lambda, *Starred, *Yield, *YieldFrom:
		return nil, false
	}
	return e, true
}

// isBitwiseOrLevel reports whether e is an expression CPython's bitwise_or
// rule covers whole: anything but comparisons, boolean operators, not,
// conditionals, lambdas, walruses and yields, unless parenthesised.
func (p *exprParser) isBitwiseOrLevel(e Expr) bool {
	switch x := e.(type) {
	case *Compare, *BoolOp, *IfExp, *Lambda, *NamedExpr, *Yield, *YieldFrom, *Starred:
		return p.isParenthesized(e)
	case *UnaryOp:
		return x.Op != Not || p.isParenthesized(e)
	case *Tuple:
		return !isBareTuple(x)
	}
	return true
}

// isParenthesized reports whether the source has parentheses right around
// e (a group keeps the inner node, so the tree does not say).
func (p *exprParser) isParenthesized(e Expr) bool {
	pos := e.Position()
	src := p.src.text
	start := offsetOf(src, p.src.lines, pos.Line, pos.Col)
	end := offsetOf(src, p.src.lines, pos.EndLine, pos.EndCol)
	i := start - 1
	for i >= 0 && isSpaceByte(src[i]) {
		i--
	}
	j := end
	for j < len(src) && isSpaceByte(src[j]) {
		j++
	}
	return i >= 0 && src[i] == '(' && j < len(src) && src[j] == ')'
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\\' }

// offsetOf converts a 1-based line and rune column into a byte offset.
func offsetOf(src string, lines []int, line, col int) int {
	if line < 1 || line > len(lines) {
		return len(src)
	}
	i := lines[line-1]
	for n := 1; n < col && i < len(src); n++ {
		if src[i] < 0x80 {
			i++
			continue
		}
		i++
		for i < len(src) && src[i]&0xC0 == 0x80 {
			i++
		}
	}
	return i
}

// startsWithExcludedAtom reports whether e begins, at position start, with
// a list display, a parenthesised tuple, a generator expression or
// True/None/False: CPython's invalid_named_expression does not apply then.
func startsWithExcludedAtom(e Expr, start Pos) bool {
	atom := leftmostAtom(e)
	pos := atom.Position()
	if pos.Line != start.Line || pos.Col != start.Col {
		return false
	}
	switch a := atom.(type) {
	case *List, *Tuple, *GeneratorExp:
		return true
	case *Constant:
		return a.Kind == ConstNone || a.Kind == ConstTrue || a.Kind == ConstFalse
	}
	return false
}

// leftmostAtom descends to the atom that starts e.
func leftmostAtom(e Expr) Expr {
	for {
		switch x := e.(type) {
		case *BinOp:
			e = x.Left
		case *Compare:
			e = x.Left
		case *BoolOp:
			e = x.Values[0]
		case *IfExp:
			e = x.Body
		case *Attribute:
			e = x.Value
		case *Subscript:
			e = x.Value
		case *Call:
			e = x.Func
		default:
			return e
		}
	}
}

// augAssign parses `target op= value`.
func (p *exprParser) augAssign(startTok *lexer.Token, target Expr, op Operator) Stmt {
	p.next()
	value := p.rhs()
	switch target.(type) {
	case *Name, *Attribute, *Subscript:
	default:
		p.failNode(target, "'"+exprName(target)+"' is an illegal expression for augmented assignment")
	}
	return &AugAssign{Pos: p.span(p.posOf(startTok)), Target: target, Op: op, Value: value}
}

// annAssign parses `target: annotation [= value]`. With a target that
// cannot be annotated, CPython's first pass stops at the ':'; its second
// pass names the problem if an annotation follows.
func (p *exprParser) annAssign(startTok *lexer.Token, target Expr) Stmt {
	colon := p.next()
	simple := false
	switch t := target.(type) {
	case *Name:
		simple = startTok.Type == tokName
	case *Attribute, *Subscript:
	case *Yield, *YieldFrom, *Starred:
		p.failAtToken(colon, "invalid syntax")
	default:
		if !p.trySpecific(func() { p.expression() }) {
			p.failAtToken(colon, "invalid syntax")
		}
		switch t := t.(type) {
		case *Tuple:
			if isBareTuple(t) {
				p.failNode(t.Elts[0], "only single target (not tuple) can be annotated")
			}
			p.failNode(t, "only single target (not tuple) can be annotated")
		case *List:
			p.failNode(t, "only single target (not list) can be annotated")
		}
		p.failNode(t, "illegal target for annotation")
	}
	annotation := p.expression()
	s := &AnnAssign{Target: target, Annotation: annotation, Simple: simple}
	if p.peekType() == tokEqual {
		p.next()
		s.Value = p.rhs()
	}
	s.Pos = p.span(p.posOf(startTok))
	return s
}
