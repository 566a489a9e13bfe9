package runtime

// threading.excepthook's default, _thread._excepthook, and its argument
// type _thread._ExceptHookArgs (a struct sequence: a tuple with named
// fields), as in CPython: an exception that ends a threading.Thread prints
// "Exception in thread NAME:" and its traceback, and the program goes on.

import (
	"strings"
	"sync"
)

// exceptHookArgsType is _thread._ExceptHookArgs.
var exceptHookArgsType = NewBuiltinType("_ExceptHookArgs", TupleType)

var exceptHookArgsFields = []string{"exc_type", "exc_value", "exc_traceback", "thread"}

var exceptHookArgsOnce sync.Once

// initExceptHookArgsType fills the type's slots when _thread is first
// imported: the tuple slots it inherits exist only once every init has run.
func initExceptHookArgsType() {
	exceptHookArgsOnce.Do(func() {
		et := exceptHookArgsType
		et.Module = "_thread"
		copyTupleSlots(et)
		et.New = exceptHookArgsNew
		et.Repr = exceptHookArgsRepr
		et.GetAttr = func(t *Thread, v Value, name string) (Value, error) {
			for i, f := range exceptHookArgsFields {
				if f == name {
					return v.obj.(*Tuple).items[i], nil
				}
			}
			return GenericGetAttr(t, v, name)
		}
	})
}

// exceptHookArgsNew is _ExceptHookArgs(sequence of 4).
func exceptHookArgsNew(t *Thread, typ *Type, args []Value, kwargs []Kwarg) (Value, error) {
	if err := checkPositional("_thread._ExceptHookArgs", args, kwargs, 1, 1); err != nil {
		return Value{}, err
	}
	var items []Value
	if tup, ok := AsTuple(args[0]); ok {
		items = append(items, tup.Items()...)
	} else {
		it, err := Iter(t, args[0])
		if err != nil {
			return Value{}, err
		}
		for {
			x, ok, err := Next(t, it)
			if err != nil {
				return Value{}, err
			}
			if !ok {
				break
			}
			items = append(items, x)
		}
	}
	if len(items) != len(exceptHookArgsFields) {
		return Value{}, Errorf(TypeErrorType, "_thread._ExceptHookArgs() takes a 4-sequence (%d-sequence given)", len(items))
	}
	return NewTupleOfType(exceptHookArgsType, items), nil
}

func exceptHookArgsRepr(t *Thread, v Value) (string, error) {
	var b strings.Builder
	b.WriteString("_thread._ExceptHookArgs(")
	for i, x := range v.obj.(*Tuple).items {
		if i > 0 {
			b.WriteString(", ")
		}
		r, err := Repr(t, x)
		if err != nil {
			return "", err
		}
		b.WriteString(exceptHookArgsFields[i] + "=" + r)
	}
	return b.String() + ")", nil
}

// threadExceptHook is _thread._excepthook(args): it prints the exception of
// a thread to stderr, preceded by "Exception in thread NAME:"; SystemExit
// is silent.
func threadExceptHook(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	if err := checkOneArg("_thread._excepthook", args, kwargs); err != nil {
		return Value{}, err
	}
	tup, ok := args[0].obj.(*Tuple)
	if !ok || tup.Type() != exceptHookArgsType {
		return Value{}, Errorf(TypeErrorType, "_thread.excepthook argument type must be ExceptHookArgs")
	}
	excType, excValue, thread := tup.items[0], tup.items[1], tup.items[3]
	if typ, ok := excType.Object().(*Type); ok && typ == SystemExitType {
		return None, nil
	}
	name := ""
	if !thread.IsNone() {
		if v, err := GetAttr(t, thread, "name"); err == nil {
			if name, err = StrOf(t, v); err != nil {
				return Value{}, err
			}
		} else if !AsException(err).Matches(AttributeErrorType) {
			return Value{}, err
		} else {
			thread = None
		}
	}
	if thread.IsNone() {
		name = formatIdent(t.Ident)
	}
	in := t.Interp
	in.Stderr.WriteString("Exception in thread " + name + ":\n")
	if exc, ok := excValue.Object().(*Exception); ok {
		printException(t, exc)
	} else {
		in.Stderr.WriteString(reprOrDefault(t, excValue) + "\n")
	}
	return None, nil
}
