package vm

// Opcode is one bytecode operation. An instruction is one 32-bit word: the
// opcode in the low 8 bits and its argument in the upper 24 (so no
// EXTENDED_ARG is ever needed). Jump arguments are absolute instruction
// indices.
type Opcode uint8

// The opcodes. Names follow CPython 3.11 where the operation is the same;
// the stack effects are in opcodeInfo below, the single table used by the
// compiler's stack-depth pass, the eval loop's documentation and dis.
const (
	NOP Opcode = iota
	POP_TOP
	COPY      // push a copy of the arg-th item (1 = top)
	SWAP      // swap the top with the arg-th item
	PUSH_NULL // push the null value (a "no self" marker for CALL_METHOD)

	LOAD_CONST
	LOAD_FAST
	STORE_FAST
	DELETE_FAST
	LOAD_DEREF // arg indexes cells then free variables
	STORE_DEREF
	DELETE_DEREF
	LOAD_CLOSURE // push the cell itself (for MAKE_FUNCTION's closure tuple)
	LOAD_GLOBAL
	STORE_GLOBAL
	DELETE_GLOBAL
	LOAD_NAME // class bodies: the namespace dict, then globals, then builtins
	STORE_NAME
	DELETE_NAME

	LOAD_ATTR
	STORE_ATTR
	DELETE_ATTR
	LOAD_METHOD // obj -> meth, self (or attr, null)
	BINARY_SUBSCR
	STORE_SUBSCR // v, obj, key ->
	DELETE_SUBSCR
	BUILD_SLICE // arg = 2 or 3 bounds

	BINARY_OP // arg is a runtime.BinaryOp, plus inplaceFlag for a op= b
	UNARY_NEGATIVE
	UNARY_POSITIVE
	UNARY_INVERT
	UNARY_NOT
	COMPARE_OP  // arg is a runtime.CompareOp
	IS_OP       // arg 1 means `is not`
	CONTAINS_OP // arg 1 means `not in`

	JUMP          // unconditional forward jump
	JUMP_BACKWARD // loop back-edge: also checks the eval breaker
	POP_JUMP_IF_FALSE
	POP_JUMP_IF_TRUE
	JUMP_IF_FALSE_OR_POP // `and`: keep the operand when it decides
	JUMP_IF_TRUE_OR_POP  // `or`
	GET_ITER
	FOR_ITER // push the next item, or pop the iterator and jump when done
	RETURN_VALUE

	BUILD_TUPLE
	BUILD_LIST
	BUILD_SET
	BUILD_MAP // arg pairs of key, value
	LIST_APPEND
	SET_ADD
	MAP_ADD // comprehension: key, value
	LIST_EXTEND
	SET_UPDATE
	DICT_UPDATE // {**m}: arg is the depth of the dict below the mapping
	DICT_MERGE  // f(**m): like DICT_UPDATE but duplicate keys are an error
	LIST_TO_TUPLE
	UNPACK_SEQUENCE
	UNPACK_EX // arg = count before the star | count after << 8
	FORMAT_VALUE
	BUILD_STRING

	MAKE_FUNCTION // arg flags: makeDefaults, makeKwDefaults, makeAnnotations, makeClosure
	CALL          // f, args... -> result
	CALL_METHOD   // f, self-or-null, args... -> result
	CALL_KW       // f, args..., names tuple -> result (the last len(names) args are keywords)
	CALL_FUNCTION_EX

	RAISE_VARARGS // arg 0: re-raise, 1: raise exc, 2: raise exc from cause
	RERAISE       // re-raise the exception on top of the stack (no new traceback entry)
	PUSH_EXC_INFO // exc -> prev, exc; exc becomes the handled exception
	POP_EXCEPT    // prev -> ; restores the handled exception
	CHECK_EXC_MATCH
	LOAD_ASSERTION_ERROR
	BEFORE_WITH       // mgr -> mgr, mgr.__enter__()
	WITH_EXIT         // mgr -> ; calls __exit__(None, None, None)
	WITH_EXCEPT_START // mgr, prev, exc -> mgr, prev, exc, mgr.__exit__(type, exc, tb)

	IMPORT_NAME // push the module named by names[arg]
	IMPORT_FROM // module -> module, module.name (ImportError when missing)

	SETUP_ANNOTATIONS
	PRINT_EXPR // interactive mode: echo repr unless None, set builtins._

	YIELD_VALUE
	GET_YIELD_FROM_ITER
	SEND // iter, v -> iter, next value; or pop iter, push the return value and jump

	LOAD_BUILD_CLASS
	LOAD_CLASSDEREF // class body: namespace first, then the free cell

	GET_AWAITABLE           // v -> the iterator `await v` delegates to (arg: awaitAfter*, for messages)
	BEFORE_ASYNC_WITH       // mgr -> mgr, mgr.__aenter__()
	ASYNC_WITH_EXIT         // mgr -> mgr.__aexit__(None, None, None)
	ASYNC_WITH_EXCEPT_START // mgr, prev, exc -> mgr, prev, exc, mgr.__aexit__(type, exc, tb)
	GET_AITER               // obj -> obj.__aiter__()
	GET_ANEXT               // aiter -> aiter, the awaitable of aiter.__anext__()
	END_ASYNC_FOR           // aiter, exc -> ; re-raises exc unless it is StopAsyncIteration

	// SETUP_HANDLER is a pseudo-instruction: it marks where a try/with
	// block starts so the stack-depth pass can tell its handler's depth.
	// The assembler removes it.
	SETUP_HANDLER

	numOpcodes
)

// The flag bits of MAKE_FUNCTION's argument: which optional values are on
// the stack below the code object (pushed in this order).
const (
	makeDefaults    = 0x01
	makeKwDefaults  = 0x02
	makeAnnotations = 0x04
	makeClosure     = 0x08
)

// inplaceFlag is added to a BINARY_OP argument for augmented assignment.
const inplaceFlag = 16

// FORMAT_VALUE's argument: the conversion in the low bits, and whether a
// format spec is on the stack above the value.
const (
	formatConvNone  = 0
	formatConvStr   = 1
	formatConvRepr  = 2
	formatConvASCII = 3
	formatConvMask  = 3
	formatHaveSpec  = 4
)

// GET_AWAITABLE's argument: what produced the value, which CPython's
// error messages name.
const (
	awaitExpr       = 0 // an await expression
	awaitAfterEnter = 1 // the result of __aenter__
	awaitAfterExit  = 2 // the result of __aexit__
)

// CALL_FUNCTION_EX's argument: 1 when a keyword dict is on the stack.
const callExHasKwargs = 1

// argKind says how dis shows an instruction's argument.
type argKind uint8

const (
	argNone     argKind = iota // no argument
	argNumber                  // a plain count or index
	argConst                   // index into Consts
	argName                    // index into Names
	argLocal                   // index into VarNames
	argDeref                   // index into CellVars+FreeVars
	argJump                    // absolute instruction index
	argBinaryOp                // BINARY_OP operator
	argCompare                 // COMPARE_OP operator
	argFormat                  // FORMAT_VALUE flags
)

// opInfo describes one opcode.
type opInfo struct {
	name string
	arg  argKind
	// effect is the net stack effect of the instruction as a function of its
	// argument, on the fall-through path. For a jump, jumpEffect is the
	// effect when the jump is taken.
	effect     func(arg int) int
	jumpEffect func(arg int) int
	// terminal instructions never fall through to the next one.
	terminal bool
}

func fixed(n int) func(int) int { return func(int) int { return n } }

// opcodeInfo is the opcode table: the one place that knows every opcode's
// name, argument and stack effect.
var opcodeInfo = [numOpcodes]opInfo{
	NOP:       {name: "NOP", effect: fixed(0)},
	POP_TOP:   {name: "POP_TOP", effect: fixed(-1)},
	COPY:      {name: "COPY", arg: argNumber, effect: fixed(1)},
	SWAP:      {name: "SWAP", arg: argNumber, effect: fixed(0)},
	PUSH_NULL: {name: "PUSH_NULL", effect: fixed(1)},

	LOAD_CONST:    {name: "LOAD_CONST", arg: argConst, effect: fixed(1)},
	LOAD_FAST:     {name: "LOAD_FAST", arg: argLocal, effect: fixed(1)},
	STORE_FAST:    {name: "STORE_FAST", arg: argLocal, effect: fixed(-1)},
	DELETE_FAST:   {name: "DELETE_FAST", arg: argLocal, effect: fixed(0)},
	LOAD_DEREF:    {name: "LOAD_DEREF", arg: argDeref, effect: fixed(1)},
	STORE_DEREF:   {name: "STORE_DEREF", arg: argDeref, effect: fixed(-1)},
	DELETE_DEREF:  {name: "DELETE_DEREF", arg: argDeref, effect: fixed(0)},
	LOAD_CLOSURE:  {name: "LOAD_CLOSURE", arg: argDeref, effect: fixed(1)},
	LOAD_GLOBAL:   {name: "LOAD_GLOBAL", arg: argName, effect: fixed(1)},
	STORE_GLOBAL:  {name: "STORE_GLOBAL", arg: argName, effect: fixed(-1)},
	DELETE_GLOBAL: {name: "DELETE_GLOBAL", arg: argName, effect: fixed(0)},
	LOAD_NAME:     {name: "LOAD_NAME", arg: argName, effect: fixed(1)},
	STORE_NAME:    {name: "STORE_NAME", arg: argName, effect: fixed(-1)},
	DELETE_NAME:   {name: "DELETE_NAME", arg: argName, effect: fixed(0)},

	LOAD_ATTR:     {name: "LOAD_ATTR", arg: argName, effect: fixed(0)},
	STORE_ATTR:    {name: "STORE_ATTR", arg: argName, effect: fixed(-2)},
	DELETE_ATTR:   {name: "DELETE_ATTR", arg: argName, effect: fixed(-1)},
	LOAD_METHOD:   {name: "LOAD_METHOD", arg: argName, effect: fixed(1)},
	BINARY_SUBSCR: {name: "BINARY_SUBSCR", effect: fixed(-1)},
	STORE_SUBSCR:  {name: "STORE_SUBSCR", effect: fixed(-3)},
	DELETE_SUBSCR: {name: "DELETE_SUBSCR", effect: fixed(-2)},
	BUILD_SLICE:   {name: "BUILD_SLICE", arg: argNumber, effect: func(n int) int { return 1 - n }},

	BINARY_OP:      {name: "BINARY_OP", arg: argBinaryOp, effect: fixed(-1)},
	UNARY_NEGATIVE: {name: "UNARY_NEGATIVE", effect: fixed(0)},
	UNARY_POSITIVE: {name: "UNARY_POSITIVE", effect: fixed(0)},
	UNARY_INVERT:   {name: "UNARY_INVERT", effect: fixed(0)},
	UNARY_NOT:      {name: "UNARY_NOT", effect: fixed(0)},
	COMPARE_OP:     {name: "COMPARE_OP", arg: argCompare, effect: fixed(-1)},
	IS_OP:          {name: "IS_OP", arg: argNumber, effect: fixed(-1)},
	CONTAINS_OP:    {name: "CONTAINS_OP", arg: argNumber, effect: fixed(-1)},

	JUMP:                 {name: "JUMP", arg: argJump, effect: fixed(0), jumpEffect: fixed(0), terminal: true},
	JUMP_BACKWARD:        {name: "JUMP_BACKWARD", arg: argJump, effect: fixed(0), jumpEffect: fixed(0), terminal: true},
	POP_JUMP_IF_FALSE:    {name: "POP_JUMP_IF_FALSE", arg: argJump, effect: fixed(-1), jumpEffect: fixed(-1)},
	POP_JUMP_IF_TRUE:     {name: "POP_JUMP_IF_TRUE", arg: argJump, effect: fixed(-1), jumpEffect: fixed(-1)},
	JUMP_IF_FALSE_OR_POP: {name: "JUMP_IF_FALSE_OR_POP", arg: argJump, effect: fixed(-1), jumpEffect: fixed(0)},
	JUMP_IF_TRUE_OR_POP:  {name: "JUMP_IF_TRUE_OR_POP", arg: argJump, effect: fixed(-1), jumpEffect: fixed(0)},
	GET_ITER:             {name: "GET_ITER", effect: fixed(0)},
	FOR_ITER:             {name: "FOR_ITER", arg: argJump, effect: fixed(1), jumpEffect: fixed(-1)},
	RETURN_VALUE:         {name: "RETURN_VALUE", effect: fixed(-1), terminal: true},

	BUILD_TUPLE:     {name: "BUILD_TUPLE", arg: argNumber, effect: func(n int) int { return 1 - n }},
	BUILD_LIST:      {name: "BUILD_LIST", arg: argNumber, effect: func(n int) int { return 1 - n }},
	BUILD_SET:       {name: "BUILD_SET", arg: argNumber, effect: func(n int) int { return 1 - n }},
	BUILD_MAP:       {name: "BUILD_MAP", arg: argNumber, effect: func(n int) int { return 1 - 2*n }},
	LIST_APPEND:     {name: "LIST_APPEND", arg: argNumber, effect: fixed(-1)},
	SET_ADD:         {name: "SET_ADD", arg: argNumber, effect: fixed(-1)},
	MAP_ADD:         {name: "MAP_ADD", arg: argNumber, effect: fixed(-2)},
	LIST_EXTEND:     {name: "LIST_EXTEND", arg: argNumber, effect: fixed(-1)},
	SET_UPDATE:      {name: "SET_UPDATE", arg: argNumber, effect: fixed(-1)},
	DICT_UPDATE:     {name: "DICT_UPDATE", arg: argNumber, effect: fixed(-1)},
	DICT_MERGE:      {name: "DICT_MERGE", arg: argNumber, effect: fixed(-1)},
	LIST_TO_TUPLE:   {name: "LIST_TO_TUPLE", effect: fixed(0)},
	UNPACK_SEQUENCE: {name: "UNPACK_SEQUENCE", arg: argNumber, effect: func(n int) int { return n - 1 }},
	UNPACK_EX:       {name: "UNPACK_EX", arg: argNumber, effect: func(n int) int { return n&0xff + n>>8 }},
	FORMAT_VALUE: {name: "FORMAT_VALUE", arg: argFormat, effect: func(f int) int {
		if f&formatHaveSpec != 0 {
			return -1
		}
		return 0
	}},
	BUILD_STRING: {name: "BUILD_STRING", arg: argNumber, effect: func(n int) int { return 1 - n }},

	MAKE_FUNCTION: {name: "MAKE_FUNCTION", arg: argNumber, effect: func(f int) int {
		n := 0
		for bit := 1; bit <= makeClosure; bit <<= 1 {
			if f&bit != 0 {
				n--
			}
		}
		return n
	}},
	CALL:        {name: "CALL", arg: argNumber, effect: func(n int) int { return -n }},
	CALL_METHOD: {name: "CALL_METHOD", arg: argNumber, effect: func(n int) int { return -n - 1 }},
	CALL_KW:     {name: "CALL_KW", arg: argNumber, effect: func(n int) int { return -n - 1 }},
	CALL_FUNCTION_EX: {name: "CALL_FUNCTION_EX", arg: argNumber, effect: func(f int) int {
		return -1 - f&callExHasKwargs
	}},

	RAISE_VARARGS:        {name: "RAISE_VARARGS", arg: argNumber, effect: func(n int) int { return -n }, terminal: true},
	RERAISE:              {name: "RERAISE", effect: fixed(-1), terminal: true},
	PUSH_EXC_INFO:        {name: "PUSH_EXC_INFO", effect: fixed(1)},
	POP_EXCEPT:           {name: "POP_EXCEPT", effect: fixed(-1)},
	CHECK_EXC_MATCH:      {name: "CHECK_EXC_MATCH", effect: fixed(0)},
	LOAD_ASSERTION_ERROR: {name: "LOAD_ASSERTION_ERROR", effect: fixed(1)},
	BEFORE_WITH:          {name: "BEFORE_WITH", effect: fixed(1)},
	WITH_EXIT:            {name: "WITH_EXIT", effect: fixed(-1)},
	WITH_EXCEPT_START:    {name: "WITH_EXCEPT_START", effect: fixed(1)},

	IMPORT_NAME: {name: "IMPORT_NAME", arg: argName, effect: fixed(1)},
	IMPORT_FROM: {name: "IMPORT_FROM", arg: argName, effect: fixed(1)},

	SETUP_ANNOTATIONS: {name: "SETUP_ANNOTATIONS", effect: fixed(0)},
	PRINT_EXPR:        {name: "PRINT_EXPR", effect: fixed(-1)},

	YIELD_VALUE:         {name: "YIELD_VALUE", effect: fixed(0)},
	GET_YIELD_FROM_ITER: {name: "GET_YIELD_FROM_ITER", effect: fixed(0)},
	SEND:                {name: "SEND", arg: argJump, effect: fixed(0), jumpEffect: fixed(-1)},

	LOAD_BUILD_CLASS: {name: "LOAD_BUILD_CLASS", effect: fixed(1)},
	LOAD_CLASSDEREF:  {name: "LOAD_CLASSDEREF", arg: argDeref, effect: fixed(1)},

	GET_AWAITABLE:           {name: "GET_AWAITABLE", arg: argNumber, effect: fixed(0)},
	BEFORE_ASYNC_WITH:       {name: "BEFORE_ASYNC_WITH", effect: fixed(1)},
	ASYNC_WITH_EXIT:         {name: "ASYNC_WITH_EXIT", effect: fixed(0)},
	ASYNC_WITH_EXCEPT_START: {name: "ASYNC_WITH_EXCEPT_START", effect: fixed(1)},
	GET_AITER:               {name: "GET_AITER", effect: fixed(0)},
	GET_ANEXT:               {name: "GET_ANEXT", effect: fixed(1)},
	END_ASYNC_FOR:           {name: "END_ASYNC_FOR", effect: fixed(-2)},

	SETUP_HANDLER: {name: "SETUP_HANDLER", arg: argJump, effect: fixed(0), jumpEffect: fixed(1)},
}

// String returns the opcode's name, e.g. "LOAD_FAST".
func (op Opcode) String() string {
	if op < numOpcodes && opcodeInfo[op].name != "" {
		return opcodeInfo[op].name
	}
	return "<invalid opcode>"
}

// isJump reports whether the opcode's argument is a jump target.
func (op Opcode) isJump() bool { return opcodeInfo[op].arg == argJump }

// encode packs an instruction into its 32-bit word.
func encode(op Opcode, arg int) uint32 { return uint32(op) | uint32(arg)<<8 }

// maxArg is the largest argument an instruction word can hold.
const maxArg = 1<<24 - 1
