package lang

import (
	"strings"
	"unicode/utf8"

	"github.com/alecthomas/participle/v2/lexer"
)

// This file parses f-strings the way CPython 3.11 does (Parser/string_parser.c):
// the literal text and the replacement fields are found by scanning the
// string's body; each field's expression is then lexed and parsed on its
// own, wrapped in parentheses, by a nested expression parser whose node
// positions are shifted to the expression's place in the file. Errors are
// CPython's, including its habit of showing "(expr)" as the source line of
// an error inside a field.

// joinedBuilder collects the parts of a JoinedStr, merging adjacent text.
type joinedBuilder struct {
	pos     Pos
	values  []Expr
	text    strings.Builder
	hasText bool
}

func (j *joinedBuilder) addText(s string) {
	if s == "" {
		return
	}
	j.text.WriteString(s)
	j.hasText = true
}

func (j *joinedBuilder) addValue(v Expr) {
	j.flush()
	j.values = append(j.values, v)
}

func (j *joinedBuilder) flush() {
	if j.hasText {
		j.values = append(j.values, &Constant{Pos: j.pos, Kind: ConstStr, Value: j.text.String()})
		j.text.Reset()
		j.hasText = false
	}
}

func (j *joinedBuilder) finish() *JoinedStr {
	j.flush()
	return &JoinedStr{Pos: j.pos, Values: j.values}
}

// fstring adds the parts of one f-string literal to js. Errors are placed
// at the token after the string literals (after), as CPython places them.
func (p *exprParser) fstring(js *joinedBuilder, part stringPart, after *lexer.Token) {
	i := 0
	p.fstringParse(js, part, &i, 0, after)
}

// fstringParse reads literal text and replacement fields from part.body at
// *i. At nesting level 0 it runs to the end of the body; inside a format
// spec (level > 0) it stops at the '}' closing the field.
func (p *exprParser) fstringParse(js *joinedBuilder, part stringPart, i *int, lvl int, after *lexer.Token) {
	body := part.body
	for {
		litStart := *i
		s := *i
		doubled := false
	literal:
		for s < len(body) {
			ch := body[s]
			s++
			if !part.raw && ch == '\\' && s < len(body) {
				ch = body[s]
				s++
				if ch == 'N' {
					if s < len(body) && body[s] == '{' {
						for s < len(body) && body[s] != '}' {
							s++
						}
						s++
					}
					continue
				}
			}
			if ch == '{' || ch == '}' {
				if lvl == 0 {
					if s < len(body) && body[s] == ch {
						js.addText(p.decodeStr(body[litStart:s], part.raw, after))
						*i = s + 1
						doubled = true
						break literal
					}
					if ch == '}' {
						p.failAtToken(after, "f-string: single '}' is not allowed")
					}
				}
				s--
				break
			}
		}
		if doubled {
			continue
		}
		if s > len(body) {
			s = len(body)
		}
		js.addText(p.decodeStr(body[litStart:s], part.raw, after))
		*i = s
		if s >= len(body) || body[s] == '}' {
			break
		}
		p.fstringField(js, part, i, lvl, after)
	}
	if lvl != 0 && (*i >= len(body) || body[*i] != '}') {
		p.failAtToken(after, "f-string: expecting '}'")
	}
}

// fstringField parses one {expr[=][!c][:spec]} field starting at body[*i].
func (p *exprParser) fstringField(js *joinedBuilder, part stringPart, i *int, lvl int, after *lexer.Token) {
	body := part.body
	if lvl >= 2 {
		p.failAtToken(after, "f-string: expressions nested too deeply")
	}
	*i++
	exprStart := *i
	p.scanFieldExpression(body, i, after)
	exprEnd := *i
	if *i >= len(body) {
		p.failAtToken(after, "f-string: expecting '}'")
	}
	value := p.fieldExpression(part, exprStart, exprEnd, after)
	debugText := ""
	if body[*i] == '=' {
		*i++
		for *i < len(body) && isSpaceByte(body[*i]) {
			*i++
		}
		if *i >= len(body) {
			p.failAtToken(after, "f-string: expecting '}'")
		}
		debugText = body[exprStart:*i]
	}
	var conversion rune
	if body[*i] == '!' {
		*i++
		if *i >= len(body) {
			p.failAtToken(after, "f-string: expecting '}'")
		}
		conversion = rune(body[*i])
		*i++
		if conversion != 's' && conversion != 'r' && conversion != 'a' {
			p.failAtToken(after, "f-string: invalid conversion character: expected 's', 'r', or 'a'")
		}
	}
	var spec Expr
	if *i < len(body) && body[*i] == ':' {
		*i++
		if *i >= len(body) {
			p.failAtToken(after, "f-string: expecting '}'")
		}
		sb := &joinedBuilder{pos: js.pos}
		p.fstringParse(sb, part, i, lvl+1, after)
		spec = sb.finish()
	}
	if *i >= len(body) || body[*i] != '}' {
		p.failAtToken(after, "f-string: expecting '}'")
	}
	*i++
	if debugText != "" {
		js.addText(debugText)
		if spec == nil && conversion == 0 {
			conversion = 'r'
		}
	}
	js.addValue(&FormattedValue{Pos: js.pos, Value: value, Conversion: conversion, FormatSpec: spec})
}

// scanFieldExpression advances *i to the end of a field's expression,
// tracking brackets and nested string literals (CPython's
// fstring_find_expr).
func (p *exprParser) scanFieldExpression(body string, i *int, after *lexer.Token) {
	var quote byte
	quoteSize := 0
	var stack []byte
	for ; *i < len(body); *i++ {
		ch := body[*i]
		if ch == '\\' {
			p.failAtToken(after, "f-string expression part cannot include a backslash")
		}
		if quote != 0 {
			if ch == quote {
				if quoteSize == 3 {
					if *i+2 < len(body) && body[*i+1] == ch && body[*i+2] == ch {
						*i += 2
						quote = 0
					}
				} else {
					quote = 0
				}
			}
			continue
		}
		switch ch {
		case '\'', '"':
			quoteSize = 1
			if *i+2 < len(body) && body[*i+1] == ch && body[*i+2] == ch {
				quoteSize = 3
				*i += 2
			}
			quote = ch
		case '[', '{', '(':
			if len(stack) >= maxParens {
				p.failAtToken(after, "f-string: too many nested parenthesis")
			}
			stack = append(stack, ch)
		case '#':
			p.failAtToken(after, "f-string expression part cannot include '#'")
		case ']', '}', ')':
			if len(stack) == 0 {
				if ch == '}' {
					return
				}
				p.failAtToken(after, "f-string: unmatched '"+string(ch)+"'")
			}
			open := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if closerOf(open) != ch {
				p.failAtToken(after, "f-string: closing parenthesis '"+string(ch)+"' does not match opening parenthesis '"+string(open)+"'")
			}
		case '!', ':', '=', '<', '>':
			if len(stack) > 0 {
				continue
			}
			if *i+1 < len(body) && body[*i+1] == '=' && ch != ':' {
				*i++ // != == <= >=
				continue
			}
			if ch == '<' || ch == '>' {
				continue
			}
			return
		}
	}
	if quote != 0 {
		p.failAtToken(after, "f-string: unterminated string")
	}
	if len(stack) > 0 {
		p.failAtToken(after, "f-string: unmatched '"+string(stack[len(stack)-1])+"'")
	}
}

// fieldExpression parses body[start:end] as the expression of a field.
func (p *exprParser) fieldExpression(part stringPart, start, end int, after *lexer.Token) Expr {
	expr := part.body[start:end]
	if strings.TrimLeft(expr, " \t\n\r\f\v") == "" {
		p.failAtToken(after, "f-string: empty expression not allowed")
	}
	// Where the expression starts in the file.
	line, col := part.bodyPos.Line, part.bodyPos.Column
	before := part.body[:start]
	if nl := strings.LastIndexByte(before, '\n'); nl >= 0 {
		line += strings.Count(before, "\n")
		col = utf8.RuneCountInString(before[nl+1:]) + 1
	} else {
		col += utf8.RuneCountInString(before)
	}
	text := "(" + expr + ")"
	lx := NewLexer(p.src.filename, text)
	lx.lineShift, lx.colShift = line-1, col-2
	sub := &exprParser{src: &source{
		filename: p.src.filename, text: text, lines: nil,
		lineShift: line - 1, colShift: col - 2, fstring: true,
	}, depth: p.depth, spec: p.spec}
	peeker, _ := lexer.Upgrade(lx)
	sub.src.lines = lx.lines
	sub.lex = peeker
	e, err := sub.parseField()
	if err != nil {
		if err == errLexer {
			err = lx.err
			err.Line += lx.lineShift
			err.Msg = "f-string: " + err.Msg
		}
		p.abortWith(err)
	}
	return e
}

// parseField is the nested parser's entry point: star_expressions.
func (p *exprParser) parseField() (e Expr, err *SyntaxError) {
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(parseAbort); !ok {
				panic(r)
			}
			err = p.err
			if err == nil {
				err = &SyntaxError{Kind: "SyntaxError", Msg: "f-string: invalid syntax", Filename: p.src.filename}
			}
		}
	}()
	e = p.starExpressions()
	if t := p.peekType(); t != tokNewline && t != lexer.EOF {
		p.failHere()
	}
	return e, nil
}
