package runtime

// Blocking waits of Python threads: sleeping, and waiting for a lock, each
// with the GIL released (BeginBlocking/EndBlocking) and cut short by Ctrl-C,
// which the main thread must see promptly as KeyboardInterrupt even while
// it sleeps or waits for a lock, as in CPython.

import "time"

// Wake cuts short a blocking wait of t (a sleep, a lock, queue or join wait)
// so that a pending Ctrl-C is raised at once. The command line calls it on
// the main thread after setting BreakInterrupt. Safe from any goroutine.
func (t *Thread) Wake() {
	select {
	case t.sched.wake <- struct{}{}:
	default: // a wake-up is already pending
	}
	t.sched.sleepEvent.set()
}

// Sleep is time.sleep(d): it releases the GIL, counts the time as blocked,
// and returns KeyboardInterrupt if Ctrl-C arrives meanwhile. Like CPython's,
// a sleep of zero still releases the GIL, letting waiting threads run.
func (t *Thread) Sleep(d time.Duration) error {
	t.BeginBlocking()
	defer t.EndBlocking()
	if d <= 0 {
		if t.takeInterrupt() {
			return NewException(KeyboardInterruptType)
		}
		return nil
	}
	if t.Interp.GIL.Enabled {
		t.bindForContention()
		if t.waitsInKernel() {
			return t.sleepInKernel(d)
		}
	}
	_, err := t.waitOn(nil, d)
	return err
}

// sleepInKernel is Sleep under the GIL for a thread that waitsInKernel:
// it blocks in the kernel until d has passed or Ctrl-C wakes it (osevent.go).
func (t *Thread) sleepInKernel(d time.Duration) error {
	deadline := time.Now().Add(d)
	ev := &t.sched.sleepEvent
	for {
		ev.reset()
		if t.takeInterrupt() {
			return NewException(KeyboardInterruptType)
		}
		left := time.Until(deadline)
		if left <= 0 {
			return nil
		}
		ev.wait(left)
	}
}

// waitOn blocks until ch delivers a value (got is true), until d has passed
// (d < 0: no limit; got is false), or until Ctrl-C (err is KeyboardInterrupt).
// A nil ch never delivers. The caller has released the GIL.
func (t *Thread) waitOn(ch <-chan struct{}, d time.Duration) (got bool, err error) {
	t.unbindAfterContention()
	if t.takeInterrupt() {
		return false, NewException(KeyboardInterruptType)
	}
	var timeout <-chan time.Time
	if d >= 0 {
		s := &t.sched
		if s.waitTimer == nil {
			s.waitTimer = time.NewTimer(d)
		} else {
			s.waitTimer.Reset(d)
		}
		defer s.waitTimer.Stop()
		timeout = s.waitTimer.C
	}
	for {
		select {
		case <-ch:
			return true, nil
		case <-timeout:
			return false, nil
		case <-t.sched.wake:
			if t.takeInterrupt() {
				return false, NewException(KeyboardInterruptType)
			}
			// A stale wake-up (its Ctrl-C was already handled): keep
			// waiting; the timer still runs to the same deadline.
		}
	}
}
