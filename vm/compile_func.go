package vm

import (
	"minipy/lang"
	"minipy/runtime"
)

// qualname is the __qualname__ of a function or class called name defined
// in the current unit: "f" at module level, "outer.<locals>.f" inside a
// function, "C.f" inside a class.
func (c *compiler) qualname(name string) string {
	u := c.u
	switch {
	case u.scope.kind == moduleScope:
		return name
	case u.scope.res[name] == resGlobalExplicit:
		return name
	case u.scope.isFunctionLike():
		return u.code.QualName + ".<locals>." + name
	default:
		return u.code.QualName + "." + name
	}
}

func (c *compiler) compileFunctionDef(s *lang.FunctionDef) {
	c.compileExprs(s.Decorators)
	c.u.line = s.Line
	flags := c.compileDefaults(s.Args)
	if c.compileAnnotations(s.Args, s.Returns) {
		flags |= makeAnnotations
	}
	code := c.compileFunctionBody(c.st.scopes[s], s.Name, s.Args, s.Line, func() {
		body := s.Body
		if doc, ok := docstring(body); ok {
			c.u.code.Doc = runtime.NewStr(doc)
			body = body[1:]
		}
		c.compileStmts(body)
		c.loadConst(runtime.None)
		c.emit(RETURN_VALUE, 0)
	})
	c.u.line = s.Line
	c.makeFunction(code, flags)
	for range s.Decorators {
		c.emit(CALL, 1)
	}
	c.nameOp(s.Name, storeCtx)
}

func (c *compiler) compileLambda(e *lang.Lambda) {
	flags := c.compileDefaults(e.Args)
	code := c.compileFunctionBody(c.st.scopes[e], "<lambda>", e.Args, e.Line, func() {
		c.compileExpr(e.Body)
		c.emit(RETURN_VALUE, 0)
	})
	c.makeFunction(code, flags)
}

// compileFunctionBody compiles a def's or lambda's code object.
func (c *compiler) compileFunctionBody(s *scope, name string, args *lang.Arguments, line int, body func()) *Code {
	c.enterUnit(s, name, c.qualname(name), line)
	code := c.u.code
	code.PosOnlyCount = len(args.PosOnly)
	code.ArgCount = len(args.PosOnly) + len(args.Args)
	code.KwOnlyCount = len(args.KwOnly)
	if args.Vararg != nil {
		code.Flags |= FlagVarArgs
	}
	if args.Kwarg != nil {
		code.Flags |= FlagVarKeywords
	}
	body()
	return c.leaveUnit()
}

// compileDefaults pushes the default values (a tuple) and keyword-only
// defaults (a dict), which are evaluated when the def runs, in the
// enclosing scope; it returns the MAKE_FUNCTION flags for them.
func (c *compiler) compileDefaults(a *lang.Arguments) int {
	flags := 0
	if len(a.Defaults) > 0 {
		c.compileSequence(a.Defaults, BUILD_TUPLE)
		flags |= makeDefaults
	}
	n := 0
	for i, d := range a.KwDefaults {
		if d != nil {
			c.loadConst(runtime.NewStr(a.KwOnly[i].Name))
			c.compileExpr(d)
			n++
		}
	}
	if n > 0 {
		c.emit(BUILD_MAP, n)
		flags |= makeKwDefaults
	}
	return flags
}

// compileAnnotations pushes a dict of the parameter and return
// annotations, evaluated at definition time as in CPython 3.11, and reports
// whether there were any.
func (c *compiler) compileAnnotations(a *lang.Arguments, returns lang.Expr) bool {
	n := 0
	for _, arg := range allArgs(a) {
		if arg.Annotation != nil {
			c.loadConst(runtime.NewStr(arg.Name))
			c.compileExpr(arg.Annotation)
			n++
		}
	}
	if returns != nil {
		c.loadConst(runtime.NewStr("return"))
		c.compileExpr(returns)
		n++
	}
	if n > 0 {
		c.emit(BUILD_MAP, n)
	}
	return n > 0
}

// makeFunction pushes the closure cells code needs, then the code object,
// and emits MAKE_FUNCTION.
func (c *compiler) makeFunction(code *Code, flags int) {
	if len(code.FreeVars) > 0 {
		for _, name := range code.FreeVars {
			i, ok := c.u.derefs[name]
			if !ok {
				c.errorf(lang.Pos{Line: code.FirstLine, Col: 1}, 1, "internal error: no cell for free variable '%s'", name)
			}
			c.emit(LOAD_CLOSURE, i)
		}
		c.emit(BUILD_TUPLE, len(code.FreeVars))
		flags |= makeClosure
	}
	c.emit(LOAD_CONST, c.addConst(constKey{}, runtime.Obj(code)))
	c.emit(MAKE_FUNCTION, flags)
}

// compileComprehension compiles a list/set/dict comprehension or generator
// expression as a nested function called on the first iterable (3.11).
//
// A comprehension that awaits or has an `async for` clause is a coroutine
// (an asynchronous comprehension): its call is awaited. As a generator
// expression it is an asynchronous generator, which is not awaited (and
// may appear in any function).
func (c *compiler) compileComprehension(node lang.Expr, name string, gens []*lang.Comprehension, elt, val lang.Expr) {
	isAsync := c.st.scopes[node].coroutine
	if isAsync && name != "<genexpr>" && c.u.code.Flags&FlagCoroutine == 0 {
		pos := node.Position()
		c.errorf(pos, c.src.exprWidth(pos), "asynchronous comprehension outside of an asynchronous function")
	}
	line := node.Position().Line
	c.enterUnit(c.st.scopes[node], name, c.qualname(name), line)
	c.u.code.ArgCount = 1
	switch name {
	case "<listcomp>":
		c.emit(BUILD_LIST, 0)
	case "<setcomp>":
		c.emit(BUILD_SET, 0)
	case "<dictcomp>":
		c.emit(BUILD_MAP, 0)
	}
	c.compileCompLoop(name, gens, 0, elt, val)
	if name == "<genexpr>" {
		c.loadConst(runtime.None)
	}
	c.emit(RETURN_VALUE, 0)
	code := c.leaveUnit()

	c.makeFunction(code, 0)
	c.compileIterable(gens[0].Iter)
	if gens[0].IsAsync {
		c.emit(GET_AITER, 0)
	} else {
		c.emit(GET_ITER, 0)
	}
	c.u.line = line
	c.emit(CALL, 1)
	if isAsync && name != "<genexpr>" {
		c.emitAwait(awaitExpr)
	}
}

// compileCompLoop compiles generator clause i and, innermost, the element.
func (c *compiler) compileCompLoop(kind string, gens []*lang.Comprehension, i int, elt, val lang.Expr) {
	g := gens[i]
	if i == 0 {
		c.emit(LOAD_FAST, 0) // the iterator passed in as .0
	} else {
		c.compileIterable(g.Iter)
		if g.IsAsync {
			c.emit(GET_AITER, 0)
		} else {
			c.emit(GET_ITER, 0)
		}
	}
	top, next, end := c.newLabel(), c.newLabel(), c.newLabel()
	c.bind(top)
	var stop label
	if g.IsAsync {
		// As `async for`: await __anext__() until StopAsyncIteration.
		stop = c.newLabel()
		outer := c.u.handler
		c.setupHandler(stop, 0)
		c.emit(GET_ANEXT, 0)
		c.emitAwait(awaitExpr)
		c.u.handler = outer
	} else {
		c.emit(FOR_ITER, int(end))
	}
	c.assignTo(g.Target)
	for _, cond := range g.Ifs {
		c.jumpIf(cond, next, false)
	}
	if i+1 < len(gens) {
		c.compileCompLoop(kind, gens, i+1, elt, val)
	} else {
		depth := len(gens) + 1 // the collection, below one iterator per clause
		switch kind {
		case "<listcomp>":
			c.compileExpr(elt)
			c.emit(LIST_APPEND, depth)
		case "<setcomp>":
			c.compileExpr(elt)
			c.emit(SET_ADD, depth)
		case "<dictcomp>":
			c.compileExpr(elt)
			c.compileExpr(val)
			c.emit(MAP_ADD, depth)
		default:
			c.compileExpr(elt)
			c.emit(YIELD_VALUE, 0)
			c.emit(POP_TOP, 0)
		}
	}
	c.bind(next)
	c.emit(JUMP_BACKWARD, int(top))
	if g.IsAsync {
		c.bind(stop)
		c.emit(END_ASYNC_FOR, 0)
	}
	c.bind(end)
}

// compileClassDef compiles a class statement as CPython does: the body is a
// function run by __build_class__ with a fresh namespace.
func (c *compiler) compileClassDef(s *lang.ClassDef) {
	c.compileExprs(s.Decorators)
	c.u.line = s.Line
	c.emit(LOAD_BUILD_CLASS, 0)

	c.enterUnit(c.st.scopes[s], s.Name, c.qualname(s.Name), s.Line)
	c.u.code.Flags |= FlagClassBody
	c.nameOp("__name__", loadCtx)
	c.nameOp("__module__", storeCtx)
	c.loadConst(runtime.NewStr(c.u.code.QualName))
	c.nameOp("__qualname__", storeCtx)
	body := s.Body
	if doc, ok := docstring(body); ok {
		c.loadConst(runtime.NewStr(doc))
		c.nameOp("__doc__", storeCtx)
		body = body[1:]
	}
	if hasAnnotations(body) {
		c.emit(SETUP_ANNOTATIONS, 0)
	}
	c.compileStmts(body)
	if i, ok := c.u.derefs["__class__"]; ok && c.u.scope.res["__class__"] == resCell {
		// Return the __class__ cell so the new class can be stored in it
		// (zero-argument super() reads it).
		c.emit(LOAD_CLOSURE, i)
	} else {
		c.loadConst(runtime.None)
	}
	c.emit(RETURN_VALUE, 0)
	code := c.leaveUnit()

	c.u.line = s.Line
	c.makeFunction(code, 0)
	c.loadConst(runtime.NewStr(s.Name))
	c.compileExprs(s.Bases)
	nargs := 2 + len(s.Bases)
	if len(s.Keywords) > 0 {
		names := make([]runtime.Value, len(s.Keywords))
		for i, k := range s.Keywords {
			if k.Arg == "" {
				c.errorf(k.Pos, 1, "minipy does not support ** in a class definition")
			}
			c.compileExpr(k.Value)
			names[i] = runtime.NewStr(k.Arg)
		}
		c.emit(LOAD_CONST, c.addConst(constKey{}, runtime.NewTuple(names)))
		c.emit(CALL_KW, nargs+len(s.Keywords))
	} else {
		c.emit(CALL, nargs)
	}
	for range s.Decorators {
		c.emit(CALL, 1)
	}
	c.nameOp(s.Name, storeCtx)
}
