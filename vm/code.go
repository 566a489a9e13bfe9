package vm

import (
	"fmt"
	"sort"

	"minipy/runtime"
)

// CodeFlags describe a code object, as CPython's co_flags.
type CodeFlags uint32

// The code flags.
const (
	FlagVarArgs     CodeFlags = 1 << iota // has *args
	FlagVarKeywords                       // has **kwargs
	FlagGenerator                         // contains yield: calling it makes a generator
	FlagCoroutine                         // async def
	FlagModule                            // a module body (names are globals)
	FlagClassBody                         // a class body (names live in a namespace dict)
)

// Code is a compiled code object: a module body, function, lambda, class
// body or comprehension. It is immutable once built and shared by every
// function object and frame made from it, on any thread.
type Code struct {
	Name      string // "<module>", the function name, "<lambda>", "<listcomp>"...
	QualName  string // e.g. "outer.<locals>.inner"
	Filename  string
	FirstLine int
	Flags     CodeFlags

	// Parameters: ArgCount counts positional parameters (PosOnlyCount of
	// them positional-only), then KwOnlyCount keyword-only ones, then *args
	// and **kwargs when the flags say so; all are the first VarNames.
	ArgCount     int
	PosOnlyCount int
	KwOnlyCount  int

	Instrs   []uint32        // the instructions (see opcodes.go for the encoding)
	Lines    []int32         // source line of each instruction
	Consts   []runtime.Value // constants; nested code objects are *Code values
	Names    []string        // attribute, global and imported names
	VarNames []string        // fast locals, parameters first
	CellVars []string        // locals captured by nested functions
	FreeVars []string        // variables captured from enclosing functions
	// CellArgs gives, for each cell variable, the index of the parameter it
	// starts out as, or -1 when it is not a parameter.
	CellArgs []int
	// Handlers is the exception table, sorted by Start.
	Handlers  []Handler
	StackSize int // the deepest the value stack goes
	Doc       runtime.Value
	// Warnings are the compiler's SyntaxWarnings for a module's code,
	// already in the layout of Python's warnings module; Exec prints them
	// before running the body, as CPython prints them while compiling.
	Warnings []string

	// globalCache has one slot per name of Names: the LOAD_GLOBAL cache
	// (globalcache.go), shared by every thread running this code.
	globalCache []globalSlot
}

// Handler is one entry of a code object's exception table: an exception
// raised by an instruction in [Start, End) truncates the value stack to
// Depth items, pushes the exception and jumps to Target.
type Handler struct {
	Start, End, Target, Depth int
}

// CodeType is the type of code objects (`f.__code__`).
var CodeType = runtime.NewBuiltinType("code", runtime.ObjectType)

// Type implements runtime.Object.
func (c *Code) Type() *runtime.Type { return CodeType }

func init() {
	CodeType.Repr = func(t *runtime.Thread, v runtime.Value) (string, error) {
		return v.Object().(*Code).repr(), nil
	}
	CodeType.Hash = func(t *runtime.Thread, v runtime.Value) (int64, error) { return runtime.IdentityHash(v), nil }
}

func (c *Code) repr() string {
	return fmt.Sprintf("<code object %s at %#x, file %q, line %d>", c.Name, runtime.ObjectID(runtime.Obj(c)), c.Filename, c.FirstLine)
}

// handlerFor returns the exception handler covering instruction pc.
func (c *Code) handlerFor(pc int) (Handler, bool) {
	hs := c.Handlers
	i := sort.Search(len(hs), func(i int) bool { return hs[i].End > pc })
	if i < len(hs) && hs[i].Start <= pc {
		return hs[i], true
	}
	return Handler{}, false
}

// lineAt returns the source line of instruction pc.
func (c *Code) lineAt(pc int) int {
	if pc < 0 || pc >= len(c.Lines) {
		return c.FirstLine
	}
	return int(c.Lines[pc])
}

// numLocals is the number of frame slots before the value stack: fast
// locals, then cells, then free variables.
func (c *Code) numLocals() int { return len(c.VarNames) + len(c.CellVars) + len(c.FreeVars) }
