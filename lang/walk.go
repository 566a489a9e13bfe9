package lang

// Inspect calls f for n and, while f returns true, for every node below n
// in source order. It visits statements, expressions and the nodes that
// carry positions (arguments, keywords, aliases, except handlers).
func Inspect(n Node, f func(Node) bool) {
	if n == nil || !f(n) {
		return
	}
	each := func(nodes ...Node) {
		for _, c := range nodes {
			if c != nil {
				Inspect(c, f)
			}
		}
	}
	switch n := n.(type) {
	case *FunctionDef:
		eachExpr(n.Decorators, each)
		inspectArgs(n.Args, each)
		if n.Returns != nil {
			each(n.Returns)
		}
		eachStmt(n.Body, each)
	case *ClassDef:
		eachExpr(n.Decorators, each)
		eachExpr(n.Bases, each)
		for _, k := range n.Keywords {
			each(k)
		}
		eachStmt(n.Body, each)
	case *Return:
		optional(n.Value, each)
	case *Delete:
		eachExpr(n.Targets, each)
	case *Assign:
		eachExpr(n.Targets, each)
		each(n.Value)
	case *AugAssign:
		each(n.Target, n.Value)
	case *AnnAssign:
		each(n.Target, n.Annotation)
		optional(n.Value, each)
	case *For:
		each(n.Target, n.Iter)
		eachStmt(n.Body, each)
		eachStmt(n.Orelse, each)
	case *While:
		each(n.Test)
		eachStmt(n.Body, each)
		eachStmt(n.Orelse, each)
	case *If:
		each(n.Test)
		eachStmt(n.Body, each)
		eachStmt(n.Orelse, each)
	case *With:
		for _, item := range n.Items {
			each(item.ContextExpr)
			optional(item.OptionalVars, each)
		}
		eachStmt(n.Body, each)
	case *Raise:
		optional(n.Exc, each)
		optional(n.Cause, each)
	case *Try:
		eachStmt(n.Body, each)
		for _, h := range n.Handlers {
			each(h)
		}
		eachStmt(n.Orelse, each)
		eachStmt(n.Finalbody, each)
	case *ExceptHandler:
		optional(n.Type, each)
		eachStmt(n.Body, each)
	case *Assert:
		each(n.Test)
		optional(n.Msg, each)
	case *ExprStmt:
		each(n.Value)
	case *BoolOp:
		eachExpr(n.Values, each)
	case *NamedExpr:
		each(n.Target, n.Value)
	case *BinOp:
		each(n.Left, n.Right)
	case *UnaryOp:
		each(n.Operand)
	case *Lambda:
		inspectArgs(n.Args, each)
		each(n.Body)
	case *IfExp:
		each(n.Test, n.Body, n.Orelse)
	case *Dict:
		for i, k := range n.Keys {
			optional(k, each)
			each(n.Values[i])
		}
	case *Set:
		eachExpr(n.Elts, each)
	case *ListComp:
		each(n.Elt)
		inspectGenerators(n.Generators, each)
	case *SetComp:
		each(n.Elt)
		inspectGenerators(n.Generators, each)
	case *DictComp:
		each(n.Key, n.Value)
		inspectGenerators(n.Generators, each)
	case *GeneratorExp:
		each(n.Elt)
		inspectGenerators(n.Generators, each)
	case *Await:
		each(n.Value)
	case *Yield:
		optional(n.Value, each)
	case *YieldFrom:
		each(n.Value)
	case *Compare:
		each(n.Left)
		eachExpr(n.Comparators, each)
	case *Call:
		each(n.Func)
		eachExpr(n.Args, each)
		for _, k := range n.Keywords {
			each(k)
		}
	case *Keyword:
		each(n.Value)
	case *FormattedValue:
		each(n.Value)
		optional(n.FormatSpec, each)
	case *JoinedStr:
		eachExpr(n.Values, each)
	case *Attribute:
		each(n.Value)
	case *Subscript:
		each(n.Value, n.Slice)
	case *Starred:
		each(n.Value)
	case *List:
		eachExpr(n.Elts, each)
	case *Tuple:
		eachExpr(n.Elts, each)
	case *Slice:
		optional(n.Lower, each)
		optional(n.Upper, each)
		optional(n.Step, each)
	case *Arg:
		optional(n.Annotation, each)
	case *Import:
		for _, a := range n.Names {
			each(a)
		}
	case *ImportFrom:
		for _, a := range n.Names {
			each(a)
		}
	}
}

func optional(e Expr, each func(...Node)) {
	if e != nil {
		each(e)
	}
}

func eachExpr(list []Expr, each func(...Node)) {
	for _, e := range list {
		if e != nil {
			each(e)
		}
	}
}

func eachStmt(list []Stmt, each func(...Node)) {
	for _, s := range list {
		each(s)
	}
}

// inspectArgs visits a parameter list: defaults first (they are evaluated
// where the function is defined), then the parameters.
func inspectArgs(a *Arguments, each func(...Node)) {
	if a == nil {
		return
	}
	eachExpr(a.Defaults, each)
	eachExpr(a.KwDefaults, each)
	for _, list := range [][]*Arg{a.PosOnly, a.Args, {a.Vararg}, a.KwOnly, {a.Kwarg}} {
		for _, arg := range list {
			if arg != nil {
				each(arg)
			}
		}
	}
}

func inspectGenerators(gens []*Comprehension, each func(...Node)) {
	for _, g := range gens {
		each(g.Target, g.Iter)
		eachExpr(g.Ifs, each)
	}
}
