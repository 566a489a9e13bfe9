//go:build !linux

package runtime

import "syscall"

// CPU clocks elsewhere: getrusage for the process; no per-thread clock, so
// thread_time reports the process's CPU time.

func processCPUTime() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
