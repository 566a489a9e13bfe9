package lang

import "github.com/alecthomas/participle/v2/lexer"

// This file is the participle grammar of Python's statements. Expressions,
// parameter lists, targets and expression-led statements are parsed by the
// hand-written parser (expr.go and friends), registered with
// participle.ParseTypeWith for the interface types below; participle calls
// it wherever the grammar names one of them. convert.go turns these structs
// into the AST.
//
// The parser runs with UseLookahead(0): once an alternative has consumed a
// token it is committed, as CPython's parser effectively is for statements,
// so errors point where CPython's do.

// Productions parsed by the expression parser. Each is its own interface
// type because participle maps one parse function to one type.
type (
	// gNamedExpr is a named_expression (if/elif/while tests, decorators).
	gNamedExpr interface{ Expr }
	// gExpression is an expression.
	gExpression interface{ Expr }
	// gStarExprs is star_expressions (return values, for-loop iterables).
	gStarExprs interface{ Expr }
	// gForTargets is the target list of a for loop.
	gForTargets interface{ Expr }
	// gExceptType is the exception type of an except clause.
	gExceptType interface{ Expr }
	// gExprStmt is a statement that starts with an expression.
	gExprStmt interface{ Stmt }
	// gParams is a def's parenthesised parameter list.
	gParams interface{ arguments() *Arguments }
	// gClassArgs is a class header's parenthesised bases and keywords.
	gClassArgs interface{ callArgs() *callArgs }
	// gDelTargets is the target list of del.
	gDelTargets interface{ exprs() []Expr }
	// gWithItems is the item list of a with statement.
	gWithItems interface{ withItems() []*WithItem }
)

// callArgs carries the arguments of a class header.
type callArgs struct {
	args     []Expr
	keywords []*Keyword
}

func (c *callArgs) callArgs() *callArgs { return c }

// exprList carries a list of expressions (del targets).
type exprList []Expr

func (l exprList) exprs() []Expr { return l }

// withItemList carries the items of a with statement.
type withItemList []*WithItem

func (l withItemList) withItems() []*WithItem { return l }

func (a *Arguments) arguments() *Arguments { return a }

// gModule is a whole file.
type gModule struct {
	Stmts []*gStatement `parser:"@@* EOF"`
}

// gStatement is a compound statement or a line of simple statements.
type gStatement struct {
	Simple   *gSimpleStmts `parser:"  @@"`
	Compound *gCompound    `parser:"| @@"`
}

// gSimpleStmts is `small (';' small)* [';'] NEWLINE`.
type gSimpleStmts struct {
	First *gSmall  `parser:"@@"`
	Rest  []*gSemi `parser:"@@* NEWLINE"`
}

// gSemi is one `; small` (the statement is absent after a final ';').
type gSemi struct {
	Semi lexer.Token `parser:"@';'"`
	Stmt *gSmall     `parser:"@@?"`
}

// gSmall is one simple statement. Expression statements come first: they
// are the most common, and the expression parser declines at once on a
// keyword that cannot start an expression.
type gSmall struct {
	Tokens   []lexer.Token
	Expr     gExprStmt    `parser:"  @@"`
	Pass     bool         `parser:"| @'pass'"`
	Break    bool         `parser:"| @'break'"`
	Continue bool         `parser:"| @'continue'"`
	Return   *gReturn     `parser:"| @@"`
	Raise    *gRaise      `parser:"| @@"`
	Global   *gNames      `parser:"| 'global' @@"`
	Nonlocal *gNames      `parser:"| 'nonlocal' @@"`
	Del      gDelTargets  `parser:"| 'del' @@"`
	Assert   *gAssert     `parser:"| @@"`
	Import   *gImport     `parser:"| @@"`
	From     *gFromImport `parser:"| @@"`
}

// gReturn is `return [value]`.
type gReturn struct {
	Value gStarExprs `parser:"'return' @@?"`
}

// gRaise is `raise [exc [from cause]]`.
type gRaise struct {
	Exc   gExpression `parser:"'raise' ( @@"`
	Cause gExpression `parser:"          ( 'from' @@ )? )?"`
}

// gNames is the name list of global and nonlocal.
type gNames struct {
	Names []string `parser:"@Name ( ',' @Name )*"`
}

// gAssert is `assert test [, msg]`.
type gAssert struct {
	Test gExpression `parser:"'assert' @@"`
	Msg  gExpression `parser:"( ',' @@ )?"`
}

// gImport is `import a.b [as c], ...`.
type gImport struct {
	Names []*gDottedAlias `parser:"'import' @@ ( ',' @@ )*"`
}

// gDottedAlias is `a.b.c [as d]`.
type gDottedAlias struct {
	Tokens []lexer.Token
	Name   []string `parser:"@Name ( '.' @Name )*"`
	AsName string   `parser:"( 'as' @Name )?"`
}

// gFromImport is `from [dots] module import names`.
type gFromImport struct {
	Tokens []lexer.Token
	Dots   []string     `parser:"'from' @( '.' | '...' )*"`
	Module []string     `parser:"( @Name ( '.' @Name )* )?"`
	Star   *lexer.Token `parser:"'import' ( @'*'"`
	Paren  []*gAlias    `parser:"        | '(' @@ ( (?= ',' Name) ',' @@ )* ','? ')'"`
	Names  []*gAlias    `parser:"        | @@ ( ',' @@ )* )"`
}

// gAlias is `name [as asname]`.
type gAlias struct {
	Tokens []lexer.Token
	Name   string `parser:"@Name"`
	AsName string `parser:"( 'as' @Name )?"`
}

// gCompound is a compound statement, with the decorators before it.
type gCompound struct {
	Decorators []*gDecorator `parser:"@@*"`
	If         *gIf          `parser:"( @@"`
	While      *gWhile       `parser:"| @@"`
	For        *gFor         `parser:"| @@"`
	Try        *gTry         `parser:"| @@"`
	With       *gWith        `parser:"| @@"`
	Def        *gDef         `parser:"| @@"`
	Class      *gClass       `parser:"| @@"`
	Async      *gAsync       `parser:"| @@ )"`
}

// gDecorator is `@expr NEWLINE`.
type gDecorator struct {
	Expr gNamedExpr `parser:"'@' @@ NEWLINE"`
}

// gBlock is an indented suite or simple statements on the header's line.
type gBlock struct {
	Stmts  []*gStatement `parser:"  NEWLINE INDENT @@+ DEDENT"`
	Simple *gSimpleStmts `parser:"| @@"`
}

// gIf is if/elif/else.
type gIf struct {
	Pos   lexer.Position
	Test  gNamedExpr `parser:"'if' @@ ':'"`
	Body  *gBlock    `parser:"@@"`
	Elifs []*gElif   `parser:"@@*"`
	Else  *gElse     `parser:"@@?"`
}

// gElif is one elif clause.
type gElif struct {
	Pos  lexer.Position
	Test gNamedExpr `parser:"'elif' @@ ':'"`
	Body *gBlock    `parser:"@@"`
}

// gElse is an else clause (of if, while, for, try).
type gElse struct {
	Body *gBlock `parser:"'else' ':' @@"`
}

// gWhile is while/else.
type gWhile struct {
	Pos  lexer.Position
	Test gNamedExpr `parser:"'while' @@ ':'"`
	Body *gBlock    `parser:"@@"`
	Else *gElse     `parser:"@@?"`
}

// gFor is for/else.
type gFor struct {
	Pos    lexer.Position
	Target gForTargets `parser:"'for' @@ 'in'"`
	Iter   gStarExprs  `parser:"@@ ':'"`
	Body   *gBlock     `parser:"@@"`
	Else   *gElse      `parser:"@@?"`
}

// gTry is try/except/else/finally: handlers (then maybe else and
// finally) or finally alone.
type gTry struct {
	Pos      lexer.Position
	Body     *gBlock    `parser:"'try' ':' @@"`
	Handlers []*gExcept `parser:"( @@+"`
	Else     *gElse     `parser:"  @@?"`
	Finally  *gFinally  `parser:"  @@? | @@ )"`
}

// gExcept is one except clause.
type gExcept struct {
	Pos  lexer.Position
	Star lexer.Token `parser:"'except' @'*'?"`
	Type gExceptType `parser:"( @@"`
	Name string      `parser:"  ( 'as' @Name )? )?"`
	Body *gBlock     `parser:"':' @@"`
}

// gFinally is a finally clause.
type gFinally struct {
	Body *gBlock `parser:"'finally' ':' @@"`
}

// gWith is `with items: body`.
type gWith struct {
	Pos   lexer.Position
	Items gWithItems `parser:"'with' @@ ':'"`
	Body  *gBlock    `parser:"@@"`
}

// gDef is a function definition.
type gDef struct {
	Pos     lexer.Position
	Name    string      `parser:"'def' @Name"`
	Params  gParams     `parser:"@@"`
	Returns gExpression `parser:"( '->' @@ )? ':'"`
	Body    *gBlock     `parser:"@@"`
}

// gClass is a class definition.
type gClass struct {
	Pos  lexer.Position
	Name string     `parser:"'class' @Name"`
	Args gClassArgs `parser:"@@? ':'"`
	Body *gBlock    `parser:"@@"`
}

// gAsync is async def / async with / async for.
type gAsync struct {
	Pos  lexer.Position
	Def  *gDef  `parser:"'async' ( @@"`
	With *gWith `parser:"        | @@"`
	For  *gFor  `parser:"        | @@ )"`
}
