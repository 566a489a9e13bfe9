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
	file := sysStderr(t)
	if file.IsNone() && !thread.IsNone() {
		// CPython's fallback: the sys.stderr of when the thread was made.
		if f, err := GetAttr(t, thread, "_stderr"); err == nil {
			file = f
		}
	}
	if file.IsNone() {
		return None, nil // nowhere to print, as in CPython
	}
	if err := writeText(t, file, "Exception in thread "+name+":\n"); err != nil {
		return Value{}, err
	}
	if exc, ok := excValue.Object().(*Exception); ok {
		return None, writeException(t, file, exc)
	}
	return None, writeText(t, file, reprOrDefault(t, excValue)+"\n")
}

// FormatException formats an exception and its traceback as the
// interpreter prints them; the vm sets it when it initialises. The hooks
// of _thread use it to print to a sys.stderr the program replaced.
var FormatException func(t *Thread, exc *Exception) string

// threadPrintException is _thread._print_exception(exc, file), minipy's
// own: exc's traceback written to file as sys.excepthook would print it
// (threading's report of an excepthook that failed).
func threadPrintException(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	if err := checkPositional("_print_exception", args, kwargs, 2, 2); err != nil {
		return Value{}, err
	}
	exc, ok := args[0].Object().(*Exception)
	if !ok {
		return Value{}, Errorf(TypeErrorType, "_print_exception() argument 1 must be an exception, not %s", TypeName(args[0]))
	}
	return None, writeException(t, args[1], exc)
}

// sysStderr is sys.stderr, where CPython's hooks print; None when the
// program set it to None or sys has no stderr.
func sysStderr(t *Thread) Value {
	sys, err := t.Import("sys")
	if err != nil {
		return None
	}
	if f, ok := sys.Dict.GetStr("stderr"); ok {
		return f
	}
	return None
}

// isProcessStderr reports whether file is the interpreter's own standard
// error, which is written to directly (a traceback with stdout flushed
// first, as for an uncaught exception).
func isProcessStderr(t *Thread, file Value) bool {
	ts, ok := file.Object().(*textStream)
	return ok && ts.out == t.Interp.Stderr
}

// writeText writes s to file with its write method; None is nowhere.
func writeText(t *Thread, file Value, s string) error {
	if file.IsNone() {
		return nil
	}
	if isProcessStderr(t, file) {
		t.Interp.Stderr.WriteString(s)
		return nil
	}
	write, err := GetAttr(t, file, "write")
	if err != nil {
		return err
	}
	_, err = Call(t, write, []Value{NewStr(s)}, nil)
	return err
}

// writeException writes exc with its traceback to file.
func writeException(t *Thread, file Value, exc *Exception) error {
	if file.IsNone() {
		return nil
	}
	if isProcessStderr(t, file) || FormatException == nil {
		printException(t, exc)
		return nil
	}
	return writeText(t, file, FormatException(t, exc))
}
