package runtime

// Thread lifecycle and per-thread accounting (DESIGN.md decision 5). A
// thread's time is split at its transitions — taking the GIL, blocking,
// switching — measured with the monotonic clock: running bytecode, waiting
// for the GIL, blocked (sleep, locks, joins, I/O). With the GIL off the
// "waiting for the GIL" share stays zero. The interpreter keeps every
// thread, live and finished, for the --stats summary (WriteStats).
//
// CPU time comes from the kernel's per-thread clock, which is honest only
// for a goroutine locked to its OS thread. Locking has a price: waking a
// locked goroutine hands its P to its own OS thread (futex wake and context
// switch, 20-40 µs on a small VM, against well under 1 µs for an unlocked
// goroutine), which would triple the cost of a thread's start and join. So
// threads are bound to their OS threads only when CPU accounting is asked
// for (SetCPUAccounting: --stats), or from the moment a thread first asks
// for its own CPU time (time.thread_time, ThreadCPUTime).

import (
	goruntime "runtime"
	"sync"
	"sync/atomic"
	"time"
)

// threadState is where a thread's time currently goes.
type threadState int32

const (
	stateNew        threadState = iota // created, not begun
	stateRunning                       // holds the GIL (or has no GIL to hold) and runs
	stateWaitingGIL                    // waits to take the GIL
	stateBlocked                       // in a blocking call, GIL released
	stateDone                          // ended
)

// schedState is the per-thread part of the GIL, of blocking waits and of the
// stats. Its channels are created with the thread (threadRegistry.add).
type schedState struct {
	gilWake   chan struct{} // one slot: the GIL's condition-variable signal
	gilTimer  *time.Timer   // the GIL wait's interval timer, reused
	wake      chan struct{} // one slot: cuts a blocking wait short (Ctrl-C)
	waitTimer *time.Timer   // the timer of blocking waits, reused

	// A thread bound to its OS thread under the GIL waits in the kernel
	// (osevent.go): gilEvent is its GIL condition-variable signal and
	// gilKernel (under GIL.mu) tells the signaller to use it; sleepEvent
	// cuts its kernel sleeps short (Ctrl-C).
	gilEvent, sleepEvent osEvent
	gilKernel            bool

	// contentionBound: the thread is bound to its OS thread only because
	// of GIL contention (gil.go: bindForContention), until its next lock
	// wait. Only the thread itself touches it.
	contentionBound bool

	// locals holds this thread's attribute dicts of _thread._local
	// objects; only the thread itself touches it.
	locals map[*Local]*Dict

	// sentinels are the locks of _thread._set_sentinel, released when the
	// thread ends (threading's join waits on them).
	sentinels []*Lock

	stats threadStats
}

// threadStats accumulates one thread's times. It is written by the thread
// itself at its transitions and read by WriteStats from any thread, hence
// the mutex (transitions are rare: switches and blocking calls).
type threadStats struct {
	mu                sync.Mutex
	state             threadState
	since             int64            // monoNow() of the last transition
	spent             [stateDone]int64 // nanoseconds per state (running, waiting, blocked)
	forced, voluntary int64
	begin, end        int64 // monoNow() at Begin and End
	bound             bool  // locked to its OS thread (CPU accounting)
	tid               int   // the OS thread, while bound
	cpuStart, cpu     int64 // thread CPU clock when bound; CPU used, once ended (-1: unknown)

	log        *eventLog     // non-nil: transitions are logged too (threadevents.go)
	events     []threadEvent // the logged transitions
	eventsLost bool          // the log reached its bound
}

// statsEpoch anchors monoNow.
var statsEpoch = time.Now()

// monoNow is the monotonic clock in nanoseconds (cheap: no wall-clock read).
func monoNow() int64 { return int64(time.Since(statsEpoch)) }

// transition accounts the time since the last transition to the old state
// and enters state s.
func (st *threadStats) transition(s threadState, now int64) {
	st.mu.Lock()
	if st.state != stateNew && st.state != stateDone {
		st.spent[st.state] += now - st.since
	}
	st.state, st.since = s, now
	if st.log != nil {
		st.logEvent(s, now)
	}
	st.mu.Unlock()
}

// countSwitch counts a switch away from running: forced (a GIL drop request)
// or voluntary (a blocking call).
func (st *threadStats) countSwitch(forced bool) {
	st.mu.Lock()
	if forced {
		st.forced++
	} else {
		st.voluntary++
	}
	st.mu.Unlock()
}

// nextIdent numbers threads for _thread.get_ident.
var nextIdent atomic.Int64

// Begin starts t's run on the calling goroutine and takes the GIL. With
// CPU accounting on, the goroutine is locked to its OS thread until End.
// The vm calls it for the main thread before running the program;
// _thread.start_new_thread calls it on the new goroutine.
func (t *Thread) Begin() {
	st := &t.sched.stats
	now := monoNow()
	st.mu.Lock()
	st.begin, st.cpuStart, st.cpu = now, -1, -1
	if t.Interp.threads.events.on.Load() {
		st.log = &t.Interp.threads.events
	}
	st.mu.Unlock()
	if t.Interp.threads.cpuAccounting.Load() {
		t.bindOSThread()
	}
	if t.Interp.GIL.Enabled {
		st.transition(stateWaitingGIL, now)
		t.Interp.GIL.Acquire(t)
		now = monoNow()
	}
	st.transition(stateRunning, now)
}

// bindOSThread locks t's goroutine to its OS thread and starts measuring
// that thread's CPU clock. Called on t's own goroutine.
func (t *Thread) bindOSThread() {
	goruntime.LockOSThread()
	tid := gettid()
	st := &t.sched.stats
	st.mu.Lock()
	st.bound, st.tid, st.cpuStart = true, tid, threadCPUClock(tid)
	st.mu.Unlock()
}

// isBound reports whether the thread is locked to its OS thread.
func (st *threadStats) isBound() bool {
	st.mu.Lock()
	defer st.mu.Unlock()
	return st.bound
}

// ThreadCPUTime is time.thread_time in nanoseconds: the CPU time of t's OS
// thread. The first call binds t to its OS thread (if CPU accounting did
// not already), so that from then on differences between calls are t's own
// CPU time. Called on t's own goroutine.
func (t *Thread) ThreadCPUTime() int64 {
	st := &t.sched.stats
	st.mu.Lock()
	bound, tid := st.bound, st.tid
	st.mu.Unlock()
	if !bound {
		t.bindOSThread()
		tid = gettid()
	}
	// Differences between calls are honest only on one OS thread: a
	// binding made for GIL contention now stays.
	t.sched.contentionBound = false
	if cpu := threadCPUClock(tid); cpu >= 0 {
		return cpu
	}
	return 0
}

// SetCPUAccounting turns on per-thread CPU accounting (--stats): threads
// that begin afterwards are locked to their OS threads. Call it before the
// main thread begins.
func (in *Interpreter) SetCPUAccounting(on bool) { in.threads.cpuAccounting.Store(on) }

// End finishes t's run: it records its CPU time, releases the GIL, frees the
// vm's state, moves t to the finished threads and releases its sentinel
// locks (so joins return only once the thread is really done). It unbinds
// the goroutine from its OS thread. Called on t's own goroutine.
func (t *Thread) End() {
	st := &t.sched.stats
	now := monoNow()
	st.transition(stateDone, now)
	st.mu.Lock()
	st.end = now
	bound := st.bound
	if bound {
		if cpu := threadCPUClock(st.tid); cpu >= 0 && st.cpuStart >= 0 {
			st.cpu = cpu - st.cpuStart
		}
		st.bound = false
	}
	st.mu.Unlock()
	t.Interp.GIL.Release(t)
	t.VM = nil
	t.sched.locals = nil
	t.Interp.threads.finish(t)
	for _, l := range t.sched.sentinels {
		l.releaseIfLocked()
	}
	t.sched.sentinels = nil
	if bound {
		t.sched.contentionBound = false
		goruntime.UnlockOSThread()
	}
	if t.sharing {
		t.sharing = false
		threadSharingEnds() // last: t touches no object after this
	}
}

// setName renames t (threading names its threads); under the stats lock,
// since WriteStats may read the name from another thread.
func (t *Thread) setName(name string) {
	st := &t.sched.stats
	st.mu.Lock()
	t.Name = name
	st.mu.Unlock()
}

// ThreadStats is a snapshot of one thread's accounting.
type ThreadStats struct {
	Name    string
	Ident   int64
	Alive   bool
	Threads int // how many threads the row sums (1, or more for the merged row)

	Lifetime   time.Duration // from Begin to End (or to now)
	CPU        time.Duration // CPU time of its OS thread; negative if not measured
	Running    time.Duration // running bytecode (holding the GIL, if on)
	WaitingGIL time.Duration // waiting to take the GIL
	Blocked    time.Duration // in blocking calls
	Forced     int64         // switches forced by a GIL drop request
	Voluntary  int64         // switches at blocking calls

	events     []threadEvent // the logged transitions (ThreadTracks)
	eventsLost bool
}

// Stats returns a snapshot of t's accounting; for a live thread the current
// state counts up to now.
func (t *Thread) Stats() ThreadStats {
	st := &t.sched.stats
	now := monoNow()
	st.mu.Lock()
	defer st.mu.Unlock()
	s := ThreadStats{Name: t.Name, Ident: t.Ident, Threads: 1,
		Running: time.Duration(st.spent[stateRunning]), WaitingGIL: time.Duration(st.spent[stateWaitingGIL]),
		Blocked: time.Duration(st.spent[stateBlocked]), Forced: st.forced, Voluntary: st.voluntary,
		events: st.events, eventsLost: st.eventsLost}
	switch st.state {
	case stateNew:
		return s
	case stateDone:
		s.Lifetime, s.CPU = time.Duration(st.end-st.begin), time.Duration(st.cpu)
		return s
	}
	s.CPU = -1
	if st.bound {
		if cpu := threadCPUClock(st.tid); cpu >= 0 && st.cpuStart >= 0 {
			s.CPU = time.Duration(cpu - st.cpuStart)
		}
	}
	s.Alive = true
	s.Lifetime = time.Duration(now - st.begin)
	extra := time.Duration(now - st.since)
	switch st.state {
	case stateRunning:
		s.Running += extra
	case stateWaitingGIL:
		s.WaitingGIL += extra
	case stateBlocked:
		s.Blocked += extra
	}
	return s
}

// add merges o's times and counts into s (for the merged row of many
// finished threads).
func (s *ThreadStats) add(o ThreadStats) {
	s.Threads += o.Threads
	s.Lifetime += o.Lifetime
	if o.CPU >= 0 && s.CPU >= 0 {
		s.CPU += o.CPU
	} else {
		s.CPU = -1
	}
	s.Running += o.Running
	s.WaitingGIL += o.WaitingGIL
	s.Blocked += o.Blocked
	s.Forced += o.Forced
	s.Voluntary += o.Voluntary
}

// maxListedThreads bounds how many finished threads keep a row of their own;
// the others are summed into one, so a program starting a million threads
// keeps a bounded record.
const maxListedThreads = 200

// threadRegistry is the interpreter's record of its threads.
type threadRegistry struct {
	mu            sync.Mutex
	started       int64     // monoNow() when the interpreter was created
	live          []*Thread // created and not ended, oldest first
	done          []ThreadStats
	merged        ThreadStats  // finished threads beyond maxListedThreads
	pyThreads     atomic.Int32 // live threads started by _thread (_thread._count())
	cpuAccounting atomic.Bool  // bind threads to OS threads (SetCPUAccounting)
	events        eventLog     // logging of transitions (SetEventLog)
}

// add registers a new thread and prepares its per-thread state.
func (r *threadRegistry) add(t *Thread) {
	t.Ident = nextIdent.Add(1)
	t.sched.gilWake = make(chan struct{}, 1)
	t.sched.wake = make(chan struct{}, 1)
	t.sched.gilEvent.init()
	t.sched.sleepEvent.init()
	r.mu.Lock()
	if r.started == 0 && len(r.live) == 0 && len(r.done) == 0 {
		r.started = monoNow()
	}
	r.live = append(r.live, t)
	r.mu.Unlock()
}

// finish moves t from the live threads to the finished ones.
func (r *threadRegistry) finish(t *Thread) {
	s := t.Stats()
	r.mu.Lock()
	defer r.mu.Unlock()
	for i, l := range r.live {
		if l == t {
			r.live = append(r.live[:i], r.live[i+1:]...)
			break
		}
	}
	if len(r.done) < maxListedThreads {
		r.done = append(r.done, s)
		return
	}
	if r.merged.Threads == 0 {
		r.merged.Name = "(other finished threads)"
	}
	r.merged.add(s)
}

// ThreadStats returns the accounting of every thread: finished ones in the
// order they ended, then (merged) the finished ones past the listing bound,
// then the live ones in the order they were created.
func (in *Interpreter) ThreadStats() []ThreadStats {
	r := &in.threads
	r.mu.Lock()
	out := append([]ThreadStats(nil), r.done...)
	if r.merged.Threads > 0 {
		out = append(out, r.merged)
	}
	live := append([]*Thread(nil), r.live...)
	r.mu.Unlock()
	for _, t := range live {
		out = append(out, t.Stats())
	}
	return out
}

// LiveThreads returns how many threads have been created and not ended.
func (in *Interpreter) LiveThreads() int {
	in.threads.mu.Lock()
	defer in.threads.mu.Unlock()
	return len(in.threads.live)
}

// WallTime is the time since the interpreter was created.
func (in *Interpreter) WallTime() time.Duration {
	in.threads.mu.Lock()
	defer in.threads.mu.Unlock()
	return time.Duration(monoNow() - in.threads.started)
}
