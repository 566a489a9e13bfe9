package runtime

// Joinable threads: the start/join protocol of threading.Thread, done in Go
// as CPython 3.13 does it (_thread.start_joinable_thread and _ThreadHandle).
//
// CPython 3.11's Thread.start() waits for the new thread to announce itself
// (an Event), and join() waits for a lock that the dying thread's state
// releases: each a Python-level handshake, slow as a goroutine handoff plus
// the Event's and Condition's own bytecode. Here the thread's state and
// ident are made synchronously by the parent, which also registers the
// Python Thread object (the prepare callback) before the new goroutine
// exists; start() then waits once, on a channel, for the thread to begin,
// which keeps 3.11's timing (with the GIL, the new thread takes the lock
// from its starter: the scraper's threads are staggered by it); and join()
// is one wait on a channel that the thread closes once it is really gone
// (after Thread.End).

import (
	goruntime "runtime"
	"sync"
	"sync/atomic"
	"time"
)

// threadHandle is a _thread._ThreadHandle: one thread's ident and its end.
type threadHandle struct {
	ident    int64
	thread   *Thread       // the thread's state (for renaming it); nil if unknown
	done     chan struct{} // closed when the thread has ended or threading stopped it (setDone)
	doneOnce sync.Once
	reg      *handleRegistry // the registry _shutdown waits on, for a non-daemon thread
	nativeID atomic.Int64    // get_native_id() of the thread, 0 until it has begun
}

// ThreadHandleType is _thread._ThreadHandle.
var ThreadHandleType = NewBuiltinType("_ThreadHandle", ObjectType)

func newThreadHandle(t *Thread) *threadHandle {
	return &threadHandle{ident: t.Ident, thread: t, done: make(chan struct{})}
}

// Type implements Object.
func (h *threadHandle) Type() *Type { return ThreadHandleType }

// setDone marks the thread as ended, waking every join, and takes it off
// what _shutdown waits for; idempotent. The thread's own end calls it, and
// so does threading when a join of a thread still running is interrupted:
// CPython 3.11 then releases the thread's lock and marks it stopped
// (bpo-45274), so the thread no longer counts as alive for threading, its
// other joins return and the interpreter exits without waiting for it.
func (h *threadHandle) setDone() {
	h.doneOnce.Do(func() {
		if h.reg != nil {
			h.reg.remove(h)
		}
		close(h.done)
	})
}

// isDone reports whether the thread has ended.
func (h *threadHandle) isDone() bool {
	select {
	case <-h.done:
		return true
	default:
		return false
	}
}

// join waits until the thread has ended, at most timeout (negative: no
// limit), with the GIL released and Ctrl-C cutting the wait short.
func (h *threadHandle) join(t *Thread, timeout time.Duration) error {
	if h.isDone() {
		return nil
	}
	if h.ident == t.Ident {
		return Errorf(RuntimeErrorType, "Cannot join current thread")
	}
	if timeout == 0 {
		return nil
	}
	t.BeginBlocking()
	defer t.EndBlocking()
	_, err := t.waitOn(h.done, timeout)
	return err
}

// nativeIdent is the native id of the thread that has begun: the waiting is
// at most the few instructions between the go statement and the new
// goroutine's first store, which needs neither the GIL nor the parent.
func (h *threadHandle) nativeIdent() int64 {
	for {
		if id := h.nativeID.Load(); id != 0 {
			return id
		}
		if h.thread == nil || h.isDone() {
			// A handle made for an ident (_make_thread_handle) of no
			// thread of ours, or a thread that never ran: no native id
			// will come.
			return h.ident
		}
		goruntime.Gosched()
	}
}

// handleRegistry is the set of live non-daemon joinable threads of one
// interpreter: threading._shutdown waits for them at exit (daemon threads
// are not waited for, as in CPython).
type handleRegistry struct {
	mu        sync.Mutex
	nonDaemon map[*threadHandle]struct{}
}

func (r *handleRegistry) add(h *threadHandle) {
	r.mu.Lock()
	if r.nonDaemon == nil {
		r.nonDaemon = map[*threadHandle]struct{}{}
	}
	r.nonDaemon[h] = struct{}{}
	r.mu.Unlock()
}

func (r *handleRegistry) remove(h *threadHandle) {
	r.mu.Lock()
	delete(r.nonDaemon, h)
	r.mu.Unlock()
}

// snapshot returns the live non-daemon threads.
func (r *handleRegistry) snapshot() []*threadHandle {
	r.mu.Lock()
	defer r.mu.Unlock()
	hs := make([]*threadHandle, 0, len(r.nonDaemon))
	for h := range r.nonDaemon {
		hs = append(hs, h)
	}
	return hs
}

// shutdown is _thread._shutdown(): wait until every non-daemon joinable
// thread has ended, including threads those threads start meanwhile.
func (r *handleRegistry) shutdown(t *Thread) error {
	for {
		hs := r.snapshot()
		if len(hs) == 0 {
			return nil
		}
		for _, h := range hs {
			if h.ident == t.Ident {
				// A thread running _shutdown cannot wait for itself; it
				// leaves the registry when it ends.
				r.remove(h)
				continue
			}
			if err := h.join(t, -1); err != nil {
				return err
			}
			// Done: gone from the registry already, unless threading
			// stopped it while prepare still ran, before it was added.
			r.remove(h)
		}
	}
}

// startJoinable is _thread._start_joinable_thread(function, daemon, name,
// prepare), minipy's form of CPython 3.13's start_joinable_thread: it makes
// the new thread's state (and so its ident), calls prepare(handle) on the
// calling thread, and only then starts function() on the new thread, so
// that whatever prepare records (the Thread object in threading._active, its
// ident) is in place before the new thread runs a single instruction. It
// returns the handle once the new thread has begun.
func (r *handleRegistry) startJoinable(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	if err := checkPositional("_start_joinable_thread", args, kwargs, 4, 4); err != nil {
		return Value{}, err
	}
	fn, prepare := args[0], args[3]
	if !Callable(fn) {
		return Value{}, Errorf(TypeErrorType, "thread function must be callable")
	}
	daemon, err := Truth(t, args[1])
	if err != nil {
		return Value{}, err
	}
	name, ok := AsStr(args[2])
	if !ok {
		return Value{}, Errorf(TypeErrorType, "thread name must be str, not %s", TypeName(args[2]))
	}
	in := t.Interp
	nt := in.NewThread(name)
	h := newThreadHandle(nt)
	if !daemon {
		// Set before prepare publishes the handle, for setDone to read.
		h.reg = r
	}
	if _, err := Call(t, prepare, []Value{Obj(h)}, nil); err != nil {
		// The state exists (and is listed for --stats): end it properly,
		// on a goroutine of its own as a thread's Begin and End must be.
		go func() {
			nt.Begin()
			nt.End()
			h.setDone()
		}()
		return Value{}, err
	}
	if !daemon {
		r.add(h)
	}
	in.threads.pyThreads.Add(1)
	begun := make(chan struct{})
	goThread(func() { r.runJoinable(nt, h, fn, begun) })
	// CPython 3.11's start() waits on the new thread's _started event, set
	// as the thread begins: with the GIL, the new thread takes the lock
	// from the starter and the starter then has to win it back, so a
	// loop of start() calls staggers the threads one switch at a time
	// instead of releasing them all at once (see gil.go).
	// waitOn, not Block: a starter bound to its OS thread by earlier GIL
	// contention is unbound first, so that the new thread's close(begun)
	// wakes it through Go at once (a bound goroutine's wake-up took 1-3 ms
	// here beside a spinning thread). Like 3.11's _started.wait(), Ctrl-C
	// interrupts it, and the thread runs on.
	t.BeginBlocking()
	_, err = t.waitOn(begun, -1)
	t.EndBlocking()
	if err != nil {
		return Value{}, err
	}
	return Obj(h), nil
}

// runJoinable is the body of a joinable thread: it runs fn as runThread
// does, then, once the thread state is gone (Thread.End has returned),
// releases its joins.
func (r *handleRegistry) runJoinable(nt *Thread, h *threadHandle, fn Value, begun chan struct{}) {
	h.nativeID.Store(nt.nativeIdent())
	runThread(nt, fn, nil, nil, begun)
	h.setDone()
}

// makeThreadHandle is _thread._make_thread_handle(ident): a handle for a
// thread that is already running (threading's main thread), which is done
// when _set_done() says so.
func makeThreadHandle(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	if err := checkOneArg("_make_thread_handle", args, kwargs); err != nil {
		return Value{}, err
	}
	ident, err := AsIndex(t, args[0])
	if err != nil {
		return Value{}, err
	}
	h := &threadHandle{ident: ident, done: make(chan struct{})}
	if ident == t.Ident {
		h.thread = t
		h.nativeID.Store(t.nativeIdent())
	}
	return Obj(h), nil
}
