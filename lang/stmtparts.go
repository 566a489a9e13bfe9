package lang

import "github.com/alecthomas/participle/v2/lexer"

// This file parses the expression-made parts of statements that need more
// than one expression rule: with items, del targets, except clauses, class
// headers.

// withItems parses the items of a with statement, in either form:
// `with a as b, c:` or `with (a as b, c):`. As in CPython the
// parenthesised form is tried first and only taken if the ')' is followed
// by ':'; otherwise the parentheses belong to the first expression.
func (p *exprParser) withItems() withItemList {
	if p.peekType() == tokLPar {
		save := p.save()
		var items withItemList
		ok := p.tryParseAny(func() {
			p.openBracket()
			for {
				items = append(items, p.withItem())
				if p.peekType() != tokComma {
					break
				}
				p.next()
				if p.peekType() == tokRPar {
					break
				}
			}
			p.closeBracket(tokRPar)
			if p.peekType() != tokColon {
				p.failHere()
			}
		})
		if ok {
			return items
		}
		p.restore(save)
	}
	var items withItemList
	for {
		items = append(items, p.withItem())
		if p.peekType() != tokComma {
			return items
		}
		p.next()
	}
}

// withItem is `expression ['as' star_target]`.
func (p *exprParser) withItem() *WithItem {
	item := &WithItem{ContextExpr: p.expression()}
	if p.peekType() != tokAs {
		return item
	}
	p.next()
	target := p.starTarget()
	switch p.peekType() {
	case tokComma, tokRPar, tokColon:
	case tokNewline:
		p.failAtToken(p.peek(), "expected ':'")
	default:
		p.failHere()
	}
	p.checkTarget(target, starTargets)
	item.OptionalVars = target
	return item
}

// tryParseAny runs f speculatively and reports whether it succeeded.
func (p *exprParser) tryParseAny(f func()) bool {
	_, ok := p.tryParse(func() Expr { f(); return nil })
	return ok
}

// delTargets parses the targets of del.
func (p *exprParser) delTargets() exprList {
	e := p.targetList(delTargets, func(t lexer.TokenType) bool { return t == tokNewline || t == tokSemi })
	if tuple, ok := e.(*Tuple); ok && isBareTuple(tuple) {
		return exprList(tuple.Elts)
	}
	return exprList{e}
}

// exceptType parses the type of an except clause; `except A, B:` is
// CPython's "multiple exception types must be parenthesized".
func (p *exprParser) exceptType() Expr {
	e := p.expression()
	if p.peekType() == tokComma {
		for p.peekType() == tokComma {
			p.next()
			p.expression()
		}
		p.failStartingFrom(e.Position(), "multiple exception types must be parenthesized")
	}
	return e
}

// classArgs parses the parenthesised bases and keywords of a class.
func (p *exprParser) classArgs() *callArgs {
	args, keywords := p.arguments()
	return &callArgs{args: args, keywords: keywords}
}
