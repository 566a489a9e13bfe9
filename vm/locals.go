package vm

import "minipy/runtime"

// locals(), globals(), vars() and dir() without arguments read the
// namespace of the Python frame that called them; built-in calls push no
// frame, so that is the thread's innermost frame. sys.exc_info() reads the
// exception the thread is handling.

func init() {
	runtime.LocalsHook = frameLocals
	runtime.GlobalsHook = frameGlobals
	runtime.ExcInfoHook = func(t *runtime.Thread) *runtime.Exception { return stateOf(t).excInfo }
}

// frameLocals is locals(): the namespace itself for a module or class body,
// and for a function a new dict of its bound variables (fast locals, then
// cells, then free variables, in CPython's order).
func frameLocals(t *runtime.Thread) (runtime.Value, error) {
	f := stateOf(t).top
	if f == nil {
		return runtime.Value{}, runtime.Errorf(runtime.SystemErrorType, "locals(): no current frame")
	}
	if f.fn == nil || f.locals != nil {
		return runtime.Obj(f.namespace()), nil
	}
	co := f.code
	d := runtime.NewDict()
	for i, name := range co.VarNames {
		if v := f.slots[i]; !v.IsNull() {
			d.SetStr(name, v)
		}
	}
	base := len(co.VarNames)
	for i := 0; i < len(co.CellVars)+len(co.FreeVars); i++ {
		c, ok := f.slots[base+i].Object().(*Cell)
		if !ok {
			continue
		}
		if v := c.Get(); !v.IsNull() {
			d.SetStr(co.derefName(i), v)
		}
	}
	return runtime.Obj(d), nil
}

// frameGlobals is globals(): the module namespace of the calling frame.
func frameGlobals(t *runtime.Thread) (runtime.Value, error) {
	f := stateOf(t).top
	if f == nil {
		return runtime.Value{}, runtime.Errorf(runtime.SystemErrorType, "globals(): no current frame")
	}
	return runtime.Obj(f.globals), nil
}
