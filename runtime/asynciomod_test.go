package runtime

import (
	"testing"
	"time"
)

// wakerEnv imports _asyncio_wait and makes a Waker through its Python face.
func wakerEnv(t *testing.T, gil bool) (*threadEnv, Value) {
	e := newThreadEnv(t, gil)
	mod, err := e.in.Import("_asyncio_wait")
	if err != nil {
		t.Fatal(err)
	}
	cls, ok := mod.Dict.GetStr("Waker")
	if !ok {
		t.Fatal("_asyncio_wait has no Waker")
	}
	w, err := Call(e.main, cls, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	return e, w
}

// TestWakerTimeoutAndPoll: a wait without a notification ends at its
// timeout with False; a zero or negative timeout only polls.
func TestWakerTimeoutAndPoll(t *testing.T) {
	e, w := wakerEnv(t, false)
	for _, timeout := range []Value{Int(0), Float(-1), Float(0.01)} {
		got, err := e.method(e.main, w, "wait", timeout)
		if err != nil || got != False {
			t.Fatalf("wait(%v) = %v, %v; want False", timeout, got, err)
		}
	}
}

// TestWakerKeepsNotification: a notify before the wait is not lost, and is
// consumed by that one wait.
func TestWakerKeepsNotification(t *testing.T) {
	e, w := wakerEnv(t, false)
	for i := 0; i < 2; i++ { // two notifies leave one pending
		if _, err := e.method(e.main, w, "notify"); err != nil {
			t.Fatal(err)
		}
	}
	if got, err := e.method(e.main, w, "wait", None); err != nil || got != True {
		t.Fatalf("wait() after notify = %v, %v; want True", got, err)
	}
	if got, err := e.method(e.main, w, "wait", Int(0)); err != nil || got != False {
		t.Fatalf("second wait = %v, %v; want False (consumed)", got, err)
	}
}

// TestWakerNotifyFromThread: with the GIL on, a wait without a limit
// releases it, so another thread can run and notify; the wait counts as
// blocked time.
func TestWakerNotifyFromThread(t *testing.T) {
	e, w := wakerEnv(t, true)
	e.startThread(func(th *Thread) error {
		if err := th.Sleep(10 * time.Millisecond); err != nil {
			return err
		}
		_, err := e.method(th, w, "notify")
		return err
	})
	before := e.main.Stats().Blocked
	got, err := e.method(e.main, w, "wait", None)
	if err != nil || got != True {
		t.Fatalf("wait() = %v, %v; want True", got, err)
	}
	if blocked := e.main.Stats().Blocked - before; blocked < 5*time.Millisecond {
		t.Fatalf("the wait counted %v as blocked, want about 10ms", blocked)
	}
}

// TestWakerInterrupt: Ctrl-C ends an unlimited wait with KeyboardInterrupt.
func TestWakerInterrupt(t *testing.T) {
	e, w := wakerEnv(t, false)
	go func() {
		time.Sleep(10 * time.Millisecond)
		e.main.Breaker.Or(BreakInterrupt)
		e.main.Wake()
	}()
	_, err := e.method(e.main, w, "wait")
	wantError(t, err, "KeyboardInterrupt")
}

// TestWakerArguments: CPython-style messages for bad arguments.
func TestWakerArguments(t *testing.T) {
	e, w := wakerEnv(t, false)
	_, err := e.method(e.main, w, "wait", NewStr("x"))
	wantError(t, err, "TypeError: 'str' object cannot be interpreted as an integer")
	_, err = e.method(e.main, w, "notify", Int(1))
	wantError(t, err, "TypeError: notify() takes no arguments (1 given)")
	_, err = e.method(e.main, w, "wait", None, None)
	wantError(t, err, "TypeError: wait() takes at most 1 argument (2 given)")
}
