package main

import (
	"io"
	"os"
	"syscall"
	"testing"
	"time"

	"minipy/runtime"
)

func pendingInterrupt(th *runtime.Thread) bool {
	return th.Breaker.Load()&runtime.BreakInterrupt != 0
}

func TestInterrupterDeliversOnlyWhileRunning(t *testing.T) {
	interp := runtime.NewInterpreterIO(os.Stdin, io.Discard, io.Discard)
	th := interp.MainThread
	it := newInterrupter(th, io.Discard, func() {})
	defer it.stop()
	woken, stuck := 0, 0
	it.wake = func() { woken++ }
	it.onStuck = func() { stuck++ }

	it.interrupt()
	if pendingInterrupt(th) {
		t.Fatal("Ctrl-C at the prompt must not reach the program")
	}
	it.run(func() {
		it.interrupt()
		if !pendingInterrupt(th) || woken != 1 {
			t.Fatalf("Ctrl-C while running: pending %v, woken %d", pendingInterrupt(th), woken)
		}
		it.interrupt()
		if stuck != 1 {
			t.Fatal("a second Ctrl-C before the first was handled should end a stuck program")
		}
	})
	it.run(func() {
		if pendingInterrupt(th) {
			t.Fatal("a stale Ctrl-C must be discarded when the next input starts")
		}
	})
}

func TestInterrupterCatchesSIGINT(t *testing.T) {
	interp := runtime.NewInterpreterIO(os.Stdin, io.Discard, io.Discard)
	th := interp.MainThread
	it := newInterrupter(th, io.Discard, func() {})
	defer it.stop()
	it.run(func() {
		if err := syscall.Kill(os.Getpid(), syscall.SIGINT); err != nil {
			t.Skip("cannot signal self:", err)
		}
		deadline := time.Now().Add(5 * time.Second)
		for !pendingInterrupt(th) {
			if time.Now().After(deadline) {
				t.Fatal("SIGINT did not set the eval breaker")
			}
			time.Sleep(time.Millisecond)
		}
	})
}
