package runtime

import (
	"syscall"
	"unsafe"
)

// CPU clocks on Linux: clock_gettime with the per-process and per-thread
// CPU-time clocks, as CPython's process_time and thread_time use.

const (
	clockProcessCPUTime = 2 // CLOCK_PROCESS_CPUTIME_ID
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
