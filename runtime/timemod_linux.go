package runtime

import (
	"syscall"
	"unsafe"
)

// CPU clocks on Linux: clock_gettime with the per-process and per-thread
// CPU-time clocks, as CPython's process_time and thread_time use.

const (
	clockProcessCPUTime = 2 // CLOCK_PROCESS_CPUTIME_ID
	clockThreadCPUTime  = 3 // CLOCK_THREAD_CPUTIME_ID
)

func clockNanos(id uintptr) int64 {
	var ts syscall.Timespec
	if _, _, errno := syscall.Syscall(syscall.SYS_CLOCK_GETTIME, id, uintptr(unsafe.Pointer(&ts)), 0); errno != 0 {
		return 0
	}
	return ts.Nano()
}

// processCPUTime is the CPU time of the whole process, in nanoseconds.
func processCPUTime() int64 { return clockNanos(clockProcessCPUTime) }

// threadCPUTime is the CPU time of the calling OS thread, in nanoseconds.
// The goroutine is not locked to its thread, so this is the CPU time of
// whichever thread runs it now.
func threadCPUTime() int64 { return clockNanos(clockThreadCPUTime) }
