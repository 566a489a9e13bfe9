package runtime

// Blocking waits of multiprocessing: on descriptors (a pipe with data, a
// child's sentinel) and on futex words in shared memory (cross-process
// locks). Like the waits of threadwait.go they release the GIL, count as
// blocked time, and give KeyboardInterrupt on Ctrl-C; since a system call
// cannot also wait on the thread's wake channel, they sleep in slices of
// at most pollSlice and look for a pending Ctrl-C between slices.

import "time"

// pollSlice bounds one uninterruptible sleep: Ctrl-C is seen within it.
const pollSlice = 50 * time.Millisecond

// deadline turns a timeout (negative: none) into an absolute time.
func deadline(d time.Duration) time.Time {
	if d < 0 {
		return time.Time{}
	}
	return time.Now().Add(d)
}

// remaining is the time left until dl, capped at pollSlice; ok is false
// once dl has passed. The zero dl means no limit.
func remaining(dl time.Time) (slice time.Duration, ok bool) {
	if dl.IsZero() {
		return pollSlice, true
	}
	left := time.Until(dl)
	if left <= 0 {
		return 0, false
	}
	return min(left, pollSlice), true
}

// waitReadable blocks t until one of fds is readable (or at end of file),
// d passes (d < 0: no limit; 0: just look) or Ctrl-C arrives. ready[i]
// reports fds[i]; all false means the time ran out.
func (t *Thread) waitReadable(fds []int32, d time.Duration) ([]bool, error) {
	ready := make([]bool, len(fds))
	if err := pollReadable(fds, ready, 0); err != nil || d == 0 || anyTrue(ready) {
		return ready, osErr(err)
	}
	t.BeginBlocking()
	defer t.EndBlocking()
	dl := deadline(d)
	for {
		if t.takeInterrupt() {
			return ready, NewException(KeyboardInterruptType)
		}
		slice, ok := remaining(dl)
		if !ok {
			return ready, nil
		}
		if err := pollReadable(fds, ready, slice); err != nil {
			return ready, osErr(err)
		}
		if anyTrue(ready) {
			return ready, nil
		}
	}
}

func anyTrue(bs []bool) bool {
	for _, b := range bs {
		if b {
			return true
		}
	}
	return false
}

// osErr converts a system error to OSError (nil stays nil).
func osErr(err error) error {
	if err == nil {
		return nil
	}
	return NewOSError(err, Value{})
}

// timeoutArg is a timeout argument: None (wait without limit) or seconds.
type timeoutArg struct {
	set bool
	d   time.Duration
}

// duration is the wait as waitReadable and futexCell.await take it:
// negative for no limit; a negative number of seconds waits not at all.
func (a timeoutArg) duration() time.Duration {
	if !a.set {
		return -1
	}
	return max(a.d, 0)
}

// parseTimeout reads a timeout argument: None or a number of seconds.
func parseTimeout(t *Thread, v Value) (timeoutArg, error) {
	if v.IsNull() || v.IsNone() {
		return timeoutArg{}, nil
	}
	d, err := secondsArg(t, v)
	if err != nil {
		return timeoutArg{}, err
	}
	return timeoutArg{set: true, d: d}, nil
}
