package vm

import (
	"minipy/runtime"
)

// buildClassValue is what LOAD_BUILD_CLASS pushes: CPython's
// builtins.__build_class__(body, name, *bases, **keywords), the function
// that runs a class body and makes the class.
// It is set in init: buildClass runs the eval loop, which refers to it.
var buildClassValue runtime.Value

func init() {
	buildClassValue = runtime.NewBuiltin("__build_class__", buildClass)
}

// buildClass runs the class body in a fresh namespace dict (the body itself
// stores __module__, __qualname__ and __doc__ there first), creates the
// class with runtime.NewClass and fills the body's __class__ cell with it,
// which zero-argument super() reads.
func buildClass(t *runtime.Thread, args []runtime.Value, kwargs []runtime.Kwarg) (runtime.Value, error) {
	if len(args) < 2 {
		return runtime.Value{}, runtime.Errorf(runtime.TypeErrorType, "__build_class__: not enough arguments")
	}
	body, ok := args[0].Object().(*Function)
	if !ok {
		return runtime.Value{}, runtime.Errorf(runtime.TypeErrorType, "__build_class__: func must be a function")
	}
	name, ok := runtime.AsStr(args[1])
	if !ok {
		return runtime.Value{}, runtime.Errorf(runtime.TypeErrorType, "__build_class__: name is not a string")
	}
	bases := args[2:]
	kwargs, err := classKeywords(name, kwargs)
	if err != nil {
		return runtime.Value{}, err
	}
	ns := runtime.NewDict()
	cell, err := runClassBody(t, body, ns)
	if err != nil {
		return runtime.Value{}, err
	}
	module := "__main__"
	if m, ok := runtime.AsStr(body.Module); ok {
		module = m
	}
	cls, err := runtime.NewClassKw(t, name, append([]runtime.Value(nil), bases...), ns, body.QualName, module, kwargs)
	if err != nil {
		return runtime.Value{}, err
	}
	if c, ok := cell.Object().(*Cell); ok {
		c.Set(runtime.Obj(cls))
	}
	return runtime.Obj(cls), nil
}

// classKeywords returns the keywords of a class statement that go to
// __init_subclass__: all but metaclass=type, the default anyway (minipy
// has no other metaclasses).
func classKeywords(name string, kwargs []runtime.Kwarg) ([]runtime.Kwarg, error) {
	var rest []runtime.Kwarg
	for _, kw := range kwargs {
		if kw.Name != "metaclass" {
			rest = append(rest, kw)
			continue
		}
		if typ, ok := kw.Value.Object().(*runtime.Type); !ok || typ != runtime.TypeType {
			return nil, runtime.Errorf(runtime.TypeErrorType, "minipy does not support metaclasses (class %s)", name)
		}
	}
	return rest, nil
}

// runClassBody runs a class body's code with ns as its namespace (LOAD_NAME
// and STORE_NAME use it) and returns what the body returns: the __class__
// cell when a method needs one, else None.
func runClassBody(t *runtime.Thread, body *Function, ns *runtime.Dict) (runtime.Value, error) {
	if t.Depth >= t.Interp.RecursionLimit {
		return runtime.Value{}, runtime.Errorf(runtime.RecursionErrorType, "maximum recursion depth exceeded while calling a Python object")
	}
	ts := stateOf(t)
	t.Depth++
	defer func() { t.Depth-- }()
	f := ts.newFrame(body.Code, body, body.Globals)
	f.locals = ns
	if len(body.Code.CellVars)+len(body.Code.FreeVars) > 0 {
		f.initCells()
	}
	if err := ts.pushFrame(t, f); err != nil {
		ts.releaseFrame(f)
		return runtime.Value{}, err
	}
	return ts.run(t, f, nil)
}
