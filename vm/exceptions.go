package vm

import (
	"minipy/runtime"
)

// Raising, matching and chaining exceptions, and the errors the eval loop
// raises itself.

// makeRaise is `raise exc [from cause]`: exc may be an exception class
// (instantiated with no arguments) or instance.
func makeRaise(t *runtime.Thread, exc, cause runtime.Value) error {
	e, err := toException(t, exc, "exceptions must derive from BaseException")
	if err != nil {
		return err
	}
	if !cause.IsNull() {
		if cause.IsNone() {
			e.Cause = nil
		} else {
			c, err := toException(t, cause, "exception causes must derive from BaseException")
			if err != nil {
				return err
			}
			e.Cause = c
		}
		e.SuppressContext = true
	}
	return e
}

// toException instantiates an exception class or checks an instance.
func toException(t *runtime.Thread, v runtime.Value, msg string) (*runtime.Exception, error) {
	if e, ok := v.Object().(*runtime.Exception); ok {
		return e, nil
	}
	if typ, ok := v.Object().(*runtime.Type); ok && runtime.BaseExceptionType.IsSubtype(typ) {
		inst, err := runtime.Call(t, v, nil, nil)
		if err != nil {
			return nil, err
		}
		if e, ok := inst.Object().(*runtime.Exception); ok {
			return e, nil
		}
		return nil, runtime.Errorf(runtime.TypeErrorType,
			"calling %s should have returned an instance of BaseException, not %s", runtime.SafeRepr(v), inst.Type().Name)
	}
	return nil, runtime.Errorf(runtime.TypeErrorType, "%s", msg)
}

// excValue is the stack form of the handled exception: the exception or None.
func excValue(e *runtime.Exception) runtime.Value {
	if e == nil {
		return runtime.None
	}
	return runtime.Obj(e)
}

// exceptionMatches is CHECK_EXC_MATCH: `except typ` for an exception
// class or a tuple of them.
func exceptionMatches(t *runtime.Thread, exc, typ runtime.Value) (bool, error) {
	e := exc.Object().(*runtime.Exception)
	if tup, ok := typ.Object().(*runtime.Tuple); ok {
		for _, item := range tup.Items() {
			if err := checkCatchable(item); err != nil {
				return false, err
			}
		}
		for _, item := range tup.Items() {
			if e.Matches(item.Object().(*runtime.Type)) {
				return true, nil
			}
		}
		return false, nil
	}
	if err := checkCatchable(typ); err != nil {
		return false, err
	}
	return e.Matches(typ.Object().(*runtime.Type)), nil
}

func checkCatchable(v runtime.Value) error {
	if typ, ok := v.Object().(*runtime.Type); ok && runtime.BaseExceptionType.IsSubtype(typ) {
		return nil
	}
	return runtime.Errorf(runtime.TypeErrorType, "catching classes that do not inherit from BaseException is not allowed")
}

// chainContext sets a newly raised exception's __context__ to the
// exception being handled, breaking any cycle as CPython does.
func (ts *threadState) chainContext(exc *runtime.Exception) {
	handled := ts.excInfo
	if handled == nil || handled == exc || exc.Context != nil {
		return
	}
	for o := handled; o != nil; o = o.Context {
		if o.Context == exc {
			o.Context = nil
			break
		}
	}
	exc.Context = handled
}

// addTraceback records that exc passed through code at instruction pc. The
// new entry is the outermost so far, so it goes first.
func addTraceback(exc *runtime.Exception, code *Code, pc int) {
	entry := runtime.TraceEntry{Filename: code.Filename, Line: code.lineAt(pc), Func: code.Name}
	exc.Traceback = append(exc.Traceback, runtime.TraceEntry{})
	copy(exc.Traceback[1:], exc.Traceback)
	exc.Traceback[0] = entry
}

func unboundLocal(name string) error {
	return runtime.Errorf(runtime.UnboundLocalErrorType,
		"cannot access local variable '%s' where it is not associated with a value", name)
}

// unboundDeref is the error for an empty cell: a local of this function
// (UnboundLocalError) or of an enclosing one (NameError).
func unboundDeref(code *Code, i int) error {
	if i < len(code.CellVars) {
		return unboundLocal(code.CellVars[i])
	}
	return runtime.Errorf(runtime.NameErrorType,
		"cannot access free variable '%s' where it is not associated with a value in enclosing scope",
		code.FreeVars[i-len(code.CellVars)])
}

// nameError is the NameError of a global or builtin lookup. It remembers
// where it was raised so the traceback can suggest a similar name.
func (ts *threadState) nameError(f *Frame, name string) error {
	exc := runtime.Errorf(runtime.NameErrorType, "name '%s' is not defined", name)
	rememberSuggestionContext(exc, suggestionContext{name: name, code: f.code, globals: f.globals})
	return exc
}

// noteAttributeError remembers the object of an AttributeError for the
// traceback's suggestion.
func noteAttributeError(err error, obj runtime.Value, name string) error {
	exc := runtime.AsException(err)
	if exc.Type() == runtime.AttributeErrorType {
		rememberSuggestionContext(exc, suggestionContext{name: name, obj: obj})
	}
	return exc
}
