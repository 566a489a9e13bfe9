package vm

import (
	"minipy/runtime"
)

// pushFrame makes f the innermost frame of the thread, enforcing the
// recursion limit.
func (ts *threadState) pushFrame(t *runtime.Thread, f *Frame) error {
	if t.Depth >= t.Interp.RecursionLimit {
		return runtime.Errorf(runtime.RecursionErrorType, "maximum recursion depth exceeded")
	}
	t.Depth++
	f.back = ts.top
	ts.top = f
	return nil
}

// popFrame removes the innermost frame.
func (ts *threadState) popFrame(t *runtime.Thread) {
	t.Depth--
	if !ts.top.initSelf.IsNull() {
		t.Depth-- // the class call's own level (see Frame.initSelf)
	}
	ts.top = ts.top.back
}

// pushCall prepares a call of fn: it binds the arguments into a new frame
// and pushes it. Calling a generator function instead returns the new
// generator object (and no frame). args are borrowed: they are copied.
func (ts *threadState) pushCall(t *runtime.Thread, fn *Function, args []runtime.Value, kwargs []runtime.Kwarg) (*Frame, runtime.Value, error) {
	co := fn.Code
	isGen := co.Flags&(FlagGenerator|FlagCoroutine) != 0
	var f *Frame
	if isGen {
		f = newHeapFrame(co, fn, fn.Globals)
	} else {
		if t.Depth >= t.Interp.RecursionLimit {
			return nil, runtime.Value{}, runtime.Errorf(runtime.RecursionErrorType, "maximum recursion depth exceeded")
		}
		f = ts.newFrame(co, fn, fn.Globals)
	}
	if fn.simple && len(kwargs) == 0 && len(args) == co.ArgCount {
		copy(f.slots, args)
	} else if err := fn.bindArgs(f.slots, args, kwargs); err != nil {
		if !isGen {
			ts.releaseFrame(f)
		}
		return nil, runtime.Value{}, err
	}
	if len(co.CellVars)+len(co.FreeVars) > 0 {
		f.initCells()
	}
	if isGen {
		return nil, runtime.Obj(newGenerator(f)), nil
	}
	if t.StepLimit > 0 || t.Breaker.Load() != 0 {
		if err := checkBreaker(t); err != nil {
			ts.releaseFrame(f)
			return nil, runtime.Value{}, err
		}
	}
	t.Depth++
	f.back = ts.top
	ts.top = f
	return f, runtime.Value{}, nil
}

// pushFastCall is pushCall for the common case: a function whose fast
// flag is set called with exactly its positional parameters.
func (ts *threadState) pushFastCall(t *runtime.Thread, fn *Function, args []runtime.Value) (*Frame, error) {
	if t.Depth >= t.Interp.RecursionLimit {
		return nil, runtime.Errorf(runtime.RecursionErrorType, "maximum recursion depth exceeded")
	}
	f := ts.newFrame(fn.Code, fn, fn.Globals)
	for i, a := range args {
		f.slots[i] = a
	}
	if t.StepLimit > 0 || t.Breaker.Load() != 0 {
		if err := checkBreaker(t); err != nil {
			ts.releaseFrame(f)
			return nil, err
		}
	}
	t.Depth++
	f.back = ts.top
	ts.top = f
	return f, nil
}

// callFromGo runs fn for a Go caller (FunctionType's Call slot: a built-in
// calling a minipy function). The Go re-entry counts against the recursion
// limit too, so recursion through built-ins ends in RecursionError rather
// than a Go stack overflow.
func callFromGo(t *runtime.Thread, fn *Function, args []runtime.Value, kwargs []runtime.Kwarg) (runtime.Value, error) {
	if t.Depth >= t.Interp.RecursionLimit {
		return runtime.Value{}, errRecursionCallingObject()
	}
	ts := stateOf(t)
	t.Depth++
	defer func() { t.Depth-- }()
	f, gen, err := ts.pushCall(t, fn, args, kwargs)
	if err != nil || f == nil {
		return gen, err
	}
	return ts.run(t, f, nil)
}

// splitKwargs splits CALL_KW's trailing keyword values off *args and
// pairs them with their names, in the thread's scratch buffer (the callee
// is a minipy function, which copies them into its frame at once).
func (ts *threadState) splitKwargs(args *[]runtime.Value, kwnames runtime.Value) []runtime.Kwarg {
	if kwnames.IsNull() {
		return nil
	}
	names := kwnames.Object().(*runtime.Tuple).Items()
	all := *args
	npos := len(all) - len(names)
	ts.kwbuf = ts.kwbuf[:0]
	for i, n := range names {
		s, _ := runtime.AsStr(n)
		ts.kwbuf = append(ts.kwbuf, runtime.Kwarg{Name: s, Value: all[npos+i]})
	}
	*args = all[:npos]
	return ts.kwbuf
}

// callValue calls any callable with arguments from the value stack;
// kwnames (or null) names the trailing arguments passed by keyword.
func callValue(t *runtime.Thread, callee runtime.Value, args []runtime.Value, kwnames runtime.Value) (runtime.Value, error) {
	var kwargs []runtime.Kwarg
	if !kwnames.IsNull() {
		names := kwnames.Object().(*runtime.Tuple).Items()
		npos := len(args) - len(names)
		kwargs = make([]runtime.Kwarg, len(names))
		for i, n := range names {
			s, _ := runtime.AsStr(n)
			kwargs[i] = runtime.Kwarg{Name: s, Value: args[npos+i]}
		}
		args = args[:npos]
	}
	return runtime.Call(t, callee, args, kwargs)
}

// callEx is CALL_FUNCTION_EX: f(*args, **kwargs) with args any iterable
// and kwargs a dict (or null).
func callEx(t *runtime.Thread, callee, args, kw runtime.Value) (runtime.Value, error) {
	var positional []runtime.Value
	if tup, ok := args.Object().(*runtime.Tuple); ok {
		positional = tup.Items()
	} else {
		if args.Type().Iter == nil {
			return runtime.Value{}, runtime.Errorf(runtime.TypeErrorType, "%s argument after * must be an iterable, not %s",
				funcDescription(callee), args.Type().Name)
		}
		l := runtime.NewList(nil)
		if err := l.Extend(t, args); err != nil {
			return runtime.Value{}, err
		}
		positional = l.Items()
	}
	var kwargs []runtime.Kwarg
	if !kw.IsNull() {
		for _, item := range kw.Object().(*runtime.Dict).Items() {
			name, ok := runtime.AsStr(item.Key)
			if !ok {
				return runtime.Value{}, runtime.Errorf(runtime.TypeErrorType, "keywords must be strings")
			}
			kwargs = append(kwargs, runtime.Kwarg{Name: name, Value: item.Value})
		}
	}
	return runtime.Call(t, callee, positional, kwargs)
}

// funcDescription names a callable in call errors as CPython's
// _PyObject_FunctionStr does: "f()", "print()", "A.m()", or "X object".
func funcDescription(v runtime.Value) string {
	switch o := v.Object().(type) {
	case *Function:
		return moduleQualified(o.Module, o.QualName) + "()"
	case *runtime.Builtin:
		return o.Name + "()"
	case *runtime.Method:
		return o.Owner.Name + "." + o.Name + "()"
	case *runtime.BoundMethod:
		if fn, ok := o.Func.Object().(*Function); ok {
			return moduleQualified(fn.Module, fn.QualName) + "()"
		}
		if m, ok := o.Func.Object().(*runtime.Method); ok {
			return m.Owner.Name + "." + m.Name + "()"
		}
	case *runtime.Type:
		name := runtime.QualName(o)
		if o.Module == "" || o.Module == "builtins" {
			return name + "()"
		}
		return o.Module + "." + name + "()"
	}
	return v.Type().Name + " object"
}

// moduleQualified is "module.qualname", as CPython's _PyObject_FunctionStr
// names a function defined outside builtins.
func moduleQualified(module runtime.Value, qual string) string {
	if m, ok := runtime.AsStr(module); ok && m != "builtins" {
		return m + "." + qual
	}
	return qual
}

// dictMerge is DICT_MERGE: add mapping m to the keyword dict d of a call
// to callee, rejecting duplicates and non-mappings as CPython does.
func dictMerge(t *runtime.Thread, callee runtime.Value, d *runtime.Dict, m runtime.Value) error {
	var items []runtime.DictItem
	if md, ok := m.Object().(*runtime.Dict); ok {
		items = md.Items()
	} else {
		tmp := runtime.NewDict()
		if err := tmp.UpdateFromMapping(t, m); err != nil {
			if exc := runtime.AsException(err); exc.Matches(runtime.TypeErrorType) {
				return runtime.Errorf(runtime.TypeErrorType, "%s argument after ** must be a mapping, not %s",
					funcDescription(callee), m.Type().Name)
			}
			return err
		}
		items = tmp.Items()
	}
	for _, item := range items {
		if name, ok := runtime.AsStr(item.Key); ok {
			if _, dup := d.GetStr(name); dup {
				return runtime.Errorf(runtime.TypeErrorType, "%s got multiple values for keyword argument '%s'",
					funcDescription(callee), name)
			}
		}
		if err := d.Set(t, item.Key, item.Value); err != nil {
			return err
		}
	}
	return nil
}

// loadMethod is LOAD_METHOD: for obj.name(...) it returns the function and
// obj as its self when name is a plain method of obj's type (a built-in
// method descriptor or a minipy function), so the call needs no bound
// method; otherwise the attribute and a null self.
func loadMethod(t *runtime.Thread, obj runtime.Value, name string) (runtime.Value, runtime.Value, error) {
	typ := obj.Type()
	if meth, ok := runtime.LookupMethod(obj, name); ok {
		return meth, obj, nil
	}
	if typ.GetAttr == nil {
		if attr, ok := typ.Lookup(name); ok {
			switch attr.Object().(type) {
			case *runtime.Method, *Function:
				return attr, obj, nil
			}
		}
	}
	v, err := runtime.GetAttr(t, obj, name)
	return v, runtime.Value{}, err
}

// errRecursionCallingObject is the RecursionError of a call that enters a
// Python function from a C-level call in CPython (callFromGo, a class
// call).
func errRecursionCallingObject() error {
	return runtime.Errorf(runtime.RecursionErrorType, "maximum recursion depth exceeded while calling a Python object")
}

// initResultError is type.__call__'s error for an __init__ that returned
// r instead of None.
func initResultError(r runtime.Value) error {
	return runtime.Errorf(runtime.TypeErrorType, "__init__() should return None, not '%s'", runtime.TypeName(r))
}
