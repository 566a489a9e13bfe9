package vm

import (
	"math"

	"minipy/runtime"
)

// run executes frame f, which the caller has pushed (pushFrame), until it
// returns, raises or yields, and returns its result to Go. Calls between
// minipy functions do not recurse here: a CALL pushes the callee's frame and
// the loop continues in it; its RETURN_VALUE pops back to the caller (DESIGN
// decision 1). Only Go code calling a function (a sort key, a generator
// being resumed) starts a nested run.
//
// pending, when not nil, is raised in f before any instruction runs (a
// generator's throw()).
func (ts *threadState) run(t *runtime.Thread, f *Frame, pending error) (runtime.Value, error) {
	f.entry = true
	var (
		code     = f.code
		instrs   = code.Instrs
		consts   = code.Consts
		stack    = f.slots
		sp       = f.sp
		pc       = f.pc
		builtins = t.Interp.Builtins
		err      error
		reraise  bool // the exception keeps its traceback (RERAISE, bare raise)
		word     uint32
		arg      int
	)
	if pending != nil {
		err = pending
		goto fail
	}

dispatch:
	for {
		word = instrs[pc]
		pc++
		arg = int(word >> 8)
		switch Opcode(word) {
		case NOP:

		case POP_TOP:
			sp--
			stack[sp] = runtime.Value{}

		case COPY:
			stack[sp] = stack[sp-arg]
			sp++

		case SWAP:
			stack[sp-1], stack[sp-arg] = stack[sp-arg], stack[sp-1]

		case PUSH_NULL:
			stack[sp] = runtime.Value{}
			sp++

		case LOAD_CONST:
			stack[sp] = consts[arg]
			sp++

		case LOAD_FAST:
			v := stack[arg]
			if v.IsNull() {
				err = unboundLocal(code.VarNames[arg])
				goto fail
			}
			stack[sp] = v
			sp++

		case STORE_FAST:
			sp--
			stack[arg] = stack[sp]

		case DELETE_FAST:
			if stack[arg].IsNull() {
				err = unboundLocal(code.VarNames[arg])
				goto fail
			}
			stack[arg] = runtime.Value{}

		case LOAD_DEREF, LOAD_CLASSDEREF:
			if Opcode(word) == LOAD_CLASSDEREF {
				name := code.derefName(arg)
				if v, ok := f.locals.GetStr(name); ok {
					stack[sp] = v
					sp++
					break
				}
			}
			v := stack[len(code.VarNames)+arg].Object().(*Cell).Get()
			if v.IsNull() {
				err = unboundDeref(code, arg)
				goto fail
			}
			stack[sp] = v
			sp++

		case STORE_DEREF:
			sp--
			stack[len(code.VarNames)+arg].Object().(*Cell).Set(stack[sp])

		case DELETE_DEREF:
			cell := stack[len(code.VarNames)+arg].Object().(*Cell)
			if cell.Get().IsNull() {
				err = unboundDeref(code, arg)
				goto fail
			}
			cell.Set(runtime.Value{})

		case LOAD_CLOSURE:
			stack[sp] = stack[len(code.VarNames)+arg]
			sp++

		case LOAD_GLOBAL:
			var v runtime.Value
			var ok bool
			if code.globalCache == nil {
				v, ok = lookupGlobal(code.Names[arg], f.globals, builtins)
			} else if v, ok = code.cachedGlobal(arg, f.globals, builtins); !ok {
				v, ok = code.loadGlobal(arg, f.globals, builtins)
			}
			if !ok {
				err = ts.nameError(f, code.Names[arg])
				goto fail
			}
			stack[sp] = v
			sp++

		case STORE_GLOBAL:
			sp--
			f.globals.SetStr(code.Names[arg], stack[sp])

		case DELETE_GLOBAL:
			if !f.globals.DelStr(code.Names[arg]) {
				err = ts.nameError(f, code.Names[arg])
				goto fail
			}

		case LOAD_NAME:
			name := code.Names[arg]
			v, ok := f.namespace().GetStr(name)
			if !ok {
				if v, ok = f.globals.GetStr(name); !ok {
					if v, ok = builtins.GetStr(name); !ok {
						err = ts.nameError(f, name)
						goto fail
					}
				}
			}
			stack[sp] = v
			sp++

		case STORE_NAME:
			sp--
			f.namespace().SetStr(code.Names[arg], stack[sp])

		case DELETE_NAME:
			if !f.namespace().DelStr(code.Names[arg]) {
				err = ts.nameError(f, code.Names[arg])
				goto fail
			}

		case LOAD_ATTR:
			obj := stack[sp-1]
			var v runtime.Value
			var e error
			if code.globalCache != nil {
				v, e = runtime.GetAttrAt(t, &code.globalCache[arg].attr, obj, code.Names[arg])
			} else {
				v, e = runtime.GetAttr(t, obj, code.Names[arg])
			}
			if e != nil {
				err = noteAttributeError(e, obj, code.Names[arg])
				goto fail
			}
			stack[sp-1] = v

		case STORE_ATTR:
			sp -= 2
			if code.globalCache != nil {
				err = runtime.SetAttrAt(t, &code.globalCache[arg].attr, stack[sp+1], code.Names[arg], stack[sp])
			} else {
				err = runtime.SetAttr(t, stack[sp+1], code.Names[arg], stack[sp])
			}
			if err != nil {
				goto fail
			}

		case DELETE_ATTR:
			sp--
			if err = runtime.DelAttr(t, stack[sp], code.Names[arg]); err != nil {
				goto fail
			}

		case LOAD_METHOD:
			obj := stack[sp-1]
			meth, self, e := loadMethod(t, obj, code.Names[arg])
			if e != nil {
				err = noteAttributeError(e, obj, code.Names[arg])
				goto fail
			}
			stack[sp-1] = meth
			stack[sp] = self
			sp++

		case BINARY_SUBSCR:
			sp--
			v, e := runtime.GetItem(t, stack[sp-1], stack[sp])
			if e != nil {
				err = e
				goto fail
			}
			stack[sp-1] = v

		case STORE_SUBSCR:
			sp -= 3
			if err = runtime.SetItem(t, stack[sp+1], stack[sp+2], stack[sp]); err != nil {
				goto fail
			}

		case DELETE_SUBSCR:
			sp -= 2
			if err = runtime.DelItem(t, stack[sp], stack[sp+1]); err != nil {
				goto fail
			}

		case BUILD_SLICE:
			step := runtime.None
			if arg == 3 {
				sp--
				step = stack[sp]
			}
			sp--
			stack[sp-1] = runtime.NewSlice(stack[sp-1], stack[sp], step)

		case BINARY_OP:
			sp--
			a, b := stack[sp-1], stack[sp]
			if a.IsInt() && b.IsInt() {
				if r, ok := intBinary(arg, a.AsInt(), b.AsInt()); ok {
					// `x = a op b` and `x op= b`: store straight into
					// the local, saving a dispatch.
					if next := instrs[pc]; Opcode(next) == STORE_FAST {
						stack[next>>8] = r
						stack[sp] = runtime.Value{}
						sp--
						pc++
						break
					}
					stack[sp-1] = r
					break
				}
			} else if a.IsFloat() && b.IsFloat() {
				if r, ok := floatBinary(arg, a.AsFloat(), b.AsFloat()); ok {
					stack[sp-1] = r
					break
				}
			}
			var r runtime.Value
			if arg >= inplaceFlag {
				r, err = runtime.InPlace(t, runtime.BinaryOp(arg-inplaceFlag), a, b)
			} else {
				r, err = runtime.Binary(t, runtime.BinaryOp(arg), a, b)
			}
			if err != nil {
				goto fail
			}
			stack[sp-1] = r

		case COMPARE_OP:
			sp--
			a, b := stack[sp-1], stack[sp]
			if a.IsInt() && b.IsInt() {
				r := intCompare(runtime.CompareOp(arg), a.AsInt(), b.AsInt())
				// A comparison that decides a jump jumps at once.
				switch next := instrs[pc]; Opcode(next) {
				case POP_JUMP_IF_FALSE:
					sp--
					pc++
					if !r {
						pc = int(next >> 8)
					}
				case POP_JUMP_IF_TRUE:
					sp--
					pc++
					if r {
						pc = int(next >> 8)
					}
				default:
					stack[sp-1] = runtime.Bool(r)
				}
				break
			}
			if a.IsFloat() && b.IsFloat() {
				stack[sp-1] = runtime.Bool(floatCompare(runtime.CompareOp(arg), a.AsFloat(), b.AsFloat()))
				break
			}
			r, e := runtime.RichCompare(t, a, b, runtime.CompareOp(arg))
			if e != nil {
				err = e
				goto fail
			}
			stack[sp-1] = r

		case IS_OP:
			sp--
			stack[sp-1] = runtime.Bool(runtime.Is(stack[sp-1], stack[sp]) != (arg == 1))

		case CONTAINS_OP:
			sp--
			in, e := runtime.Contains(t, stack[sp], stack[sp-1])
			if e != nil {
				err = e
				goto fail
			}
			stack[sp-1] = runtime.Bool(in != (arg == 1))

		case UNARY_NOT:
			b, e := truth(t, stack[sp-1])
			if e != nil {
				err = e
				goto fail
			}
			stack[sp-1] = runtime.Bool(!b)

		case UNARY_NEGATIVE, UNARY_POSITIVE, UNARY_INVERT:
			v := stack[sp-1]
			if v.IsInt() && Opcode(word) == UNARY_NEGATIVE && v.AsInt() != math.MinInt64 {
				stack[sp-1] = runtime.Int(-v.AsInt())
				break
			}
			r, e := runtime.Unary(t, unaryOps[Opcode(word)-UNARY_NEGATIVE], v)
			if e != nil {
				err = e
				goto fail
			}
			stack[sp-1] = r

		case JUMP:
			pc = arg

		case JUMP_BACKWARD:
			pc = arg
			if t.StepLimit > 0 || t.Breaker.Load() != 0 {
				if err = checkBreaker(t); err != nil {
					goto fail
				}
			}

		case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE:
			sp--
			b, e := truth(t, stack[sp])
			if e != nil {
				err = e
				goto fail
			}
			if b == (Opcode(word) == POP_JUMP_IF_TRUE) {
				pc = arg
			}

		case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP:
			b, e := truth(t, stack[sp-1])
			if e != nil {
				err = e
				goto fail
			}
			if b == (Opcode(word) == JUMP_IF_TRUE_OR_POP) {
				pc = arg
			} else {
				sp--
			}

		case GET_ITER:
			// The loop's iterator lives only on this stack: no other
			// thread can step it.
			it, e := runtime.IterPrivate(t, stack[sp-1])
			if e != nil {
				err = e
				goto fail
			}
			stack[sp-1] = it

		case FOR_ITER:
			item, ok, e := runtime.Next(t, stack[sp-1])
			if e != nil {
				err = e
				goto fail
			}
			if !ok {
				sp--
				stack[sp] = runtime.Value{}
				pc = arg
				break
			}
			stack[sp] = item
			sp++

		case RETURN_VALUE:
			result := stack[sp-1]
			initSelf := f.initSelf
			ts.popFrame(t)
			if f.entry {
				ts.releaseFrame(f)
				return result, nil
			}
			ts.releaseFrame(f)
			f = ts.top
			code, instrs, consts, stack, sp, pc = f.code, f.code.Instrs, f.code.Consts, f.slots, f.sp, f.pc
			if !initSelf.IsNull() {
				// The __init__ of an inlined class call: the call's
				// value is the instance.
				if !result.IsNone() {
					err = initResultError(result)
					goto fail
				}
				result = initSelf
			}
			stack[sp] = result
			sp++

		case BUILD_TUPLE:
			items := make([]runtime.Value, arg)
			sp -= arg
			copy(items, stack[sp:sp+arg])
			stack[sp] = runtime.NewTuple(items)
			sp++

		case BUILD_LIST:
			items := make([]runtime.Value, arg)
			sp -= arg
			copy(items, stack[sp:sp+arg])
			stack[sp] = runtime.Obj(runtime.NewList(items))
			sp++

		case BUILD_SET:
			sp -= arg
			v, e := buildSet(t, stack[sp:sp+arg])
			if e != nil {
				err = e
				goto fail
			}
			stack[sp] = v
			sp++

		case BUILD_MAP:
			sp -= 2 * arg
			v, e := buildMap(t, stack[sp:sp+2*arg])
			if e != nil {
				err = e
				goto fail
			}
			stack[sp] = v
			sp++

		case LIST_APPEND:
			sp--
			stack[sp-arg].Object().(*runtime.List).Append(stack[sp])

		case SET_ADD:
			sp--
			if err = stack[sp-arg].Object().(*runtime.Set).Add(t, stack[sp]); err != nil {
				goto fail
			}

		case MAP_ADD:
			sp -= 2
			if err = stack[sp-arg].Object().(*runtime.Dict).Set(t, stack[sp], stack[sp+1]); err != nil {
				goto fail
			}

		case LIST_EXTEND:
			sp--
			if err = listExtend(t, stack[sp-arg].Object().(*runtime.List), stack[sp]); err != nil {
				goto fail
			}

		case SET_UPDATE:
			sp--
			if err = setUpdate(t, stack[sp-arg].Object().(*runtime.Set), stack[sp]); err != nil {
				goto fail
			}

		case DICT_UPDATE:
			sp--
			if err = stack[sp-arg].Object().(*runtime.Dict).UpdateFromMapping(t, stack[sp]); err != nil {
				goto fail
			}

		case DICT_MERGE:
			sp--
			if err = dictMerge(t, stack[sp-arg-2], stack[sp-arg].Object().(*runtime.Dict), stack[sp]); err != nil {
				goto fail
			}

		case LIST_TO_TUPLE:
			stack[sp-1] = runtime.NewTuple(stack[sp-1].Object().(*runtime.List).Items())

		case UNPACK_SEQUENCE:
			sp--
			if err = unpackSequence(t, stack[sp], arg, stack[sp:sp+arg]); err != nil {
				goto fail
			}
			sp += arg

		case UNPACK_EX:
			before, after := arg&0xff, arg>>8
			sp--
			if err = unpackEx(t, stack[sp], before, after, stack[sp:sp+before+after+1]); err != nil {
				goto fail
			}
			sp += before + after + 1

		case FORMAT_VALUE:
			spec := ""
			if arg&formatHaveSpec != 0 {
				sp--
				spec, _ = runtime.AsStr(stack[sp])
			}
			s, e := formatValue(t, stack[sp-1], arg&formatConvMask, spec)
			if e != nil {
				err = e
				goto fail
			}
			stack[sp-1] = s

		case BUILD_STRING:
			sp -= arg
			stack[sp] = joinStrings(stack[sp : sp+arg])
			sp++

		case MAKE_FUNCTION:
			fn := newFunction(stack[sp-1].Object().(*Code), f.globals)
			sp--
			if arg&makeClosure != 0 {
				sp--
				fn.Closure = cellsOf(stack[sp])
			}
			if arg&makeAnnotations != 0 {
				sp--
				fn.Annotations = stack[sp].Object().(*runtime.Dict)
			}
			if arg&makeKwDefaults != 0 {
				sp--
				fn.KwDefaults = stack[sp].Object().(*runtime.Dict)
			}
			if arg&makeDefaults != 0 {
				sp--
				fn.Defaults = stack[sp].Object().(*runtime.Tuple).Items()
			}
			stack[sp] = runtime.Obj(fn)
			sp++

		case CALL:
			base := sp - arg - 1
			if fn, ok := stack[base].Object().(*Function); ok && fn.fast && arg == fn.Code.ArgCount {
				next, e := ts.pushFastCall(t, fn, stack[base+1:sp])
				for i := base; i < sp; i++ {
					stack[i] = runtime.Value{}
				}
				sp = base
				if e != nil {
					err = e
					goto fail
				}
				f.sp, f.pc = sp, pc
				f = next
				code, instrs, consts, stack, sp, pc = f.code, f.code.Instrs, f.code.Consts, f.slots, f.sp, f.pc
				break
			}
			fallthrough

		case CALL_METHOD, CALL_KW:
			// Lay the call out as callee, args... (a method's self is
			// its first argument; a bound method's self is written over
			// the callee slot).
			nargs, kwnames := arg, runtime.Value{}
			if Opcode(word) == CALL_KW {
				sp--
				kwnames = stack[sp]
			}
			base := sp - nargs - 1 // the callee
			callee := stack[base]
			if Opcode(word) == CALL_METHOD {
				base--
				callee = stack[base]
				if !stack[base+1].IsNull() {
					nargs++
				}
			}
			args := stack[sp-nargs : sp]
			if m, ok := callee.Object().(*runtime.Method); ok && Opcode(word) == CALL_METHOD && !stack[base+1].IsNull() {
				// A built-in method found by LOAD_METHOD: call it
				// directly, no bound method is allocated.
				r, e := m.Fn(t, args[0], args[1:], nil)
				clear(stack[base:sp])
				sp = base
				if e != nil {
					err = e
					goto fail
				}
				stack[sp] = r
				sp++
				if t.Breaker.Load() != 0 {
					if err = t.HandleBreaker(); err != nil {
						goto fail
					}
				}
				break
			}
			if bm, ok := callee.Object().(*runtime.BoundMethod); ok && kwnames.IsNull() && Opcode(word) == CALL {
				if _, isFn := bm.Func.Object().(*Function); isFn {
					stack[base] = bm.Self
					args = stack[base:sp]
					callee = bm.Func
				}
			}
			var initSelf runtime.Value
			if cls, ok := callee.Object().(*runtime.Type); ok {
				self, init, ok := runtime.InitCall(cls, len(args) == 0)
				if ok && init.IsNull() {
					// No __init__ to run (class E: pass; E()).
					clear(stack[base:sp])
					sp = base
					stack[sp] = self
					sp++
					break
				}
				if _, isFn := init.Object().(*Function); ok && isFn {
					// A plain class whose __init__ is a function: the
					// new instance goes in the slot before the arguments
					// (the callee's, or CALL_METHOD's null self) and
					// __init__ runs in this loop (see Frame.initSelf).
					if t.Depth >= t.Interp.RecursionLimit {
						err = errRecursionCallingObject()
						clear(stack[base:sp])
						sp = base
						goto fail
					}
					first := sp - len(args) - 1
					stack[first] = self
					args = stack[first:sp]
					initSelf, callee = self, init
				}
			}
			if fn, ok := callee.Object().(*Function); ok {
				kwargs := ts.splitKwargs(&args, kwnames)
				if !initSelf.IsNull() {
					t.Depth++ // the class call's own level, as callFromGo counts it
				}
				next, gen, e := ts.pushCall(t, fn, args, kwargs)
				clear(stack[base:sp])
				sp = base
				if !initSelf.IsNull() && next == nil {
					t.Depth--
					if e == nil {
						e = initResultError(gen) // a generator function's generator
					}
				}
				if e != nil {
					err = e
					goto fail
				}
				if next == nil {
					stack[sp] = gen
					sp++
					break
				}
				next.initSelf = initSelf
				f.sp, f.pc = sp, pc
				f = next
				code, instrs, consts, stack, sp, pc = f.code, f.code.Instrs, f.code.Consts, f.slots, f.sp, f.pc
				break
			}
			r, e := callValue(t, callee, args, kwnames)
			clear(stack[base:sp])
			sp = base
			if e != nil {
				err = e
				goto fail
			}
			stack[sp] = r
			sp++
			// A check point after a call into Go (a built-in, a class
			// being instantiated), as CPython checks after CALL.
			if t.Breaker.Load() != 0 {
				if err = t.HandleBreaker(); err != nil {
					goto fail
				}
			}

		case CALL_FUNCTION_EX:
			var kw runtime.Value
			if arg&callExHasKwargs != 0 {
				sp--
				kw = stack[sp]
			}
			sp -= 2
			r, e := callEx(t, stack[sp], stack[sp+1], kw)
			clear(stack[sp : sp+2+arg&callExHasKwargs])
			if e != nil {
				err = e
				goto fail
			}
			stack[sp] = r
			sp++
			if t.Breaker.Load() != 0 {
				if err = t.HandleBreaker(); err != nil {
					goto fail
				}
			}

		case RAISE_VARARGS:
			var exc, cause runtime.Value
			switch arg {
			case 2:
				sp -= 2
				exc, cause = stack[sp], stack[sp+1]
			case 1:
				sp--
				exc = stack[sp]
			}
			if arg == 0 {
				if ts.excInfo == nil {
					err = runtime.Errorf(runtime.RuntimeErrorType, "No active exception to reraise")
				} else {
					err, reraise = ts.excInfo, true
				}
				goto fail
			}
			err = makeRaise(t, exc, cause)
			goto fail

		case RERAISE:
			sp--
			err, reraise = stack[sp].Object().(*runtime.Exception), true
			goto fail

		case PUSH_EXC_INFO:
			exc := stack[sp-1]
			stack[sp-1] = excValue(ts.excInfo)
			stack[sp] = exc
			sp++
			ts.excInfo = exc.Object().(*runtime.Exception)
			f.handling++

		case POP_EXCEPT:
			sp--
			ts.excInfo, _ = stack[sp].Object().(*runtime.Exception)
			f.handling--

		case CHECK_EXC_MATCH:
			sp--
			ok, e := exceptionMatches(t, stack[sp-1], stack[sp])
			if e != nil {
				err = e
				goto fail
			}
			stack[sp] = runtime.Bool(ok)
			sp++

		case LOAD_ASSERTION_ERROR:
			stack[sp] = runtime.Obj(runtime.AssertionErrorType)
			sp++

		case BEFORE_WITH:
			v, e := enterContext(t, stack[sp-1])
			if e != nil {
				err = e
				goto fail
			}
			stack[sp] = v
			sp++

		case WITH_EXIT:
			sp--
			mgr := stack[sp]
			if _, err = mgr.Type().Exit(t, mgr, runtime.None, runtime.None, runtime.None); err != nil {
				goto fail
			}

		case WITH_EXCEPT_START:
			mgr, exc := stack[sp-3], stack[sp-1]
			r, e := mgr.Type().Exit(t, mgr, runtime.Obj(exc.Type()), exc, runtime.TracebackOf(exc.Object().(*runtime.Exception)))
			if e != nil {
				err = e
				goto fail
			}
			stack[sp] = r
			sp++

		case IMPORT_NAME:
			m, e := importModule(t, code.Names[arg])
			if e != nil {
				err = e
				goto fail
			}
			stack[sp] = runtime.Obj(m)
			sp++

		case IMPORT_FROM:
			v, e := importFrom(t, stack[sp-1], code.Names[arg])
			if e != nil {
				err = e
				goto fail
			}
			stack[sp] = v
			sp++

		case SETUP_ANNOTATIONS:
			ns := f.namespace()
			if _, ok := ns.GetStr("__annotations__"); !ok {
				ns.SetStr("__annotations__", runtime.Obj(runtime.NewDict()))
			}

		case PRINT_EXPR:
			sp--
			if err = displayHook(t, stack[sp]); err != nil {
				goto fail
			}

		case YIELD_VALUE:
			sp--
			result := stack[sp]
			stack[sp] = runtime.Value{}
			f.sp, f.pc, f.yielded = sp, pc, true
			ts.popFrame(t)
			return result, nil

		case GET_YIELD_FROM_ITER:
			if g, ok := stack[sp-1].Object().(*Generator); ok && g.coro {
				err = runtime.Errorf(runtime.TypeErrorType, "cannot 'yield from' a coroutine object in a non-coroutine generator")
				goto fail
			} else if !ok {
				it, e := runtime.Iter(t, stack[sp-1])
				if e != nil {
					err = e
					goto fail
				}
				stack[sp-1] = it
			}

		case SEND:
			sp--
			v, done, e := send(t, stack[sp-1], stack[sp])
			if e != nil {
				err = e
				goto fail
			}
			if done {
				stack[sp-1] = v
				pc = arg
				break
			}
			stack[sp] = v
			sp++

		case LOAD_BUILD_CLASS:
			stack[sp] = buildClassValue
			sp++

		case GET_AWAITABLE:
			v, e := getAwaitable(t, stack[sp-1], arg)
			if e != nil {
				err = e
				goto fail
			}
			stack[sp-1] = v

		case BEFORE_ASYNC_WITH:
			v, e := asyncEnter(t, stack[sp-1])
			if e != nil {
				err = e
				goto fail
			}
			stack[sp] = v
			sp++

		case ASYNC_WITH_EXIT:
			v, e := asyncExit(t, stack[sp-1], runtime.None, runtime.None, runtime.None)
			if e != nil {
				err = e
				goto fail
			}
			stack[sp-1] = v

		case ASYNC_WITH_EXCEPT_START:
			mgr, exc := stack[sp-3], stack[sp-1]
			v, e := asyncExit(t, mgr, runtime.Obj(exc.Type()), exc, runtime.TracebackOf(exc.Object().(*runtime.Exception)))
			if e != nil {
				err = e
				goto fail
			}
			stack[sp] = v
			sp++

		case GET_AITER:
			v, e := getAIter(t, stack[sp-1])
			if e != nil {
				err = e
				goto fail
			}
			stack[sp-1] = v

		case GET_ANEXT:
			v, e := getANext(t, stack[sp-1])
			if e != nil {
				err = e
				goto fail
			}
			stack[sp] = v
			sp++

		case END_ASYNC_FOR:
			sp -= 2
			exc := stack[sp+1].Object().(*runtime.Exception)
			stack[sp], stack[sp+1] = runtime.Value{}, runtime.Value{}
			if !exc.Matches(runtime.StopAsyncIterationType) {
				err, reraise = exc, true
				goto fail
			}

		default:
			err = runtime.Errorf(runtime.SystemErrorType, "unknown opcode %d", word&0xff)
			goto fail
		}
	}

fail:
	// An exception: find the innermost handler of the current frame or
	// leave the frame and look in its caller, adding one traceback entry
	// per frame the exception passes through.
	{
		exc := runtime.AsException(err)
		err = nil
		if !reraise {
			ts.chainContext(exc)
			addTraceback(exc, code, pc-1)
		}
		reraise = false
		for {
			if h, ok := code.handlerFor(pc - 1); ok {
				base := code.numLocals()
				clear(stack[base+h.Depth : sp])
				sp = base + h.Depth
				stack[sp] = runtime.Obj(exc)
				sp++
				pc = h.Target
				goto dispatch
			}
			ts.popFrame(t)
			if f.entry {
				f.sp, f.pc = sp, pc
				ts.releaseFrame(f)
				return runtime.Value{}, exc
			}
			ts.releaseFrame(f)
			f = ts.top
			code, instrs, consts, stack, sp, pc = f.code, f.code.Instrs, f.code.Consts, f.slots, f.sp, f.pc
			addTraceback(exc, code, pc-1)
		}
	}
}

// unaryOps maps UNARY_NEGATIVE, UNARY_POSITIVE and UNARY_INVERT to the
// runtime's operators.
var unaryOps = [...]runtime.UnaryOp{runtime.OpNeg, runtime.OpPos, runtime.OpInvert}

// truth is bool(v) with the common cases inline.
func truth(t *runtime.Thread, v runtime.Value) (bool, error) {
	if v.IsBool() {
		return v.AsBool(), nil
	}
	return runtime.Truth(t, v)
}

// namespace is the dict that LOAD_NAME/STORE_NAME use: a class body's
// namespace, or the module globals.
func (f *Frame) namespace() *runtime.Dict {
	if f.locals != nil {
		return f.locals
	}
	return f.globals
}

// derefName is the name of cell-or-free variable i.
func (c *Code) derefName(i int) string {
	if i < len(c.CellVars) {
		return c.CellVars[i]
	}
	return c.FreeVars[i-len(c.CellVars)]
}
