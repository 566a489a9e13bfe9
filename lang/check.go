package lang

// This file makes the checks CPython makes after parsing, in its symbol
// table pass (duplicate parameters, yield in a comprehension) and in its
// compiler ('return' outside function, 'break' outside loop, await and
// yield placement, starred expressions, repeated keyword arguments). The
// symbol-table errors of global and nonlocal are left to the vm's compiler,
// which owns scopes. As in CPython, every symbol-table error of the file is
// found before any compiler error.

// scopeKind is the kind of code block a node is in.
type scopeKind int

const (
	moduleScope scopeKind = iota
	classScope
	functionScope
	asyncFunctionScope
	lambdaScope
	comprehensionScope
)

// checkContext is where the checker is: the enclosing block and whether a
// loop encloses the node within that block.
type checkContext struct {
	scope  scopeKind
	inLoop bool
}

// checker walks the tree, aborting through the expression parser's error
// helpers at the first error.
type checker struct {
	p *exprParser
}

// check runs both passes; it returns the first error or nil.
func check(m *Module, src *source) (err *SyntaxError) {
	p := &exprParser{src: src}
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(parseAbort); !ok {
				panic(r)
			}
			err = p.err
		}
	}()
	c := &checker{p: p}
	for _, s := range m.Body {
		Inspect(s, c.symtableCheck)
	}
	top := checkContext{scope: moduleScope}
	for _, s := range m.Body {
		c.stmt(s, top)
	}
	return nil
}

// symtableCheck reports duplicate parameters and yields inside
// comprehensions (errors of CPython's symbol table).
func (c *checker) symtableCheck(n Node) bool {
	switch n := n.(type) {
	case *FunctionDef:
		c.duplicateParams(n.Args)
	case *Lambda:
		c.duplicateParams(n.Args)
	case *ListComp:
		c.noYieldIn("list comprehension", n.Elt, n.Generators)
	case *SetComp:
		c.noYieldIn("set comprehension", n.Elt, n.Generators)
	case *DictComp:
		c.noYieldIn("dict comprehension", n.Key, n.Generators, n.Value)
	case *GeneratorExp:
		c.noYieldIn("generator expression", n.Elt, n.Generators)
	}
	return true
}

// duplicateParams reports a parameter name used twice.
func (c *checker) duplicateParams(a *Arguments) {
	seen := map[string]bool{}
	for _, list := range [][]*Arg{a.PosOnly, a.Args, {a.Vararg}, a.KwOnly, {a.Kwarg}} {
		for _, arg := range list {
			if arg == nil {
				continue
			}
			if seen[arg.Name] {
				c.p.failNode(arg, "duplicate argument '"+arg.Name+"' in function definition")
			}
			seen[arg.Name] = true
		}
	}
}

// noYieldIn reports a yield in the parts of a comprehension that run in
// its own scope (all but the first iterable).
func (c *checker) noYieldIn(what string, elt Expr, gens []*Comprehension, more ...Expr) {
	var parts []Expr
	parts = append(parts, elt)
	parts = append(parts, more...)
	for i, g := range gens {
		parts = append(parts, g.Target)
		if i > 0 {
			parts = append(parts, g.Iter)
		}
		parts = append(parts, g.Ifs...)
	}
	for _, e := range parts {
		Inspect(e, func(n Node) bool {
			switch n.(type) {
			case *Yield, *YieldFrom:
				c.p.failNode(n, "'yield' inside "+what)
			case *Lambda, *ListComp, *SetComp, *DictComp, *GeneratorExp:
				return false // their own scopes, checked on their own
			}
			return true
		})
	}
}

// ------------------------------------------------------------ statements

func (c *checker) stmts(list []Stmt, ctx checkContext) {
	for _, s := range list {
		c.stmt(s, ctx)
	}
}

// stmt checks one statement in context ctx.
func (c *checker) stmt(s Stmt, ctx checkContext) {
	switch s := s.(type) {
	case *FunctionDef:
		c.exprs(s.Decorators, ctx)
		c.arguments(s.Args, ctx)
		c.optional(s.Returns, ctx)
		inner := checkContext{scope: functionScope}
		if s.IsAsync {
			inner.scope = asyncFunctionScope
		}
		c.stmts(s.Body, inner)
	case *ClassDef:
		c.exprs(s.Decorators, ctx)
		c.callArguments(s.Bases, s.Keywords, ctx)
		c.stmts(s.Body, checkContext{scope: classScope})
	case *Return:
		if ctx.scope != functionScope && ctx.scope != asyncFunctionScope {
			c.p.failNode(s, "'return' outside function")
		}
		c.optional(s.Value, ctx)
	case *Delete:
		c.exprs(s.Targets, ctx)
	case *Assign:
		c.expr(s.Value, ctx)
		for _, t := range s.Targets {
			c.target(t, ctx)
		}
	case *AugAssign:
		c.expr(s.Value, ctx)
		c.expr(s.Target, ctx)
	case *AnnAssign:
		c.optional(s.Value, ctx)
		c.target(s.Target, ctx)
		c.expr(s.Annotation, ctx)
	case *For:
		c.expr(s.Iter, ctx)
		c.target(s.Target, ctx)
		if s.IsAsync {
			c.asyncConstruct(s, ctx, "'async for' outside async function")
		}
		loop := ctx
		loop.inLoop = true
		c.stmts(s.Body, loop)
		c.stmts(s.Orelse, ctx)
	case *While:
		c.expr(s.Test, ctx)
		loop := ctx
		loop.inLoop = true
		c.stmts(s.Body, loop)
		c.stmts(s.Orelse, ctx)
	case *If:
		c.expr(s.Test, ctx)
		c.stmts(s.Body, ctx)
		c.stmts(s.Orelse, ctx)
	case *With:
		if s.IsAsync {
			c.asyncConstruct(s, ctx, "'async with' outside async function")
		}
		for _, item := range s.Items {
			c.expr(item.ContextExpr, ctx)
			if item.OptionalVars != nil {
				c.target(item.OptionalVars, ctx)
			}
		}
		c.stmts(s.Body, ctx)
	case *Raise:
		c.optional(s.Exc, ctx)
		c.optional(s.Cause, ctx)
	case *Try:
		c.stmts(s.Body, ctx)
		for _, h := range s.Handlers {
			c.optional(h.Type, ctx)
			c.stmts(h.Body, ctx)
		}
		c.stmts(s.Orelse, ctx)
		c.stmts(s.Finalbody, ctx)
	case *Assert:
		c.expr(s.Test, ctx)
		c.optional(s.Msg, ctx)
	case *ExprStmt:
		c.expr(s.Value, ctx)
	case *Break:
		if !ctx.inLoop {
			c.p.failNode(s, "'break' outside loop")
		}
	case *Continue:
		if !ctx.inLoop {
			c.p.failNode(s, "'continue' not properly in loop")
		}
	}
}

// asyncConstruct checks that async for/with is inside an async function.
func (c *checker) asyncConstruct(s Stmt, ctx checkContext, msg string) {
	if ctx.scope != asyncFunctionScope {
		c.p.failNode(s, msg)
	}
}

// arguments checks the defaults and annotations of a parameter list, which
// are evaluated in the enclosing scope.
func (c *checker) arguments(a *Arguments, ctx checkContext) {
	c.exprs(a.Defaults, ctx)
	c.exprs(a.KwDefaults, ctx)
	for _, list := range [][]*Arg{a.PosOnly, a.Args, {a.Vararg}, a.KwOnly, {a.Kwarg}} {
		for _, arg := range list {
			if arg != nil {
				c.optional(arg.Annotation, ctx)
			}
		}
	}
}

// target checks an assignment target: a starred target must be inside a
// list or tuple, which may hold only one.
func (c *checker) target(t Expr, ctx checkContext) {
	switch t := t.(type) {
	case *Starred:
		c.p.failNode(t, "starred assignment target must be in a list or tuple")
	case *Tuple:
		c.targetElements(t, t.Elts, ctx)
	case *List:
		c.targetElements(t, t.Elts, ctx)
	default:
		c.expr(t, ctx)
	}
}

func (c *checker) targetElements(seq Expr, elts []Expr, ctx checkContext) {
	starred := 0
	for _, e := range elts {
		if _, ok := e.(*Starred); ok {
			starred++
			if starred > 1 {
				c.p.failNode(seq, "multiple starred expressions in assignment")
			}
		}
	}
	for _, e := range elts {
		if st, ok := e.(*Starred); ok {
			c.target(st.Value, ctx)
			continue
		}
		c.target(e, ctx)
	}
}

// ----------------------------------------------------------- expressions

func (c *checker) optional(e Expr, ctx checkContext) {
	if e != nil {
		c.expr(e, ctx)
	}
}

func (c *checker) exprs(list []Expr, ctx checkContext) {
	for _, e := range list {
		if e != nil {
			c.expr(e, ctx)
		}
	}
}

// elements checks the items of a display or call, where *x is allowed.
func (c *checker) elements(list []Expr, ctx checkContext) {
	for _, e := range list {
		if st, ok := e.(*Starred); ok {
			c.expr(st.Value, ctx)
			continue
		}
		c.expr(e, ctx)
	}
}

// callArguments checks call (or class) arguments; a keyword repeated is
// an error.
func (c *checker) callArguments(args []Expr, keywords []*Keyword, ctx checkContext) {
	seen := map[string]bool{}
	for _, k := range keywords {
		if k.Arg == "" {
			continue
		}
		if seen[k.Arg] {
			c.p.failNode(k, "keyword argument repeated: "+k.Arg)
		}
		seen[k.Arg] = true
	}
	c.elements(args, ctx)
	for _, k := range keywords {
		c.expr(k.Value, ctx)
	}
}

// expr checks an expression in context ctx.
func (c *checker) expr(e Expr, ctx checkContext) {
	switch e := e.(type) {
	case *Starred:
		c.p.failNode(e, "can't use starred expression here")
	case *Await:
		switch ctx.scope {
		case moduleScope, classScope:
			c.p.failNode(e, "'await' outside function")
		case functionScope, lambdaScope:
			c.p.failNode(e, "'await' outside async function")
		}
		c.expr(e.Value, ctx)
	case *Yield:
		c.yield(e, ctx)
		c.optional(e.Value, ctx)
	case *YieldFrom:
		c.yield(e, ctx)
		if ctx.scope == asyncFunctionScope {
			c.p.failNode(e, "'yield from' inside async function")
		}
		c.expr(e.Value, ctx)
	case *Lambda:
		c.arguments(e.Args, ctx)
		c.expr(e.Body, checkContext{scope: lambdaScope})
	case *Call:
		c.expr(e.Func, ctx)
		c.callArguments(e.Args, e.Keywords, ctx)
	case *List:
		c.elements(e.Elts, ctx)
	case *Tuple:
		c.elements(e.Elts, ctx)
	case *Set:
		c.elements(e.Elts, ctx)
	case *Subscript:
		c.expr(e.Value, ctx)
		if t, ok := e.Slice.(*Tuple); ok {
			c.elements(t.Elts, ctx)
		} else {
			c.expr(e.Slice, ctx)
		}
	case *ListComp:
		c.comprehension(e, e.Generators, ctx, e.Elt)
	case *SetComp:
		c.comprehension(e, e.Generators, ctx, e.Elt)
	case *DictComp:
		c.comprehension(e, e.Generators, ctx, e.Key, e.Value)
	case *GeneratorExp:
		c.comprehension(e, e.Generators, ctx, e.Elt)
	default:
		Inspect(e, func(n Node) bool {
			if n == Node(e) {
				return true
			}
			if sub, ok := n.(Expr); ok {
				c.expr(sub, ctx)
			}
			return false
		})
	}
}

// yield checks that a yield is inside a function.
func (c *checker) yield(e Expr, ctx checkContext) {
	if ctx.scope == moduleScope || ctx.scope == classScope {
		c.p.failNode(e, "'yield' outside function")
	}
}

// comprehension checks a comprehension: its first iterable belongs to the
// enclosing scope, the rest to its own (where await is allowed, but an
// asynchronous list/set/dict comprehension needs an async function).
func (c *checker) comprehension(e Expr, gens []*Comprehension, ctx checkContext, parts ...Expr) {
	inner := checkContext{scope: comprehensionScope}
	if ctx.scope == asyncFunctionScope {
		inner.scope = asyncFunctionScope
	}
	isAsync := false
	for i, g := range gens {
		if i == 0 {
			c.expr(g.Iter, ctx)
		} else {
			c.expr(g.Iter, inner)
		}
		c.target(g.Target, inner)
		c.exprs(g.Ifs, inner)
		isAsync = isAsync || g.IsAsync
	}
	c.exprs(parts, inner)
	if _, isGen := e.(*GeneratorExp); !isGen && ctx.scope != asyncFunctionScope && (isAsync || containsAwait(parts, gens)) {
		c.p.failNode(e, "asynchronous comprehension outside of an asynchronous function")
	}
}

// containsAwait reports whether an await appears in a comprehension's own
// scope.
func containsAwait(parts []Expr, gens []*Comprehension) bool {
	found := false
	visit := func(n Node) bool {
		switch n.(type) {
		case *Await:
			found = true
		case *Lambda, *ListComp, *SetComp, *DictComp, *GeneratorExp:
			return false
		}
		return !found
	}
	for _, e := range parts {
		Inspect(e, visit)
	}
	for i, g := range gens {
		if i > 0 {
			Inspect(g.Iter, visit)
		}
		for _, cond := range g.Ifs {
			Inspect(cond, visit)
		}
	}
	return found
}
