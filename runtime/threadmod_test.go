package runtime

import (
	"bytes"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// threadEnv is an interpreter with the _thread module imported and its main
// thread begun, for calling _thread from Go as Python code would.
type threadEnv struct {
	tb     testing.TB
	in     *Interpreter
	main   *Thread
	mod    *Module
	stderr *bytes.Buffer
}

func newThreadEnv(tb testing.TB, gil bool) *threadEnv {
	stderr := &bytes.Buffer{}
	in := NewInterpreterIO(strings.NewReader(""), &bytes.Buffer{}, stderr)
	in.GIL.Enabled = gil
	in.GIL.SetSwitchInterval(200 * time.Microsecond)
	mod, err := in.Import("_thread")
	if err != nil {
		tb.Fatal(err)
	}
	in.MainThread.Begin()
	tb.Cleanup(in.MainThread.End)
	return &threadEnv{tb: tb, in: in, main: in.MainThread, mod: mod, stderr: stderr}
}

// call calls _thread.name(args...) on thread t.
func (e *threadEnv) call(t *Thread, name string, args ...Value) (Value, error) {
	fn, ok := e.mod.Dict.GetStr(name)
	if !ok {
		e.tb.Fatalf("_thread has no %s", name)
	}
	return Call(t, fn, args, nil)
}

// method calls recv.name(args...) on thread t.
func (e *threadEnv) method(t *Thread, recv Value, name string, args ...Value) (Value, error) {
	m, err := GetAttr(t, recv, name)
	if err != nil {
		return Value{}, err
	}
	return Call(t, m, args, nil)
}

// wantError checks that err is a Python exception with the given last line.
func wantError(tb testing.TB, err error, want string) {
	tb.Helper()
	if err == nil {
		tb.Fatalf("no error, want %s", want)
	}
	if got := AsException(err).Error(); got != want {
		tb.Fatalf("error %q, want %q", got, want)
	}
}

func TestLockSemantics(t *testing.T) {
	e := newThreadEnv(t, false)
	m := e.main
	l, _ := e.call(m, "allocate_lock")
	_, err := e.method(m, l, "release")
	wantError(t, err, "RuntimeError: release unlocked lock")
	if r, _ := e.method(m, l, "acquire"); !Is(r, True) {
		t.Fatalf("acquire of a free lock = %v", SafeRepr(r))
	}
	if r, _ := e.method(m, l, "locked"); !Is(r, True) {
		t.Fatalf("locked() after acquire = %v", SafeRepr(r))
	}
	if r, _ := e.method(m, l, "acquire", False); !Is(r, False) {
		t.Fatalf("non-blocking acquire of a held lock = %v", SafeRepr(r))
	}
	if r, _ := e.method(m, l, "acquire", True, Float(0.001)); !Is(r, False) {
		t.Fatalf("timed acquire of a held lock = %v", SafeRepr(r))
	}
	if !strings.HasPrefix(SafeRepr(l), "<locked _thread.lock object at 0x") {
		t.Fatalf("repr %s", SafeRepr(l))
	}
	e.method(m, l, "release")
	for _, c := range []struct {
		args []Value
		want string
	}{
		{[]Value{False, Int(1)}, "ValueError: can't specify a timeout for a non-blocking call"},
		{[]Value{True, Float(-1.5)}, "ValueError: timeout value must be positive"},
		{[]Value{None}, "TypeError: 'NoneType' object cannot be interpreted as an integer"},
		{[]Value{True, Float(1e10)}, "OverflowError: timestamp out of range for platform time_t"},
		{[]Value{True, Int(10_000_000_000)}, "OverflowError: timestamp too large to convert to C _PyTime_t"},
		{[]Value{True, Int(1), Int(2)}, "TypeError: acquire() takes at most 2 arguments (3 given)"},
	} {
		_, err := e.method(m, l, "acquire", c.args...)
		wantError(t, err, c.want)
	}
	acq, _ := GetAttr(m, l, "acquire")
	_, err = Call(m, acq, nil, []Kwarg{{Name: "foo", Value: Int(1)}})
	wantError(t, err, "TypeError: 'foo' is an invalid keyword argument for acquire()")
	_, err = GetAttr(m, l, "nope")
	wantError(t, err, "AttributeError: '_thread.lock' object has no attribute 'nope'")
}

func TestRLockSemantics(t *testing.T) {
	e := newThreadEnv(t, false)
	m := e.main
	rt, _ := e.mod.Dict.GetStr("RLock")
	r, err := Call(m, rt, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	_, err = e.method(m, r, "release")
	wantError(t, err, "RuntimeError: cannot release un-acquired lock")
	e.method(m, r, "acquire")
	e.method(m, r, "acquire")
	if n, _ := e.method(m, r, "_recursion_count"); n.AsInt() != 2 {
		t.Fatalf("_recursion_count = %v", SafeRepr(n))
	}
	// Another thread neither owns nor can take it.
	other := e.in.NewThread("other")
	if r, _ := e.method(other, r, "acquire", False); !Is(r, False) {
		t.Fatalf("another thread took a held RLock")
	}
	_, err = e.method(other, r, "release")
	wantError(t, err, "RuntimeError: cannot release un-acquired lock")
	state, err := e.method(m, r, "_release_save")
	if err != nil || SafeRepr(state) != "(2, "+formatIdent(m.Ident)+")" {
		t.Fatalf("_release_save = %v, %v", SafeRepr(state), err)
	}
	if owned, _ := e.method(m, r, "_is_owned"); !Is(owned, False) {
		t.Fatalf("still owned after _release_save")
	}
	e.method(m, r, "_acquire_restore", state)
	e.method(m, r, "release")
	e.method(m, r, "release")
	if !strings.HasPrefix(SafeRepr(r), "<unlocked _thread.RLock object owner=0 count=0 at 0x") {
		t.Fatalf("repr %s", SafeRepr(r))
	}
}

// startThread starts fn on a new thread through _thread.start_new_thread.
func (e *threadEnv) startThread(fn func(t *Thread) error) Value {
	e.tb.Helper()
	f := NewBuiltin("f", func(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		return None, fn(t)
	})
	ident, err := e.call(e.main, "start_new_thread", f, EmptyTuple)
	if err != nil {
		e.tb.Fatal(err)
	}
	return ident
}

// TestLockWaitReleasesGIL: with the GIL on, a thread blocked on a lock
// must not keep the GIL, or the holder of the lock could never release it.
func TestLockWaitReleasesGIL(t *testing.T) {
	e := newThreadEnv(t, true)
	m := e.main
	l, done := NewLock(), NewLock()
	l.Acquire(m, -1)
	done.Acquire(m, -1)
	var got atomic.Bool
	e.startThread(func(t *Thread) error {
		ok, err := l.Acquire(t, -1) // blocks until the main thread releases it
		got.Store(ok)
		done.Release()
		return err
	})
	if err := m.Sleep(time.Millisecond); err != nil { // let the thread run and block
		t.Fatal(err)
	}
	l.Release()
	if ok, err := done.Acquire(m, -1); !ok || err != nil {
		t.Fatalf("waiting for the thread: %v %v", ok, err)
	}
	if !got.Load() {
		t.Fatalf("the thread did not get the lock")
	}
}

func TestStartNewThread(t *testing.T) {
	for _, gil := range []bool{false, true} {
		e := newThreadEnv(t, gil)
		m := e.main
		const n = 20
		var ran atomic.Int32
		idents := map[int64]bool{}
		done := NewLock()
		done.Acquire(m, -1)
		for i := 0; i < n; i++ {
			ident := e.startThread(func(t *Thread) error {
				if ran.Add(1) == n {
					done.Release()
				}
				return nil
			})
			idents[ident.AsInt()] = true
		}
		done.Acquire(m, -1)
		if len(idents) != n || idents[m.Ident] {
			t.Fatalf("idents not unique: %v", idents)
		}
		for e.in.LiveThreads() > 1 { // the threads end just after releasing done
			m.Sleep(time.Millisecond)
		}
		if c, _ := e.call(m, "_count"); c.AsInt() != 0 {
			t.Fatalf("_count() = %d after every thread ended", c.AsInt())
		}
	}
	e := newThreadEnv(t, false)
	_, err := e.call(e.main, "start_new_thread", Int(1), EmptyTuple)
	wantError(t, err, "TypeError: first arg must be callable")
	_, err = e.call(e.main, "start_new_thread", NewBuiltin("f", nil), Obj(NewList(nil)))
	wantError(t, err, "TypeError: 2nd arg must be a tuple")
	_, err = e.call(e.main, "start_new_thread", NewBuiltin("f", nil), EmptyTuple, None)
	wantError(t, err, "TypeError: optional 3rd arg must be a dictionary")
	_, err = e.call(e.main, "start_new_thread", NewBuiltin("f", nil))
	wantError(t, err, "TypeError: start_new_thread expected at least 2 arguments, got 1")
}

// TestThreadUncaughtException: an exception escaping a raw _thread thread
// is reported as CPython's thread_run does; SystemExit is silent.
func TestThreadUncaughtException(t *testing.T) {
	e := newThreadEnv(t, false)
	done := NewLock()
	done.Acquire(e.main, -1)
	for _, typ := range []*Type{SystemExitType, ValueErrorType} {
		typ := typ
		e.startThread(func(t *Thread) error {
			if typ == ValueErrorType {
				defer done.Release()
			}
			return Errorf(typ, "boom")
		})
	}
	done.Acquire(e.main, -1)
	for e.in.LiveThreads() > 1 {
		e.main.Sleep(time.Millisecond)
	}
	got := e.stderr.String()
	if !strings.HasPrefix(got, "Exception ignored in thread started by: <built-in function f>\n") ||
		!strings.HasSuffix(got, "ValueError: boom\n") || strings.Contains(got, "SystemExit") {
		t.Fatalf("stderr:\n%s", got)
	}
}

func TestExceptHook(t *testing.T) {
	e := newThreadEnv(t, false)
	m := e.main
	argsType, _ := e.mod.Dict.GetStr("_ExceptHookArgs")
	exc := Errorf(ValueErrorType, "x")
	args, err := Call(m, argsType, []Value{NewTuple([]Value{Obj(ValueErrorType), Obj(exc), None, None})}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := GetAttr(m, args, "exc_value"); !Is(got, Obj(exc)) {
		t.Fatalf("exc_value = %s", SafeRepr(got))
	}
	want := "_thread._ExceptHookArgs(exc_type=<class 'ValueError'>, exc_value=ValueError('x'), exc_traceback=None, thread=None)"
	if r := SafeRepr(args); r != want {
		t.Fatalf("repr %s\nwant %s", r, want)
	}
	if _, err := e.call(m, "_excepthook", args); err != nil {
		t.Fatal(err)
	}
	if got, want := e.stderr.String(), "Exception in thread "+formatIdent(m.Ident)+":\nValueError: x\n"; got != want {
		t.Fatalf("stderr %q, want %q", got, want)
	}
	_, err = Call(m, argsType, []Value{NewTuple([]Value{Int(1), Int(2), Int(3)})}, nil)
	wantError(t, err, "TypeError: _thread._ExceptHookArgs() takes a 4-sequence (3-sequence given)")
	_, err = e.call(m, "_excepthook", Int(1))
	wantError(t, err, "TypeError: _thread.excepthook argument type must be ExceptHookArgs")
}

// TestLocal: each thread sees its own attributes of a _thread._local.
func TestLocal(t *testing.T) {
	e := newThreadEnv(t, false)
	m := e.main
	lt, _ := e.mod.Dict.GetStr("_local")
	loc, err := Call(m, lt, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	_, err = Call(m, lt, []Value{Int(1)}, nil)
	wantError(t, err, "TypeError: Initialization arguments are not supported")
	SetAttr(m, loc, "x", Int(1))
	done := NewLock()
	done.Acquire(m, -1)
	var sawOwn, sawMain atomic.Bool
	e.startThread(func(t *Thread) error {
		defer done.Release()
		_, err := GetAttr(t, loc, "x")
		sawMain.Store(err == nil)
		SetAttr(t, loc, "x", Int(2))
		v, _ := GetAttr(t, loc, "x")
		sawOwn.Store(v.AsInt() == 2)
		return nil
	})
	done.Acquire(m, -1)
	if sawMain.Load() || !sawOwn.Load() {
		t.Fatalf("the thread saw the main thread's attribute (%v) or not its own (%v)", sawMain.Load(), sawOwn.Load())
	}
	if v, _ := GetAttr(m, loc, "x"); v.AsInt() != 1 {
		t.Fatalf("main thread's x = %s, want 1", SafeRepr(v))
	}
	_, err = GetAttr(m, loc, "y")
	wantError(t, err, "AttributeError: '_thread._local' object has no attribute 'y'")
}

// BenchmarkThreadStartJoin is _thread.start_new_thread of a function that
// releases a lock, and the acquire that waits for it: a thread's start and
// join, end to end.
func BenchmarkThreadStartJoin(b *testing.B) {
	for _, gil := range []bool{false, true} {
		name := "gil-off"
		if gil {
			name = "gil-on"
		}
		b.Run(name, func(b *testing.B) {
			e := newThreadEnv(b, gil)
			m := e.main
			done := NewLock()
			done.Acquire(m, -1)
			f := NewBuiltin("f", func(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
				done.Release()
				return None, nil
			})
			start, _ := e.mod.Dict.GetStr("start_new_thread")
			args := []Value{f, EmptyTuple}
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if _, err := Call(m, start, args, nil); err != nil {
					b.Fatal(err)
				}
				done.Acquire(m, -1)
			}
		})
	}
}
