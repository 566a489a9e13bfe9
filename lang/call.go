package lang

// This file parses call arguments (also used for class bases): positional,
// keyword, *args and **kwargs, and a generator expression as the sole
// argument, with CPython's checks on their order.

// arguments parses a parenthesised argument list, both parentheses
// included (a lone generator expression argument spans them, as in
// CPython).
func (p *exprParser) arguments() (args []Expr, keywords []*Keyword) {
	open := p.posOf(p.openBracket())
	sawKeyword, sawUnpack := false, false
	var pending string // "positional argument follows ..." once the list is read
	for p.peekType() != tokRPar {
		switch t := p.peek(); {
		case t.Type == tokStar:
			star := p.next()
			if sawUnpack {
				p.failAtToken(star, "iterable argument unpacking follows keyword argument unpacking")
			}
			v := p.expression()
			args = append(args, &Starred{Pos: p.span(p.posOf(star)), Value: v})
		case t.Type == tokPower:
			star := p.next()
			v := p.expression()
			keywords = append(keywords, &Keyword{Pos: p.span(p.posOf(star)), Value: v})
			sawUnpack = true
		case t.Type == tokName && p.peek2Type() == tokEqual:
			keywords = append(keywords, p.keywordArgument())
			sawKeyword = true
		case (t.Type == tokTrue || t.Type == tokFalse || t.Type == tokNone) && p.peek2Type() == tokEqual:
			p.next()
			eq := p.next()
			p.failRange(p.posOf(t), tokenPos(eq), "cannot assign to "+t.Value)
		default:
			e := p.argumentExpression()
			if tt := p.peekType(); tt == tokFor || tt == tokAsync {
				if len(args) == 0 && len(keywords) == 0 {
					gens := p.comprehensionClauses()
					switch p.peekType() {
					case tokRPar:
						p.closeBracket(tokRPar)
						args = append(args, &GeneratorExp{Pos: p.span(open), Elt: e, Generators: gens})
						return args, keywords
					case tokComma:
						p.failRange(e.Position(), lastComprehensionItem(gens).Position(), "Generator expression must be parenthesized")
					}
					p.failHere()
				}
				// Only CPython's second pass reads a comprehension here.
				p.misplacedComprehension(e, nil, "Generator expression must be parenthesized")
			}
			if (sawKeyword || sawUnpack) && pending == "" {
				pending = "positional argument follows keyword argument"
				if sawUnpack {
					pending += " unpacking"
				}
			}
			args = append(args, e)
		}
		if p.peekType() != tokComma {
			break
		}
		p.next()
	}
	if pending != "" {
		p.failAtToken(p.peek(), pending)
	}
	p.closeBracket(tokRPar)
	return args, keywords
}

// misplacedComprehension reports a comprehension where none is allowed.
// CPython's first pass stops at the 'for'; its second pass reads the
// comprehension (reporting a bad target in it) and then reports msg from
// from to end, or to the comprehension's last item if end is nil.
func (p *exprParser) misplacedComprehension(from, end Expr, msg string) {
	forTok := p.peek()
	var gens []*Comprehension
	if p.trySpecific(func() { gens = p.comprehensionClauses() }) {
		if end == nil {
			end = lastComprehensionItem(gens)
		}
		p.failRange(from.Position(), end.Position(), msg)
	}
	p.failAtToken(forTok, "invalid syntax")
}

// keywordArgument parses NAME '=' expression.
func (p *exprParser) keywordArgument() *Keyword {
	name := p.next()
	eq := p.next()
	if t := p.peekType(); t == tokComma || t == tokRPar {
		p.failHere()
	}
	v := p.expression()
	if t := p.peekType(); t == tokFor || t == tokAsync {
		p.failRange(p.posOf(name), tokenPos(eq), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
	}
	return &Keyword{Pos: p.span(p.posOf(name)), Arg: name.Value, Value: v}
}

// argumentExpression is a positional argument: assignment_expression |
// expression; an '=' after it is CPython's invalid_kwarg.
func (p *exprParser) argumentExpression() Expr {
	var e Expr
	if p.peekType() == tokName && p.peek2Type() == tokWalrus {
		name := p.name()
		p.next()
		value := p.expression()
		e = &NamedExpr{Pos: p.span(name.Pos), Target: name, Value: value}
	} else {
		e = p.expression()
	}
	switch p.peekType() {
	case tokEqual:
		eq := p.peek()
		p.failRange(e.Position(), tokenPos(eq), `expression cannot contain assignment, perhaps you meant "=="?`)
	case tokWalrus:
		p.failNode(e, "cannot use assignment expressions with "+exprName(e))
	}
	return e
}

// lastComprehensionItem is the last expression of a comprehension, where
// CPython ends the "must be parenthesized" range.
func lastComprehensionItem(gens []*Comprehension) Expr {
	last := gens[len(gens)-1]
	if len(last.Ifs) > 0 {
		return last.Ifs[len(last.Ifs)-1]
	}
	return last.Iter
}
