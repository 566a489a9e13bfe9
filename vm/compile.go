package vm

import (
	"fmt"
	"math"
	"strings"

	"minipy/lang"
	"minipy/runtime"
)

// The compiler turns the AST into Code objects. It is split by job:
// compile.go (units, emission, constants and names), compile_stmt.go
// (statements), compile_expr.go (expressions), compile_target.go
// (assignment, deletion, unpacking), compile_block.go (try, with, loops and
// the unwinding of return/break/continue through them), compile_func.go
// (functions, lambdas, comprehensions, classes) and assemble.go (stack
// depth, jump targets, exception table).

// compiler holds the state of one compilation.
type compiler struct {
	src  *source
	st   *symtable
	mode Mode
	u    *unit // the code unit being compiled
	// frozen holds the frozenset constants built so far, by content: like
	// CPython's c_const_cache, the whole compilation shares one object
	// per content, the first one built (see constFrozenSet).
	frozen map[string]runtime.Value
	// warnings are the SyntaxWarnings met so far (see warn).
	warnings []string
}

// unit is one code object under construction.
type unit struct {
	parent   *unit
	scope    *scope
	code     *Code
	instrs   []instr
	labels   []int // instruction index of each label, -1 while unbound
	consts   map[constKey]int
	names    map[string]int
	varIndex map[string]int // fast locals
	derefs   map[string]int // cells, then free variables
	line     int
	// handler is the label of the exception handler covering the
	// instructions being emitted (noHandler outside any try/with).
	handler label
	fblocks []fblock
	// inFunction is false for module and class bodies ('return' is an
	// error there).
	inFunction bool
}

// instr is an instruction before assembly: a jump's arg is a label.
type instr struct {
	op      Opcode
	arg     int
	line    int32
	handler label
	// adjust is SETUP_HANDLER's stack adjustment: the handler's depth is
	// the depth at the SETUP_HANDLER plus adjust.
	adjust int8
}

// label is a jump target, bound to an instruction index later.
type label int32

const noHandler label = -1

// constKey identifies a constant for deduplication: its kind and text.
type constKey struct {
	kind byte
	text string
}

// compileError carries a SyntaxError out of the recursive compiler; it is
// recovered in Compile (and only there), so a compile error never escapes
// as a panic.
type compileError struct{ err *lang.SyntaxError }

// errorf aborts the compilation with a SyntaxError at pos spanning width runes.
func (c *compiler) errorf(pos lang.Pos, width int, format string, args ...any) {
	panic(compileError{c.src.errorf(pos, width, format, args...)})
}

// compileModule compiles a module (or REPL input) into its code object.
func compileModule(mod *lang.Module, filename string, mode Mode) (code *Code, err error) {
	src := lookupSource(filename)
	st, top, serr := buildSymtable(mod, src)
	if serr != nil {
		return nil, serr
	}
	c := &compiler{src: src, st: st, mode: mode}
	defer func() {
		if r := recover(); r != nil {
			ce, ok := r.(compileError)
			if !ok {
				panic(r)
			}
			code, err = nil, ce.err
		}
	}()
	c.enterUnit(top, "<module>", "<module>", 1)
	c.u.code.Flags |= FlagModule
	c.compileModuleBody(mod.Body)
	code = c.leaveUnit()
	code.Warnings = c.warnings
	return code, nil
}

// warn records a SyntaxWarning at line as Python's warnings module shows
// it: "file:line: SyntaxWarning: msg", then the stripped source line when
// linecache could read it (not for "<stdin>" or "<string>").
func (c *compiler) warn(line int, msg string) {
	w := fmt.Sprintf("%s:%d: SyntaxWarning: %s\n", c.src.filename, line, msg)
	if !strings.HasPrefix(c.src.filename, "<") {
		if text := strings.TrimSpace(c.src.line(line)); text != "" {
			w += "  " + text + "\n"
		}
	}
	c.warnings = append(c.warnings, w)
}

func (c *compiler) compileModuleBody(body []lang.Stmt) {
	if hasAnnotations(body) {
		c.emit(SETUP_ANNOTATIONS, 0)
	}
	if doc, ok := docstring(body); ok && c.mode == ModeFile {
		c.u.line = body[0].Position().Line
		c.loadConst(runtime.NewStr(doc))
		c.nameOp("__doc__", storeCtx)
		body = body[1:]
	}
	c.compileStmts(body)
	c.loadConst(runtime.None)
	c.emit(RETURN_VALUE, 0)
}

// hasAnnotations reports whether a module or class body has annotated
// assignments outside nested functions (it then needs __annotations__).
func hasAnnotations(body []lang.Stmt) bool {
	for _, s := range body {
		switch s := s.(type) {
		case *lang.AnnAssign:
			return true
		case *lang.For:
			if hasAnnotations(s.Body) || hasAnnotations(s.Orelse) {
				return true
			}
		case *lang.While:
			if hasAnnotations(s.Body) || hasAnnotations(s.Orelse) {
				return true
			}
		case *lang.If:
			if hasAnnotations(s.Body) || hasAnnotations(s.Orelse) {
				return true
			}
		case *lang.With:
			if hasAnnotations(s.Body) {
				return true
			}
		case *lang.Try:
			if hasAnnotations(s.Body) || hasAnnotations(s.Orelse) || hasAnnotations(s.Finalbody) {
				return true
			}
			for _, h := range s.Handlers {
				if hasAnnotations(h.Body) {
					return true
				}
			}
		}
	}
	return false
}

// docstring returns the body's docstring: a first statement that is a
// string constant.
func docstring(body []lang.Stmt) (string, bool) {
	if len(body) == 0 {
		return "", false
	}
	if es, ok := body[0].(*lang.ExprStmt); ok {
		if k, ok := es.Value.(*lang.Constant); ok && k.Kind == lang.ConstStr {
			return k.Value, true
		}
	}
	return "", false
}

// enterUnit starts compiling a new code object for scope s.
func (c *compiler) enterUnit(s *scope, name, qualname string, firstLine int) {
	code := &Code{
		Name:      name,
		QualName:  qualname,
		Filename:  c.src.filename,
		FirstLine: firstLine,
		Doc:       runtime.None,
	}
	u := &unit{
		parent:   c.u,
		scope:    s,
		code:     code,
		consts:   map[constKey]int{},
		names:    map[string]int{},
		varIndex: map[string]int{},
		derefs:   map[string]int{},
		line:     firstLine,
		handler:  noHandler,
	}
	u.inFunction = s.isFunctionLike()
	if s.isFunctionLike() {
		code.VarNames = s.varNames()
		for i, n := range code.VarNames {
			u.varIndex[n] = i
		}
	}
	code.CellVars = s.namesWith(resCell)
	code.FreeVars = s.namesWith(resFree)
	code.CellArgs = make([]int, len(code.CellVars))
	for i, n := range code.CellVars {
		u.derefs[n] = i
		code.CellArgs[i] = -1
		for j, p := range s.params {
			if p == n {
				code.CellArgs[i] = j
			}
		}
	}
	for i, n := range code.FreeVars {
		u.derefs[n] = len(code.CellVars) + i
	}
	if s.generator {
		code.Flags |= FlagGenerator
	}
	if s.coroutine {
		code.Flags |= FlagCoroutine
	}
	c.u = u
}

// leaveUnit assembles the current unit and returns to its parent.
func (c *compiler) leaveUnit() *Code {
	u := c.u
	assemble(u)
	c.u = u.parent
	return u.code
}

// emit appends an instruction and returns its index.
func (c *compiler) emit(op Opcode, arg int) int {
	if arg > maxArg {
		c.errorf(lang.Pos{Line: c.u.line, Col: 1}, 1, "too many constants, names or statements")
	}
	c.u.instrs = append(c.u.instrs, instr{op: op, arg: arg, line: int32(c.u.line), handler: c.u.handler})
	return len(c.u.instrs) - 1
}

// newLabel returns a fresh unbound label.
func (c *compiler) newLabel() label {
	c.u.labels = append(c.u.labels, -1)
	return label(len(c.u.labels) - 1)
}

// bind places label l at the next instruction.
func (c *compiler) bind(l label) { c.u.labels[l] = len(c.u.instrs) }

// jump emits an unconditional jump to l: a backward jump when l is already
// bound (it checks the eval breaker, so every loop can be interrupted).
func (c *compiler) jump(l label) {
	if c.u.labels[l] >= 0 {
		c.emit(JUMP_BACKWARD, int(l))
	} else {
		c.emit(JUMP, int(l))
	}
}

// setupHandler marks the start of a region whose exceptions go to l; the
// handler's stack depth is the current depth plus adjust.
func (c *compiler) setupHandler(l label, adjust int) {
	i := c.emit(SETUP_HANDLER, int(l))
	c.u.instrs[i].adjust = int8(adjust)
	c.u.handler = l
}

// setLine makes the next instructions belong to node's source line and
// returns the previous line for restoreLine.
func (c *compiler) setLine(n lang.Node) int {
	old := c.u.line
	if p := n.Position(); p.Line > 0 {
		c.u.line = p.Line
	}
	return old
}

// addConst adds a constant to the pool (deduplicated by key) and returns
// its index.
func (c *compiler) addConst(key constKey, v runtime.Value) int {
	if key.kind != 0 {
		if i, ok := c.u.consts[key]; ok {
			return i
		}
	}
	c.u.code.Consts = append(c.u.code.Consts, v)
	i := len(c.u.code.Consts) - 1
	if key.kind != 0 {
		c.u.consts[key] = i
	}
	return i
}

// loadConst emits LOAD_CONST for a value built by the compiler (None, a
// str, a names tuple).
func (c *compiler) loadConst(v runtime.Value) {
	c.emit(LOAD_CONST, c.addConst(keyOf(v), v))
}

// keyOf returns the deduplication key of a simple constant (kind 0: none).
func keyOf(v runtime.Value) constKey {
	switch {
	case v.IsNone():
		return constKey{kind: 'N'}
	case v.IsBool():
		if v.AsBool() {
			return constKey{kind: 'T'}
		}
		return constKey{kind: 'F'}
	case v.IsInt():
		return constKey{kind: 'i', text: fmt.Sprint(v.AsInt())}
	case v.IsFloat():
		return constKey{kind: 'f', text: fmt.Sprint(math.Float64bits(v.AsFloat()))}
	}
	if s, ok := runtime.AsStr(v); ok {
		return constKey{kind: 's', text: s}
	}
	return constKey{}
}

// constValue converts a literal to its runtime value.
func (c *compiler) constValue(k *lang.Constant) (runtime.Value, constKey) {
	switch k.Kind {
	case lang.ConstNone:
		return runtime.None, constKey{kind: 'N'}
	case lang.ConstTrue:
		return runtime.True, constKey{kind: 'T'}
	case lang.ConstFalse:
		return runtime.False, constKey{kind: 'F'}
	case lang.ConstEllipsis:
		return runtime.Ellipsis, constKey{kind: 'E'}
	case lang.ConstInt:
		v, err := runtime.IntFromDecimal(k.Value)
		if err != nil {
			c.errorf(k.Pos, 1, "%s", err.Error())
		}
		return v, constKey{kind: 'i', text: k.Value}
	case lang.ConstFloat:
		f, ok := runtime.ParseFloat(k.Value)
		if !ok {
			c.errorf(k.Pos, 1, "invalid float literal")
		}
		return runtime.Float(f), constKey{kind: 'f', text: fmt.Sprint(math.Float64bits(f))}
	case lang.ConstStr:
		return runtime.NewStr(k.Value), constKey{kind: 's', text: k.Value}
	case lang.ConstBytes:
		return runtime.NewBytes([]byte(k.Value)), constKey{kind: 'b', text: k.Value}
	}
	c.errorf(k.Pos, 1, "unknown constant")
	return runtime.Value{}, constKey{}
}

// attrIndex returns the index of attribute name attr in the unit's Names,
// mangled when it is private to the enclosing class.
func (c *compiler) attrIndex(attr string) int {
	return c.nameIndex(c.u.scope.mangle(attr))
}

// nameIndex returns the index of name in the unit's Names.
func (c *compiler) nameIndex(name string) int {
	if i, ok := c.u.names[name]; ok {
		return i
	}
	c.u.code.Names = append(c.u.code.Names, name)
	i := len(c.u.code.Names) - 1
	c.u.names[name] = i
	return i
}

// nameCtx says what a name operation does.
type nameCtx uint8

const (
	loadCtx nameCtx = iota
	storeCtx
	delCtx
)

// nameOp emits the load, store or delete of a variable, choosing the
// opcode from the name's resolution in the current scope.
func (c *compiler) nameOp(name string, ctx nameCtx) {
	s := c.u.scope
	name = s.mangle(name)
	res := s.res[name]
	var ops [3]Opcode
	arg := 0
	switch {
	case res == resCell || res == resFree:
		if s.kind == classScope && ctx == loadCtx && res == resFree {
			ops = [3]Opcode{LOAD_CLASSDEREF, STORE_DEREF, DELETE_DEREF}
		} else {
			ops = [3]Opcode{LOAD_DEREF, STORE_DEREF, DELETE_DEREF}
		}
		arg = c.u.derefs[name]
	case s.kind == moduleScope || res == resGlobalExplicit ||
		res == resGlobalImplicit && s.isFunctionLike():
		ops = [3]Opcode{LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL}
		arg = c.nameIndex(name)
	case s.kind == classScope:
		ops = [3]Opcode{LOAD_NAME, STORE_NAME, DELETE_NAME}
		arg = c.nameIndex(name)
	default:
		i, ok := c.u.varIndex[name]
		if !ok {
			// A name the symbol table never saw (compiler-made
			// temporaries): give it a fast slot.
			i = len(c.u.code.VarNames)
			c.u.code.VarNames = append(c.u.code.VarNames, name)
			c.u.varIndex[name] = i
			s.res[name] = resLocal
		}
		ops = [3]Opcode{LOAD_FAST, STORE_FAST, DELETE_FAST}
		arg = i
	}
	c.emit(ops[ctx], arg)
}
