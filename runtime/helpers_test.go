package runtime

import (
	"bytes"
	"testing"
)

// Helpers for the container and builtins tests: a throwaway interpreter
// and short ways to build values and call built-ins and methods.

type testEnv struct {
	tb  testing.TB
	in  *Interpreter
	th  *Thread
	out *bytes.Buffer
}

func newTestEnv(tb testing.TB) *testEnv {
	out := &bytes.Buffer{}
	in := NewInterpreterIO(bytes.NewReader(nil), out, out)
	return &testEnv{tb: tb, in: in, th: in.MainThread, out: out}
}

func ints(xs ...int64) []Value {
	out := make([]Value, len(xs))
	for i, x := range xs {
		out[i] = Int(x)
	}
	return out
}

// must fails the test on err.
func (e *testEnv) must(v Value, err error) Value {
	e.tb.Helper()
	if err != nil {
		e.tb.Fatalf("unexpected error: %v", err)
	}
	return v
}

// builtin calls a built-in function or type by name.
func (e *testEnv) builtin(name string, args ...Value) (Value, error) {
	e.tb.Helper()
	fn, ok := e.in.Builtins.GetStr(name)
	if !ok {
		e.tb.Fatalf("no builtin %s", name)
	}
	return Call(e.th, fn, args, nil)
}

// call calls a built-in with keyword arguments.
func (e *testEnv) callKw(name string, args []Value, kwargs ...Kwarg) (Value, error) {
	e.tb.Helper()
	fn, _ := e.in.Builtins.GetStr(name)
	return Call(e.th, fn, args, kwargs)
}

// method calls recv.name(args...).
func (e *testEnv) method(recv Value, name string, args ...Value) (Value, error) {
	e.tb.Helper()
	m, err := GetAttr(e.th, recv, name)
	if err != nil {
		return Value{}, err
	}
	return Call(e.th, m, args, nil)
}

func (e *testEnv) repr(v Value) string {
	e.tb.Helper()
	s, err := Repr(e.th, v)
	if err != nil {
		e.tb.Fatalf("repr: %v", err)
	}
	return s
}

func (e *testEnv) rng(args ...int64) Value {
	return e.must(e.builtin("range", ints(args...)...))
}

func (e *testEnv) set(items ...Value) Value {
	return e.must(e.builtin("set", NewTuple(items)))
}

func (e *testEnv) list(items ...Value) Value { return Obj(NewList(items)) }

func (e *testEnv) tuple(items ...Value) Value { return NewTuple(items) }

func (e *testEnv) bin(op BinaryOp, a, b Value) Value {
	e.tb.Helper()
	return e.must(Binary(e.th, op, a, b))
}

func (e *testEnv) inplace(op BinaryOp, a, b Value) Value {
	e.tb.Helper()
	return e.must(InPlace(e.th, op, a, b))
}

// errText is the last line of a traceback for err ("TypeError: ...").
func errText(err error) string {
	if err == nil {
		return "no error"
	}
	return AsException(err).Error()
}
