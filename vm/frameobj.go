package vm

import (
	"strings"

	"minipy/runtime"
)

// Introspection objects: the attributes of code objects (co_name,
// co_flags, ...) and frame objects, the little of them that asyncio's
// reprs and iscoroutinefunction read.

// FrameObject is a snapshot of a suspended frame, what gi_frame and
// cr_frame return: its code, globals and current line.
type FrameObject struct {
	code    *Code
	globals *runtime.Dict
	line    int
}

// FrameType is the type of frame objects.
var FrameType = runtime.NewBuiltinType("frame", runtime.ObjectType)

// Type implements runtime.Object.
func (f *FrameObject) Type() *runtime.Type { return FrameType }

// newFrameObject snapshots f. running says that f is executing on some
// thread, whose pc must not be read: its line is then the code's first.
func newFrameObject(f *Frame, running bool) *FrameObject {
	line := f.code.FirstLine
	if !running && f.pc > 0 {
		line = f.code.lineAt(f.pc - 1)
	}
	return &FrameObject{code: f.code, globals: f.globals, line: line}
}

// CPython's co_flags bits, which Python code tests (inspect, asyncio).
const (
	coOptimized      = 0x1
	coNewLocals      = 0x2
	coVarArgs        = 0x4
	coVarKeywords    = 0x8
	coNested         = 0x10
	coGenerator      = 0x20
	coCoroutine      = 0x80
	coAsyncGenerator = 0x200
)

// cpythonFlags is co_flags as CPython 3.11 computes it for this code.
func (c *Code) cpythonFlags() int64 {
	var f int64
	if c.Flags&(FlagModule|FlagClassBody) == 0 {
		f |= coOptimized | coNewLocals
		if strings.Contains(c.QualName, "<locals>") {
			f |= coNested
		}
	}
	if c.Flags&FlagVarArgs != 0 {
		f |= coVarArgs
	}
	if c.Flags&FlagVarKeywords != 0 {
		f |= coVarKeywords
	}
	switch {
	case c.Flags&FlagGenerator != 0 && c.Flags&FlagCoroutine != 0:
		f |= coAsyncGenerator
	case c.Flags&FlagGenerator != 0:
		f |= coGenerator
	case c.Flags&FlagCoroutine != 0:
		f |= coCoroutine
	}
	return f
}

func strTuple(names []string) runtime.Value {
	items := make([]runtime.Value, len(names))
	for i, n := range names {
		items[i] = runtime.NewStr(n)
	}
	return runtime.NewTuple(items)
}

func codeGetAttr(t *runtime.Thread, v runtime.Value, name string) (runtime.Value, error) {
	c := v.Object().(*Code)
	switch name {
	case "co_name":
		return runtime.NewStr(c.Name), nil
	case "co_qualname":
		return runtime.NewStr(c.QualName), nil
	case "co_filename":
		return runtime.NewStr(c.Filename), nil
	case "co_firstlineno":
		return runtime.Int(int64(c.FirstLine)), nil
	case "co_flags":
		return runtime.Int(c.cpythonFlags()), nil
	case "co_argcount":
		return runtime.Int(int64(c.ArgCount)), nil
	case "co_posonlyargcount":
		return runtime.Int(int64(c.PosOnlyCount)), nil
	case "co_kwonlyargcount":
		return runtime.Int(int64(c.KwOnlyCount)), nil
	case "co_nlocals":
		return runtime.Int(int64(len(c.VarNames))), nil
	case "co_varnames":
		return strTuple(c.VarNames), nil
	case "co_names":
		return strTuple(c.Names), nil
	case "co_cellvars":
		return strTuple(c.CellVars), nil
	case "co_freevars":
		return strTuple(c.FreeVars), nil
	}
	return runtime.GenericGetAttr(t, v, name)
}

func frameGetAttr(t *runtime.Thread, v runtime.Value, name string) (runtime.Value, error) {
	f := v.Object().(*FrameObject)
	switch name {
	case "f_code":
		return runtime.Obj(f.code), nil
	case "f_lineno":
		return runtime.Int(int64(f.line)), nil
	case "f_globals":
		return runtime.Obj(f.globals), nil
	case "f_back":
		return runtime.None, nil
	}
	return runtime.GenericGetAttr(t, v, name)
}

func init() {
	CodeType.GetAttr = codeGetAttr
	FrameType.GetAttr = frameGetAttr
	FrameType.Repr = func(t *runtime.Thread, v runtime.Value) (string, error) {
		f := v.Object().(*FrameObject)
		return "<frame at " + hexID(v) + ", file '" + f.code.Filename + "', line " + itoa(f.line) + ", code " + f.code.Name + ">", nil
	}
}
