package runtime

// Goroutines for Python threads, reused. A new goroutine starts with a
// small stack, and the eval loop's frames are large: a fresh goroutine
// copies its stack several times as it grows while running its first
// Python call, a fifth of the cost of a thread's start + join. A goroutine
// that has run a Python thread keeps its grown stack, so it waits a while
// for the next thread to run instead of exiting.

import (
	"sync"
	"time"
)

// threadWorkerIdle is how long a goroutine that has run a thread waits for
// another before it exits. Long enough to span the gaps of a program that
// starts threads in a loop; short enough that idle goroutines do not pile
// up for long after a burst of threads.
const threadWorkerIdle = 2 * time.Second

// maxIdleThreadWorkers bounds the goroutines kept waiting: a burst of a
// thousand threads need not leave a thousand stacks behind.
const maxIdleThreadWorkers = 64

// threadWorker is a goroutine waiting for a thread body to run.
type threadWorker struct {
	jobs chan func() // one slot: the spawner never blocks
}

// threadWorkers is the process's stack of idle workers, most recent (the
// warmest stack) last.
var threadWorkers struct {
	mu   sync.Mutex
	idle []*threadWorker
}

// goThread runs body on a goroutine of its own, as `go body()` would, on an
// idle worker if there is one.
func goThread(body func()) {
	p := &threadWorkers
	p.mu.Lock()
	if n := len(p.idle); n > 0 {
		w := p.idle[n-1]
		p.idle[n-1] = nil
		p.idle = p.idle[:n-1]
		p.mu.Unlock()
		w.jobs <- body
		return
	}
	p.mu.Unlock()
	go (&threadWorker{jobs: make(chan func(), 1)}).run(body)
}

// run runs body, then the bodies handed to w until it has been idle for
// threadWorkerIdle.
func (w *threadWorker) run(body func()) {
	var timer *time.Timer
	for {
		body()
		if !w.park() {
			return
		}
		if timer == nil {
			timer = time.NewTimer(threadWorkerIdle)
		} else {
			timer.Reset(threadWorkerIdle)
		}
		select {
		case body = <-w.jobs:
			timer.Stop()
			continue
		case <-timer.C:
		}
		if !w.unpark() {
			// A spawner took w off the idle list as the timer fired:
			// its job is on the way.
			body = <-w.jobs
			continue
		}
		return
	}
}

// park puts w on the idle list; false if the list is full (w exits).
func (w *threadWorker) park() bool {
	p := &threadWorkers
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.idle) >= maxIdleThreadWorkers {
		return false
	}
	p.idle = append(p.idle, w)
	return true
}

// unpark takes w off the idle list; false if a spawner already took it.
func (w *threadWorker) unpark() bool {
	p := &threadWorkers
	p.mu.Lock()
	defer p.mu.Unlock()
	for i, x := range p.idle {
		if x == w {
			p.idle = append(p.idle[:i], p.idle[i+1:]...)
			return true
		}
	}
	return false
}
