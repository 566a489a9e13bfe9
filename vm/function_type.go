package vm

import (
	"strconv"

	"minipy/runtime"
)

// The slots of FunctionType and CellType: calling, repr, attributes and
// the descriptor protocol that turns a function found on a class into a
// bound method.

func init() {
	// Functions bind like methods: found on a class, they get the
	// instance as their first argument (runtime dunder calls and
	// LookupMethod pass it without allocating a bound method).
	FunctionType.MethodDescriptor = true
	FunctionType.Call = func(t *runtime.Thread, v runtime.Value, args []runtime.Value, kwargs []runtime.Kwarg) (runtime.Value, error) {
		return callFromGo(t, v.Object().(*Function), args, kwargs)
	}
	FunctionType.Repr = func(t *runtime.Thread, v runtime.Value) (string, error) {
		fn := v.Object().(*Function)
		return "<function " + fn.QualName + " at " + hexID(v) + ">", nil
	}
	FunctionType.Hash = func(t *runtime.Thread, v runtime.Value) (int64, error) { return runtime.IdentityHash(v), nil }
	FunctionType.GetAttr = functionGetAttr
	FunctionType.SetAttr = functionSetAttr
	FunctionType.Get = func(t *runtime.Thread, descr, obj runtime.Value, owner *runtime.Type) (runtime.Value, error) {
		if obj.IsNull() {
			return descr, nil
		}
		return runtime.Obj(&runtime.BoundMethod{Self: obj, Func: descr}), nil
	}

	CellType.Repr = func(t *runtime.Thread, v runtime.Value) (string, error) {
		c := v.Object().(*Cell)
		x := c.Get()
		if x.IsNull() {
			return "<cell at " + hexID(v) + ": empty>", nil
		}
		return "<cell at " + hexID(v) + ": " + x.Type().Name + " object at " + hexID(x) + ">", nil
	}
	CellType.GetAttr = func(t *runtime.Thread, v runtime.Value, name string) (runtime.Value, error) {
		if name == "cell_contents" {
			x := v.Object().(*Cell).Get()
			if x.IsNull() {
				return runtime.Value{}, runtime.Errorf(runtime.ValueErrorType, "Cell is empty")
			}
			return x, nil
		}
		return runtime.GenericGetAttr(t, v, name)
	}
}

// hexID formats v's identity as reprs print it: "0x7f...".
func hexID(v runtime.Value) string {
	return "0x" + strconv.FormatUint(uint64(runtime.ObjectID(v)), 16)
}

func itoa(i int) string { return strconv.Itoa(i) }

func functionGetAttr(t *runtime.Thread, v runtime.Value, name string) (runtime.Value, error) {
	fn := v.Object().(*Function)
	switch name {
	case "__name__":
		return runtime.NewStr(fn.Name), nil
	case "__qualname__":
		return runtime.NewStr(fn.QualName), nil
	case "__doc__":
		return fn.Doc, nil
	case "__module__":
		return fn.Module, nil
	case "__code__":
		return runtime.Obj(fn.Code), nil
	case "__globals__":
		return runtime.Obj(fn.Globals), nil
	case "__defaults__":
		if len(fn.Defaults) == 0 {
			return runtime.None, nil
		}
		return runtime.NewTuple(append([]runtime.Value(nil), fn.Defaults...)), nil
	case "__kwdefaults__":
		if fn.KwDefaults == nil {
			return runtime.None, nil
		}
		return runtime.Obj(fn.KwDefaults), nil
	case "__closure__":
		if len(fn.Closure) == 0 {
			return runtime.None, nil
		}
		cells := make([]runtime.Value, len(fn.Closure))
		for i, c := range fn.Closure {
			cells[i] = runtime.Obj(c)
		}
		return runtime.NewTuple(cells), nil
	case "__annotations__":
		fn.mu.Lock()
		defer fn.mu.Unlock()
		if fn.Annotations == nil {
			fn.Annotations = runtime.NewDict()
		}
		return runtime.Obj(fn.Annotations), nil
	case "__dict__":
		return runtime.Obj(fn.attrDict()), nil
	}
	if d := fn.attrDictIfAny(); d != nil {
		if x, ok := d.GetStr(name); ok {
			return x, nil
		}
	}
	return runtime.GenericGetAttr(t, v, name)
}

func functionSetAttr(t *runtime.Thread, v runtime.Value, name string, val runtime.Value) error {
	fn := v.Object().(*Function)
	switch name {
	case "__name__", "__qualname__":
		s, ok := runtime.AsStr(val)
		if !ok {
			return runtime.Errorf(runtime.TypeErrorType, "%s must be set to a string object", name)
		}
		if name == "__name__" {
			fn.Name = s
		} else {
			fn.QualName = s
		}
		return nil
	case "__doc__":
		fn.Doc = val
		return nil
	case "__module__":
		fn.Module = val
		return nil
	case "__defaults__":
		if val.IsNone() {
			fn.Defaults = nil
			return nil
		}
		tup, ok := val.Object().(*runtime.Tuple)
		if !ok {
			return runtime.Errorf(runtime.TypeErrorType, "__defaults__ must be set to a tuple object")
		}
		fn.Defaults = tup.Items()
		return nil
	case "__annotations__":
		d, ok := val.Object().(*runtime.Dict)
		if !ok && !val.IsNone() {
			return runtime.Errorf(runtime.TypeErrorType, "__annotations__ must be set to a dict object")
		}
		fn.mu.Lock()
		fn.Annotations = d
		fn.mu.Unlock()
		return nil
	case "__kwdefaults__":
		d, ok := val.Object().(*runtime.Dict)
		if !ok && !val.IsNone() {
			return runtime.Errorf(runtime.TypeErrorType, "__kwdefaults__ must be set to a dict object")
		}
		fn.KwDefaults = d
		return nil
	case "__dict__":
		d, ok := val.Object().(*runtime.Dict)
		if !ok {
			return runtime.Errorf(runtime.TypeErrorType, "__dict__ must be set to a dictionary, not a '%s'", val.Type().Name)
		}
		fn.mu.Lock()
		fn.attrs = d
		fn.mu.Unlock()
		return nil
	case "__code__", "__globals__", "__closure__":
		return runtime.Errorf(runtime.AttributeErrorType, "readonly attribute")
	}
	fn.attrDict().SetStr(name, val)
	return nil
}

// attrDict returns the function's __dict__, creating it on first use.
func (fn *Function) attrDict() *runtime.Dict {
	fn.mu.Lock()
	defer fn.mu.Unlock()
	if fn.attrs == nil {
		fn.attrs = runtime.NewDict()
	}
	return fn.attrs
}

func (fn *Function) attrDictIfAny() *runtime.Dict {
	fn.mu.Lock()
	defer fn.mu.Unlock()
	return fn.attrs
}
