package runtime

import (
	"syscall"
	"unsafe"
)

// Per-thread CPU time on Linux. Every Python thread runs on a goroutine
// locked to its OS thread (Thread.Begin), so the kernel's per-thread CPU
// clock is that thread's honest CPU time. The clock of another thread is
// read through the clock id Linux derives from its thread id (what glibc's
// pthread_getcpuclockid returns), so live threads can be reported too.

// gettid returns the calling OS thread's id (threading.get_native_id()).
func gettid() int { return syscall.Gettid() }

// threadCPUClock returns the CPU time, in nanoseconds, of the OS thread tid,
// or -1 if it cannot be read (the thread has exited).
func threadCPUClock(tid int) int64 {
	// MAKE_THREAD_CPUCLOCK(tid, CPUCLOCK_SCHED): ~tid << 3 | PERTHREAD | SCHED.
	id := int32(^uint32(tid)<<3 | 4 | 2)
	var ts syscall.Timespec
	_, _, errno := syscall.Syscall(syscall.SYS_CLOCK_GETTIME, uintptr(int64(id)), uintptr(unsafe.Pointer(&ts)), 0)
	if errno != 0 {
		return -1
	}
	return ts.Nano()
}
