package runtime

import (
	"bytes"
	goruntime "runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// startJoinable starts fn through _thread._start_joinable_thread with a
// prepare callback that records the handle it is given, and returns the
// handle _start_joinable_thread returned.
func (e *threadEnv) startJoinable(daemon bool, fn func(t *Thread) error) (handle Value, prepared *threadHandle) {
	e.tb.Helper()
	f := NewBuiltin("f", func(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		return None, fn(t)
	})
	prepare := NewBuiltin("prepare", func(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		prepared = args[0].Object().(*threadHandle)
		if prepared.isDone() || prepared.nativeID.Load() != 0 {
			e.tb.Errorf("prepare ran after the thread began")
		}
		return None, nil
	})
	h, err := e.call(e.main, "_start_joinable_thread", f, Bool(daemon), NewStr("worker"), prepare)
	if err != nil {
		e.tb.Fatal(err)
	}
	return h, prepared
}

// TestJoinableThread: the handle prepare sees is the one returned, join
// waits for the thread's end, and every handle is done afterwards; in both
// GIL modes and with goroutines reused (more threads than idle workers).
func TestJoinableThread(t *testing.T) {
	for _, gil := range []bool{false, true} {
		e := newThreadEnv(t, gil)
		m := e.main
		const n = 3 * maxIdleThreadWorkers
		var ran atomic.Int32
		for i := 0; i < n; i++ {
			h, prepared := e.startJoinable(i%2 == 0, func(t *Thread) error {
				ran.Add(1)
				return nil
			})
			if h.Object() != prepared {
				t.Fatalf("prepare saw another handle")
			}
			if _, err := e.method(m, h, "join"); err != nil {
				t.Fatal(err)
			}
			if done, _ := e.method(m, h, "is_done"); !done.AsBool() {
				t.Fatalf("gil=%v: not done after join", gil)
			}
		}
		if got := ran.Load(); got != n {
			t.Fatalf("gil=%v: %d threads ran, want %d", gil, got, n)
		}
	}
}

// TestJoinableTimeoutAndShutdown: join(timeout) returns with the thread
// still running; _shutdown waits for the non-daemon thread only.
func TestJoinableTimeoutAndShutdown(t *testing.T) {
	for _, gil := range []bool{false, true} {
		e := newThreadEnv(t, gil)
		m := e.main
		release, forever := NewLock(), NewLock()
		release.Acquire(m, -1)
		forever.Acquire(m, -1)
		worker, _ := e.startJoinable(false, func(t *Thread) error {
			_, err := release.Acquire(t, -1)
			return err
		})
		daemon, _ := e.startJoinable(true, func(t *Thread) error {
			_, err := forever.Acquire(t, -1)
			return err
		})
		if _, err := e.method(m, worker, "join", Float(0.01)); err != nil {
			t.Fatal(err)
		}
		if done, _ := e.method(m, worker, "is_done"); done.AsBool() {
			t.Fatalf("gil=%v: done while blocked", gil)
		}
		go func() {
			time.Sleep(5 * time.Millisecond)
			release.Release()
		}()
		if _, err := e.call(m, "_shutdown"); err != nil {
			t.Fatal(err)
		}
		if done, _ := e.method(m, worker, "is_done"); !done.AsBool() {
			t.Fatalf("gil=%v: _shutdown returned before the worker ended", gil)
		}
		if done, _ := e.method(m, daemon, "is_done"); done.AsBool() {
			t.Fatalf("gil=%v: the daemon thread ended", gil)
		}
		forever.Release()
		if _, err := e.method(m, daemon, "join"); err != nil {
			t.Fatal(err)
		}
	}
}

// TestJoinableErrors: bad arguments raise CPython-style exceptions, and a
// failing prepare leaves no thread running.
func TestJoinableErrors(t *testing.T) {
	e := newThreadEnv(t, false)
	m := e.main
	noop := NewBuiltin("noop", func(t *Thread, args []Value, kwargs []Kwarg) (Value, error) { return None, nil })
	_, err := e.call(m, "_start_joinable_thread", Int(1), True, NewStr("x"), noop)
	wantError(t, err, "TypeError: thread function must be callable")
	_, err = e.call(m, "_start_joinable_thread", noop, True, Int(5), noop)
	wantError(t, err, "TypeError: thread name must be str, not int")
	var ran atomic.Bool
	body := NewBuiltin("body", func(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		ran.Store(true)
		return None, nil
	})
	failing := NewBuiltin("failing", func(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		return Value{}, Errorf(ValueErrorType, "no")
	})
	_, err = e.call(m, "_start_joinable_thread", body, False, NewStr("x"), failing)
	wantError(t, err, "ValueError: no")
	if _, err := e.call(m, "_shutdown"); err != nil { // nothing to wait for
		t.Fatal(err)
	}
	if ran.Load() {
		t.Fatal("the thread ran although prepare failed")
	}
	self, err := e.call(m, "_make_thread_handle", Int(m.Ident))
	if err != nil {
		t.Fatal(err)
	}
	_, err = e.method(m, self, "join")
	wantError(t, err, "RuntimeError: Cannot join current thread")
}

// TestJoinableSetDone: a handle marked done while its thread still runs
// (threading's interrupted join, bpo-45274) releases its joins and leaves
// what _shutdown waits for.
func TestJoinableSetDone(t *testing.T) {
	for _, gil := range []bool{false, true} {
		e := newThreadEnv(t, gil)
		m := e.main
		block := NewLock()
		block.Acquire(m, -1)
		worker, _ := e.startJoinable(false, func(t *Thread) error {
			_, err := block.Acquire(t, -1)
			return err
		})
		if _, err := e.method(m, worker, "_set_done"); err != nil {
			t.Fatal(err)
		}
		if _, err := e.method(m, worker, "join"); err != nil {
			t.Fatal(err)
		}
		if _, err := e.call(m, "_shutdown"); err != nil {
			t.Fatal(err)
		}
		if done, _ := e.method(m, worker, "is_done"); !done.AsBool() {
			t.Fatalf("gil=%v: not done after _set_done", gil)
		}
		block.Release()
	}
}

// TestNativeIDFixedAndDistinct: a thread's native id is taken once and
// kept; two live threads that begin on the same OS thread (goroutines do)
// still get different ids, and a released id can be taken again.
func TestNativeIDFixedAndDistinct(t *testing.T) {
	in := NewInterpreterIO(strings.NewReader(""), &bytes.Buffer{}, &bytes.Buffer{})
	a, b, c := in.NewThread("a"), in.NewThread("b"), in.NewThread("c")
	goruntime.LockOSThread() // a and b begin on one OS thread
	idA, idB := a.nativeIdent(), b.nativeIdent()
	a.releaseNativeID()
	idC := c.nativeIdent()
	goruntime.UnlockOSThread()
	defer b.releaseNativeID()
	defer c.releaseNativeID()
	if idA == idB {
		t.Fatalf("two live threads share the native id %d", idA)
	}
	if idC == idB {
		t.Fatalf("two live threads share the native id %d", idC)
	}
	if tid := int64(gettid()); tid != 0 && idA == tid && idC != tid {
		t.Fatalf("c took %d, not the native id %d that a released", idC, tid)
	}
	if a.nativeIdent() != idA || b.nativeIdent() != idB {
		t.Fatal("a native id changed")
	}
}

// TestStartWaitsForBegin: as CPython 3.11's start() waits on _started,
// _start_joinable_thread returns only once the new thread has begun (with
// the GIL, taken the lock from its starter), in both GIL modes.
func TestStartWaitsForBegin(t *testing.T) {
	for _, gil := range []bool{false, true} {
		e := newThreadEnv(t, gil)
		release := make(chan struct{})
		before := e.in.GIL.Switches()
		h, prepared := e.startJoinable(false, func(t *Thread) error {
			t.Block(func() { <-release })
			return nil
		})
		st := &prepared.thread.sched.stats
		st.mu.Lock()
		begun := st.begin != 0
		st.mu.Unlock()
		if !begun {
			t.Errorf("gil=%v: start returned before the thread began", gil)
		}
		// With the GIL: the new thread took it, and the starter took it back.
		if after := e.in.GIL.Switches(); gil && after < before+2 {
			t.Errorf("gil=%v: %d GIL switches during start, want at least 2", gil, after-before)
		}
		close(release)
		if _, err := e.method(e.main, h, "join"); err != nil {
			t.Fatal(err)
		}
	}
}
