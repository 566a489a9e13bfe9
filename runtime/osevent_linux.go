package runtime

import (
	"sync/atomic"
	"syscall"
	"time"
	"unsafe"
)

// osEvent on Linux is a futex word: the sleeping thread blocks in the kernel,
// whose timers wake it within microseconds of its deadline (osevent.go says
// why that matters). The word is in the Go heap, which does not move.
type osEvent struct {
	word atomic.Uint32 // 0: not set; 1: set
}

const (
	futexWaitPrivate = 0 | 128 // FUTEX_WAIT | FUTEX_PRIVATE_FLAG: this process only
	futexWakePrivate = 1 | 128 // FUTEX_WAKE | FUTEX_PRIVATE_FLAG
)

// init prepares the event; a futex word needs nothing.
func (e *osEvent) init() {}

// reset clears the event before its owner registers as a sleeper.
func (e *osEvent) reset() { e.word.Store(0) }

// set marks the event and wakes its sleeper, if it sleeps. Safe from any
// goroutine.
func (e *osEvent) set() {
	if e.word.Swap(1) == 0 {
		syscall.Syscall6(syscall.SYS_FUTEX, uintptr(unsafe.Pointer(&e.word)), futexWakePrivate, 1, 0, 0, 0)
	}
}

// isSet reports whether set was called since the last reset.
func (e *osEvent) isSet() bool { return e.word.Load() != 0 }

// wait sleeps until the event is set or d has passed (d < 0: no limit) and
// reports whether it was set. Only the owning thread waits.
func (e *osEvent) wait(d time.Duration) bool {
	var deadline time.Time
	if d >= 0 {
		deadline = time.Now().Add(d)
	}
	for e.word.Load() == 0 {
		var ts *syscall.Timespec
		if d >= 0 {
			left := time.Until(deadline)
			if left <= 0 {
				return false
			}
			spec := syscall.NsecToTimespec(int64(left))
			ts = &spec
		}
		// EINTR, EAGAIN (already set) and spurious returns loop back to
		// the check of the word.
		futexWaitBlocking((*uint32)(unsafe.Pointer(&e.word)), futexWaitPrivate, 0, ts)
	}
	return true
}

// entersyscallblock is syscall.Syscall's runtime.entersyscall with a hint
// that the call will block: it hands the goroutine's P to another thread at
// once instead of leaving it for sysmon to take back.
//
//go:linkname entersyscallblock runtime.entersyscallblock
func entersyscallblock()

// exitsyscall is the end of every system call: it takes an idle P, or parks
// the thread until one is free.
//
//go:linkname exitsyscall runtime.exitsyscall
func exitsyscall()

// futexWaitBlocking is syscall.Syscall6(SYS_FUTEX, addr, op, val, ts)
// with entersyscallblock in place of entersyscall: every futex wait in
// minipy goes through it (osEvent here, the shared-memory locks of
// multiprocessing in mpsys_linux.go). Like syscall.Syscall6 it must not
// grow its stack between the two runtime calls, hence nosplit and norace
// (race instrumentation needs a P, which it no longer has).
//
//go:nosplit
//go:norace
func futexWaitBlocking(addr *uint32, op, val uintptr, ts *syscall.Timespec) {
	entersyscallblock()
	syscall.RawSyscall6(syscall.SYS_FUTEX, uintptr(unsafe.Pointer(addr)), op, val, uintptr(unsafe.Pointer(ts)), 0, 0)
	exitsyscall()
}
