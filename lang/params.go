package lang

import "github.com/alecthomas/participle/v2/lexer"

// This file parses parameter lists, of def (in parentheses, with
// annotations) and of lambda (up to the ':'), and checks their order with
// CPython's messages.

// defParams parses '(' params ')' of a function definition.
func (p *exprParser) defParams() *Arguments {
	if p.peekType() != tokLPar {
		p.failAtToken(p.peek(), "expected '('")
	}
	p.openBracket()
	args := p.params(tokRPar, true)
	p.closeBracket(tokRPar)
	return args
}

// lambdaParams parses the parameters of a lambda, up to its ':'.
func (p *exprParser) lambdaParams() *Arguments {
	return p.params(tokColon, false)
}

// params parses parameters up to (not including) the closing token.
func (p *exprParser) params(closing lexer.TokenType, annotations bool) *Arguments {
	args := &Arguments{}
	var (
		seenDefault, seenSlash, seenStar, seenKwarg bool
		count                                       int // parameters so far
	)
	for p.peekType() != closing {
		t := p.peek()
		if seenKwarg {
			switch t.Type {
			case tokName:
				p.failNode(p.param(annotations), "arguments cannot follow var-keyword argument")
			case tokStar, tokPower, tokSlash:
				p.failAtToken(t, "arguments cannot follow var-keyword argument")
			}
		}
		switch t.Type {
		case tokSlash:
			switch {
			case seenSlash:
				p.failAtToken(t, "/ may appear only once")
			case seenStar:
				p.failAtToken(t, "/ must be ahead of *")
			case count == 0:
				if p.peek2Type() == tokComma {
					p.failAtToken(t, "at least one argument must precede /")
				}
				p.failAtToken(t, "invalid syntax")
			}
			p.next()
			args.PosOnly, args.Args = args.Args, nil
			seenSlash = true
			if nt := p.peekType(); nt == tokStar {
				p.failAtToken(p.peek(), "expected comma between / and *")
			}
		case tokStar:
			if seenStar {
				p.failAtToken(t, "* argument may appear only once")
			}
			star := p.next()
			seenStar = true
			if p.peekType() == tokName {
				args.Vararg = p.param(annotations)
				if p.peekType() == tokEqual {
					p.failAtToken(p.peek(), "var-positional argument cannot have default value")
				}
				break
			}
			p.checkBareStar(star, closing)
		case tokPower:
			p.next()
			if p.peekType() != tokName {
				p.failHere()
			}
			args.Kwarg = p.param(annotations)
			if p.peekType() == tokEqual {
				p.failAtToken(p.peek(), "var-keyword argument cannot have default value")
			}
			seenKwarg = true
		case tokName:
			arg := p.param(annotations)
			var def Expr
			if p.peekType() == tokEqual {
				eq := p.next()
				if nt := p.peekType(); nt == tokComma || nt == closing {
					p.failAtToken(eq, "expected default value expression")
				}
				def = p.expression()
			}
			switch {
			case seenStar:
				args.KwOnly = append(args.KwOnly, arg)
				args.KwDefaults = append(args.KwDefaults, def)
			case def != nil:
				seenDefault = true
				args.Args = append(args.Args, arg)
				args.Defaults = append(args.Defaults, def)
			default:
				if t := p.peekType(); seenDefault && (t == tokComma || t == closing) {
					p.failNode(arg, "non-default argument follows default argument")
				}
				args.Args = append(args.Args, arg)
			}
		case tokLPar:
			p.parenthesizedParams(closing)
		default:
			p.failHere()
		}
		count++
		if p.peekType() != tokComma {
			break
		}
		p.next()
	}
	return args
}

// parenthesizedParams reports `def f((a, b))` and `lambda (a): 0` with
// CPython's message when the parentheses hold only names.
func (p *exprParser) parenthesizedParams(closing lexer.TokenType) {
	save := p.save()
	open := p.next()
	for p.peekType() == tokName {
		p.next()
		if p.peekType() != tokComma {
			break
		}
		p.next()
	}
	if p.last.Type != tokLPar && p.peekType() == tokRPar {
		close := p.next()
		what := "Function parameters"
		if closing == tokColon {
			what = "Lambda expression parameters"
		}
		p.failRange(p.posOf(open), tokenPos(close), what+" cannot be parenthesized")
	}
	p.restore(save)
	p.failHere()
}

// checkBareStar requires a keyword-only parameter after a bare '*'.
func (p *exprParser) checkBareStar(star *lexer.Token, closing lexer.TokenType) {
	bad := false
	switch p.peekType() {
	case closing:
		bad = true
	case tokComma:
		if t := p.peek2Type(); t == closing || t == tokPower {
			bad = true
		}
	default:
		p.failHere()
	}
	if !bad {
		return
	}
	if closing == tokColon {
		// lambda: CPython reports it at the last token read.
		p.failAtToken(p.peek(), "named arguments must follow bare *")
	}
	p.failAtToken(star, "named arguments must follow bare *")
}

// param parses NAME [':' annotation].
func (p *exprParser) param(annotations bool) *Arg {
	name := p.next()
	arg := &Arg{Name: name.Value}
	if annotations && p.peekType() == tokColon {
		p.next()
		if p.peekType() == tokStar {
			star := p.next()
			v := p.expression()
			arg.Annotation = &Starred{Pos: p.span(p.posOf(star)), Value: v}
		} else {
			arg.Annotation = p.expression()
		}
	}
	arg.Pos = p.span(p.posOf(name))
	return arg
}
