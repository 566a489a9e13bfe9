package lang

import "github.com/alecthomas/participle/v2/lexer"

// This file checks assignment, deletion and loop targets, with CPython's
// messages ("cannot assign to function call", "cannot delete literal").

// targetsKind says which statement a target belongs to; it changes the
// wording and a few rules, as in CPython's _PyPegen_get_invalid_target.
type targetsKind int

const (
	starTargets targetsKind = iota // assignment, with ... as, walrus
	delTargets                     // del
	forTargets                     // for loops and comprehensions
)

// invalidTarget returns the first part of e that cannot be a target of the
// given kind, or nil if e is a valid target.
func invalidTarget(e Expr, kind targetsKind) Expr {
	switch e := e.(type) {
	case *List:
		for _, elt := range e.Elts {
			if bad := invalidTarget(elt, kind); bad != nil {
				return bad
			}
		}
		return nil
	case *Tuple:
		for _, elt := range e.Elts {
			if bad := invalidTarget(elt, kind); bad != nil {
				return bad
			}
		}
		return nil
	case *Starred:
		if kind == delTargets {
			return e
		}
		return invalidTarget(e.Value, kind)
	case *Compare:
		// `for a in b` parses "a in b" as a comparison; its left side is
		// the target.
		if kind == forTargets {
			if e.Ops[0] == In {
				return invalidTarget(e.Left, kind)
			}
			return nil
		}
		return e
	case *Name, *Subscript, *Attribute:
		return nil
	}
	return e
}

// exprName is how CPython's messages name a kind of expression.
func exprName(e Expr) string {
	switch e := e.(type) {
	case *Attribute:
		return "attribute"
	case *Subscript:
		return "subscript"
	case *Starred:
		return "starred"
	case *Name:
		return "name"
	case *List:
		return "list"
	case *Tuple:
		return "tuple"
	case *Lambda:
		return "lambda"
	case *Call:
		return "function call"
	case *BoolOp, *BinOp, *UnaryOp:
		return "expression"
	case *GeneratorExp:
		return "generator expression"
	case *Yield, *YieldFrom:
		return "yield expression"
	case *Await:
		return "await expression"
	case *ListComp:
		return "list comprehension"
	case *SetComp:
		return "set comprehension"
	case *DictComp:
		return "dict comprehension"
	case *Dict:
		return "dict literal"
	case *Set:
		return "set display"
	case *JoinedStr, *FormattedValue:
		return "f-string expression"
	case *Constant:
		switch e.Kind {
		case ConstNone:
			return "None"
		case ConstTrue:
			return "True"
		case ConstFalse:
			return "False"
		case ConstEllipsis:
			return "ellipsis"
		}
		return "literal"
	case *Compare:
		return "comparison"
	case *IfExp:
		return "conditional expression"
	case *NamedExpr:
		return "named expression"
	}
	return "expression"
}

// checkTarget reports an invalid target of the given kind.
func (p *exprParser) checkTarget(e Expr, kind targetsKind) {
	bad := invalidTarget(e, kind)
	if bad == nil {
		return
	}
	verb := "cannot assign to "
	if kind == delTargets {
		verb = "cannot delete "
	}
	p.failNode(bad, verb+exprName(bad))
}

// forTargets parses the targets of a for loop or comprehension clause
// (star_targets), stopping before 'in'. Targets are read as primaries (a
// name, attribute, subscript, call, or bracketed list), as CPython's first
// pass reads them; where that stops short of 'in', CPython's second pass
// re-reads the whole as an expression to name an invalid target
// (invalid_for_target), else the error is at the first pass's stop.
func (p *exprParser) forTargets() Expr {
	return p.targetList(forTargets, func(t lexer.TokenType) bool { return t == tokIn })
}

// targetList parses comma-separated targets (star_targets or del_targets)
// that must be followed by a token for which end is true, and checks them.
// Targets are read as primaries (a name, attribute, subscript, call, or
// bracketed list), as CPython's first pass reads them; where that stops
// short, CPython's second pass re-reads the whole as an expression to name
// an invalid target, else the error is where the first pass stopped.
func (p *exprParser) targetList(kind targetsKind, end func(lexer.TokenType) bool) Expr {
	save := p.save()
	start := p.startPos()
	var elts []Expr
	for {
		e, ok := p.tryParse(p.starTarget)
		if !ok {
			break
		}
		elts = append(elts, e)
		if p.peekType() != tokComma {
			break
		}
		p.next()
		if t := p.peekType(); !startsExpression(t) && t != tokStar {
			break
		}
	}
	if !end(p.peekType()) || elts == nil {
		stop := p.peek()
		p.restore(save)
		p.trySpecific(func() { p.checkTarget(p.starExpressions(), kind) })
		p.failAtToken(stop, "invalid syntax")
	}
	var target Expr = elts[0]
	if len(elts) > 1 || p.last.Type == tokComma {
		target = &Tuple{Pos: p.span(start), Elts: elts, bare: true}
	}
	p.checkTarget(target, kind)
	return target
}

// starTarget is one element of star_targets: ['*'] target.
func (p *exprParser) starTarget() Expr {
	if p.peekType() == tokStar {
		star := p.next()
		v := p.starTarget()
		return &Starred{Pos: p.span(p.posOf(star)), Value: v}
	}
	return p.primary()
}
