package main

import (
	"io"
	"os"
	"os/signal"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"minipy/runtime"
)

// exitInterrupted is the status when a second Ctrl-C arrives before the
// first was delivered (the program is stuck outside the eval loop).
const exitInterrupted = 130

// interrupter turns SIGINT (Ctrl-C) into a KeyboardInterrupt in the running
// program: it sets BreakInterrupt on the main thread's eval breaker, which
// the vm checks at loop back-edges and calls. While no Python code runs (the
// REPL waiting at its prompt, where readline itself reports Ctrl-C) signals
// are ignored.
type interrupter struct {
	thread  *runtime.Thread
	signals chan os.Signal
	running atomic.Bool
	done    sync.WaitGroup

	// wake, when set, is called after the breaker is set, to cut short a
	// blocking call that does not pass through the eval loop (time.sleep,
	// a lock or queue wait). It is the hook for those calls to become
	// interruptible.
	wake func()

	// onStuck runs when a second Ctrl-C arrives while the first is still
	// pending: the program is not reaching a check point, so waiting for
	// it is pointless. By default it ends the process with status 130.
	onStuck func()
}

// newInterrupter starts catching SIGINT for thread. stderr receives the
// message when a stuck program is killed; flush runs before that.
func newInterrupter(thread *runtime.Thread, stderr io.Writer, flush func()) *interrupter {
	// A Ctrl-C must also end a sleep or a lock, queue or join wait at
	// once, not when it times out.
	it := &interrupter{thread: thread, signals: make(chan os.Signal, 4), wake: thread.Wake}
	it.onStuck = func() {
		flush()
		io.WriteString(stderr, "\nminipy: interrupted (the program did not respond to KeyboardInterrupt)\n")
		os.Exit(exitInterrupted)
	}
	signal.Notify(it.signals, os.Interrupt)
	it.done.Add(1)
	go it.loop()
	return it
}

func (it *interrupter) loop() {
	defer it.done.Done()
	for range it.signals {
		it.interrupt()
	}
}

// interruptDelivered records that a Ctrl-C reached the code that ran
// last (interrupter.run clears it): with exit status 130 it means that a
// KeyboardInterrupt ended the program, and main then ends the process by
// SIGINT as CPython does (see dieOfSIGINT).
var interruptDelivered atomic.Bool

// interrupt delivers one Ctrl-C.
func (it *interrupter) interrupt() {
	if !it.running.Load() {
		return
	}
	interruptDelivered.Store(true)
	if it.thread.Breaker.Or(runtime.BreakInterrupt)&runtime.BreakInterrupt != 0 {
		it.onStuck()
		return
	}
	if it.wake != nil {
		it.wake()
	}
}

// run executes fn with Ctrl-C delivered to the program. A Ctrl-C left over
// from before (pressed just as the previous input finished) is discarded.
func (it *interrupter) run(fn func()) {
	it.thread.Breaker.And(^runtime.BreakInterrupt)
	interruptDelivered.Store(false)
	it.running.Store(true)
	defer it.running.Store(false)
	fn()
}

// stop restores the default SIGINT behaviour.
func (it *interrupter) stop() {
	signal.Stop(it.signals)
	close(it.signals)
	it.done.Wait()
}

// dieOfSIGINT ends the process as CPython ends it after an uncaught
// KeyboardInterrupt: killed by SIGINT with its default action rather than
// exiting with status 130, so that a shell running minipy in a loop sees
// a child stopped by Ctrl-C and stops the loop too (bash does so only for
// a child that died of the signal).
func dieOfSIGINT() {
	signal.Reset(os.Interrupt)
	syscall.Kill(os.Getpid(), syscall.SIGINT)
	time.Sleep(time.Second) // the signal ends the process before this does
	os.Exit(exitInterrupted)
}
