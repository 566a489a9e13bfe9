package vm

import (
	"strings"
	"sync"

	"minipy/runtime"
)

// Function is a minipy function object: a code object with the globals it
// runs in, its default values and its closure. Functions are runtime
// Objects whose type has a Call slot, so built-ins (sorted's key, map)
// call them through runtime.Call like any callable.
type Function struct {
	Code        *Code
	Globals     *runtime.Dict
	Defaults    []runtime.Value // for the last len(Defaults) positional parameters
	KwDefaults  *runtime.Dict   // keyword-only defaults by name, or nil
	Closure     []*Cell         // one per Code.FreeVars
	Name        string
	QualName    string
	Doc         runtime.Value
	Module      runtime.Value // __module__: the globals' __name__
	Annotations *runtime.Dict // nil until needed

	mu    sync.Mutex
	attrs *runtime.Dict // attributes set on the function (f.cache = ...)
	// simple is true when a call with exactly ArgCount positional
	// arguments can copy them straight into the frame (no *args, **kwargs,
	// keyword-only parameters or cells among the parameters).
	simple bool
	// fast is simple, and moreover the call makes a plain frame (not a
	// generator) with no cells or free variables to set up.
	fast bool
}

// FunctionType is the type of minipy functions.
var FunctionType = runtime.NewBuiltinType("function", runtime.ObjectType)

// Type implements runtime.Object.
func (f *Function) Type() *runtime.Type { return FunctionType }

// newFunction makes a function from code running in globals.
func newFunction(code *Code, globals *runtime.Dict) *Function {
	fn := &Function{
		Code:     code,
		Globals:  globals,
		Name:     code.Name,
		QualName: code.QualName,
		Doc:      code.Doc,
		Module:   runtime.None,
	}
	if m, ok := globals.GetStr("__name__"); ok {
		fn.Module = m
	}
	fn.simple = code.Flags&(FlagVarArgs|FlagVarKeywords) == 0 && code.KwOnlyCount == 0
	for _, a := range code.CellArgs {
		if a >= 0 {
			fn.simple = false
		}
	}
	fn.fast = fn.simple && code.Flags&(FlagGenerator|FlagCoroutine) == 0 && len(code.CellVars)+len(code.FreeVars) == 0
	return fn
}

// Cell is a variable shared between a function and the functions nested in
// it. Closures may run on several threads at once, so a cell has its own
// lock (DESIGN.md decision 3); uncontended it costs a few nanoseconds.
type Cell struct {
	mu sync.Mutex
	v  runtime.Value // null while unbound
}

// CellType is the type of closure cells.
var CellType = runtime.NewBuiltinType("cell", runtime.ObjectType)

// Type implements runtime.Object.
func (c *Cell) Type() *runtime.Type { return CellType }

// Get returns the cell's value (null when unbound).
func (c *Cell) Get() runtime.Value {
	c.mu.Lock()
	v := c.v
	c.mu.Unlock()
	return v
}

// Set stores v in the cell (null unbinds it).
func (c *Cell) Set(v runtime.Value) {
	c.mu.Lock()
	c.v = v
	c.mu.Unlock()
}

// bindArgs fills a new frame's parameter slots from a call's arguments, with
// CPython's rules and error messages (initialize_locals in ceval.c).
func (fn *Function) bindArgs(slots []runtime.Value, args []runtime.Value, kwargs []runtime.Kwarg) error {
	co := fn.Code
	nparams := co.ArgCount
	total := nparams + co.KwOnlyCount
	n := len(args)
	if n > nparams {
		n = nparams
	}
	copy(slots, args[:n])
	next := total
	if co.Flags&FlagVarArgs != 0 {
		if len(args) > nparams {
			slots[next] = runtime.NewTuple(append([]runtime.Value(nil), args[nparams:]...))
		} else {
			slots[next] = runtime.NewTuple(nil)
		}
		next++
	}
	var kwdict *runtime.Dict
	if co.Flags&FlagVarKeywords != 0 {
		kwdict = runtime.NewDict()
		slots[next] = runtime.Obj(kwdict)
	}
	var posOnlyAsKw []string
	for _, kw := range kwargs {
		i := co.PosOnlyCount
		for ; i < total && co.VarNames[i] != kw.Name; i++ {
		}
		if i == total {
			if kwdict != nil {
				kwdict.SetStr(kw.Name, kw.Value)
				continue
			}
			if isPosOnly(co, kw.Name) {
				posOnlyAsKw = append(posOnlyAsKw, kw.Name)
				continue
			}
			return runtime.Errorf(runtime.TypeErrorType, "%s() got an unexpected keyword argument '%s'", fn.QualName, kw.Name)
		}
		if !slots[i].IsNull() {
			return runtime.Errorf(runtime.TypeErrorType, "%s() got multiple values for argument '%s'", fn.QualName, kw.Name)
		}
		slots[i] = kw.Value
	}
	if len(posOnlyAsKw) > 0 {
		return runtime.Errorf(runtime.TypeErrorType, "%s() got some positional-only arguments passed as keyword arguments: '%s'",
			fn.QualName, strings.Join(posOnlyAsKw, ", "))
	}
	if len(args) > nparams && co.Flags&FlagVarArgs == 0 {
		return fn.tooManyPositional(slots, len(args))
	}
	firstDefault := nparams - len(fn.Defaults)
	var missing []string
	for i := n; i < nparams; i++ {
		if !slots[i].IsNull() {
			continue
		}
		if i >= firstDefault {
			slots[i] = fn.Defaults[i-firstDefault]
		} else {
			missing = append(missing, co.VarNames[i])
		}
	}
	if len(missing) > 0 {
		return fn.missingArgs(missing, "positional")
	}
	for i := nparams; i < total; i++ {
		if !slots[i].IsNull() {
			continue
		}
		if fn.KwDefaults != nil {
			if v, ok := fn.KwDefaults.GetStr(co.VarNames[i]); ok {
				slots[i] = v
				continue
			}
		}
		missing = append(missing, co.VarNames[i])
	}
	if len(missing) > 0 {
		return fn.missingArgs(missing, "keyword-only")
	}
	return nil
}

func isPosOnly(co *Code, name string) bool {
	for _, p := range co.VarNames[:co.PosOnlyCount] {
		if p == name {
			return true
		}
	}
	return false
}

// tooManyPositional is CPython's too_many_positional error.
func (fn *Function) tooManyPositional(slots []runtime.Value, given int) error {
	co := fn.Code
	kwonlyGiven := 0
	for i := co.ArgCount; i < co.ArgCount+co.KwOnlyCount; i++ {
		if !slots[i].IsNull() {
			kwonlyGiven++
		}
	}
	var sig string
	plural := co.ArgCount != 1
	if len(fn.Defaults) > 0 {
		sig = itoa(co.ArgCount-len(fn.Defaults)) + " to " + itoa(co.ArgCount)
		sig = "from " + sig
		plural = true
	} else {
		sig = itoa(co.ArgCount)
	}
	kwonlySig := ""
	if kwonlyGiven > 0 {
		kwonlySig = " positional argument" + pluralS(given != 1) + " (and " + itoa(kwonlyGiven) +
			" keyword-only argument" + pluralS(kwonlyGiven != 1) + ")"
	}
	verb := "were"
	if given == 1 && kwonlyGiven == 0 {
		verb = "was"
	}
	return runtime.Errorf(runtime.TypeErrorType, "%s() takes %s positional argument%s but %d%s %s given",
		fn.QualName, sig, pluralS(plural), given, kwonlySig, verb)
}

// missingArgs is CPython's missing_arguments error: "f() missing 2 required
// positional arguments: 'a' and 'b'".
func (fn *Function) missingArgs(names []string, kind string) error {
	quoted := make([]string, len(names))
	for i, n := range names {
		quoted[i] = "'" + n + "'"
	}
	var list string
	switch len(quoted) {
	case 1:
		list = quoted[0]
	case 2:
		list = quoted[0] + " and " + quoted[1]
	default:
		list = strings.Join(quoted[:len(quoted)-1], ", ") + ", and " + quoted[len(quoted)-1]
	}
	return runtime.Errorf(runtime.TypeErrorType, "%s() missing %d required %s argument%s: %s",
		fn.QualName, len(names), kind, pluralS(len(names) != 1), list)
}

func pluralS(plural bool) string {
	if plural {
		return "s"
	}
	return ""
}
