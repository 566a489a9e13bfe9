//go:build !linux

package runtime

import (
	"sync/atomic"
	"time"
)

// osEvent outside Linux is a one-slot channel: without a portable futex the
// wait goes through Go's timers, with their coarser wake-ups.
type osEvent struct {
	flag atomic.Uint32
	ch   chan struct{}
}

// init makes the channel; called when the thread is created.
func (e *osEvent) init() { e.ch = make(chan struct{}, 1) }

// reset clears the event before its owner registers as a sleeper.
func (e *osEvent) reset() {
	e.flag.Store(0)
	select {
	case <-e.ch:
	default:
	}
}

// set marks the event and wakes its sleeper, if it sleeps.
func (e *osEvent) set() {
	if e.flag.Swap(1) == 0 {
		select {
		case e.ch <- struct{}{}:
		default:
		}
	}
}

// isSet reports whether set was called since the last reset.
func (e *osEvent) isSet() bool { return e.flag.Load() != 0 }

// wait sleeps until the event is set or d has passed (d < 0: no limit).
func (e *osEvent) wait(d time.Duration) bool {
	if e.isSet() {
		return true
	}
	var timeout <-chan time.Time
	if d >= 0 {
		t := time.NewTimer(d)
		defer t.Stop()
		timeout = t.C
	}
	select {
	case <-e.ch:
		return true
	case <-timeout:
		return e.isSet()
	}
}
