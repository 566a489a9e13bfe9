package runtime

import (
	"fmt"
	"strings"
)

// Exception is a raised (or raisable) Python exception: an instance of
// BaseException or of one of its subclasses, user classes included. It is
// also a Go error, so every function that can raise returns it as error.
type Exception struct {
	typ     *Type
	Args    []Value
	Cause   *Exception // __cause__ (raise ... from ...)
	Context *Exception // __context__ (raised while handling another)
	// SuppressContext is __suppress_context__, set by `raise ... from ...`.
	SuppressContext bool
	// Traceback lists the frames the exception passed through, innermost
	// last (the order a traceback prints them).
	Traceback []TraceEntry
	// Dict holds attributes set on the instance (user subclasses, e.g.
	// self.code = 3), created on first use.
	Dict *Dict
}

// TraceEntry is one line of a traceback.
type TraceEntry struct {
	Filename string
	Line     int
	Func     string // "<module>" for module level
}

// Type implements Object.
func (e *Exception) Type() *Type { return e.typ }

// Error implements error: "ValueError: message", as a traceback's last line.
func (e *Exception) Error() string {
	msg := e.Message()
	if msg == "" {
		return e.typ.Name
	}
	return e.typ.Name + ": " + msg
}

// Message is str(e) for exceptions whose args are plain values: "" for no
// args, str(args[0]) for one, the repr of the args tuple for several.
// KeyError's single argument is shown with repr, as CPython does.
// It does not run user code; the vm formats user __str__ itself.
func (e *Exception) Message() string {
	switch len(e.Args) {
	case 0:
		return ""
	case 1:
		if KeyErrorType.IsSubtype(e.typ) {
			return SafeRepr(e.Args[0])
		}
		return SafeStr(e.Args[0])
	default:
		parts := make([]string, len(e.Args))
		for i, a := range e.Args {
			parts[i] = SafeRepr(a)
		}
		return "(" + strings.Join(parts, ", ") + ")"
	}
}

// NewException creates an exception of type typ with the given args.
func NewException(typ *Type, args ...Value) *Exception {
	return &Exception{typ: typ, Args: args}
}

// Errorf creates an exception of type typ whose single argument is the
// formatted message: return Value{}, Errorf(TypeError, "... %s", x).
func Errorf(typ *Type, format string, a ...any) *Exception {
	return &Exception{typ: typ, Args: []Value{NewStr(fmt.Sprintf(format, a...))}}
}

// Matches reports whether e is an instance of typ (the test of `except typ`).
func (e *Exception) Matches(typ *Type) bool { return typ.IsSubtype(e.typ) }

// AsException converts any Go error into a Python exception: an *Exception
// is returned as is; anything else (a bug in minipy) becomes a SystemError
// carrying the Go error's text.
func AsException(err error) *Exception {
	if e, ok := err.(*Exception); ok {
		return e
	}
	return Errorf(SystemErrorType, "internal error: %v", err)
}

// The exception hierarchy of LANGUAGE.md, as in CPython 3.11.
var (
	BaseExceptionType       = newExceptionType("BaseException", nil)
	SystemExitType          = newExceptionType("SystemExit", BaseExceptionType)
	KeyboardInterruptType   = newExceptionType("KeyboardInterrupt", BaseExceptionType)
	GeneratorExitType       = newExceptionType("GeneratorExit", BaseExceptionType)
	ExceptionType           = newExceptionType("Exception", BaseExceptionType)
	StopIterationType       = newExceptionType("StopIteration", ExceptionType)
	StopAsyncIterationType  = newExceptionType("StopAsyncIteration", ExceptionType)
	ArithmeticErrorType     = newExceptionType("ArithmeticError", ExceptionType)
	FloatingPointErrorType  = newExceptionType("FloatingPointError", ArithmeticErrorType)
	OverflowErrorType       = newExceptionType("OverflowError", ArithmeticErrorType)
	ZeroDivisionErrorType   = newExceptionType("ZeroDivisionError", ArithmeticErrorType)
	AssertionErrorType      = newExceptionType("AssertionError", ExceptionType)
	AttributeErrorType      = newExceptionType("AttributeError", ExceptionType)
	BufferErrorType         = newExceptionType("BufferError", ExceptionType)
	EOFErrorType            = newExceptionType("EOFError", ExceptionType)
	ImportErrorType         = newExceptionType("ImportError", ExceptionType)
	ModuleNotFoundErrorType = newExceptionType("ModuleNotFoundError", ImportErrorType)
	LookupErrorType         = newExceptionType("LookupError", ExceptionType)
	IndexErrorType          = newExceptionType("IndexError", LookupErrorType)
	KeyErrorType            = newExceptionType("KeyError", LookupErrorType)
	MemoryErrorType         = newExceptionType("MemoryError", ExceptionType)
	NameErrorType           = newExceptionType("NameError", ExceptionType)
	UnboundLocalErrorType   = newExceptionType("UnboundLocalError", NameErrorType)
	OSErrorType             = newExceptionType("OSError", ExceptionType)
	FileNotFoundErrorType   = newExceptionType("FileNotFoundError", OSErrorType)
	FileExistsErrorType     = newExceptionType("FileExistsError", OSErrorType)
	IsADirectoryErrorType   = newExceptionType("IsADirectoryError", OSErrorType)
	PermissionErrorType     = newExceptionType("PermissionError", OSErrorType)
	TimeoutErrorType        = newExceptionType("TimeoutError", OSErrorType)
	ReferenceErrorType      = newExceptionType("ReferenceError", ExceptionType)
	RuntimeErrorType        = newExceptionType("RuntimeError", ExceptionType)
	NotImplementedErrorType = newExceptionType("NotImplementedError", RuntimeErrorType)
	RecursionErrorType      = newExceptionType("RecursionError", RuntimeErrorType)
	SyntaxErrorType         = newExceptionType("SyntaxError", ExceptionType)
	IndentationErrorType    = newExceptionType("IndentationError", SyntaxErrorType)
	TabErrorType            = newExceptionType("TabError", IndentationErrorType)
	SystemErrorType         = newExceptionType("SystemError", ExceptionType)
	TypeErrorType           = newExceptionType("TypeError", ExceptionType)
	ValueErrorType          = newExceptionType("ValueError", ExceptionType)
	UnicodeErrorType        = newExceptionType("UnicodeError", ValueErrorType)
	UnicodeDecodeErrorType  = newExceptionType("UnicodeDecodeError", UnicodeErrorType)
	UnicodeEncodeErrorType  = newExceptionType("UnicodeEncodeError", UnicodeErrorType)
	WarningType             = newExceptionType("Warning", ExceptionType)
)

// ExceptionTypes lists every built-in exception type, for the builtins module.
var ExceptionTypes []*Type

func newExceptionType(name string, base *Type) *Type {
	if base == nil {
		base = ObjectType
	}
	t := NewBuiltinType(name, base)
	ExceptionTypes = append(ExceptionTypes, t)
	return t
}
