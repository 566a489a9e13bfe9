package vm

import (
	"minipy/lang"
	"minipy/runtime"
)

// Blocks that return, break and continue must leave properly. As in
// CPython 3.11, every try/with/loop pushes an fblock while its body is
// compiled; a return, break or continue emits, for each fblock it leaves,
// the code that block needs on the way out (pop a loop's iterator, call
// __exit__, run a finally body, restore the handled exception), and
// exceptions use the zero-cost exception table built from each
// instruction's handler label.
//
// The value stack inside the constructs:
//
//	for body:            iter
//	with body:           mgr
//	except handler body: prev_exc             (prev_exc: the exception handled before)
//	finally (on error):  prev_exc, exc

type fblockKind uint8

const (
	fbWhile          fblockKind = iota
	fbFor                       // iterator on the stack
	fbTryExcept                 // body of a try with handlers
	fbFinallyTry                // body of a try with finally: run the finally on exit
	fbFinallyEnd                // the finally body run for an exception
	fbWith                      // body of a with: call __exit__ on exit
	fbAsyncWith                 // body of an async with: await __aexit__ on exit
	fbHandlerCleanup            // body of an except clause
)

type fblock struct {
	kind      fblockKind
	cont, brk label // loops
	// outer is the exception handler in effect around the construct: the
	// code that leaves the block runs under it.
	outer     label
	finalbody []lang.Stmt // fbFinallyTry
	name      string      // fbHandlerCleanup: the `as` name to clear
}

func (c *compiler) pushFblock(f fblock) { c.u.fblocks = append(c.u.fblocks, f) }

func (c *compiler) popFblock() { c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1] }

// unwindFblock emits the code that leaves f. With preserveTOS the value on
// top of the stack (a return value) is kept above whatever f must pop.
func (c *compiler) unwindFblock(f fblock, preserveTOS bool) {
	switch f.kind {
	case fbWhile:
	case fbTryExcept:
		c.u.handler = f.outer
	case fbFor:
		if preserveTOS {
			c.emit(SWAP, 2)
		}
		c.emit(POP_TOP, 0)
	case fbFinallyTry:
		c.u.handler = f.outer
		// The finally body is compiled with f already popped, so that a
		// return inside it does not run it again.
		c.compileStmts(f.finalbody)
	case fbFinallyEnd:
		if preserveTOS {
			c.emit(SWAP, 2)
		}
		c.emit(POP_TOP, 0) // the exception being handled
		c.u.handler = f.outer
		if preserveTOS {
			c.emit(SWAP, 2)
		}
		c.emit(POP_EXCEPT, 0)
	case fbWith:
		c.u.handler = f.outer
		if preserveTOS {
			c.emit(SWAP, 2)
		}
		c.emit(WITH_EXIT, 0)
	case fbAsyncWith:
		c.u.handler = f.outer
		if preserveTOS {
			c.emit(SWAP, 2)
		}
		c.emit(ASYNC_WITH_EXIT, 0)
		c.emitAwait(awaitAfterExit)
		c.emit(POP_TOP, 0)
	case fbHandlerCleanup:
		c.u.handler = f.outer
		if preserveTOS {
			c.emit(SWAP, 2)
		}
		c.emit(POP_EXCEPT, 0)
		if f.name != "" {
			c.clearName(f.name)
		}
	}
}

// clearName does `name = None; del name`, as CPython does after an
// `except E as name:` clause (the exception must not outlive the clause).
func (c *compiler) clearName(name string) {
	c.loadConst(runtime.None)
	c.nameOp(name, storeCtx)
	c.nameOp(name, delCtx)
}

// unwindTo leaves every fblock above index stop (exclusive), emitting their
// exit code, then restores the fblock stack and handler for the code that
// follows (which is unreachable from here but belongs to the blocks).
func (c *compiler) unwindTo(stop int, preserveTOS bool, then func()) {
	saved := c.u.fblocks
	savedHandler := c.u.handler
	for len(c.u.fblocks) > stop+1 {
		f := c.u.fblocks[len(c.u.fblocks)-1]
		c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
		c.unwindFblock(f, preserveTOS)
	}
	then()
	c.u.fblocks = saved
	c.u.handler = savedHandler
}

func (c *compiler) compileReturn(s *lang.Return) {
	if !c.u.inFunction {
		c.errorf(s.Pos, c.src.stmtWidth(s.Pos), "'return' outside function")
	}
	const asyncGen = FlagGenerator | FlagCoroutine
	if s.Value != nil && c.u.code.Flags&asyncGen == asyncGen {
		c.errorf(s.Pos, c.src.stmtWidth(s.Pos), "'return' with value in async generator")
	}
	if s.Value != nil {
		c.compileExpr(s.Value)
	} else {
		c.loadConst(runtime.None)
	}
	c.unwindTo(-1, true, func() { c.emit(RETURN_VALUE, 0) })
}

// innermostLoop returns the index of the innermost loop fblock, or -1.
func (c *compiler) innermostLoop() int {
	for i := len(c.u.fblocks) - 1; i >= 0; i-- {
		if k := c.u.fblocks[i].kind; k == fbWhile || k == fbFor {
			return i
		}
	}
	return -1
}

func (c *compiler) compileBreak(s *lang.Break) {
	i := c.innermostLoop()
	if i < 0 {
		c.errorf(s.Pos, len("break"), "'break' outside loop")
	}
	loop := c.u.fblocks[i]
	c.unwindTo(i-1, false, func() { c.jump(loop.brk) })
}

func (c *compiler) compileContinue(s *lang.Continue) {
	i := c.innermostLoop()
	if i < 0 {
		c.errorf(s.Pos, len("continue"), "'continue' not properly in loop")
	}
	loop := c.u.fblocks[i]
	c.unwindTo(i, false, func() { c.jump(loop.cont) })
}

func (c *compiler) compileTry(s *lang.Try) {
	if len(s.Finalbody) > 0 {
		c.compileTryFinally(s)
	} else {
		c.compileTryExcept(s)
	}
}

// compileTryFinally compiles try/finally (with the except clauses, if any,
// as a try/except nested in the finally's body).
func (c *compiler) compileTryFinally(s *lang.Try) {
	outer := c.u.handler
	onError, cleanup, end := c.newLabel(), c.newLabel(), c.newLabel()

	c.setupHandler(onError, 0)
	c.pushFblock(fblock{kind: fbFinallyTry, outer: outer, finalbody: s.Finalbody})
	if len(s.Handlers) > 0 {
		c.compileTryExcept(&lang.Try{Pos: s.Pos, Body: s.Body, Handlers: s.Handlers, Orelse: s.Orelse})
	} else {
		c.compileStmts(s.Body)
	}
	c.popFblock()
	c.u.handler = outer
	c.compileStmts(s.Finalbody)
	c.jump(end)

	// The exceptional path: run the finally body, then re-raise.
	c.bind(onError)
	c.u.handler = cleanup
	c.emit(PUSH_EXC_INFO, 0)
	c.setupHandler(cleanup, -1)
	c.pushFblock(fblock{kind: fbFinallyEnd, outer: outer})
	c.compileStmts(s.Finalbody)
	c.popFblock()
	c.emit(RERAISE, 0)

	c.emitCleanup(cleanup, outer)
	c.bind(end)
}

// emitCleanup emits the handler that restores the previously handled
// exception when an exception escapes an except clause or a finally body.
func (c *compiler) emitCleanup(cleanup, outer label) {
	c.bind(cleanup)
	c.u.handler = outer
	c.emit(SWAP, 2)
	c.emit(POP_EXCEPT, 0)
	c.emit(RERAISE, 0)
}

func (c *compiler) compileTryExcept(s *lang.Try) {
	outer := c.u.handler
	onError, cleanup, end := c.newLabel(), c.newLabel(), c.newLabel()

	c.setupHandler(onError, 0)
	c.pushFblock(fblock{kind: fbTryExcept, outer: outer})
	c.compileStmts(s.Body)
	c.popFblock()
	c.u.handler = outer
	c.compileStmts(s.Orelse)
	c.jump(end)

	c.bind(onError)
	c.u.handler = cleanup
	c.emit(PUSH_EXC_INFO, 0) // prev, exc
	c.setupHandler(cleanup, -1)
	for i, h := range s.Handlers {
		if h.Type == nil && i < len(s.Handlers)-1 {
			c.errorf(h.Pos, len("except"), "default 'except:' must be last")
		}
		c.u.line = h.Line
		next := c.newLabel()
		if h.Type != nil {
			c.compileExpr(h.Type)
			c.emit(CHECK_EXC_MATCH, 0)
			c.emit(POP_JUMP_IF_FALSE, int(next))
		}
		if h.Name != "" {
			c.nameOp(h.Name, storeCtx) // prev
			namedCleanup := c.newLabel()
			c.setupHandler(namedCleanup, 0)
			c.pushFblock(fblock{kind: fbHandlerCleanup, outer: outer, name: h.Name})
			c.compileStmts(h.Body)
			c.popFblock()
			c.u.handler = outer
			c.emit(POP_EXCEPT, 0)
			c.clearName(h.Name)
			c.jump(end)
			// An exception escaping the clause: clear the name, re-raise.
			c.bind(namedCleanup)
			c.u.handler = cleanup
			c.clearName(h.Name)
			c.emit(RERAISE, 0)
		} else {
			c.emit(POP_TOP, 0) // prev
			c.pushFblock(fblock{kind: fbHandlerCleanup, outer: outer})
			c.compileStmts(h.Body)
			c.popFblock()
			c.u.handler = outer
			c.emit(POP_EXCEPT, 0)
			c.jump(end)
		}
		c.bind(next)
		c.u.handler = cleanup
	}
	c.emit(RERAISE, 0) // no clause matched
	c.emitCleanup(cleanup, outer)
	c.bind(end)
}

// compileWith compiles `with a as x, b as y: body` as nested withs.
func (c *compiler) compileWith(s *lang.With) {
	if s.IsAsync && c.u.code.Flags&FlagCoroutine == 0 {
		c.errorf(s.Pos, len("async with"), "'async with' outside async function")
	}
	c.compileWithItems(s, 0)
}

// compileWithItems compiles item i of a with statement and, inside it, the
// rest. `async with` is the same shape with __aenter__ and __aexit__
// awaited (BEFORE_ASYNC_WITH, ASYNC_WITH_EXIT, ASYNC_WITH_EXCEPT_START).
func (c *compiler) compileWithItems(s *lang.With, i int) {
	item := s.Items[i]
	outer := c.u.handler
	onError, cleanup, suppress, end := c.newLabel(), c.newLabel(), c.newLabel(), c.newLabel()

	c.compileExpr(item.ContextExpr)
	c.u.line = s.Line
	if s.IsAsync {
		c.emit(BEFORE_ASYNC_WITH, 0) // mgr, awaitable
		c.emitAwait(awaitAfterEnter) // mgr, value
	} else {
		c.emit(BEFORE_WITH, 0) // mgr, value
	}
	c.setupHandler(onError, -1)
	if item.OptionalVars != nil {
		c.assignTo(item.OptionalVars)
	} else {
		c.emit(POP_TOP, 0)
	}
	kind := fbWith
	if s.IsAsync {
		kind = fbAsyncWith
	}
	c.pushFblock(fblock{kind: kind, outer: outer})
	if i+1 < len(s.Items) {
		c.compileWithItems(s, i+1)
	} else {
		c.compileStmts(s.Body)
	}
	c.popFblock()
	c.u.handler = outer
	c.u.line = s.Line
	if s.IsAsync {
		c.emit(ASYNC_WITH_EXIT, 0)
		c.emitAwait(awaitAfterExit)
		c.emit(POP_TOP, 0)
	} else {
		c.emit(WITH_EXIT, 0)
	}
	c.jump(end)

	// An exception in the body: mgr, exc.
	c.bind(onError)
	c.u.handler = cleanup
	c.emit(PUSH_EXC_INFO, 0) // mgr, prev, exc
	c.setupHandler(cleanup, -1)
	if s.IsAsync {
		c.emit(ASYNC_WITH_EXCEPT_START, 0) // mgr, prev, exc, awaitable
		c.emitAwait(awaitAfterExit)        // mgr, prev, exc, result
	} else {
		c.emit(WITH_EXCEPT_START, 0) // mgr, prev, exc, result
	}
	c.emit(POP_JUMP_IF_TRUE, int(suppress))
	c.emit(RERAISE, 0)
	c.bind(suppress)
	c.emit(POP_TOP, 0) // exc
	c.u.handler = outer
	c.emit(POP_EXCEPT, 0)
	c.emit(POP_TOP, 0) // mgr
	c.jump(end)
	c.emitCleanup(cleanup, outer)
	c.bind(end)
}
