package runtime

import (
	"sync"
	"sync/atomic"
)

// ObjectLock is the per-object lock of lists, dicts and sets (DESIGN.md
// decision 3), usable by any object that threads may share. It is taken
// only while the process may have two threads touching one object: a
// single-threaded program (every benchmark, most programs) skips the two
// atomic operations of a mutex on every list append, dict lookup and
// iteration step, which measured as a fifth of the time of
// bench/list_append.py.
//
// # Why skipping is race-free (not a "benign race")
//
// The objects of an interpreter are touched only by its Threads (two
// interpreters share no mutable object). Its first
// Thread (MainThread) is not counted; every other Thread is counted in
// sharingThreads from NewThread, which runs before the thread's goroutine
// starts, until the end of Thread.End, after its last access to any object.
// Lock skips the mutex only when it reads sharingThreads == 0:
//
//   - A counted thread reads at least its own count, so it always locks.
//   - The main thread reads 0 only when every counted thread that ever
//     existed has ended, and each ending decrement is an atomic
//     read-modify-write that the load observes (directly or through the
//     later decrements), so each ended thread's accesses happen before the
//     main thread's unlocked access. A thread counted later is registered
//     by the main thread itself, or by a thread the main thread registered
//     later still, so the unlocked access happens before its start.
//
// So an unlocked access is ordered (Go memory model) with every access by
// another goroutine; concurrent accesses are all under the mutex. The
// count only errs on the safe side: a thread made and never ended keeps
// every object locking for the rest of the process.
//
// Contract for users of ObjectLock: the code between Lock and Unlock must
// not run Python code or start a thread (unlock around such calls, as
// Dict's lookup does around a user __eq__). Contract for all code: a
// goroutine other than an interpreter's main one must not touch objects
// before its Thread was made with NewThread. The zero value is unlocked.
type ObjectLock struct {
	mu sync.Mutex
	// held records that Lock took mu, so that Unlock releases exactly
	// what Lock took even if the thread count changed in between (a lookup
	// that unlocks to run user code which starts a thread). It is written
	// only with mu held, or by an access that is ordered as above.
	held bool
}

// sharingThreads counts the live Threads of the process other than the
// interpreters' main threads (see ObjectLock).
var sharingThreads atomic.Int32

// Lock takes the lock if another thread may touch the object. It is
// small enough to be inlined; the mutex is in lockSlow.
func (l *ObjectLock) Lock() {
	if sharingThreads.Load() != 0 {
		l.lockSlow()
	}
}

// Unlock releases what Lock took.
func (l *ObjectLock) Unlock() {
	if l.held {
		l.unlockSlow()
	}
}

//go:noinline
func (l *ObjectLock) lockSlow() {
	l.mu.Lock()
	l.held = true
}

//go:noinline
func (l *ObjectLock) unlockSlow() {
	l.held = false
	l.mu.Unlock()
}

// threadSharingBegins counts a new thread that is not an interpreter's
// main thread; NewThread calls it before the thread can run.
func threadSharingBegins() { sharingThreads.Add(1) }

// threadSharingEnds uncounts such a thread after its last access to any
// object (the end of Thread.End).
func threadSharingEnds() { sharingThreads.Add(-1) }
