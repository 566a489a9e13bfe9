package runtime

import "strconv"

// BaseExceptionGroup and ExceptionGroup (PEP 654), the part asyncio's
// TaskGroup and programs catching its errors use: construction with
// CPython's checks, message, exceptions, str and derive. (`except*` is not
// in minipy's language.)
//
// This file initialises after exception_obj.go (files initialise in name
// order), whose generic exception slots it replaces for the two types.

var (
	// BaseExceptionGroupType is BaseExceptionGroup.
	BaseExceptionGroupType = newExceptionType("BaseExceptionGroup", BaseExceptionType)
	// ExceptionGroupType is ExceptionGroup, which derives from both
	// BaseExceptionGroup and Exception.
	ExceptionGroupType = newExceptionType("ExceptionGroup", BaseExceptionGroupType)
)

func init() {
	eg := ExceptionGroupType
	eg.Bases = []*Type{BaseExceptionGroupType, ExceptionType}
	eg.MRO = append([]*Type{eg, BaseExceptionGroupType}, ExceptionType.MRO...)
	for _, typ := range []*Type{BaseExceptionGroupType, ExceptionGroupType} {
		typ.New = exceptionGroupNew
		typ.Str = exceptionGroupStr
	}
	b := BaseExceptionGroupType
	b.Dict.SetStr("message", Obj(&GetSet{Name: "message", Owner: b, Get: func(t *Thread, obj Value) (Value, error) {
		return obj.obj.(*Exception).Args[0], nil
	}}))
	b.Dict.SetStr("exceptions", Obj(&GetSet{Name: "exceptions", Owner: b, Get: func(t *Thread, obj Value) (Value, error) {
		return NewTuple(append([]Value(nil), groupMembers(obj.obj.(*Exception))...)), nil
	}}))
	b.AddMethod("derive", func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		if err := checkOneArg("derive", args, kwargs); err != nil {
			return Value{}, err
		}
		msg := self.obj.(*Exception).Args[0]
		return exceptionGroupNew(t, BaseExceptionGroupType, []Value{msg, args[0]}, nil)
	})
	b.AddMethod("__str__", func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		s, err := exceptionGroupStr(t, self)
		return NewStr(s), err
	})
}

// groupMembers returns the exceptions of a group (validated by
// exceptionGroupNew: a list or tuple of exceptions).
func groupMembers(e *Exception) []Value {
	switch o := e.Args[1].obj.(type) {
	case *List:
		return o.Items()
	case *Tuple:
		return o.items
	}
	return nil
}

// exceptionGroupNew is BaseExceptionGroup.__new__(cls, message,
// exceptions) with CPython's checks; BaseExceptionGroup itself makes an
// ExceptionGroup when every member is an Exception.
func exceptionGroupNew(t *Thread, typ *Type, args []Value, kwargs []Kwarg) (Value, error) {
	if len(kwargs) > 0 {
		return Value{}, noKeywords(typ.Name)
	}
	if len(args) != 2 {
		return Value{}, Errorf(TypeErrorType, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", len(args))
	}
	if _, ok := AsStr(args[0]); !ok {
		return Value{}, Errorf(TypeErrorType, "BaseExceptionGroup.__new__() argument 1 must be str, not %s", TypeName(args[0]))
	}
	var members []Value
	switch o := args[1].obj.(type) {
	case *List:
		members = o.Items()
	case *Tuple:
		members = o.items
	default:
		return Value{}, Errorf(TypeErrorType, "second argument (exceptions) must be a sequence")
	}
	if len(members) == 0 {
		return Value{}, Errorf(ValueErrorType, "second argument (exceptions) must be a non-empty sequence")
	}
	allExceptions := true
	for i, m := range members {
		e, ok := m.obj.(*Exception)
		if !ok {
			return Value{}, Errorf(ValueErrorType, "Item %d of second argument (exceptions) is not an exception", i)
		}
		if !ExceptionType.IsSubtype(e.typ) {
			allExceptions = false
		}
	}
	switch {
	case typ == BaseExceptionGroupType && allExceptions:
		typ = ExceptionGroupType
	case ExceptionType.IsSubtype(typ) && !allExceptions:
		return Value{}, Errorf(TypeErrorType, "Cannot nest BaseExceptions in an ExceptionGroup")
	}
	return Obj(&Exception{typ: typ, Args: []Value{args[0], args[1]}}), nil
}

// exceptionGroupStr is "message (N sub-exceptions)".
func exceptionGroupStr(t *Thread, v Value) (string, error) {
	e := v.obj.(*Exception)
	msg, err := StrOf(t, e.Args[0])
	if err != nil {
		return "", err
	}
	n := len(groupMembers(e))
	s := " sub-exceptions)"
	if n == 1 {
		s = " sub-exception)"
	}
	return msg + " (" + strconv.Itoa(n) + s, nil
}

// ExceptionGroupMembers returns the member exceptions of e and true when e
// is an exception group (for the traceback printer).
func ExceptionGroupMembers(e *Exception) ([]*Exception, bool) {
	if !BaseExceptionGroupType.IsSubtype(e.typ) || len(e.Args) < 2 {
		return nil, false
	}
	var out []*Exception
	for _, m := range groupMembers(e) {
		if x, ok := m.obj.(*Exception); ok {
			out = append(out, x)
		}
	}
	return out, true
}
