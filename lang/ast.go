package lang

// This file defines the abstract syntax tree that the parser produces and the
// compiler (package vm) consumes. It mirrors CPython's `ast` module: node
// names and fields are the ones `python3 -c 'import ast; print(ast.dump(...))'`
// shows, so anyone who knows Python's AST can read the compiler. The
// participle grammar (grammar.go) builds its own parse-tree structs; those are
// converted into these nodes (convert.go), where assignment targets and other
// context-dependent rules are checked, as CPython's parser does in its
// actions.

// Pos is a node's place in the source: 1-based line and 1-based column
// counted in runes of its first character (the caret of a SyntaxError is
// printed under Col), and the line and column just past its last character
// (CPython's end_lineno and end_col_offset+1), which error carets and
// traceback markers use.
type Pos struct {
	Line    int
	Col     int
	EndLine int
	EndCol  int
}

// Node is any node of the tree.
type Node interface {
	Position() Pos
}

// Module is a whole file (or one REPL input).
type Module struct {
	Body []Stmt
}

// Stmt is a statement node.
type Stmt interface {
	Node
	stmtNode()
}

// Expr is an expression node.
type Expr interface {
	Node
	exprNode()
}

// ---------------------------------------------------------------- statements

// FunctionDef is `def` or `async def` (IsAsync).
type FunctionDef struct {
	Pos
	Name       string
	Args       *Arguments
	Body       []Stmt
	Decorators []Expr
	Returns    Expr // the `-> annotation`, nil if absent
	IsAsync    bool
}

// ClassDef is `class Name(bases, keywords): body`.
type ClassDef struct {
	Pos
	Name       string
	Bases      []Expr
	Keywords   []*Keyword
	Body       []Stmt
	Decorators []Expr
}

// Return is `return [Value]`; Value is nil for a bare return.
type Return struct {
	Pos
	Value Expr
}

// Delete is `del a, b[i], c.d`.
type Delete struct {
	Pos
	Targets []Expr
}

// Assign is `t1 = t2 = value`; Targets holds t1, t2 in source order.
type Assign struct {
	Pos
	Targets []Expr
	Value   Expr
}

// AnnAssign is `target: annotation [= value]`. Simple is true when the
// target is a plain name (not in parentheses). Annotations are evaluated as
// CPython does at module and class level (stored in __annotations__), which
// dataclasses rely on.
type AnnAssign struct {
	Pos
	Target     Expr
	Annotation Expr
	Value      Expr // may be nil
	Simple     bool
}

// AugAssign is `target op= value`.
type AugAssign struct {
	Pos
	Target Expr
	Op     Operator
	Value  Expr
}

// For is `for target in iter: body else: orelse` (IsAsync for `async for`).
type For struct {
	Pos
	Target  Expr
	Iter    Expr
	Body    []Stmt
	Orelse  []Stmt
	IsAsync bool
}

// While is `while test: body else: orelse`.
type While struct {
	Pos
	Test   Expr
	Body   []Stmt
	Orelse []Stmt
}

// If is `if test: body` with elif/else folded into Orelse (an elif is a
// nested If as the only statement of Orelse, as in CPython).
type If struct {
	Pos
	Test   Expr
	Body   []Stmt
	Orelse []Stmt
}

// With is `with a as x, b: body` (IsAsync for `async with`).
type With struct {
	Pos
	Items   []*WithItem
	Body    []Stmt
	IsAsync bool
}

// WithItem is one `expr [as target]` of a with statement.
type WithItem struct {
	ContextExpr  Expr
	OptionalVars Expr // nil when there is no `as`
}

// Raise is `raise [Exc [from Cause]]`.
type Raise struct {
	Pos
	Exc   Expr // nil for a bare raise
	Cause Expr // nil without `from`
}

// Try is try/except/else/finally.
type Try struct {
	Pos
	Body      []Stmt
	Handlers  []*ExceptHandler
	Orelse    []Stmt
	Finalbody []Stmt
}

// ExceptHandler is `except [Type [as Name]]: body`.
type ExceptHandler struct {
	Pos
	Type Expr   // nil for a bare except
	Name string // "" without `as`
	Body []Stmt
}

// Assert is `assert test[, msg]`.
type Assert struct {
	Pos
	Test Expr
	Msg  Expr // may be nil
}

// Import is `import a.b as c, d`.
type Import struct {
	Pos
	Names []*Alias
}

// ImportFrom is `from module import a as b, c`. Level counts the leading
// dots of a relative import (0 for an absolute one); Module is "" for
// `from . import x`, and Names is the single alias "*" for `import *`.
type ImportFrom struct {
	Pos
	Module string
	Names  []*Alias
	Level  int
}

// Alias is one `name [as asname]` of an import.
type Alias struct {
	Pos
	Name   string // may be dotted for Import
	AsName string // "" when absent
}

// Global is `global a, b`.
type Global struct {
	Pos
	Names []string
}

// Nonlocal is `nonlocal a, b`.
type Nonlocal struct {
	Pos
	Names []string
}

// ExprStmt is an expression used as a statement.
type ExprStmt struct {
	Pos
	Value Expr
}

// Pass is `pass`.
type Pass struct{ Pos }

// Break is `break`.
type Break struct{ Pos }

// Continue is `continue`.
type Continue struct{ Pos }

// --------------------------------------------------------------- expressions

// BoolOp is `a and b and c` or `a or b` (Values has two or more items).
type BoolOp struct {
	Pos
	Op     BoolOperator
	Values []Expr
}

// NamedExpr is the walrus `target := value`.
type NamedExpr struct {
	Pos
	Target *Name
	Value  Expr
}

// BinOp is `left op right`. OpPos is the operator's position.
type BinOp struct {
	Pos
	Left  Expr
	Op    Operator
	Right Expr
	OpPos Pos
}

// UnaryOp is `op operand`.
type UnaryOp struct {
	Pos
	Op      UnaryOperator
	Operand Expr
}

// Lambda is `lambda args: body`.
type Lambda struct {
	Pos
	Args *Arguments
	Body Expr
}

// IfExp is `body if test else orelse`.
type IfExp struct {
	Pos
	Test   Expr
	Body   Expr
	Orelse Expr
}

// Dict is `{k: v, **m}`; a nil key marks a `**m` item whose mapping is the value.
type Dict struct {
	Pos
	Keys   []Expr
	Values []Expr
}

// Set is `{a, b}`.
type Set struct {
	Pos
	Elts []Expr
}

// ListComp is `[elt for ...]`.
type ListComp struct {
	Pos
	Elt        Expr
	Generators []*Comprehension
}

// SetComp is `{elt for ...}`.
type SetComp struct {
	Pos
	Elt        Expr
	Generators []*Comprehension
}

// DictComp is `{key: value for ...}`.
type DictComp struct {
	Pos
	Key        Expr
	Value      Expr
	Generators []*Comprehension
}

// GeneratorExp is `(elt for ...)`.
type GeneratorExp struct {
	Pos
	Elt        Expr
	Generators []*Comprehension
}

// Comprehension is one `for target in iter if c1 if c2` clause.
type Comprehension struct {
	Target  Expr
	Iter    Expr
	Ifs     []Expr
	IsAsync bool
}

// Await is `await value`.
type Await struct {
	Pos
	Value Expr
}

// Yield is `yield [value]`.
type Yield struct {
	Pos
	Value Expr // may be nil
}

// YieldFrom is `yield from value`.
type YieldFrom struct {
	Pos
	Value Expr
}

// Compare is `left op1 c1 op2 c2 ...` (a chain).
type Compare struct {
	Pos
	Left        Expr
	Ops         []CmpOp
	Comparators []Expr
}

// Call is `func(args, keywords)`. A *Starred in Args is `*x`; a Keyword with
// an empty Arg is `**x`.
type Call struct {
	Pos
	Func     Expr
	Args     []Expr
	Keywords []*Keyword
}

// Keyword is `arg=value` in a call or class header; Arg "" means `**value`.
type Keyword struct {
	Pos
	Arg   string
	Value Expr
}

// FormattedValue is one `{value!conv:spec}` field of an f-string.
// Conversion is 0, 's', 'r' or 'a'. FormatSpec is nil or a *JoinedStr.
type FormattedValue struct {
	Pos
	Value      Expr
	Conversion rune
	FormatSpec Expr
}

// JoinedStr is an f-string: Values are *Constant strings and *FormattedValue.
// The `{x=}` form is expanded by the parser into the text "x=" followed by
// the field with conversion 'r' (unless a spec or conversion is given), as
// CPython does.
type JoinedStr struct {
	Pos
	Values []Expr
}

// ConstKind says which kind of literal a Constant holds.
type ConstKind int

// The kinds of Constant.
const (
	ConstNone ConstKind = iota
	ConstTrue
	ConstFalse
	ConstEllipsis
	ConstInt   // Value is the literal's digits in base 10 (underscores removed), arbitrary length
	ConstFloat // Value is the decimal text as Go's strconv.ParseFloat accepts it
	ConstStr   // Value is the decoded string (escapes processed)
	ConstBytes // Value is the decoded bytes as a Go string
)

// Constant is a literal. Adjacent string literals are already concatenated.
type Constant struct {
	Pos
	Kind  ConstKind
	Value string
}

// Attribute is `value.attr`.
type Attribute struct {
	Pos
	Value Expr
	Attr  string
}

// Subscript is `value[slice]`; a tuple index `a[1, 2]` is a *Tuple slice.
type Subscript struct {
	Pos
	Value Expr
	Slice Expr
}

// Starred is `*value` in a target, display or call.
type Starred struct {
	Pos
	Value Expr
}

// Name is an identifier.
type Name struct {
	Pos
	Id string
}

// List is `[a, b]`.
type List struct {
	Pos
	Elts []Expr
}

// Tuple is `(a, b)` or `a, b`.
type Tuple struct {
	Pos
	Elts []Expr
	bare bool // written without parentheses (the parser's error checks need it)
}

// Slice is `lower:upper:step` inside a subscript (any part may be nil).
type Slice struct {
	Pos
	Lower Expr
	Upper Expr
	Step  Expr
}

// Arguments is a parameter list of a def or lambda.
// Defaults belong to the last len(Defaults) of PosOnly+Args (as in CPython);
// KwDefaults is parallel to KwOnly with nil for "no default".
type Arguments struct {
	PosOnly    []*Arg
	Args       []*Arg
	Vararg     *Arg // *args, nil if absent
	KwOnly     []*Arg
	KwDefaults []Expr
	Kwarg      *Arg // **kwargs, nil if absent
	Defaults   []Expr
}

// Arg is one parameter name.
type Arg struct {
	Pos
	Name       string
	Annotation Expr // nil if absent
}

// ---------------------------------------------------------------- operators

// Operator is a binary arithmetic/bitwise operator.
type Operator int

// The binary operators, in CPython's ast order.
const (
	Add Operator = iota
	Sub
	Mult
	MatMult
	Div
	Mod
	Pow
	LShift
	RShift
	BitOr
	BitXor
	BitAnd
	FloorDiv
)

var operatorText = [...]string{"+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//"}

// String returns the operator as written in source, e.g. "//".
func (op Operator) String() string { return operatorText[op] }

// BoolOperator is `and` or `or`.
type BoolOperator int

// The boolean operators.
const (
	And BoolOperator = iota
	Or
)

// UnaryOperator is a prefix operator.
type UnaryOperator int

// The unary operators.
const (
	Invert UnaryOperator = iota // ~
	Not                         // not
	UAdd                        // +
	USub                        // -
)

// CmpOp is a comparison operator.
type CmpOp int

// The comparison operators.
const (
	Eq CmpOp = iota
	NotEq
	Lt
	LtE
	Gt
	GtE
	Is
	IsNot
	In
	NotIn
)

var cmpText = [...]string{"==", "!=", "<", "<=", ">", ">=", "is", "is not", "in", "not in"}

// String returns the comparison as written in source, e.g. "not in".
func (op CmpOp) String() string { return cmpText[op] }

// ------------------------------------------------------- interface markers

func (p Pos) Position() Pos { return p }

func (*FunctionDef) stmtNode() {}
func (*ClassDef) stmtNode()    {}
func (*Return) stmtNode()      {}
func (*Delete) stmtNode()      {}
func (*Assign) stmtNode()      {}
func (*AugAssign) stmtNode()   {}
func (*AnnAssign) stmtNode()   {}
func (*For) stmtNode()         {}
func (*While) stmtNode()       {}
func (*If) stmtNode()          {}
func (*With) stmtNode()        {}
func (*Raise) stmtNode()       {}
func (*Try) stmtNode()         {}
func (*Assert) stmtNode()      {}
func (*Import) stmtNode()      {}
func (*ImportFrom) stmtNode()  {}
func (*Global) stmtNode()      {}
func (*Nonlocal) stmtNode()    {}
func (*ExprStmt) stmtNode()    {}
func (*Pass) stmtNode()        {}
func (*Break) stmtNode()       {}
func (*Continue) stmtNode()    {}

func (*BoolOp) exprNode()         {}
func (*NamedExpr) exprNode()      {}
func (*BinOp) exprNode()          {}
func (*UnaryOp) exprNode()        {}
func (*Lambda) exprNode()         {}
func (*IfExp) exprNode()          {}
func (*Dict) exprNode()           {}
func (*Set) exprNode()            {}
func (*ListComp) exprNode()       {}
func (*SetComp) exprNode()        {}
func (*DictComp) exprNode()       {}
func (*GeneratorExp) exprNode()   {}
func (*Await) exprNode()          {}
func (*Yield) exprNode()          {}
func (*YieldFrom) exprNode()      {}
func (*Compare) exprNode()        {}
func (*Call) exprNode()           {}
func (*FormattedValue) exprNode() {}
func (*JoinedStr) exprNode()      {}
func (*Constant) exprNode()       {}
func (*Attribute) exprNode()      {}
func (*Subscript) exprNode()      {}
func (*Starred) exprNode()        {}
func (*Name) exprNode()           {}
func (*List) exprNode()           {}
func (*Tuple) exprNode()          {}
func (*Slice) exprNode()          {}
