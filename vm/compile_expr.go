package vm

import (
	"math"
	"sort"
	"strconv"
	"strings"

	"minipy/lang"
	"minipy/runtime"
)

// binaryOps maps the AST's operators to the runtime's.
var binaryOps = [...]runtime.BinaryOp{
	lang.Add: runtime.OpAdd, lang.Sub: runtime.OpSub, lang.Mult: runtime.OpMul,
	lang.MatMult: runtime.OpMatMul, lang.Div: runtime.OpTrueDiv, lang.Mod: runtime.OpMod,
	lang.Pow: runtime.OpPow, lang.LShift: runtime.OpLShift, lang.RShift: runtime.OpRShift,
	lang.BitOr: runtime.OpOr, lang.BitXor: runtime.OpXor, lang.BitAnd: runtime.OpAnd,
	lang.FloorDiv: runtime.OpFloorDiv,
}

// compareOps maps the AST's rich comparisons to the runtime's.
var compareOps = [...]runtime.CompareOp{
	lang.Eq: runtime.EQ, lang.NotEq: runtime.NE, lang.Lt: runtime.LT,
	lang.LtE: runtime.LE, lang.Gt: runtime.GT, lang.GtE: runtime.GE,
}

func (c *compiler) compileExprs(es []lang.Expr) {
	for _, e := range es {
		c.compileExpr(e)
	}
}

// compileExpr emits code that pushes the value of e. Each instruction is
// attributed to the line of the innermost node it implements, so tracebacks
// point at the right line of a multi-line expression.
func (c *compiler) compileExpr(e lang.Expr) {
	saved := c.setLine(e)
	defer func() { c.u.line = saved }()
	switch e := e.(type) {
	case *lang.Constant:
		v, key := c.constValue(e)
		c.emit(LOAD_CONST, c.addConst(key, v))
	case *lang.Name:
		c.nameOp(e.Id, loadCtx)
	case *lang.BinOp:
		c.compileExpr(e.Left)
		c.compileExpr(e.Right)
		c.emit(BINARY_OP, int(binaryOps[e.Op]))
	case *lang.UnaryOp:
		c.compileUnary(e)
	case *lang.BoolOp:
		end := c.newLabel()
		op := JUMP_IF_FALSE_OR_POP
		if e.Op == lang.Or {
			op = JUMP_IF_TRUE_OR_POP
		}
		for i, v := range e.Values {
			c.compileExpr(v)
			if i < len(e.Values)-1 {
				c.emit(op, int(end))
			}
		}
		c.bind(end)
	case *lang.Compare:
		c.compileCompare(e)
	case *lang.IfExp:
		orelse, end := c.newLabel(), c.newLabel()
		c.jumpIf(e.Test, orelse, false)
		c.compileExpr(e.Body)
		c.jump(end)
		c.bind(orelse)
		c.compileExpr(e.Orelse)
		c.bind(end)
	case *lang.NamedExpr:
		c.compileExpr(e.Value)
		c.emit(COPY, 1)
		c.nameOp(e.Target.Id, storeCtx)
	case *lang.Call:
		c.compileCall(e)
	case *lang.Attribute:
		c.compileExpr(e.Value)
		c.setLine(e)
		c.emit(LOAD_ATTR, c.attrIndex(e.Attr))
	case *lang.Subscript:
		c.compileExpr(e.Value)
		c.compileSubscriptKey(e.Slice)
		c.setLine(e)
		c.emit(BINARY_SUBSCR, 0)
	case *lang.Slice:
		c.compileSlice(e)
	case *lang.Tuple:
		c.compileSequence(e.Elts, BUILD_TUPLE)
	case *lang.List:
		c.compileSequence(e.Elts, BUILD_LIST)
	case *lang.Set:
		c.compileSetDisplay(e.Elts)
	case *lang.Dict:
		c.compileDict(e)
	case *lang.JoinedStr:
		c.compileJoinedStr(e)
	case *lang.FormattedValue:
		c.compileFormattedValue(e)
	case *lang.Lambda:
		c.compileLambda(e)
	case *lang.ListComp:
		c.compileComprehension(e, "<listcomp>", e.Generators, e.Elt, nil)
	case *lang.SetComp:
		c.compileComprehension(e, "<setcomp>", e.Generators, e.Elt, nil)
	case *lang.DictComp:
		c.compileComprehension(e, "<dictcomp>", e.Generators, e.Key, e.Value)
	case *lang.GeneratorExp:
		c.compileComprehension(e, "<genexpr>", e.Generators, e.Elt, nil)
	case *lang.Starred:
		c.errorf(e.Pos, 1, "can't use starred expression here")
	case *lang.Yield:
		c.checkInFunction(e.Pos, "yield")
		if e.Value != nil {
			c.compileExpr(e.Value)
		} else {
			c.loadConst(runtime.None)
		}
		c.emit(YIELD_VALUE, 0)
	case *lang.YieldFrom:
		c.checkInFunction(e.Pos, "yield")
		if c.u.code.Flags&FlagCoroutine != 0 {
			c.errorf(e.Pos, c.src.exprWidth(e.Pos), "'yield from' inside async function")
		}
		c.compileExpr(e.Value)
		c.emit(GET_YIELD_FROM_ITER, 0)
		c.loadConst(runtime.None)
		c.compileYieldFromLoop()
	case *lang.Await:
		c.compileAwait(e)
	default:
		c.errorf(e.Position(), 1, "minipy cannot compile this expression yet")
	}
}

// checkInFunction reports yield outside a function (the symbol table
// already rejects most cases; lambdas and class bodies land here).
func (c *compiler) checkInFunction(pos lang.Pos, what string) {
	if !c.u.inFunction {
		c.errorf(pos, c.src.exprWidth(pos), "'%s' outside function", what)
	}
}

// compileYieldFromLoop delegates to the iterator under the value to send:
// iter, v -> result of the delegation.
func (c *compiler) compileYieldFromLoop() {
	loop, end := c.newLabel(), c.newLabel()
	c.bind(loop)
	c.emit(SEND, int(end))
	c.emit(YIELD_VALUE, 0)
	c.emit(JUMP_BACKWARD, int(loop))
	c.bind(end)
}

func (c *compiler) compileAwait(e *lang.Await) {
	width := c.src.exprWidth(e.Pos)
	if c.u.scope.kind == moduleScope || c.u.scope.kind == classScope {
		c.errorf(e.Pos, width, "'await' outside function")
	}
	if c.u.code.Flags&FlagCoroutine == 0 {
		c.errorf(e.Pos, width, "'await' outside async function")
	}
	c.compileExpr(e.Value)
	c.emitAwait(awaitExpr)
}

// emitAwait awaits the value on top of the stack, as CPython 3.11 does:
// GET_AWAITABLE, then the `yield from` loop over it with None to send.
func (c *compiler) emitAwait(where int) {
	c.emit(GET_AWAITABLE, where)
	c.loadConst(runtime.None)
	c.compileYieldFromLoop()
}

func (c *compiler) compileUnary(e *lang.UnaryOp) {
	// Fold -literal into a constant, as CPython's optimizer does.
	if k, ok := e.Operand.(*lang.Constant); ok && e.Op == lang.USub {
		v, _ := c.constValue(k)
		switch {
		case v.IsInt() && v.AsInt() != -1<<63:
			c.loadConst(runtime.Int(-v.AsInt()))
			return
		case v.IsFloat():
			c.loadConst(runtime.Float(-v.AsFloat()))
			return
		}
	}
	c.compileExpr(e.Operand)
	switch e.Op {
	case lang.Not:
		c.emit(UNARY_NOT, 0)
	case lang.USub:
		c.emit(UNARY_NEGATIVE, 0)
	case lang.UAdd:
		c.emit(UNARY_POSITIVE, 0)
	case lang.Invert:
		c.emit(UNARY_INVERT, 0)
	}
}

// emitCompare emits one comparison of the two values on top of the stack.
func (c *compiler) emitCompare(op lang.CmpOp) {
	switch op {
	case lang.Is:
		c.emit(IS_OP, 0)
	case lang.IsNot:
		c.emit(IS_OP, 1)
	case lang.In:
		c.emit(CONTAINS_OP, 0)
	case lang.NotIn:
		c.emit(CONTAINS_OP, 1)
	default:
		c.emit(COMPARE_OP, int(compareOps[op]))
	}
}

// compileCompare compiles a comparison chain: each middle operand is
// evaluated once and the chain stops at the first false link.
func (c *compiler) compileCompare(e *lang.Compare) {
	c.checkIsLiteral(e)
	c.compileExpr(e.Left)
	last := len(e.Ops) - 1
	// As CPython's optimizer (fold_compare), a set display of constants
	// after the last `in`/`not in` is a frozenset constant; it can be the
	// constant a later display of the same set shares (constFrozenSet).
	compileLast := func() {
		if op := e.Ops[last]; op == lang.In || op == lang.NotIn {
			c.compileIterable(e.Comparators[last])
		} else {
			c.compileExpr(e.Comparators[last])
		}
	}
	if last == 0 {
		compileLast()
		c.emitCompare(e.Ops[0])
		return
	}
	cleanup, end := c.newLabel(), c.newLabel()
	for i, op := range e.Ops {
		if i == last {
			compileLast()
		} else {
			c.compileExpr(e.Comparators[i])
		}
		if i == last {
			c.emitCompare(op)
			break
		}
		c.emit(SWAP, 2)
		c.emit(COPY, 2)
		c.emitCompare(op)
		c.emit(JUMP_IF_FALSE_OR_POP, int(cleanup))
	}
	c.jump(end)
	c.bind(cleanup)
	c.emit(SWAP, 2)
	c.emit(POP_TOP, 0)
	c.bind(end)
}

// checkIsLiteral warns, as CPython's compiler_check_compare, about the
// first `is`/`is not` of a chain with a literal on either side (None,
// True, False and ... are fine): `x is 1` works by accident, if at all.
func (c *compiler) checkIsLiteral(e *lang.Compare) {
	literal := func(x lang.Expr) bool {
		if k, ok := x.(*lang.Constant); ok {
			switch k.Kind {
			case lang.ConstNone, lang.ConstTrue, lang.ConstFalse, lang.ConstEllipsis:
				return false
			}
			return true
		}
		_, ok := c.constItem(x) // -1, (1, 2): constants once folded
		return ok
	}
	left := literal(e.Left)
	for i, op := range e.Ops {
		right := literal(e.Comparators[i])
		if (op == lang.Is || op == lang.IsNot) && (left || right) {
			msg := `"is" with a literal. Did you mean "=="?`
			if op == lang.IsNot {
				msg = `"is not" with a literal. Did you mean "!="?`
			}
			c.warn(e.Position().Line, msg)
			return
		}
		left = right
	}
}

// jumpIf jumps to target when e's truth equals cond, without building
// intermediate bools for `not`, `and` and `or`.
func (c *compiler) jumpIf(e lang.Expr, target label, cond bool) {
	switch x := e.(type) {
	case *lang.UnaryOp:
		if x.Op == lang.Not {
			c.jumpIf(x.Operand, target, !cond)
			return
		}
	case *lang.BoolOp:
		last := len(x.Values) - 1
		if (x.Op == lang.Or) == cond {
			// `a or b` jumps when true as soon as one is true (and
			// `a and b` jumps when false as soon as one is false).
			for _, v := range x.Values {
				c.jumpIf(v, target, cond)
			}
			return
		}
		skip := c.newLabel()
		for _, v := range x.Values[:last] {
			c.jumpIf(v, skip, !cond)
		}
		c.jumpIf(x.Values[last], target, cond)
		c.bind(skip)
		return
	}
	c.compileExpr(e)
	if cond {
		c.emit(POP_JUMP_IF_TRUE, int(target))
	} else {
		c.emit(POP_JUMP_IF_FALSE, int(target))
	}
}

func (c *compiler) compileSubscriptKey(key lang.Expr) {
	if s, ok := key.(*lang.Slice); ok {
		c.compileSlice(s)
		return
	}
	c.compileExpr(key)
}

func (c *compiler) compileSlice(s *lang.Slice) {
	for _, part := range []lang.Expr{s.Lower, s.Upper} {
		if part == nil {
			c.loadConst(runtime.None)
		} else {
			c.compileExpr(part)
		}
	}
	if s.Step != nil {
		c.compileExpr(s.Step)
		c.emit(BUILD_SLICE, 3)
	} else {
		c.emit(BUILD_SLICE, 2)
	}
}

// compileSequence compiles a tuple, list or set display, with star
// unpacking (`[*a, b]`). A tuple of constants becomes one constant.
func (c *compiler) compileSequence(elts []lang.Expr, build Opcode) {
	if build == BUILD_TUPLE {
		if v, ok := c.constTuple(elts); ok {
			c.emit(LOAD_CONST, c.addConst(constKey{}, v))
			return
		}
	}
	starred := false
	for _, e := range elts {
		if _, ok := e.(*lang.Starred); ok {
			starred = true
		}
	}
	if !starred {
		c.compileExprs(elts)
		c.emit(build, len(elts))
		return
	}
	start, extend, add := BUILD_LIST, LIST_EXTEND, LIST_APPEND
	if build == BUILD_SET {
		start, extend, add = BUILD_SET, SET_UPDATE, SET_ADD
	}
	c.emit(start, 0)
	for _, e := range elts {
		if s, ok := e.(*lang.Starred); ok {
			c.compileExpr(s.Value)
			c.emit(extend, 1)
		} else {
			c.compileExpr(e)
			c.emit(add, 1)
		}
	}
	if build == BUILD_TUPLE {
		c.emit(LIST_TO_TUPLE, 0)
	}
}

// compileSetDisplay compiles a set display. CPython 3.11 compiles a display
// of more than two constants as BUILD_SET 0, LOAD_CONST frozenset,
// SET_UPDATE, and SET_UPDATE copies the frozenset's table, so the set's
// iteration order is the frozenset's, which can differ from adding the
// items one by one (colliding hashes such as -1 and -2, a table grown once
// instead of step by step). Doing the same keeps sets of numbers in
// CPython's order.
func (c *compiler) compileSetDisplay(elts []lang.Expr) {
	if len(elts) > 2 {
		if fs, ok := c.constFrozenSet(elts); ok {
			c.emit(BUILD_SET, 0)
			c.emit(LOAD_CONST, c.addConst(constKey{}, fs))
			c.emit(SET_UPDATE, 1)
			return
		}
	}
	c.compileSequence(elts, BUILD_SET)
}

// compileIterable compiles the iterable of a for loop or comprehension. A
// set display of constants is one frozenset constant there (CPython's AST
// optimizer, fold_iter), whatever its size, and it is iterated in the
// frozenset's order.
func (c *compiler) compileIterable(e lang.Expr) {
	if s, ok := e.(*lang.Set); ok {
		if fs, ok := c.constFrozenSet(s.Elts); ok {
			c.emit(LOAD_CONST, c.addConst(constKey{}, fs))
			return
		}
	}
	c.compileExpr(e)
}

// constFrozenSet folds a set display of literals into the frozenset
// constant CPython builds for it: a frozenset of the items in display
// order, built once more from its own iteration order (the compiler's
// constant merging, merge_consts_recursive, rebuilds every frozenset
// constant), which moves colliding items.
func (c *compiler) constFrozenSet(elts []lang.Expr) (runtime.Value, bool) {
	if len(elts) == 0 {
		return runtime.Value{}, false
	}
	items := make([]runtime.Value, len(elts))
	for i, e := range elts {
		v, ok := c.constItem(e)
		if !ok {
			return runtime.Value{}, false
		}
		items[i] = v
	}
	// Hashing and comparing literals runs no user code: no thread needed.
	fs, err := runtime.NewFrozenSet(nil, items)
	if err != nil {
		return runtime.Value{}, false
	}
	// An equal frozenset built earlier in this compilation is reused, as
	// CPython's constant cache does, with the iteration order it has.
	keys := make([]string, 0, len(items))
	for _, v := range fs.Items() {
		keys = append(keys, constContentKey(v))
	}
	sort.Strings(keys)
	key := strings.Join(keys, "")
	if v, ok := c.frozen[key]; ok {
		return v, true
	}
	if fs, err = runtime.NewFrozenSet(nil, fs.Items()); err != nil {
		return runtime.Value{}, false
	}
	if c.frozen == nil {
		c.frozen = map[string]runtime.Value{}
	}
	c.frozen[key] = runtime.Obj(fs)
	return runtime.Obj(fs), true
}

// constContentKey is an unambiguous text for a constant from constItem
// that tells apart what CPython's _PyCode_ConstantKey tells apart (1,
// 1.0 and True; 0.0 and -0.0).
func constContentKey(v runtime.Value) string {
	switch {
	case v.IsNone():
		return "N"
	case v.IsBool():
		if v.AsBool() {
			return "T"
		}
		return "F"
	case v.IsInt():
		return "i" + strconv.FormatInt(v.AsInt(), 10) + ";"
	case v.IsFloat():
		return "f" + strconv.FormatUint(math.Float64bits(v.AsFloat()), 16) + ";"
	}
	switch o := v.Object().(type) {
	case *runtime.BigInt:
		return "i" + o.Big().String() + ";"
	case *runtime.Tuple:
		k := "(" + strconv.Itoa(len(o.Items())) + ";"
		for _, x := range o.Items() {
			k += constContentKey(x)
		}
		return k
	}
	if s, ok := runtime.AsStr(v); ok {
		return "s" + strconv.Itoa(len(s)) + ";" + s
	}
	if b, ok := runtime.AsBytes(v); ok {
		return "b" + strconv.Itoa(len(b)) + ";" + string(b)
	}
	return "E" // Ellipsis, the only other literal
}

// constItem is the value of a literal, a negated number literal or a tuple
// of those (what CPython's optimizer has folded by the time it compiles a
// display).
func (c *compiler) constItem(e lang.Expr) (runtime.Value, bool) {
	switch x := e.(type) {
	case *lang.Constant:
		v, _ := c.constValue(x)
		return v, true
	case *lang.UnaryOp:
		if k, ok := x.Operand.(*lang.Constant); ok && x.Op == lang.USub {
			v, _ := c.constValue(k)
			switch {
			case v.IsInt() && v.AsInt() != -1<<63:
				return runtime.Int(-v.AsInt()), true
			case v.IsFloat():
				return runtime.Float(-v.AsFloat()), true
			}
		}
	case *lang.Tuple:
		items := make([]runtime.Value, len(x.Elts))
		for i, e := range x.Elts {
			v, ok := c.constItem(e)
			if !ok {
				return runtime.Value{}, false
			}
			items[i] = v
		}
		return runtime.NewTuple(items), true
	}
	return runtime.Value{}, false
}

// constTuple folds a tuple display of literals into a constant tuple.
func (c *compiler) constTuple(elts []lang.Expr) (runtime.Value, bool) {
	if len(elts) == 0 {
		return runtime.NewTuple(nil), true
	}
	items := make([]runtime.Value, len(elts))
	for i, e := range elts {
		switch x := e.(type) {
		case *lang.Constant:
			items[i], _ = c.constValue(x)
		case *lang.Tuple:
			v, ok := c.constTuple(x.Elts)
			if !ok {
				return runtime.Value{}, false
			}
			items[i] = v
		default:
			return runtime.Value{}, false
		}
	}
	return runtime.NewTuple(items), true
}

// compileDict compiles a dict display; `**m` items are merged in order.
func (c *compiler) compileDict(e *lang.Dict) {
	pending := 0   // key/value pairs pushed but not yet in a dict
	built := false // whether the result dict is on the stack
	flush := func() {
		c.emit(BUILD_MAP, pending)
		if built {
			c.emit(DICT_UPDATE, 1)
		}
		built, pending = true, 0
	}
	for i, k := range e.Keys {
		if k == nil {
			if pending > 0 || !built {
				flush()
			}
			c.compileExpr(e.Values[i])
			c.emit(DICT_UPDATE, 1)
			continue
		}
		c.compileExpr(k)
		c.compileExpr(e.Values[i])
		pending++
	}
	if pending > 0 || !built {
		flush()
	}
}

func (c *compiler) compileJoinedStr(e *lang.JoinedStr) {
	if len(e.Values) == 0 {
		c.loadConst(runtime.NewStr(""))
		return
	}
	for _, v := range e.Values {
		c.compileExpr(v)
	}
	if len(e.Values) > 1 {
		c.emit(BUILD_STRING, len(e.Values))
	} else if _, ok := e.Values[0].(*lang.FormattedValue); !ok {
		return // a plain string constant
	}
}

func (c *compiler) compileFormattedValue(e *lang.FormattedValue) {
	c.compileExpr(e.Value)
	flags := formatConvNone
	switch e.Conversion {
	case 's':
		flags = formatConvStr
	case 'r':
		flags = formatConvRepr
	case 'a':
		flags = formatConvASCII
	}
	if e.FormatSpec != nil {
		c.compileExpr(e.FormatSpec)
		flags |= formatHaveSpec
	}
	c.emit(FORMAT_VALUE, flags)
}

// compileCall compiles a call. Plain calls push the arguments on the
// stack; `obj.meth(args)` uses LOAD_METHOD/CALL_METHOD so no bound method
// is allocated; calls with *args or **kwargs build a tuple and a dict.
func (c *compiler) compileCall(e *lang.Call) {
	general := false
	for _, a := range e.Args {
		if _, ok := a.(*lang.Starred); ok {
			general = true
		}
	}
	for _, k := range e.Keywords {
		if k.Arg == "" {
			general = true
		}
	}
	if c.isZeroArgSuper(e) {
		// super() becomes super(__class__, <first argument>), so the
		// runtime's super needs no access to the calling frame.
		c.compileExpr(e.Func)
		c.nameOp("__class__", loadCtx)
		c.nameOp(c.u.code.VarNames[0], loadCtx)
		c.setLine(e)
		c.emit(CALL, 2)
		return
	}
	if attr, ok := e.Func.(*lang.Attribute); ok && !general && len(e.Keywords) == 0 {
		c.compileExpr(attr.Value)
		c.setLine(attr)
		c.emit(LOAD_METHOD, c.attrIndex(attr.Attr))
		c.compileExprs(e.Args)
		c.setLine(e)
		c.emit(CALL_METHOD, len(e.Args))
		return
	}
	c.compileExpr(e.Func)
	if !general {
		c.compileExprs(e.Args)
		for _, k := range e.Keywords {
			c.compileExpr(k.Value)
		}
		c.setLine(e)
		if len(e.Keywords) == 0 {
			c.emit(CALL, len(e.Args))
			return
		}
		names := make([]runtime.Value, len(e.Keywords))
		for i, k := range e.Keywords {
			names[i] = runtime.NewStr(k.Arg)
		}
		c.emit(LOAD_CONST, c.addConst(constKey{}, runtime.NewTuple(names)))
		c.emit(CALL_KW, len(e.Args)+len(e.Keywords))
		return
	}
	c.compileStarArgs(e.Args)
	flags := 0
	if len(e.Keywords) > 0 {
		flags = callExHasKwargs
		c.compileStarKwargs(e.Keywords)
	}
	c.setLine(e)
	c.emit(CALL_FUNCTION_EX, flags)
}

// isZeroArgSuper reports whether e is `super()` in a method that can supply
// its implicit arguments.
func (c *compiler) isZeroArgSuper(e *lang.Call) bool {
	n, ok := e.Func.(*lang.Name)
	if !ok || n.Id != "super" || len(e.Args) > 0 || len(e.Keywords) > 0 {
		return false
	}
	s := c.u.scope
	if !s.isFunctionLike() || s.res["super"] != resGlobalImplicit || len(c.u.code.VarNames) == 0 {
		return false
	}
	if s.res["__class__"] != resFree || len(s.params) == 0 {
		return false
	}
	return true
}

// compileStarArgs pushes the positional arguments of a general call as
// one value: a lone `*x` is passed as is (CALL_FUNCTION_EX converts it and
// reports "f() argument after * must be an iterable"), otherwise a tuple.
func (c *compiler) compileStarArgs(args []lang.Expr) {
	if len(args) == 1 {
		if s, ok := args[0].(*lang.Starred); ok {
			c.compileExpr(s.Value)
			return
		}
	}
	c.compileSequence(args, BUILD_TUPLE)
}

// compileStarKwargs pushes the keyword arguments of a general call as one
// dict; DICT_MERGE reports duplicates as CPython does.
func (c *compiler) compileStarKwargs(kws []*lang.Keyword) {
	c.emit(BUILD_MAP, 0)
	pending := 0
	flush := func() {
		if pending > 0 {
			c.emit(BUILD_MAP, pending)
			c.emit(DICT_MERGE, 1)
			pending = 0
		}
	}
	for _, k := range kws {
		if k.Arg == "" {
			flush()
			c.compileExpr(k.Value)
			c.emit(DICT_MERGE, 1)
			continue
		}
		c.loadConst(runtime.NewStr(k.Arg))
		c.compileExpr(k.Value)
		pending++
	}
	flush()
}
