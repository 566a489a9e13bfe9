package runtime

import (
	goruntime "runtime"
	"sync/atomic"
	"testing"
	"time"
)

// TestOSEvent: a set event is seen at once, an unset one times out, and a
// set from another goroutine wakes a sleeper without a deadline.
func TestOSEvent(t *testing.T) {
	var e osEvent
	e.init()
	e.reset()
	if e.wait(time.Millisecond) {
		t.Fatalf("wait on an unset event reported set")
	}
	e.set()
	if !e.isSet() || !e.wait(time.Hour) {
		t.Fatalf("wait on a set event did not return set")
	}
	e.reset()
	go func() {
		time.Sleep(time.Millisecond)
		e.set()
	}()
	if !e.wait(-1) {
		t.Fatalf("wait without limit returned unset")
	}
}

// TestContentionBindsThreads: with the GIL on, a thread that sleeps and a
// thread forced to drop the GIL are bound to their OS threads (they then
// wait in the kernel); with the GIL off, sleeping binds nothing.
func TestContentionBindsThreads(t *testing.T) {
	if goruntime.GOMAXPROCS(0) == 1 {
		t.Skip("with one P, GIL contention binds nothing (gil.go: bindForContention)")
	}
	in := newGILInterp(true)
	var sim bytecodeSim
	spinner, sleeper := in.NewThread("spinner"), in.NewThread("sleeper")
	var done atomic.Bool
	spinnerBound := make(chan bool, 1)
	go func() {
		spinner.Begin()
		for !done.Load() {
			sim.step(spinner)
		}
		spinnerBound <- spinner.sched.stats.isBound()
		spinner.End()
	}()
	sleeperBound := make(chan bool, 1)
	go func() {
		sleeper.Begin()
		// Sleep until the spinner has been asked to drop the GIL at least
		// once (each return from a sleep waits for it), within a bound.
		for i := 0; i < 5 || in.GIL.DropRequests() == 0 && i < 10000; i++ {
			if err := sleeper.Sleep(time.Millisecond); err != nil {
				panic(err)
			}
		}
		sleeperBound <- sleeper.sched.stats.isBound()
		done.Store(true)
		sleeper.End()
	}()
	if !<-sleeperBound {
		t.Errorf("a sleeping thread under the GIL is not bound to its OS thread")
	}
	if !<-spinnerBound {
		t.Errorf("a thread forced to drop the GIL is not bound to its OS thread")
	}

	off := newGILInterp(false)
	th := off.NewThread("sleeper")
	bound := make(chan bool)
	go func() {
		th.Begin()
		th.Sleep(time.Millisecond)
		bound <- th.sched.stats.isBound()
		th.End()
	}()
	if <-bound {
		t.Errorf("a sleeping thread without the GIL was bound to its OS thread")
	}
}

// TestLockWaitUnbinds: a thread bound for GIL contention (here by a sleep)
// is unbound when it waits on a lock, so that Go can wake it cheaply; a
// thread that asked for its CPU time (time.thread_time) stays bound.
func TestLockWaitUnbinds(t *testing.T) {
	if goruntime.GOMAXPROCS(0) == 1 {
		t.Skip("with one P, GIL contention binds nothing (gil.go: bindForContention)")
	}
	in := newGILInterp(true)
	th := in.NewThread("waiter")
	type result struct{ afterSleep, afterWait, afterClock, afterClockWait bool }
	got := make(chan result)
	go func() {
		th.Begin()
		var r result
		th.Sleep(time.Millisecond)
		r.afterSleep = th.sched.stats.isBound()
		l := NewLock()
		l.TryAcquire()
		l.Acquire(th, time.Millisecond) // times out: the lock is held
		r.afterWait = th.sched.stats.isBound()
		th.Sleep(time.Millisecond)
		th.ThreadCPUTime()
		r.afterClock = th.sched.stats.isBound()
		l.Acquire(th, time.Millisecond)
		r.afterClockWait = th.sched.stats.isBound()
		th.End()
		got <- r
	}()
	if r := <-got; r != (result{true, false, true, true}) {
		t.Fatalf("bound after sleep, lock wait, thread_time, lock wait = %+v, want true false true true", r)
	}
}
