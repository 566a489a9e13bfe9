package vm

import (
	"sort"

	"minipy/lang"
)

// The symbol table pass: before any code is generated, every scope (module,
// function, lambda, comprehension, class body) is visited to collect how each
// name is used, then analyze resolves every name to local, cell, free or
// global as CPython's symtable.c does. The compiler only looks results up.

type scopeKind uint8

const (
	moduleScope scopeKind = iota
	functionScope
	classScope
	comprehensionScope // 3.11 comprehensions are nested functions
)

// symFlag records how a name is used in one scope.
type symFlag uint16

const (
	symAssigned  symFlag = 1 << iota // bound here: assignment, def, import, for, del, except-as
	symParam                         // a parameter
	symUsed                          // read here
	symGlobal                        // declared global
	symNonlocal                      // declared nonlocal (or a walrus target inside a comprehension)
	symAnnotated                     // target of an annotation
	symCompIter                      // a comprehension's iteration variable
	symBound     = symAssigned | symParam
)

// resolution is where a name lives, decided by analyze.
type resolution uint8

const (
	resGlobalImplicit resolution = iota // not bound anywhere enclosing: globals, then builtins
	resGlobalExplicit                   // declared global
	resLocal                            // a fast local (or a namespace entry in module/class bodies)
	resCell                             // a local captured by a nested scope
	resFree                             // a variable of an enclosing function
)

// scope is one namespace of the program.
type scope struct {
	kind     scopeKind
	name     string
	parent   *scope
	children []*scope
	flags    map[string]symFlag
	order    []string // names in order of first appearance
	params   []string // parameters in CPython's co_varnames order
	declPos  map[string]*declSite
	res      map[string]resolution

	generator bool // contains yield (or is a generator expression)
	coroutine bool // async def
	// lambda marks a lambda's scope (its body is an expression).
	lambda bool
	// classFree holds names a class body binds itself but must also pass
	// through as free variables to the methods defined in it.
	classFree map[string]bool
	// private is the name of the innermost enclosing class (this scope's
	// own name for a class body): its __names are mangled (mangle.go).
	private string
}

// declSite is where a global/nonlocal declaration was written, for the
// positions of scope errors reported during analysis.
type declSite struct {
	pos   lang.Pos
	names []string
	kw    string
}

func newScope(kind scopeKind, name string, parent *scope) *scope {
	s := &scope{kind: kind, name: name, parent: parent, flags: map[string]symFlag{},
		declPos: map[string]*declSite{}, res: map[string]resolution{}}
	if parent != nil {
		parent.children = append(parent.children, s)
		s.private = parent.private
	}
	if kind == classScope {
		s.private = name
	}
	return s
}

// mangle is the name as this scope stores it (private names mangled).
func (s *scope) mangle(name string) string { return mangle(s.private, name) }

// flagsOf returns the flags of name (mangled as the scope stores it).
func (s *scope) flagsOf(name string) symFlag { return s.flags[s.mangle(name)] }

func (s *scope) add(name string, f symFlag) {
	name = s.mangle(name)
	old, seen := s.flags[name]
	if !seen {
		s.order = append(s.order, name)
	}
	s.flags[name] = old | f
}

// isFunctionLike reports whether the scope has fast locals.
func (s *scope) isFunctionLike() bool {
	return s.kind == functionScope || s.kind == comprehensionScope
}

// symtable holds every scope of a compilation unit, keyed by the AST node
// that opens it (*lang.Module, *lang.FunctionDef, *lang.Lambda, a
// comprehension node or *lang.ClassDef).
type symtable struct {
	src    *source
	scopes map[lang.Node]*scope
	cur    *scope
}

// buildSymtable visits the module and analyses every scope.
func buildSymtable(mod *lang.Module, src *source) (*symtable, *scope, error) {
	st := &symtable{src: src, scopes: map[lang.Node]*scope{}}
	top := newScope(moduleScope, "<module>", nil)
	st.cur = top
	if err := st.visitStmts(mod.Body); err != nil {
		return nil, nil, err
	}
	if err := st.analyze(top, nil, nil); err != nil {
		return nil, nil, err
	}
	return st, top, nil
}

func (st *symtable) visitStmts(body []lang.Stmt) error {
	for _, s := range body {
		if err := st.visitStmt(s); err != nil {
			return err
		}
	}
	return nil
}

func (st *symtable) visitExprs(es []lang.Expr) error {
	for _, e := range es {
		if e == nil {
			continue
		}
		if err := st.visitExpr(e); err != nil {
			return err
		}
	}
	return nil
}

func (st *symtable) visitStmt(s lang.Stmt) error {
	switch s := s.(type) {
	case *lang.FunctionDef:
		if err := st.visitExprs(s.Decorators); err != nil {
			return err
		}
		if err := st.visitArgDefaults(s.Args); err != nil {
			return err
		}
		if err := st.visitAnnotations(s.Args, s.Returns); err != nil {
			return err
		}
		st.cur.add(s.Name, symAssigned)
		fs := newScope(functionScope, s.Name, st.cur)
		fs.coroutine = s.IsAsync
		st.scopes[s] = fs
		return st.inScope(fs, func() error {
			if err := st.addParams(fs, s.Args); err != nil {
				return err
			}
			return st.visitStmts(s.Body)
		})
	case *lang.ClassDef:
		if err := st.visitExprs(s.Decorators); err != nil {
			return err
		}
		if err := st.visitExprs(s.Bases); err != nil {
			return err
		}
		for _, k := range s.Keywords {
			if err := st.visitExpr(k.Value); err != nil {
				return err
			}
		}
		st.cur.add(s.Name, symAssigned)
		cs := newScope(classScope, s.Name, st.cur)
		st.scopes[s] = cs
		return st.inScope(cs, func() error { return st.visitStmts(s.Body) })
	case *lang.Return:
		if s.Value != nil {
			return st.visitExpr(s.Value)
		}
	case *lang.Delete:
		for _, t := range s.Targets {
			if err := st.visitTarget(t); err != nil {
				return err
			}
		}
	case *lang.Assign:
		if err := st.visitExpr(s.Value); err != nil {
			return err
		}
		for _, t := range s.Targets {
			if err := st.visitTarget(t); err != nil {
				return err
			}
		}
	case *lang.AugAssign:
		if n, ok := s.Target.(*lang.Name); ok {
			st.cur.add(n.Id, symUsed|symAssigned)
		} else if err := st.visitExpr(s.Target); err != nil {
			return err
		}
		return st.visitExpr(s.Value)
	case *lang.AnnAssign:
		if n, ok := s.Target.(*lang.Name); ok {
			if st.cur.flagsOf(n.Id)&(symGlobal|symNonlocal) != 0 && s.Simple {
				kw := "global"
				if st.cur.flagsOf(n.Id)&symNonlocal != 0 {
					kw = "nonlocal"
				}
				return st.src.errorf(n.Pos, len(n.Id), "annotated name '%s' can't be %s", n.Id, kw)
			}
			st.cur.add(n.Id, symAssigned|symAnnotated)
		} else if err := st.visitExpr(s.Target); err != nil {
			return err
		}
		if err := st.visitExpr(s.Annotation); err != nil {
			return err
		}
		if s.Value != nil {
			return st.visitExpr(s.Value)
		}
	case *lang.For:
		if err := st.visitTarget(s.Target); err != nil {
			return err
		}
		if err := st.visitExpr(s.Iter); err != nil {
			return err
		}
		if err := st.visitStmts(s.Body); err != nil {
			return err
		}
		return st.visitStmts(s.Orelse)
	case *lang.While:
		if err := st.visitExpr(s.Test); err != nil {
			return err
		}
		if err := st.visitStmts(s.Body); err != nil {
			return err
		}
		return st.visitStmts(s.Orelse)
	case *lang.If:
		if err := st.visitExpr(s.Test); err != nil {
			return err
		}
		if err := st.visitStmts(s.Body); err != nil {
			return err
		}
		return st.visitStmts(s.Orelse)
	case *lang.With:
		for _, item := range s.Items {
			if err := st.visitExpr(item.ContextExpr); err != nil {
				return err
			}
			if item.OptionalVars != nil {
				if err := st.visitTarget(item.OptionalVars); err != nil {
					return err
				}
			}
		}
		return st.visitStmts(s.Body)
	case *lang.Raise:
		return st.visitExprs([]lang.Expr{s.Exc, s.Cause})
	case *lang.Try:
		if err := st.visitStmts(s.Body); err != nil {
			return err
		}
		for _, h := range s.Handlers {
			if h.Type != nil {
				if err := st.visitExpr(h.Type); err != nil {
					return err
				}
			}
			if h.Name != "" {
				st.cur.add(h.Name, symAssigned)
			}
			if err := st.visitStmts(h.Body); err != nil {
				return err
			}
		}
		if err := st.visitStmts(s.Orelse); err != nil {
			return err
		}
		return st.visitStmts(s.Finalbody)
	case *lang.Assert:
		return st.visitExprs([]lang.Expr{s.Test, s.Msg})
	case *lang.Import:
		for _, a := range s.Names {
			st.cur.add(importBinding(a), symAssigned)
		}
	case *lang.ImportFrom:
		for _, a := range s.Names {
			name := a.Name
			if a.AsName != "" {
				name = a.AsName
			}
			st.cur.add(name, symAssigned)
		}
	case *lang.Global:
		return st.declare(s.Pos, s.Names, "global", symGlobal)
	case *lang.Nonlocal:
		return st.declare(s.Pos, s.Names, "nonlocal", symNonlocal)
	case *lang.ExprStmt:
		return st.visitExpr(s.Value)
	}
	return nil
}

// importBinding is the name an `import a.b as c` binds: c, else a.
func importBinding(a *lang.Alias) string {
	if a.AsName != "" {
		return a.AsName
	}
	for i := 0; i < len(a.Name); i++ {
		if a.Name[i] == '.' {
			return a.Name[:i]
		}
	}
	return a.Name
}

// declare handles `global` and `nonlocal`, with CPython's errors for a name
// already used, assigned or a parameter in this scope.
func (st *symtable) declare(pos lang.Pos, names []string, kw string, flag symFlag) error {
	site := &declSite{pos: pos, names: names, kw: kw}
	width := st.src.stmtWidth(pos)
	for _, name := range names {
		cur := st.cur.flagsOf(name)
		other := symNonlocal
		if flag == symNonlocal {
			other = symGlobal
		}
		switch {
		case cur&symParam != 0:
			return st.src.errorf(pos, width, "name '%s' is parameter and %s", name, kw)
		case cur&other != 0:
			return st.src.errorf(pos, width, "name '%s' is nonlocal and global", name)
		case cur&symUsed != 0:
			return st.src.errorf(pos, width, "name '%s' is used prior to %s declaration", name, kw)
		case cur&symAnnotated != 0:
			return st.src.errorf(pos, width, "annotated name '%s' can't be %s", name, kw)
		case cur&symAssigned != 0:
			return st.src.errorf(pos, width, "name '%s' is assigned to before %s declaration", name, kw)
		}
		st.cur.add(name, flag)
		st.cur.declPos[st.cur.mangle(name)] = site
	}
	return nil
}

func (st *symtable) inScope(s *scope, body func() error) error {
	saved := st.cur
	st.cur = s
	err := body()
	st.cur = saved
	return err
}

// visitArgDefaults visits default values, which are evaluated in the
// enclosing scope.
func (st *symtable) visitArgDefaults(a *lang.Arguments) error {
	if err := st.visitExprs(a.Defaults); err != nil {
		return err
	}
	return st.visitExprs(a.KwDefaults)
}

func (st *symtable) visitAnnotations(a *lang.Arguments, returns lang.Expr) error {
	for _, arg := range allArgs(a) {
		if arg.Annotation != nil {
			if err := st.visitExpr(arg.Annotation); err != nil {
				return err
			}
		}
	}
	if returns != nil {
		return st.visitExpr(returns)
	}
	return nil
}

// allArgs lists the parameters in co_varnames order: positional-only and
// positional, keyword-only, *args, **kwargs.
func allArgs(a *lang.Arguments) []*lang.Arg {
	var out []*lang.Arg
	out = append(out, a.PosOnly...)
	out = append(out, a.Args...)
	out = append(out, a.KwOnly...)
	if a.Vararg != nil {
		out = append(out, a.Vararg)
	}
	if a.Kwarg != nil {
		out = append(out, a.Kwarg)
	}
	return out
}

func (st *symtable) addParams(s *scope, a *lang.Arguments) error {
	for _, arg := range allArgs(a) {
		if s.flagsOf(arg.Name)&symParam != 0 {
			return st.src.errorf(arg.Pos, 1, "duplicate argument '%s' in function definition", arg.Name)
		}
		s.add(arg.Name, symParam)
		s.params = append(s.params, s.mangle(arg.Name))
	}
	return nil
}

// visitTarget visits an assignment (or del) target: names become bound.
func (st *symtable) visitTarget(e lang.Expr) error {
	switch e := e.(type) {
	case *lang.Name:
		st.cur.add(e.Id, symAssigned)
		return nil
	case *lang.Tuple:
		for _, x := range e.Elts {
			if err := st.visitTarget(x); err != nil {
				return err
			}
		}
		return nil
	case *lang.List:
		for _, x := range e.Elts {
			if err := st.visitTarget(x); err != nil {
				return err
			}
		}
		return nil
	case *lang.Starred:
		return st.visitTarget(e.Value)
	}
	return st.visitExpr(e)
}

func (st *symtable) visitExpr(e lang.Expr) error {
	switch e := e.(type) {
	case *lang.Name:
		st.cur.add(e.Id, symUsed)
		if e.Id == "super" && st.cur.kind == functionScope {
			// Zero-argument super() reads the implicit __class__ cell
			// of the enclosing class, as in CPython.
			st.cur.add("__class__", symUsed)
		}
	case *lang.BoolOp:
		return st.visitExprs(e.Values)
	case *lang.NamedExpr:
		if err := st.visitExpr(e.Value); err != nil {
			return err
		}
		return st.visitWalrusTarget(e.Target)
	case *lang.BinOp:
		return st.visitExprs([]lang.Expr{e.Left, e.Right})
	case *lang.UnaryOp:
		return st.visitExpr(e.Operand)
	case *lang.Lambda:
		if err := st.visitArgDefaults(e.Args); err != nil {
			return err
		}
		ls := newScope(functionScope, "<lambda>", st.cur)
		ls.lambda = true
		st.scopes[e] = ls
		return st.inScope(ls, func() error {
			if err := st.addParams(ls, e.Args); err != nil {
				return err
			}
			return st.visitExpr(e.Body)
		})
	case *lang.IfExp:
		return st.visitExprs([]lang.Expr{e.Test, e.Body, e.Orelse})
	case *lang.Dict:
		if err := st.visitExprs(e.Keys); err != nil {
			return err
		}
		return st.visitExprs(e.Values)
	case *lang.Set:
		return st.visitExprs(e.Elts)
	case *lang.ListComp:
		return st.visitComprehension(e, "<listcomp>", e.Generators, false, e.Elt)
	case *lang.SetComp:
		return st.visitComprehension(e, "<setcomp>", e.Generators, false, e.Elt)
	case *lang.DictComp:
		return st.visitComprehension(e, "<dictcomp>", e.Generators, false, e.Key, e.Value)
	case *lang.GeneratorExp:
		return st.visitComprehension(e, "<genexpr>", e.Generators, true, e.Elt)
	case *lang.Await:
		if st.cur.kind == comprehensionScope {
			// A comprehension that awaits is itself a coroutine,
			// awaited where it is called (3.11's implicit async
			// comprehension).
			st.cur.coroutine = true
		}
		return st.visitExpr(e.Value)
	case *lang.Yield:
		if err := st.markYield(e.Pos); err != nil {
			return err
		}
		if e.Value != nil {
			return st.visitExpr(e.Value)
		}
	case *lang.YieldFrom:
		if err := st.markYield(e.Pos); err != nil {
			return err
		}
		return st.visitExpr(e.Value)
	case *lang.Compare:
		if err := st.visitExpr(e.Left); err != nil {
			return err
		}
		return st.visitExprs(e.Comparators)
	case *lang.Call:
		if err := st.visitExpr(e.Func); err != nil {
			return err
		}
		if err := st.visitExprs(e.Args); err != nil {
			return err
		}
		for _, k := range e.Keywords {
			if err := st.visitExpr(k.Value); err != nil {
				return err
			}
		}
	case *lang.FormattedValue:
		return st.visitExprs([]lang.Expr{e.Value, e.FormatSpec})
	case *lang.JoinedStr:
		return st.visitExprs(e.Values)
	case *lang.Attribute:
		return st.visitExpr(e.Value)
	case *lang.Subscript:
		return st.visitExprs([]lang.Expr{e.Value, e.Slice})
	case *lang.Starred:
		return st.visitExpr(e.Value)
	case *lang.List:
		return st.visitExprs(e.Elts)
	case *lang.Tuple:
		return st.visitExprs(e.Elts)
	case *lang.Slice:
		return st.visitExprs([]lang.Expr{e.Lower, e.Upper, e.Step})
	}
	return nil
}

// markYield records that the current scope is a generator; yield is only
// allowed in functions.
func (st *symtable) markYield(pos lang.Pos) error {
	switch st.cur.kind {
	case moduleScope, classScope:
		return st.src.errorf(pos, st.src.exprWidth(pos), "'yield' outside function")
	case comprehensionScope:
		kind := map[string]string{"<listcomp>": "list comprehension", "<setcomp>": "set comprehension",
			"<dictcomp>": "dict comprehension", "<genexpr>": "generator expression"}[st.cur.name]
		return st.src.errorf(pos, st.src.exprWidth(pos), "'yield' inside %s", kind)
	}
	st.cur.generator = true
	return nil
}

// visitComprehension opens the comprehension's own scope. Its first
// iterable is evaluated in the enclosing scope and passed in as ".0".
func (st *symtable) visitComprehension(node lang.Expr, name string, gens []*lang.Comprehension, isGen bool, elts ...lang.Expr) error {
	if err := st.visitExpr(gens[0].Iter); err != nil {
		return err
	}
	cs := newScope(comprehensionScope, name, st.cur)
	cs.generator = isGen
	st.scopes[node] = cs
	err := st.inScope(cs, func() error {
		cs.add(".0", symParam)
		cs.params = append(cs.params, ".0")
		for i, g := range gens {
			if g.IsAsync {
				cs.coroutine = true
			}
			if i > 0 {
				if err := st.visitExpr(g.Iter); err != nil {
					return err
				}
			}
			if err := st.visitCompTarget(g.Target); err != nil {
				return err
			}
			if err := st.visitExprs(g.Ifs); err != nil {
				return err
			}
		}
		return st.visitExprs(elts)
	})
	if cs.coroutine && !isGen && st.cur.kind == comprehensionScope {
		// The enclosing comprehension awaits this one.
		st.cur.coroutine = true
	}
	return err
}

func (st *symtable) visitCompTarget(e lang.Expr) error {
	switch e := e.(type) {
	case *lang.Name:
		st.cur.add(e.Id, symAssigned|symCompIter)
		return nil
	case *lang.Tuple:
		for _, x := range e.Elts {
			if err := st.visitCompTarget(x); err != nil {
				return err
			}
		}
		return nil
	case *lang.List:
		for _, x := range e.Elts {
			if err := st.visitCompTarget(x); err != nil {
				return err
			}
		}
		return nil
	case *lang.Starred:
		return st.visitCompTarget(e.Value)
	}
	return st.visitTarget(e)
}

// visitWalrusTarget binds a := target. Inside comprehensions the name
// belongs to the nearest enclosing function (or module) scope, as PEP 572
// says, so every comprehension in between treats it as nonlocal (global).
func (st *symtable) visitWalrusTarget(n *lang.Name) error {
	if st.cur.kind != comprehensionScope {
		st.cur.add(n.Id, symAssigned)
		return nil
	}
	target := st.cur
	for target.kind == comprehensionScope {
		if target.flagsOf(n.Id)&symCompIter != 0 {
			return st.src.errorf(n.Pos, len(n.Id), "assignment expression cannot rebind comprehension iteration variable '%s'", n.Id)
		}
		target = target.parent
	}
	if target.kind == classScope {
		return st.src.errorf(n.Pos, len(n.Id), "assignment expression within a comprehension cannot be used in a class body")
	}
	flag := symNonlocal
	if target.kind == moduleScope {
		flag = symGlobal
	}
	for s := st.cur; s != target; s = s.parent {
		s.add(n.Id, flag)
	}
	target.add(n.Id, symAssigned)
	return nil
}

// analyze resolves the names of s and of its children. bound holds the
// names bound in enclosing function scopes (visible to s as free
// variables); it returns the names free in s or in its children that must be
// provided by s's enclosing scopes.
func (st *symtable) analyze(s *scope, bound map[string]bool, globals map[string]bool) error {
	_, err := st.analyzeScope(s, bound, globals)
	return err
}

func (st *symtable) analyzeScope(s *scope, bound, globals map[string]bool) (map[string]bool, error) {
	free := map[string]bool{}
	locals := map[string]bool{}
	newGlobals := copySet(globals)
	for _, name := range s.order {
		f := s.flags[name]
		switch {
		case f&symGlobal != 0:
			s.res[name] = resGlobalExplicit
			newGlobals[name] = true
		case f&symNonlocal != 0:
			if s.kind == moduleScope {
				site := s.declPos[name]
				return nil, st.src.errorf(site.pos, st.src.stmtWidth(site.pos), "nonlocal declaration not allowed at module level")
			}
			if !bound[name] {
				site := s.declPos[name]
				return nil, st.src.errorf(site.pos, st.src.stmtWidth(site.pos), "no binding for nonlocal '%s' found", name)
			}
			s.res[name] = resFree
			free[name] = true
		case f&symBound != 0:
			s.res[name] = resLocal
			locals[name] = true
			delete(newGlobals, name)
		case bound[name]:
			s.res[name] = resFree
			free[name] = true
		default:
			s.res[name] = resGlobalImplicit
		}
	}
	// What children may capture: function scopes add their locals; a class
	// body's names are not visible to the functions defined in it.
	newBound := map[string]bool{}
	if s.kind != moduleScope {
		newBound = copySet(bound)
	}
	if s.kind == classScope {
		newBound["__class__"] = true // the implicit cell methods may use
	}
	if s.isFunctionLike() {
		for name := range locals {
			newBound[name] = true
		}
		for name, r := range s.res {
			if r == resGlobalExplicit {
				delete(newBound, name)
			}
		}
	}
	childFree := map[string]bool{}
	for _, c := range s.children {
		cf, err := st.analyzeScope(c, newBound, newGlobals)
		if err != nil {
			return nil, err
		}
		for name := range cf {
			childFree[name] = true
		}
	}
	for name := range childFree {
		switch {
		case s.isFunctionLike() && locals[name]:
			s.res[name] = resCell
		case s.kind == classScope && name == "__class__":
			if _, seen := s.flags[name]; !seen {
				s.order = append(s.order, name)
			}
			s.res[name] = resCell
		case s.kind == classScope && locals[name]:
			// The class body binds the name in its namespace, but the
			// method still sees the enclosing function's variable: the
			// class passes the cell through.
			if s.classFree == nil {
				s.classFree = map[string]bool{}
			}
			s.classFree[name] = true
			free[name] = true
		default:
			if _, seen := s.flags[name]; !seen {
				s.order = append(s.order, name)
				s.flags[name] = 0
				s.res[name] = resFree
			}
			free[name] = true
		}
	}
	return free, nil
}

func copySet(m map[string]bool) map[string]bool {
	out := make(map[string]bool, len(m))
	for k := range m {
		out[k] = true
	}
	return out
}

// varNames lists the scope's fast locals: parameters first, then the other
// locals in order of first appearance (cells that are not parameters are
// not fast locals).
func (s *scope) varNames() []string {
	out := append([]string(nil), s.params...)
	isParam := map[string]bool{}
	for _, p := range s.params {
		isParam[p] = true
	}
	for _, name := range s.order {
		if !isParam[name] && s.res[name] == resLocal {
			out = append(out, name)
		}
	}
	return out
}

// namesWith lists the names resolved to r, sorted as CPython sorts
// co_cellvars and co_freevars.
func (s *scope) namesWith(r resolution) []string {
	var out []string
	for name, res := range s.res {
		if res == r || r == resFree && s.classFree[name] {
			out = append(out, name)
		}
	}
	sort.Strings(out)
	return out
}
