package lang

import (
	"github.com/alecthomas/participle/v2/lexer"
)

// This file is the core of the expression parser: a hand-written recursive
// descent parser that follows CPython 3.11's expression grammar rule by rule
// (Grammar/python.gram), with precedence climbing for the binary operators.
// It runs inside participle (see grammar.go, ParseTypeWith) on participle's
// token stream. Where CPython's second "invalid_" pass would report a
// specific error, this parser reports it directly (the situations it checks
// are all errors anyway, so doing it in one pass changes nothing else).

// maxDepth bounds the nesting of expressions (unary operators, brackets,
// lambdas, conditionals) so that no input can exhaust the Go stack. CPython
// gives up at about the same depth with a RecursionError.
const maxDepth = 1500

// binaryPrec is the binding power of each binary operator token (0: not a
// binary operator); all are left-associative.
var binaryPrec [tokCount]int8

// binaryOp maps a binary operator token to its AST operator.
var binaryOp [tokCount]Operator

func init() {
	for _, e := range []struct {
		t    lexer.TokenType
		prec int8
		op   Operator
	}{
		{tokVbar, 1, BitOr}, {tokCircum, 2, BitXor}, {tokAmper, 3, BitAnd},
		{tokLShift, 4, LShift}, {tokRShift, 4, RShift},
		{tokPlus, 5, Add}, {tokMinus, 5, Sub},
		{tokStar, 6, Mult}, {tokSlash, 6, Div}, {tokDSlash, 6, FloorDiv},
		{tokPercent, 6, Mod}, {tokAt, 6, MatMult},
	} {
		binaryPrec[e.t] = e.prec
		binaryOp[e.t] = e.op
	}
}

// constKinds maps the keyword constants to their kinds.
var constKinds = map[lexer.TokenType]ConstKind{tokNone: ConstNone, tokTrue: ConstTrue, tokFalse: ConstFalse, tokEllipsis: ConstEllipsis}

// startsExpression reports whether a token can begin an expression (what
// CPython's expression_without_invalid can start with).
func startsExpression(t lexer.TokenType) bool {
	switch t {
	case tokName, tokNumber, tokString, tokLPar, tokLSqb, tokLBrace,
		tokMinus, tokPlus, tokTilde, tokNot, tokLambda, tokAwait,
		tokNone, tokTrue, tokFalse, tokEllipsis:
		return true
	}
	return false
}

// ------------------------------------------------------------ expressions

// starExpressions is star_expressions: one or more star_expression, a tuple
// when there is a comma.
func (p *exprParser) starExpressions() Expr {
	start := p.startPos()
	first := p.starExpression()
	if p.peekType() != tokComma {
		return first
	}
	elts := []Expr{first}
	for p.peekType() == tokComma {
		p.next()
		if t := p.peekType(); !startsExpression(t) && t != tokStar {
			break
		}
		elts = append(elts, p.starExpression())
	}
	return &Tuple{Pos: p.span(start), Elts: elts, bare: true}
}

// starExpression is '*' bitwise_or | expression.
func (p *exprParser) starExpression() Expr {
	if p.peekType() == tokStar {
		star := p.next()
		v := p.bitwiseOr()
		return &Starred{Pos: p.span(p.posOf(star)), Value: v}
	}
	return p.expression()
}

// starNamedExpression is '*' bitwise_or | named_expression.
func (p *exprParser) starNamedExpression() Expr {
	if p.peekType() == tokStar {
		star := p.next()
		v := p.bitwiseOr()
		return &Starred{Pos: p.span(p.posOf(star)), Value: v}
	}
	return p.namedExpression()
}

// namedExpression is NAME ':=' expression | expression !':='.
func (p *exprParser) namedExpression() Expr {
	if p.peekType() == tokName && p.peek2Type() == tokWalrus {
		name := p.name()
		p.next()
		value := p.expression()
		return &NamedExpr{Pos: p.span(name.Pos), Target: name, Value: value}
	}
	e := p.expression()
	switch p.peekType() {
	case tokWalrus:
		p.failNode(e, "cannot use assignment expressions with "+exprName(e))
	case tokEqual:
		p.checkEqualInsteadOfWalrus(e)
	}
	return e
}

// checkEqualInsteadOfWalrus reports `name = value` where a named expression
// was expected (invalid_named_expression): "if x = 1:".
func (p *exprParser) checkEqualInsteadOfWalrus(e Expr) {
	save := p.save()
	p.next()
	b, ok := p.tryParse(p.bitwiseOr)
	if t := p.peekType(); ok && t != tokEqual && t != tokWalrus {
		if name, isName := e.(*Name); isName {
			p.failRange(name.Pos, b.Position(), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
		}
		if p.isBitwiseOrLevel(e) && !startsWithExcludedAtom(e, e.Position()) {
			p.failNode(e, "cannot assign to "+exprName(e)+" here. Maybe you meant '==' instead of '='?")
		}
	}
	p.restore(save)
}

// expression is a conditional expression, a disjunction or a lambda.
func (p *exprParser) expression() Expr {
	if p.peekType() == tokLambda {
		return p.lambdef()
	}
	p.enter()
	defer p.leave()
	startTok := p.peek()
	start := p.posOf(startTok)
	a := p.disjunction()
	if p.peekType() != tokIf {
		p.checkExpressionEnd(startTok, a)
		return a
	}
	p.next()
	save := p.save()
	test, ok := p.tryParse(p.disjunction)
	if !ok || p.peekType() != tokElse {
		p.missingElse(a, save)
	}
	p.next()
	orelse := p.expression()
	return &IfExp{Pos: p.span(start), Test: test, Body: a, Orelse: orelse}
}

// missingElse reports a conditional expression without its else. Like
// CPython's invalid_expression rule it takes the longest condition that
// parses (backtracking to a primary if the whole does not) and, unless a
// ':' follows, reports "expected 'else'" from body to condition.
func (p *exprParser) missingElse(body Expr, save parserState) {
	p.restore(save)
	test, ok := p.tryParse(p.disjunction)
	if !ok {
		p.restore(save)
		test, ok = p.tryParse(p.primaryPrefix)
	}
	if ok && p.peekType() != tokElse && p.peekType() != tokColon {
		p.failRange(body.Position(), test.Position(), "expected 'else' after 'if' expression")
	}
	p.restore(save)
	p.disjunction() // reports the error in the condition, if any
	p.failHere()
}

// primaryPrefix parses the longest primary that parses: an atom and the
// trailers after it that are complete.
func (p *exprParser) primaryPrefix() Expr {
	start := p.startPos()
	e := p.atom()
	for {
		save := p.save()
		var ok bool
		switch p.peekType() {
		case tokDot, tokLPar, tokLSqb:
			var longer Expr
			longer, ok = p.tryParse(func() Expr { return p.trailer(start, e) })
			if ok {
				e = longer
				continue
			}
		}
		p.restore(save)
		return e
	}
}

// checkExpressionEnd looks at what follows a complete expression a: another
// expression there is an error, worded as CPython's invalid_expression and
// invalid_legacy_expression rules word it.
func (p *exprParser) checkExpressionEnd(startTok *lexer.Token, a Expr) {
	next := p.peekType()
	if !startsExpression(next) || p.spec > 0 {
		return
	}
	if name, ok := a.(*Name); ok && (name.Id == "print" || name.Id == "exec") && next != tokLPar {
		save := p.save()
		if b, ok := p.tryParse(p.starExpressions); ok {
			p.failRange(a.Position(), b.Position(), "Missing parentheses in call to '"+name.Id+"'. Did you mean "+name.Id+"(...)?")
		}
		p.restore(save)
		return
	}
	save := p.save()
	if _, isName := a.(*Name); p.level == 0 || (isName && next == tokString) || isSoftKeyword(startTok) {
		// No error here, but CPython still reads on, which matters if
		// that reaches the end of the file inside an open bracket.
		p.tryParse(p.expressionWithoutInvalid)
		p.restore(save)
		return
	}
	if b, ok := p.tryParse(p.expressionWithoutInvalid); ok {
		p.failRange(a.Position(), b.Position(), "invalid syntax. Perhaps you forgot a comma?")
	}
	p.restore(save)
}

// expressionWithoutInvalid parses an expression without the error checks
// that look past its end (CPython's expression_without_invalid).
func (p *exprParser) expressionWithoutInvalid() Expr {
	if p.peekType() == tokLambda {
		return p.lambdef()
	}
	start := p.startPos()
	a := p.disjunction()
	if p.peekType() == tokIf {
		p.next()
		test := p.disjunction()
		p.expect(tokElse)
		orelse := p.expression()
		return &IfExp{Pos: p.span(start), Test: test, Body: a, Orelse: orelse}
	}
	return a
}

// isSoftKeyword reports whether a token is one of 3.11's soft keywords.
func isSoftKeyword(t *lexer.Token) bool {
	return t.Type == tokName && (t.Value == "match" || t.Value == "case" || t.Value == "_")
}

// disjunction is conjunction ('or' conjunction)*.
func (p *exprParser) disjunction() Expr {
	start := p.startPos()
	a := p.conjunction()
	if p.peekType() != tokOr {
		return a
	}
	values := []Expr{a}
	for p.peekType() == tokOr {
		p.next()
		values = append(values, p.conjunction())
	}
	return &BoolOp{Pos: p.span(start), Op: Or, Values: values}
}

// conjunction is inversion ('and' inversion)*.
func (p *exprParser) conjunction() Expr {
	start := p.startPos()
	a := p.inversion()
	if p.peekType() != tokAnd {
		return a
	}
	values := []Expr{a}
	for p.peekType() == tokAnd {
		p.next()
		values = append(values, p.inversion())
	}
	return &BoolOp{Pos: p.span(start), Op: And, Values: values}
}

// inversion is 'not' inversion | comparison.
func (p *exprParser) inversion() Expr {
	if p.peekType() != tokNot {
		return p.comparison()
	}
	p.enter()
	defer p.leave()
	not := p.next()
	operand := p.inversion()
	return &UnaryOp{Pos: p.span(p.posOf(not)), Op: Not, Operand: operand}
}

// comparison is bitwise_or (compare_op bitwise_or)*.
func (p *exprParser) comparison() Expr {
	start := p.startPos()
	a := p.bitwiseOr()
	op, ok := p.compareOp()
	if !ok {
		return a
	}
	var ops []CmpOp
	var comparators []Expr
	for ok {
		ops = append(ops, op)
		comparators = append(comparators, p.bitwiseOr())
		op, ok = p.compareOp()
	}
	return &Compare{Pos: p.span(start), Left: a, Ops: ops, Comparators: comparators}
}

// compareOp consumes a comparison operator if one comes next.
func (p *exprParser) compareOp() (CmpOp, bool) {
	var op CmpOp
	switch p.peekType() {
	case tokEqEqual:
		op = Eq
	case tokNotEqual:
		op = NotEq
	case tokLess:
		op = Lt
	case tokLessEq:
		op = LtE
	case tokGreater:
		op = Gt
	case tokGreatEq:
		op = GtE
	case tokIn:
		op = In
	case tokIs:
		p.next()
		if p.peekType() == tokNot {
			p.next()
			return IsNot, true
		}
		return Is, true
	case tokNot:
		if p.peek2Type() != tokIn {
			return 0, false
		}
		p.next()
		p.next()
		return NotIn, true
	default:
		return 0, false
	}
	p.next()
	return op, true
}

// bitwiseOr parses the binary operators from | down to * by precedence
// climbing.
func (p *exprParser) bitwiseOr() Expr { return p.binary(1) }

// binary parses operands joined by binary operators binding at least as
// tightly as minPrec.
func (p *exprParser) binary(minPrec int8) Expr {
	start := p.startPos()
	left := p.factor()
	for {
		t := p.peekType()
		prec := binaryPrec[t]
		if prec == 0 || prec < minPrec {
			return left
		}
		opTok := p.next()
		right := p.binary(prec + 1)
		left = &BinOp{Pos: p.span(start), Left: left, Op: binaryOp[t], Right: right, OpPos: p.posOf(opTok)}
	}
}

// factor is a unary + - ~ applied to a factor, or a power.
func (p *exprParser) factor() Expr {
	var op UnaryOperator
	switch p.peekType() {
	case tokMinus:
		op = USub
	case tokPlus:
		op = UAdd
	case tokTilde:
		op = Invert
	default:
		return p.power()
	}
	p.enter()
	defer p.leave()
	opTok := p.next()
	operand := p.factor()
	return &UnaryOp{Pos: p.span(p.posOf(opTok)), Op: op, Operand: operand}
}

// power is await_primary ['**' factor]: ** binds tighter than a unary
// operator on its left and takes a unary operand on its right, so -2**2 is
// -(2**2) and 2**-1 is 2**(-1).
func (p *exprParser) power() Expr {
	start := p.startPos()
	a := p.awaitPrimary()
	if p.peekType() != tokPower {
		return a
	}
	opTok := p.next()
	b := p.factor()
	return &BinOp{Pos: p.span(start), Left: a, Op: Pow, Right: b, OpPos: p.posOf(opTok)}
}

// awaitPrimary is 'await' primary | primary.
func (p *exprParser) awaitPrimary() Expr {
	if p.peekType() != tokAwait {
		return p.primary()
	}
	aw := p.next()
	v := p.primary()
	return &Await{Pos: p.span(p.posOf(aw)), Value: v}
}

// primary is an atom followed by attribute accesses, calls and subscripts.
func (p *exprParser) primary() Expr {
	start := p.startPos()
	e := p.atom()
	for {
		switch p.peekType() {
		case tokDot, tokLPar:
		case tokLSqb:
			if p.level > 0 && p.peek2Type() == tokRSqb {
				// `x[]`: CPython reads the [] as a list after x, so that
				// "forgot a comma" can apply.
				return e
			}
		default:
			return e
		}
		e = p.trailer(start, e)
	}
}

// trailer parses one attribute access, call or subscript applied to e (a
// primary starting at start).
func (p *exprParser) trailer(start Pos, e Expr) Expr {
	switch p.peekType() {
	case tokDot:
		p.next()
		if p.peekType() != tokName {
			p.failHere()
		}
		attr := p.next()
		return &Attribute{Pos: p.span(start), Value: e, Attr: attr.Value}
	case tokLPar:
		args, keywords := p.arguments()
		return &Call{Pos: p.span(start), Func: e, Args: args, Keywords: keywords}
	}
	p.openBracket()
	slice := p.slices()
	p.closeBracket(tokRSqb)
	return &Subscript{Pos: p.span(start), Value: e, Slice: slice}
}

// slices is the inside of a subscript: one slice, or a tuple of slices and
// starred expressions.
func (p *exprParser) slices() Expr {
	start := p.startPos()
	first := p.sliceOrStarred()
	if p.peekType() != tokComma {
		if _, ok := first.(*Starred); ok {
			// a[*b] is only valid as a tuple (PEP 646 in 3.11).
			return &Tuple{Pos: first.Position(), Elts: []Expr{first}, bare: true}
		}
		return first
	}
	elts := []Expr{first}
	for p.peekType() == tokComma {
		p.next()
		if p.peekType() == tokRSqb {
			break
		}
		elts = append(elts, p.sliceOrStarred())
	}
	return &Tuple{Pos: p.span(start), Elts: elts, bare: true}
}

// sliceOrStarred is slice | starred_expression.
func (p *exprParser) sliceOrStarred() Expr {
	if p.peekType() == tokStar {
		star := p.next()
		v := p.expression()
		return &Starred{Pos: p.span(p.posOf(star)), Value: v}
	}
	return p.slice()
}

// slice is [lower] ':' [upper] [':' [step]] | named_expression.
func (p *exprParser) slice() Expr {
	startTok := p.peek()
	var lower Expr
	if p.peekType() != tokColon {
		lower = p.namedExpression()
		if p.peekType() != tokColon {
			return lower
		}
		if _, ok := lower.(*NamedExpr); ok {
			p.failHere()
		}
	}
	start := p.posOf(startTok)
	p.next() // ':'
	s := &Slice{Lower: lower}
	if t := p.peekType(); t != tokColon && t != tokRSqb && t != tokComma {
		s.Upper = p.expression()
	}
	if p.peekType() == tokColon {
		p.next()
		if t := p.peekType(); t != tokRSqb && t != tokComma {
			s.Step = p.expression()
		}
	}
	s.Pos = p.span(start)
	return s
}

// name consumes a NAME token as a Name node.
func (p *exprParser) name() *Name {
	t := p.next()
	return &Name{Pos: p.span(p.posOf(t)), Id: t.Value}
}

// atom parses the smallest expressions: names, literals, displays and
// parenthesised forms.
func (p *exprParser) atom() Expr {
	t := p.peek()
	switch t.Type {
	case tokName:
		return p.name()
	case tokNumber:
		p.next()
		return p.number(t)
	case tokString:
		return p.strings()
	case tokNone, tokTrue, tokFalse, tokEllipsis:
		p.next()
		return &Constant{Pos: p.span(p.posOf(t)), Kind: constKinds[t.Type]}
	case tokLPar:
		return p.parenthesized()
	case tokLSqb:
		return p.listDisplay()
	case tokLBrace:
		return p.braceDisplay()
	}
	p.failHere()
	return nil
}

// lambdef is 'lambda' [params] ':' expression.
func (p *exprParser) lambdef() Expr {
	p.enter()
	defer p.leave()
	lam := p.next()
	args := p.lambdaParams()
	p.expect(tokColon)
	body := p.expression()
	return &Lambda{Pos: p.span(p.posOf(lam)), Args: args, Body: body}
}

// yieldExpr is 'yield' 'from' expression | 'yield' [star_expressions].
func (p *exprParser) yieldExpr() Expr {
	y := p.next()
	if p.peekType() == tokFrom {
		p.next()
		v := p.expression()
		return &YieldFrom{Pos: p.span(p.posOf(y)), Value: v}
	}
	var v Expr
	if t := p.peekType(); startsExpression(t) || t == tokStar {
		v = p.starExpressions()
	}
	return &Yield{Pos: p.span(p.posOf(y)), Value: v}
}
