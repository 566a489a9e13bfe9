package lang

import "github.com/alecthomas/participle/v2/lexer"

// This file parses the bracketed atoms: tuples, parenthesised groups,
// generator expressions, list/set/dict displays and their comprehensions.

// parenthesized is '(' followed by a tuple, a group, a generator
// expression or a yield expression.
func (p *exprParser) parenthesized() Expr {
	open := p.openBracket()
	start := p.posOf(open)
	switch p.peekType() {
	case tokRPar:
		p.closeBracket(tokRPar)
		return &Tuple{Pos: p.span(start)}
	case tokYield:
		y := p.yieldExpr()
		p.closeBracket(tokRPar)
		return y
	case tokPower:
		star := p.next()
		p.expression()
		if p.peekType() == tokRPar {
			p.failAt(tokenPos(star), "cannot use double starred expression here")
		}
		p.failAtToken(star, "invalid syntax")
	}
	first := p.starNamedExpression()
	switch p.peekType() {
	case tokRPar:
		if st, ok := first.(*Starred); ok {
			p.failNode(st, "cannot use starred expression here")
		}
		p.closeBracket(tokRPar)
		return first
	case tokFor, tokAsync:
		p.checkComprehensionElement(first)
		gens := p.comprehensionClauses()
		p.closeBracket(tokRPar)
		return &GeneratorExp{Pos: p.span(start), Elt: first, Generators: gens}
	}
	elts := p.moreElements(first, tokRPar)
	p.closeBracket(tokRPar)
	return &Tuple{Pos: p.span(start), Elts: elts}
}

// moreElements continues a comma-separated display after its first element,
// up to (not including) the closing bracket.
func (p *exprParser) moreElements(first Expr, closing lexer.TokenType) []Expr {
	elts := []Expr{first}
	for p.peekType() == tokComma {
		p.next()
		if t := p.peekType(); t == closing || t == tokFor || t == tokAsync {
			break
		}
		elts = append(elts, p.starNamedExpression())
	}
	if t := p.peekType(); t == tokFor || t == tokAsync {
		if closing == tokRPar {
			p.failHere()
		}
		p.misplacedComprehension(first, elts[len(elts)-1], "did you forget parentheses around the comprehension target?")
	}
	return elts
}

// checkComprehensionElement rejects a starred comprehension element.
func (p *exprParser) checkComprehensionElement(e Expr) {
	if st, ok := e.(*Starred); ok {
		p.failNode(st, "iterable unpacking cannot be used in comprehension")
	}
}

// listDisplay is '[' elements ']' or a list comprehension.
func (p *exprParser) listDisplay() Expr {
	open := p.openBracket()
	start := p.posOf(open)
	if p.peekType() == tokRSqb {
		p.closeBracket(tokRSqb)
		return &List{Pos: p.span(start)}
	}
	first := p.starNamedExpression()
	if t := p.peekType(); t == tokFor || t == tokAsync {
		p.checkComprehensionElement(first)
		gens := p.comprehensionClauses()
		p.closeBracket(tokRSqb)
		return &ListComp{Pos: p.span(start), Elt: first, Generators: gens}
	}
	if p.peekType() == tokComma {
		p.checkTrailingCommaComprehension(first)
	}
	elts := p.moreElements(first, tokRSqb)
	p.closeBracket(tokRSqb)
	return &List{Pos: p.span(start), Elts: elts}
}

// checkTrailingCommaComprehension reports "[x, for x in y]".
func (p *exprParser) checkTrailingCommaComprehension(first Expr) {
	cp := p.save()
	comma := p.next()
	if t := p.peekType(); t == tokFor || t == tokAsync {
		forTok := p.peek()
		if p.trySpecific(func() { p.comprehensionClauses() }) {
			p.failRange(first.Position(), tokenPos(comma), "did you forget parentheses around the comprehension target?")
		}
		p.failAtToken(forTok, "invalid syntax")
	}
	p.restore(cp)
}

// braceDisplay is a dict or set display or comprehension.
func (p *exprParser) braceDisplay() Expr {
	open := p.openBracket()
	start := p.posOf(open)
	switch p.peekType() {
	case tokRBrace:
		p.closeBracket(tokRBrace)
		return &Dict{Pos: p.span(start)}
	case tokPower:
		return p.dictDisplay(start, nil)
	}
	first := p.starNamedExpression()
	if p.peekType() == tokColon {
		if _, ok := first.(*Starred); ok {
			p.failHere()
		}
		return p.dictDisplay(start, first)
	}
	if t := p.peekType(); t == tokFor || t == tokAsync {
		p.checkComprehensionElement(first)
		gens := p.comprehensionClauses()
		p.closeBracket(tokRBrace)
		return &SetComp{Pos: p.span(start), Elt: first, Generators: gens}
	}
	if p.peekType() == tokComma {
		p.checkTrailingCommaComprehension(first)
	}
	elts := p.moreElements(first, tokRBrace)
	p.closeBracket(tokRBrace)
	return &Set{Pos: p.span(start), Elts: elts}
}

// dictDisplay continues a dict display (or comprehension) whose first key
// has been parsed (nil when it starts with '**').
func (p *exprParser) dictDisplay(start Pos, firstKey Expr) Expr {
	d := &Dict{}
	if firstKey == nil {
		star := p.next()
		v := p.bitwiseOr()
		if t := p.peekType(); t == tokFor || t == tokAsync {
			p.failAtToken(star, "dict unpacking cannot be used in dict comprehension")
		}
		d.Keys, d.Values = append(d.Keys, nil), append(d.Values, v)
	} else {
		value := p.dictValue()
		if t := p.peekType(); t == tokFor || t == tokAsync {
			gens := p.comprehensionClauses()
			p.closeBracket(tokRBrace)
			return &DictComp{Pos: p.span(start), Key: firstKey, Value: value, Generators: gens}
		}
		d.Keys, d.Values = append(d.Keys, firstKey), append(d.Values, value)
	}
	for p.peekType() == tokComma {
		p.next()
		if p.peekType() == tokRBrace {
			break
		}
		if p.peekType() == tokPower {
			p.next()
			d.Keys, d.Values = append(d.Keys, nil), append(d.Values, p.bitwiseOr())
			continue
		}
		key := p.expression()
		if p.peekType() != tokColon {
			// CPython puts the caret on the key's last character.
			pos := key.Position()
			p.failAt(Pos{Line: pos.EndLine, Col: pos.EndCol - 1, EndLine: pos.EndLine, EndCol: 0}, "':' expected after dictionary key")
		}
		d.Keys, d.Values = append(d.Keys, key), append(d.Values, p.dictValue())
	}
	p.closeBracket(tokRBrace)
	d.Pos = p.span(start)
	return d
}

// dictValue parses ':' value inside a dict display.
func (p *exprParser) dictValue() Expr {
	colon := p.next()
	switch p.peekType() {
	case tokStar:
		star := p.next()
		p.bitwiseOr()
		p.failStartingFrom(p.posOf(star), "cannot use a starred expression in a dictionary value")
	case tokRBrace, tokComma:
		p.failAt(tokenPos(colon), "expression expected after dictionary key and ':'")
	}
	return p.expression()
}

// comprehensionClauses parses one or more `[async] for targets in iter
// (if cond)*` clauses.
func (p *exprParser) comprehensionClauses() []*Comprehension {
	var gens []*Comprehension
	for {
		isAsync := false
		switch p.peekType() {
		case tokAsync:
			if p.peek2Type() != tokFor {
				return gens
			}
			p.next()
			isAsync = true
		case tokFor:
		default:
			return gens
		}
		p.next()
		target := p.forTargets()
		p.expect(tokIn)
		iter := p.disjunction()
		c := &Comprehension{Target: target, Iter: iter, IsAsync: isAsync}
		for p.peekType() == tokIf {
			p.next()
			c.Ifs = append(c.Ifs, p.disjunction())
		}
		gens = append(gens, c)
	}
}
