package runtime

// The locks of the _thread module: _thread.lock (allocate_lock) and
// _thread.RLock, on which threading builds Condition, Semaphore, Event and
// the rest, as CPython's threading.py does.
//
// A lock is a one-slot channel holding a token while the lock is free:
// acquiring takes the token, releasing puts it back. Taking a free lock is
// one non-blocking receive that leaves the GIL alone; only a wait releases
// the GIL (BeginBlocking) and counts as blocked, and a timed wait or Ctrl-C
// ends it (Thread.waitOn).

import (
	"math"
	"sync/atomic"
	"time"
)

// Lock is a _thread.lock: not owned, so any thread may release it.
type Lock struct {
	free chan struct{} // holds a token while unlocked
}

// Type implements Object.
func (l *Lock) Type() *Type { return LockType }

// NewLock returns an unlocked lock.
func NewLock() *Lock {
	l := &Lock{free: make(chan struct{}, 1)}
	l.free <- struct{}{}
	return l
}

// TryAcquire takes the lock if it is free, without blocking.
func (l *Lock) TryAcquire() bool {
	select {
	case <-l.free:
		return true
	default:
		return false
	}
}

// Acquire takes the lock for thread t, waiting at most timeout (negative:
// no limit) with the GIL released. It reports whether it got the lock; the
// error is KeyboardInterrupt when Ctrl-C cut the wait short.
func (l *Lock) Acquire(t *Thread, timeout time.Duration) (bool, error) {
	if l.TryAcquire() {
		return true, nil
	}
	if timeout == 0 {
		return false, nil
	}
	t.BeginBlocking()
	defer t.EndBlocking()
	return t.waitOn(l.free, timeout)
}

// Release unlocks the lock; it reports false if it was not locked.
func (l *Lock) Release() bool {
	select {
	case l.free <- struct{}{}:
		return true
	default:
		return false
	}
}

// releaseIfLocked releases a sentinel lock when its thread ends.
func (l *Lock) releaseIfLocked() { l.Release() }

// Locked reports whether the lock is held.
func (l *Lock) Locked() bool { return len(l.free) == 0 }

// RLock is a _thread.RLock: a lock its owner may take again; it is free once
// released as many times as it was taken.
type RLock struct {
	lock  *Lock
	owner atomic.Int64 // Ident of the owning thread, 0 when free
	count atomic.Int64 // written only by the owner; atomic for repr
	// ext gives an instance of a subclass (CPython lets a class derive
	// from _thread.RLock) its class and attribute dict.
	ext *subclassExt
}

// Type implements Object.
func (r *RLock) Type() *Type {
	if r.ext != nil {
		return r.ext.cls
	}
	return RLockType
}

// NewRLock returns a free reentrant lock.
func NewRLock() *RLock { return &RLock{lock: NewLock()} }

// Acquire takes the lock for t (again, if t owns it), waiting at most
// timeout (negative: no limit).
func (r *RLock) Acquire(t *Thread, timeout time.Duration) (bool, error) {
	if r.owner.Load() == t.Ident {
		r.count.Add(1)
		return true, nil
	}
	ok, err := r.lock.Acquire(t, timeout)
	if ok {
		r.owner.Store(t.Ident)
		r.count.Store(1)
	}
	return ok, err
}

// Release undoes one Acquire by t.
func (r *RLock) Release(t *Thread) error {
	if r.owner.Load() != t.Ident || r.count.Load() == 0 {
		return Errorf(RuntimeErrorType, "cannot release un-acquired lock")
	}
	if r.count.Add(-1) == 0 {
		r.owner.Store(0)
		r.lock.Release()
	}
	return nil
}

// releaseSave is RLock._release_save (Condition.wait): release fully and
// return the recursion count and owner to restore later.
func (r *RLock) releaseSave(t *Thread) (count, owner int64, err error) {
	if r.count.Load() == 0 {
		return 0, 0, Errorf(RuntimeErrorType, "cannot release un-acquired lock")
	}
	count, owner = r.count.Swap(0), r.owner.Swap(0)
	r.lock.Release()
	return count, owner, nil
}

// acquireRestore is RLock._acquire_restore: take the lock back (no limit)
// with the saved count and owner.
func (r *RLock) acquireRestore(t *Thread, count, owner int64) error {
	if _, err := r.lock.Acquire(t, -1); err != nil {
		return err
	}
	r.owner.Store(owner)
	r.count.Store(count)
	return nil
}

// TIMEOUT_MAX of _thread, in seconds: the longest wait a time.Duration
// holds, as CPython's PY_TIMEOUT_MAX is the longest a C wait can.
const timeoutMax = float64(math.MaxInt64/int64(time.Microsecond)) / 1e6

// acquireArgs parses acquire(blocking=True, timeout=-1) as CPython's
// lock_acquire_parse_args, with its messages. The result is the time to
// wait: negative for no limit, zero for a non-blocking attempt.
func acquireArgs(t *Thread, args []Value, kwargs []Kwarg) (time.Duration, error) {
	if len(args) > 2 {
		return 0, Errorf(TypeErrorType, "acquire() takes at most 2 arguments (%d given)", len(args))
	}
	blockingV, timeoutV := True, Value{}
	if len(args) > 0 {
		blockingV = args[0]
	}
	if len(args) > 1 {
		timeoutV = args[1]
	}
	for _, kw := range kwargs {
		switch {
		case kw.Name == "blocking" && len(args) < 1:
			blockingV = kw.Value
		case kw.Name == "timeout" && len(args) < 2:
			timeoutV = kw.Value
		case kw.Name == "blocking" || kw.Name == "timeout":
			pos := 1
			if kw.Name == "timeout" {
				pos = 2
			}
			return 0, Errorf(TypeErrorType, "argument for acquire() given by name ('%s') and position (%d)", kw.Name, pos)
		default:
			return 0, Errorf(TypeErrorType, "'%s' is an invalid keyword argument for acquire()", kw.Name)
		}
	}
	blocking, err := cIntArg(t, blockingV)
	if err != nil {
		return 0, err
	}
	const unset = -time.Second // timeout=-1: wait without limit
	timeout := unset
	if !timeoutV.IsNull() {
		if timeout, err = secondsArg(t, timeoutV); err != nil {
			return 0, err
		}
	}
	switch {
	case blocking == 0 && timeout != unset:
		return 0, Errorf(ValueErrorType, "can't specify a timeout for a non-blocking call")
	case timeout < 0 && timeout != unset:
		return 0, Errorf(ValueErrorType, "timeout value must be positive")
	case blocking == 0:
		return 0, nil
	case timeout == unset:
		return -1, nil
	}
	return timeout, nil
}

// cIntArg converts v as PyArg's "i" format: an int (or __index__) that fits
// a C int.
func cIntArg(t *Thread, v Value) (int64, error) {
	if v.IsBool() || v.IsInt() {
		n := v.AsInt()
		if n > math.MaxInt32 {
			return 0, Errorf(OverflowErrorType, "signed integer is greater than maximum")
		}
		if n < math.MinInt32 {
			return 0, Errorf(OverflowErrorType, "signed integer is less than minimum")
		}
		return n, nil
	}
	if IsIntegral(v) {
		return 0, Errorf(OverflowErrorType, "Python int too large to convert to C long")
	}
	return AsIndex(t, v)
}

// secondsArg converts a timeout in seconds (int or float) to a Duration
// with CPython's _PyTime_FromSecondsObject messages.
func secondsArg(t *Thread, v Value) (time.Duration, error) {
	if v.IsFloat() {
		f := v.AsFloat()
		if math.IsNaN(f) {
			return 0, Errorf(ValueErrorType, "Invalid value NaN (not a number)")
		}
		ns := math.Ceil(f * 1e9)
		if ns >= math.MaxInt64 || ns < math.MinInt64 {
			return 0, Errorf(OverflowErrorType, "timestamp out of range for platform time_t")
		}
		return time.Duration(ns), nil
	}
	if v.IsInt() || v.IsBool() {
		n := v.AsInt()
		if n > math.MaxInt64/int64(time.Second) || n < math.MinInt64/int64(time.Second) {
			return 0, Errorf(OverflowErrorType, "timestamp too large to convert to C _PyTime_t")
		}
		return time.Duration(n) * time.Second, nil
	}
	if IsIntegral(v) {
		return 0, Errorf(OverflowErrorType, "timestamp too large to convert to C _PyTime_t")
	}
	if _, err := AsIndex(t, v); err != nil {
		return 0, err
	}
	f, err := ToFloat(t, v)
	if err != nil {
		return 0, err
	}
	return secondsArg(t, f)
}
