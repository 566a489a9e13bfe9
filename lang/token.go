// Package lang is minipy's front end: an indentation-aware lexer, a
// participle grammar for Python 3.11's statements with a hand-written
// precedence-climbing expression parser plugged into it, the conversion of
// the parse tree into the AST of ast.go, and SyntaxErrors worded, placed and
// printed exactly as CPython 3.11 does.
package lang

import "github.com/alecthomas/participle/v2/lexer"

// Token types. Every operator and keyword has a type of its own so that the
// expression parser dispatches on an integer instead of comparing strings;
// the participle grammar matches them by their text.
const (
	tokName lexer.TokenType = iota + 1
	tokNumber
	tokString
	tokNewline
	tokIndent
	tokDedent
	// tokError stands where the lexer found an error; nothing in the grammar
	// matches it, so the parse stops there (see Lexer.err for the error).
	tokError

	// Operators and delimiters.
	tokLPar     // (
	tokRPar     // )
	tokLSqb     // [
	tokRSqb     // ]
	tokLBrace   // {
	tokRBrace   // }
	tokColon    // :
	tokComma    // ,
	tokSemi     // ;
	tokPlus     // +
	tokMinus    // -
	tokStar     // *
	tokSlash    // /
	tokVbar     // |
	tokAmper    // &
	tokLess     // <
	tokGreater  // >
	tokEqual    // =
	tokDot      // .
	tokPercent  // %
	tokEqEqual  // ==
	tokNotEqual // !=
	tokLessEq   // <=
	tokGreatEq  // >=
	tokTilde    // ~
	tokCircum   // ^
	tokLShift   // <<
	tokRShift   // >>
	tokPower    // **
	tokPlusEq   // +=
	tokMinusEq  // -=
	tokStarEq   // *=
	tokSlashEq  // /=
	tokPercEq   // %=
	tokAmperEq  // &=
	tokVbarEq   // |=
	tokCircEq   // ^=
	tokLShiftEq // <<=
	tokRShiftEq // >>=
	tokPowerEq  // **=
	tokDSlash   // //
	tokDSlashEq // //=
	tokAt       // @
	tokAtEq     // @=
	tokArrow    // ->
	tokEllipsis // ...
	tokWalrus   // :=
	// tokOther is a character that is no Python token ($, ?, `, a lone !):
	// CPython's tokenizer passes it to the parser, which reports "invalid
	// syntax" there.
	tokOther

	// Keywords.
	tokFalse
	tokNone
	tokTrue
	tokAnd
	tokAs
	tokAssert
	tokAsync
	tokAwait
	tokBreak
	tokClass
	tokContinue
	tokDef
	tokDel
	tokElif
	tokElse
	tokExcept
	tokFinally
	tokFor
	tokFrom
	tokGlobal
	tokIf
	tokImport
	tokIn
	tokIs
	tokLambda
	tokNonlocal
	tokNot
	tokOr
	tokPass
	tokRaise
	tokReturn
	tokTry
	tokWhile
	tokWith
	tokYield

	tokCount // number of token types (one past the last)
)

// firstKeyword and lastKeyword bound the keyword types.
const (
	firstKeyword = tokFalse
	lastKeyword  = tokYield
)

// keywords maps every reserved word to its token type.
var keywords = map[string]lexer.TokenType{
	"False": tokFalse, "None": tokNone, "True": tokTrue, "and": tokAnd,
	"as": tokAs, "assert": tokAssert, "async": tokAsync, "await": tokAwait,
	"break": tokBreak, "class": tokClass, "continue": tokContinue,
	"def": tokDef, "del": tokDel, "elif": tokElif, "else": tokElse,
	"except": tokExcept, "finally": tokFinally, "for": tokFor,
	"from": tokFrom, "global": tokGlobal, "if": tokIf, "import": tokImport,
	"in": tokIn, "is": tokIs, "lambda": tokLambda, "nonlocal": tokNonlocal,
	"not": tokNot, "or": tokOr, "pass": tokPass, "raise": tokRaise,
	"return": tokReturn, "try": tokTry, "while": tokWhile, "with": tokWith,
	"yield": tokYield,
}

// operators maps every operator text to its token type.
var operators = map[string]lexer.TokenType{
	"(": tokLPar, ")": tokRPar, "[": tokLSqb, "]": tokRSqb, "{": tokLBrace,
	"}": tokRBrace, ":": tokColon, ",": tokComma, ";": tokSemi, "+": tokPlus,
	"-": tokMinus, "*": tokStar, "/": tokSlash, "|": tokVbar, "&": tokAmper,
	"<": tokLess, ">": tokGreater, "=": tokEqual, ".": tokDot, "%": tokPercent,
	"==": tokEqEqual, "!=": tokNotEqual, "<=": tokLessEq, ">=": tokGreatEq,
	"~": tokTilde, "^": tokCircum, "<<": tokLShift, ">>": tokRShift,
	"**": tokPower, "+=": tokPlusEq, "-=": tokMinusEq, "*=": tokStarEq,
	"/=": tokSlashEq, "%=": tokPercEq, "&=": tokAmperEq, "|=": tokVbarEq,
	"^=": tokCircEq, "<<=": tokLShiftEq, ">>=": tokRShiftEq, "**=": tokPowerEq,
	"//": tokDSlash, "//=": tokDSlashEq, "@": tokAt, "@=": tokAtEq,
	"->": tokArrow, "...": tokEllipsis, ":=": tokWalrus,
}

// tokenNames names every token type for participle's Symbols and for
// debugging; keywords and operators are named by their text.
var tokenNames = func() []string {
	names := make([]string, tokCount)
	names[tokName] = "Name"
	names[tokNumber] = "Number"
	names[tokString] = "String"
	names[tokNewline] = "NEWLINE"
	names[tokIndent] = "INDENT"
	names[tokDedent] = "DEDENT"
	names[tokError] = "ERRORTOKEN"
	names[tokOther] = "Other"
	for text, t := range operators {
		names[t] = text
	}
	for text, t := range keywords {
		names[t] = text
	}
	return names
}()

// isKeyword reports whether t is a reserved word.
func isKeyword(t lexer.TokenType) bool { return t >= firstKeyword && t <= lastKeyword }
