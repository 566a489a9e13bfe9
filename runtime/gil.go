package runtime

// The global interpreter lock: CPython 3.11's "new GIL" (Python/ceval_gil.h,
// Antoine Pitrou's 2009 design), reproduced faithfully so that minipy with
// --gil shows the behaviour of CPython's threads, convoy effect included.
//
// The algorithm:
//
//   - One lock, held by the thread that runs bytecode. A thread that wants it
//     (take_gil) and finds it taken waits on a condition variable for at most
//     the switch interval (5 ms by default, sys.setswitchinterval).
//   - If the wait timed out and no switch happened meanwhile (the switch
//     counter did not move), the waiter sets a drop request on the holder's
//     eval breaker (BreakGILDrop) and waits again. It keeps waiting until it
//     has the lock; it never gives up.
//   - The holder checks its eval breaker at the eval loop's check points
//     (function entry, loop back-edges, after calls into built-ins). Seeing
//     the drop request it drops the lock (drop_gil), signalling one waiter,
//     and then — FORCE_SWITCHING — waits until some other thread has taken
//     the lock before competing for it again; otherwise the dropping thread
//     would usually win it straight back.
//   - Every blocking call (sleep, lock waits, joins, I/O) releases the lock
//     before blocking and takes it again afterwards, without the
//     forced-switch wait: those are voluntary switches.
//   - Taking the lock clears the taker's own drop request, and a new holder
//     (one that is not the last holder) bumps the switch counter.
//
// Where minipy differs from the C code, and why:
//
//   - CPython takes the GIL's mutex on every take and drop. Here the lock is
//     an atomic holder word and the mutex serves only the waiters: taking a
//     free lock nobody waits for is one compare-and-swap, and dropping it is
//     one store plus one load. So with the GIL on, a single thread pays
//     nothing measurable (issue 4: within 5% of the GIL off). A waiter
//     announces itself in the waiters counter before its own attempt; the
//     dropping thread stores nil and then reads the counter. Both are
//     sequentially consistent atomics, so either the waiter's attempt sees
//     the lock free or the dropper sees the waiter and signals it under the
//     mutex (which the waiter holds from its failed attempt until it sleeps):
//     no wake-up is lost.
//   - Go's sync.Cond has no timed wait, so the condition variable is a list
//     of sleeping waiters, each with its own one-slot channel; signalling
//     pops one and sends on its channel. A waiter that times out removes
//     itself; if a signal raced with its timer, it drains the token.
//   - Which waiter a drop wakes is glibc's and the kernel's business in
//     CPython, not a rule of ceval_gil.h; in practice the waiter that asked
//     for the drop gets the lock, being awake when it is dropped. minipy
//     makes that the rule (signal): it is what makes a third thread starve
//     beside two CPU-bound ones, and what staggers I/O-bound threads.
//   - CPython's drop request and eval breaker are per interpreter; minipy's
//     breaker is per thread (it also carries Ctrl-C for the main thread), so
//     the waiter sets the bit on the holder's breaker, under the mutex.
//   - With the GIL disabled (the default) every operation returns after one
//     predictable branch on Enabled, which is fixed before threads start.
//   - A thread that takes part in contention (it sleeps, is forced to drop
//     the lock, or waits a whole interval for it) is bound to its OS thread
//     and waits in the kernel (a futex) rather than on a Go channel and
//     timer, until its next lock or join wait: Go's timers, run by whichever
//     P gets to them, woke waiters up to 5 ms late beside a spinning thread
//     (osevent.go).

import (
	goruntime "runtime"
	"slices"
	"sync"
	"sync/atomic"
	"time"
)

// DefaultSwitchInterval is CPython's default sys.getswitchinterval().
const DefaultSwitchInterval = 5 * time.Millisecond

// GIL is the global interpreter lock of one interpreter. The zero value is
// not usable; NewGIL creates one.
type GIL struct {
	// Enabled turns the lock on. It is set once, before the main thread
	// begins (the --gil flag), and never changed while threads run.
	Enabled bool

	interval atomic.Int64 // the switch interval, in nanoseconds

	holder     atomic.Pointer[Thread] // the thread holding the lock, nil when free
	lastHolder atomic.Pointer[Thread] // the last thread that took it
	switches   atomic.Uint64          // how many times the holder changed
	waiters    atomic.Int32           // threads in the slow path of Acquire
	requests   atomic.Uint64          // drop requests set (for tests and stats)

	mu       sync.Mutex // serialises the waiters: their attempts and sleepers
	sleepers []*Thread  // the condition variable: waiters asleep, oldest first
	// requester is the waiter whose drop request is pending, if any: the
	// next signal goes to it rather than to the oldest sleeper (signal).
	requester *Thread

	// FORCE_SWITCHING: a thread that dropped the lock on request waits
	// until lastHolder is no longer itself: on switchCond, or, if it waits
	// in the kernel, on its gilEvent, listed in switchSleepers.
	switchMu       sync.Mutex
	switchCond     sync.Cond
	switchSleepers []*Thread
	switchWaiters  atomic.Int32
}

// NewGIL returns a disabled GIL with the default switch interval.
func NewGIL() *GIL {
	g := &GIL{}
	g.switchCond.L = &g.switchMu
	g.interval.Store(int64(DefaultSwitchInterval))
	return g
}

// SwitchInterval is sys.getswitchinterval().
func (g *GIL) SwitchInterval() time.Duration { return time.Duration(g.interval.Load()) }

// SetSwitchInterval is sys.setswitchinterval(d); d must be positive (the
// caller raises CPython's ValueError). Waiters pick it up at their next wait.
func (g *GIL) SetSwitchInterval(d time.Duration) {
	if d < time.Microsecond {
		d = time.Microsecond // CPython's floor: an interval of at least 1 µs
	}
	g.interval.Store(int64(d))
}

// Holder returns the thread holding the lock, or nil.
func (g *GIL) Holder() *Thread { return g.holder.Load() }

// Switches returns how many times the lock changed hands.
func (g *GIL) Switches() uint64 { return g.switches.Load() }

// DropRequests returns how many drop requests waiters have set.
func (g *GIL) DropRequests() uint64 { return g.requests.Load() }

// Acquire takes the lock for t (take_gil), waiting as long as needed. It is
// called through Thread.Begin, Thread.EndBlocking and the forced switch; t
// must not hold the lock already.
func (g *GIL) Acquire(t *Thread) {
	if !g.Enabled {
		return
	}
	if g.waiters.Load() == 0 && g.holder.CompareAndSwap(nil, t) {
		g.taken(t)
		return
	}
	g.acquireSlow(t)
}

// acquireSlow is take_gil's loop: wait one interval at a time, and after an
// interval without a switch, ask the holder to drop the lock.
func (g *GIL) acquireSlow(t *Thread) {
	g.waiters.Add(1)
	g.mu.Lock()
	for !g.holder.CompareAndSwap(nil, t) {
		saved := g.switches.Load()
		timedOut := g.timedWait(t, g.SwitchInterval())
		if timedOut && g.holder.Load() != nil && g.switches.Load() == saved {
			t.bindForContention()
			if g.requestDrop() {
				g.requester = t
			}
		}
	}
	if g.requester == t {
		g.requester = nil
	}
	g.waiters.Add(-1)
	g.mu.Unlock()
	g.taken(t)
}

// taken is the end of take_gil, once t holds the lock: count a switch if the
// holder changed, wake a thread waiting for that (FORCE_SWITCHING), and
// clear t's own drop request.
func (g *GIL) taken(t *Thread) {
	if g.lastHolder.Load() != t {
		g.lastHolder.Store(t)
		g.switches.Add(1)
		if g.switchWaiters.Load() > 0 {
			g.switchMu.Lock()
			g.switchCond.Broadcast()
			for _, w := range g.switchSleepers {
				w.sched.gilEvent.set()
			}
			g.switchMu.Unlock()
		}
	}
	if t.Breaker.Load()&BreakGILDrop != 0 {
		t.Breaker.And(^BreakGILDrop)
	}
}

// Release drops the lock held by t (drop_gil) and signals one waiter. A
// thread that does not hold the lock (a main thread run without Begin)
// releases nothing.
func (g *GIL) Release(t *Thread) {
	if !g.Enabled || !g.holder.CompareAndSwap(t, nil) {
		return
	}
	if g.waiters.Load() > 0 {
		g.mu.Lock()
		g.signal()
		g.mu.Unlock()
	}
}

// waitForSwitch is drop_gil's FORCE_SWITCHING part, after t dropped the lock
// on request: wait until another thread has taken it. The thread that asked
// is committed to taking it, so the wait ends.
func (g *GIL) waitForSwitch(t *Thread) {
	if !g.Enabled {
		return
	}
	g.switchMu.Lock()
	g.switchWaiters.Add(1)
	if t.waitsInKernel() {
		// A bound goroutine woken through Go (a sync.Cond) waits for its
		// OS thread to be scheduled by way of a P: 0.5-3 ms here beside a
		// spinning holder, on every forced switch. Its gilEvent is idle
		// meanwhile (t is in no GIL wait), so it serves as the signal.
		ev := &t.sched.gilEvent
		g.switchSleepers = append(g.switchSleepers, t)
		for g.lastHolder.Load() == t {
			ev.reset()
			g.switchMu.Unlock()
			ev.wait(-1)
			g.switchMu.Lock()
		}
		i := slices.Index(g.switchSleepers, t)
		g.switchSleepers = slices.Delete(g.switchSleepers, i, i+1)
	} else {
		for g.lastHolder.Load() == t {
			g.switchCond.Wait()
		}
	}
	g.switchWaiters.Add(-1)
	g.switchMu.Unlock()
}

// signal wakes one sleeping waiter (COND_SIGNAL): the one that asked for
// the drop if it is asleep, otherwise the oldest. Called with mu held.
//
// Why the requester first: that is what CPython 3.11 does on Linux, though
// not by rule. Its waiter sets the drop request and at once waits on the
// condition variable again; the holder drops within microseconds, while
// the requester has only just gone back to waiting and, most likely, is
// still on a CPU, so it takes the free lock before a sleeping waiter has
// been scheduled. Two CPU-bound threads thus pass the GIL to each other,
// and a third thread waiting for it starves until one of them blocks:
// measured with python3, a main thread's time.sleep(0.001) beside two
// spinning threads returned 30-80 ms late (median), up to 190 ms
// (bench/thread_starve.py). That starvation is also what staggers the
// threads of an I/O-bound program such as the scraper, which then overlaps
// each sleep with another thread's work.
func (g *GIL) signal() {
	if len(g.sleepers) == 0 {
		return
	}
	i := 0
	if r := g.requester; r != nil {
		if j := slices.Index(g.sleepers, r); j >= 0 {
			i = j
		}
	}
	w := g.sleepers[i]
	g.sleepers = slices.Delete(g.sleepers, i, i+1)
	if w.sched.gilKernel {
		w.sched.gilEvent.set()
		return
	}
	select {
	case w.sched.gilWake <- struct{}{}:
	default: // cannot happen: a token is sent only to a registered sleeper
	}
}

// timedWait is COND_TIMED_WAIT: called with mu held, it sleeps until
// signalled or until d has passed, and returns with mu held again. It
// reports whether the wait timed out. A thread that waitsInKernel sleeps
// on its osEvent, others on a channel and a Go timer (osevent.go explains
// the difference); gilKernel tells signal which.
func (g *GIL) timedWait(t *Thread, d time.Duration) (timedOut bool) {
	s := &t.sched
	s.gilKernel = t.waitsInKernel()
	if s.gilKernel {
		s.gilEvent.reset()
	}
	g.sleepers = append(g.sleepers, t)
	g.mu.Unlock()
	signalled := false
	if s.gilKernel {
		signalled = s.gilEvent.wait(d)
	} else {
		if s.gilTimer == nil {
			s.gilTimer = time.NewTimer(d)
		} else {
			s.gilTimer.Reset(d)
		}
		select {
		case <-s.gilWake:
			signalled = true
		case <-s.gilTimer.C:
		}
		s.gilTimer.Stop()
	}
	g.mu.Lock()
	if i := slices.Index(g.sleepers, t); i >= 0 {
		g.sleepers = slices.Delete(g.sleepers, i, i+1)
		return !signalled
	}
	if !signalled { // popped by a signal that raced with the timer
		if s.gilKernel {
			s.gilEvent.wait(-1)
		} else {
			<-s.gilWake
		}
	}
	return false
}

// requestDrop sets the drop request on the holder's eval breaker
// (SET_GIL_DROP_REQUEST) and reports whether it did. Called with mu held.
// A holder that released the lock between the caller's check and the store
// must not keep a stale request, so the bit is taken back if the holder
// changed.
func (g *GIL) requestDrop() bool {
	h := g.holder.Load()
	if h == nil {
		return false
	}
	h.Breaker.Or(BreakGILDrop)
	if g.holder.Load() != h {
		h.Breaker.And(^BreakGILDrop)
		return false
	}
	g.requests.Add(1)
	return true
}

// HandleBreaker is the one call the vm makes at a check point (function
// entry, loop back-edge, after a call into a built-in) when t.Breaker is
// non-zero. It serves a GIL drop request with a forced switch and turns a
// pending Ctrl-C into KeyboardInterrupt, which it returns for the vm to
// raise. The fast path stays in the vm: `if t.Breaker.Load() != 0`.
func (t *Thread) HandleBreaker() error {
	b := t.Breaker.Load()
	if b&BreakGILDrop != 0 {
		t.Breaker.And(^BreakGILDrop)
		t.forcedSwitch()
	}
	if b&BreakInterrupt != 0 && t.takeInterrupt() {
		return NewException(KeyboardInterruptType)
	}
	return nil
}

// takeInterrupt consumes a pending Ctrl-C, reporting whether there was one.
func (t *Thread) takeInterrupt() bool {
	return t.Breaker.And(^BreakInterrupt)&BreakInterrupt != 0
}

// forcedSwitch drops the GIL on a waiter's request, waits until another
// thread has taken it, and takes it back: a forced switch.
func (t *Thread) forcedSwitch() {
	g := t.Interp.GIL
	if !g.Enabled || g.holder.Load() != t {
		return
	}
	t.bindForContention()
	now := monoNow()
	t.sched.stats.transition(stateWaitingGIL, now)
	t.sched.stats.countSwitch(true)
	g.Release(t)
	g.waitForSwitch(t)
	g.Acquire(t)
	t.sched.stats.transition(stateRunning, monoNow())
}

// bindForContention binds t to its OS thread, if it is not bound yet, once
// it takes part in GIL contention (a sleep, a forced switch, a whole switch
// interval spent waiting), unless the interpreter has a single P (--cpus 1
// where the process cannot be confined to one core: SetCPUs). From then on
// it sleeps and waits for the GIL in the kernel and keeps to one OS thread,
// which is what makes its wake-ups prompt (osevent.go). The binding lasts
// until the thread waits on a lock, a join or a process
// (unbindAfterContention): a bound goroutine woken through Go costs an OS
// context switch, which made a producer and a consumer trading items
// through a queue ten times slower. Called on t's own goroutine, only with
// the GIL enabled.
func (t *Thread) bindForContention() {
	st := &t.sched.stats
	if goruntime.GOMAXPROCS(0) == 1 || st.isBound() {
		return
	}
	goruntime.LockOSThread() // first, so that gettid names the thread kept
	t.sched.contentionBound = true
	st.mu.Lock()
	// CPU accounting (cpuStart) is left alone: the binding may end.
	st.bound, st.tid = true, gettid()
	st.mu.Unlock()
}

// waitsInKernel reports whether t sleeps and waits for the GIL in the
// kernel (osevent.go) rather than on Go channels and timers: when it is
// bound to its OS thread, for contention or for CPU accounting (--stats),
// and the interpreter has more than one P. With one P (--cpus 1 outside
// Linux: SetCPUs) a thread woken in the kernel would find the only P busy
// with the holder and wait for Go to preempt it, 10-20 ms: there Go's
// channels and timers serve as well.
func (t *Thread) waitsInKernel() bool {
	return goruntime.GOMAXPROCS(0) > 1 && t.sched.stats.isBound()
}

// unbindAfterContention ends a binding made by bindForContention; waitOn
// calls it before a thread blocks on a lock, a join or a process.
func (t *Thread) unbindAfterContention() {
	if !t.sched.contentionBound {
		return
	}
	t.sched.contentionBound = false
	st := &t.sched.stats
	st.mu.Lock()
	st.bound = false
	st.mu.Unlock()
	goruntime.UnlockOSThread()
}

// BeginBlocking is called by a built-in before it blocks (sleep, a lock or
// queue wait, a join, I/O): it releases the GIL so other threads run, and
// accounts the time until EndBlocking as blocked. Calls must pair, on t's
// own goroutine, with nothing touching Python objects in between.
func (t *Thread) BeginBlocking() {
	t.sched.stats.transition(stateBlocked, monoNow())
	t.sched.stats.countSwitch(false)
	t.Interp.GIL.Release(t)
}

// EndBlocking takes the GIL back after a blocking call (waiting as long as
// needed, counted as waiting for the GIL) and resumes accounting t as running.
func (t *Thread) EndBlocking() {
	g := t.Interp.GIL
	if g.Enabled {
		t.sched.stats.transition(stateWaitingGIL, monoNow())
		g.Acquire(t)
	}
	t.sched.stats.transition(stateRunning, monoNow())
}

// Block runs fn, a call that blocks without touching Python objects, with
// the GIL released: BeginBlocking, fn, EndBlocking.
func (t *Thread) Block(fn func()) {
	t.BeginBlocking()
	defer t.EndBlocking()
	fn()
}
