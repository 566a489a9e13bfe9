package vm

import (
	"strings"

	"minipy/lang"
	"minipy/runtime"
)

func (c *compiler) compileStmts(body []lang.Stmt) {
	for _, s := range body {
		c.compileStmt(s)
	}
}

func (c *compiler) compileStmt(s lang.Stmt) {
	if p := s.Position(); p.Line > 0 {
		c.u.line = p.Line
	}
	switch s := s.(type) {
	case *lang.ExprStmt:
		c.compileExprStmt(s)
	case *lang.Assign:
		c.compileExpr(s.Value)
		for i, t := range s.Targets {
			if i < len(s.Targets)-1 {
				c.emit(COPY, 1)
			}
			c.assignTo(t)
		}
	case *lang.AugAssign:
		c.compileAugAssign(s)
	case *lang.AnnAssign:
		c.compileAnnAssign(s)
	case *lang.Delete:
		for _, t := range s.Targets {
			c.deleteTarget(t)
		}
	case *lang.Pass, *lang.Global, *lang.Nonlocal:
		// Declarations were handled by the symbol table.
	case *lang.If:
		c.compileIf(s)
	case *lang.While:
		c.compileWhile(s)
	case *lang.For:
		c.compileFor(s)
	case *lang.Break:
		c.compileBreak(s)
	case *lang.Continue:
		c.compileContinue(s)
	case *lang.Return:
		c.compileReturn(s)
	case *lang.FunctionDef:
		c.compileFunctionDef(s)
	case *lang.ClassDef:
		c.compileClassDef(s)
	case *lang.Raise:
		c.compileRaise(s)
	case *lang.Try:
		c.compileTry(s)
	case *lang.With:
		c.compileWith(s)
	case *lang.Assert:
		c.compileAssert(s)
	case *lang.Import:
		c.compileImport(s)
	case *lang.ImportFrom:
		c.compileImportFrom(s)
	default:
		c.errorf(s.Position(), 1, "minipy cannot compile this statement yet")
	}
}

func (c *compiler) compileExprStmt(s *lang.ExprStmt) {
	if c.mode == ModeInteractive && c.u.scope.kind == moduleScope {
		c.compileExpr(s.Value)
		c.emit(PRINT_EXPR, 0)
		return
	}
	if k, ok := s.Value.(*lang.Constant); ok && k.Kind != lang.ConstBytes {
		return // a docstring or `...`: no code, as CPython
	}
	c.compileExpr(s.Value)
	c.emit(POP_TOP, 0)
}

func (c *compiler) compileIf(s *lang.If) {
	end := c.newLabel()
	orelse := end
	if len(s.Orelse) > 0 {
		orelse = c.newLabel()
	}
	c.jumpIf(s.Test, orelse, false)
	c.compileStmts(s.Body)
	if len(s.Orelse) > 0 {
		c.jump(end)
		c.bind(orelse)
		c.compileStmts(s.Orelse)
	}
	c.bind(end)
}

func (c *compiler) compileWhile(s *lang.While) {
	top, orelse, end := c.newLabel(), c.newLabel(), c.newLabel()
	c.bind(top)
	c.jumpIf(s.Test, orelse, false)
	c.pushFblock(fblock{kind: fbWhile, cont: top, brk: end})
	c.compileStmts(s.Body)
	c.popFblock()
	c.u.line = s.Line
	c.jump(top)
	c.bind(orelse)
	c.compileStmts(s.Orelse)
	c.bind(end)
}

func (c *compiler) compileFor(s *lang.For) {
	if s.IsAsync {
		c.compileAsyncFor(s)
		return
	}
	top, orelse, end := c.newLabel(), c.newLabel(), c.newLabel()
	c.compileIterable(s.Iter)
	c.emit(GET_ITER, 0)
	c.bind(top)
	c.emit(FOR_ITER, int(orelse))
	c.assignTo(s.Target)
	c.pushFblock(fblock{kind: fbFor, cont: top, brk: end})
	c.compileStmts(s.Body)
	c.popFblock()
	c.u.line = s.Line
	c.jump(top)
	c.bind(orelse)
	c.compileStmts(s.Orelse)
	c.bind(end)
}

// compileAsyncFor compiles `async for` as CPython 3.11 does: each step
// awaits aiter.__anext__() under a handler that ends the loop on
// StopAsyncIteration (END_ASYNC_FOR); the target and body run outside it.
func (c *compiler) compileAsyncFor(s *lang.For) {
	if c.u.code.Flags&FlagCoroutine == 0 {
		c.errorf(s.Pos, len("async for"), "'async for' outside async function")
	}
	outer := c.u.handler
	top, stop, end := c.newLabel(), c.newLabel(), c.newLabel()
	c.compileExpr(s.Iter)
	c.u.line = s.Line
	c.emit(GET_AITER, 0)
	c.bind(top)
	c.setupHandler(stop, 0) // aiter
	c.emit(GET_ANEXT, 0)
	c.emitAwait(awaitExpr) // aiter, item
	c.u.handler = outer
	c.assignTo(s.Target)
	c.pushFblock(fblock{kind: fbFor, cont: top, brk: end})
	c.compileStmts(s.Body)
	c.popFblock()
	c.u.line = s.Line
	c.jump(top)
	c.bind(stop)
	c.emit(END_ASYNC_FOR, 0)
	c.compileStmts(s.Orelse)
	c.bind(end)
}

func (c *compiler) compileAssert(s *lang.Assert) {
	// CPython's compiler_assert: a non-empty tuple is always true.
	if tup, ok := s.Test.(*lang.Tuple); ok && len(tup.Elts) > 0 {
		c.warn(s.Position().Line, "assertion is always true, perhaps remove parentheses?")
	}
	end := c.newLabel()
	c.jumpIf(s.Test, end, true)
	c.emit(LOAD_ASSERTION_ERROR, 0)
	if s.Msg != nil {
		c.compileExpr(s.Msg)
		c.emit(CALL, 1)
	}
	c.emit(RAISE_VARARGS, 1)
	c.bind(end)
}

func (c *compiler) compileRaise(s *lang.Raise) {
	n := 0
	if s.Exc != nil {
		c.compileExpr(s.Exc)
		n++
		if s.Cause != nil {
			c.compileExpr(s.Cause)
			n++
		}
	}
	c.emit(RAISE_VARARGS, n)
}

func (c *compiler) compileImport(s *lang.Import) {
	for _, a := range s.Names {
		c.emit(IMPORT_NAME, c.nameIndex(a.Name))
		if a.AsName != "" {
			c.nameOp(a.AsName, storeCtx)
			continue
		}
		top := importBinding(a)
		if top != a.Name {
			// `import a.b` binds the top-level package a.
			c.emit(POP_TOP, 0)
			c.emit(IMPORT_NAME, c.nameIndex(top))
		}
		c.nameOp(top, storeCtx)
	}
}

func (c *compiler) compileImportFrom(s *lang.ImportFrom) {
	if strings.HasPrefix(s.Module, ".") || s.Module == "" {
		c.errorf(s.Pos, c.src.stmtWidth(s.Pos), "attempted relative import with no known parent package")
	}
	c.emit(IMPORT_NAME, c.nameIndex(s.Module))
	for _, a := range s.Names {
		if a.Name == "*" {
			c.errorf(a.Pos, 1, "minipy does not support 'from %s import *'", s.Module)
		}
		c.emit(IMPORT_FROM, c.nameIndex(a.Name))
		name := a.Name
		if a.AsName != "" {
			name = a.AsName
		}
		c.nameOp(name, storeCtx)
	}
	c.emit(POP_TOP, 0)
}

// compileAnnAssign compiles `target: annotation [= value]`. At module and
// class level the annotation of a simple name is evaluated and stored in
// __annotations__; in functions annotations are not evaluated (CPython).
func (c *compiler) compileAnnAssign(s *lang.AnnAssign) {
	if s.Value != nil {
		c.compileExpr(s.Value)
		c.assignTo(s.Target)
	}
	if c.u.scope.isFunctionLike() {
		return
	}
	name, simple := s.Target.(*lang.Name)
	if !simple || !s.Simple {
		// `a.b: int` evaluates the target's object and the annotation.
		c.checkAnnTarget(s.Target)
		c.compileExpr(s.Annotation)
		c.emit(POP_TOP, 0)
		return
	}
	c.compileExpr(s.Annotation)
	c.nameOp("__annotations__", loadCtx)
	c.loadConst(runtime.NewStr(name.Id))
	c.emit(STORE_SUBSCR, 0)
}

func (c *compiler) checkAnnTarget(t lang.Expr) {
	switch t := t.(type) {
	case *lang.Attribute:
		c.compileExpr(t.Value)
		c.emit(POP_TOP, 0)
	case *lang.Subscript:
		c.compileExpr(t.Value)
		c.emit(POP_TOP, 0)
		c.compileExpr(t.Slice)
		c.emit(POP_TOP, 0)
	}
}
