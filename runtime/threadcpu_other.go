//go:build !linux

package runtime

// Elsewhere there is no portable per-thread CPU clock: threads report no CPU
// time of their own (the process total is still measured), and native ids
// are unknown.

func gettid() int { return 0 }

func threadCPUClock(tid int) int64 { return -1 }
