package runtime

// The per-thread event log behind --trace and --timeline. It records the
// same transitions that the --stats totals are summed from (threadStats.
// transition, DESIGN.md decision 5: one source), so the three views always
// agree. Logging is off unless asked for (SetEventLog) and then bounded: a
// thread keeps at most maxThreadEvents transitions and the interpreter at
// most maxTotalEvents, so a program that switches millions of times keeps
// its beginning and stays within a few tens of megabytes.

import (
	"sync/atomic"
	"time"
)

// ThreadState is what a thread does from one ThreadEvent to the next.
type ThreadState uint8

// The states of a thread's track.
const (
	ThreadRunning    = ThreadState(stateRunning)    // runs bytecode (holding the GIL, if on)
	ThreadWaitingGIL = ThreadState(stateWaitingGIL) // waits to take the GIL
	ThreadBlocked    = ThreadState(stateBlocked)    // sleeps, waits for a lock, a join, I/O
	ThreadDone       = ThreadState(stateDone)       // has ended
)

// String names the state as the trace and the timeline's legend do.
func (s ThreadState) String() string {
	switch s {
	case ThreadRunning:
		return "running"
	case ThreadWaitingGIL:
		return "waiting for the GIL"
	case ThreadBlocked:
		return "blocked"
	case ThreadDone:
		return "done"
	}
	return "new"
}

// ThreadEvent is one transition: from At on, the thread was in State.
type ThreadEvent struct {
	At    time.Duration // since the interpreter started
	State ThreadState
}

// ThreadTrack is one thread's recorded transitions.
type ThreadTrack struct {
	Name   string
	Ident  int64
	Events []ThreadEvent // in time order; the last is ThreadDone if the thread ended
	Lost   bool          // the log reached its bound: later transitions are missing
}

// Bounds of the event log: 16 bytes an event.
const (
	maxThreadEvents = 1 << 17 // per thread (2 MB)
	maxTotalEvents  = 1 << 21 // per interpreter (32 MB)
)

// threadEvent is a logged transition, at monoNow() time.
type threadEvent struct {
	at    int64
	state threadState
}

// eventLog is the interpreter's switch and budget for logging.
type eventLog struct {
	on     atomic.Bool
	budget atomic.Int64 // events that may still be logged
}

// SetEventLog turns on the logging of every thread's transitions (--trace,
// --timeline). Call it before the main thread begins: threads log from
// their Begin on.
func (in *Interpreter) SetEventLog(on bool) {
	in.threads.events.budget.Store(maxTotalEvents)
	in.threads.events.on.Store(on)
}

// logEvent appends a transition to st's log, within the bounds. Called
// with st.mu held, only when st.log is set.
func (st *threadStats) logEvent(s threadState, now int64) {
	if st.eventsLost {
		return
	}
	if len(st.events) >= maxThreadEvents || st.log.budget.Add(-1) < 0 {
		st.eventsLost = true
		return
	}
	st.events = append(st.events, threadEvent{now, s})
}

// ThreadTracks returns the logged transitions of every thread that has a
// row of its own in ThreadStats (threads merged past the listing bound have
// none), in the same order, with the wall time they span.
func (in *Interpreter) ThreadTracks() (tracks []ThreadTrack, wall time.Duration) {
	rows := in.ThreadStats()
	in.threads.mu.Lock()
	started := in.threads.started
	in.threads.mu.Unlock()
	for _, r := range rows {
		if r.Threads != 1 {
			continue
		}
		tr := ThreadTrack{Name: r.Name, Ident: r.Ident, Lost: r.eventsLost,
			Events: make([]ThreadEvent, len(r.events))}
		for i, e := range r.events {
			tr.Events[i] = ThreadEvent{At: time.Duration(e.at - started), State: ThreadState(e.state)}
		}
		tracks = append(tracks, tr)
	}
	return tracks, time.Duration(monoNow() - started)
}
