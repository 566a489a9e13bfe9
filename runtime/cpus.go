package runtime

import (
	goruntime "runtime"
	"sync/atomic"
)

// cpusWanted is the number of cores the interpreter was given (--cpus),
// 0 until SetCPUs is first called.
var cpusWanted atomic.Int32

// SetCPUs gives the interpreter n cores to run on at once (--cpus N; more
// than the machine has means all of them; n < 1 keeps the last choice, or
// Go's own default: the machine's count or the GOMAXPROCS environment
// variable), before any thread but the main one runs. It sets Go's
// GOMAXPROCS to n, with one exception: with the GIL on and n >= 2, n+1.
//
// Why the spare P: under the GIL a thread in contention sleeps in the
// kernel (osevent.go) and, when it wakes, needs an idle P to go on. Before
// those waits handed their P over (runtime.entersyscallblock), a sleeper
// kept its P until Go's sysmon took it back, up to 10 ms later, and with
// two Ps a thread made runnable meanwhile waited that long: the scraper
// benchmark lost 10-25 ms of its 200 ms that way. The waits now give their
// P up at once, but the spare still pays: without it the wake-up p99 of a
// 1 ms sleep beside a spinner rose from 5.4 to 6.0 ms (median of 11
// interleaved runs; python3 5.3), with single runs at 7-8 ms. The spare P
// does not add parallelism: the GIL still lets one thread at a time run
// bytecode, and --stats still reports about 1.0. With n = 1 nothing waits
// in the kernel (waitsInKernel), so one core stays one P, the lesson of
// --cpus 1.
func SetCPUs(n int, gil bool) {
	if n < 1 {
		n = CPUs()
	} else if machine := goruntime.NumCPU(); n > machine {
		n = machine
	}
	cpusWanted.Store(int32(n))
	procs := n
	if gil && n >= 2 {
		procs = n + 1
	}
	goruntime.GOMAXPROCS(procs)
}

// CPUs is the n of the last SetCPUs (the cores a child process is given),
// or, before any, Go's GOMAXPROCS (its spare P is added only by SetCPUs).
func CPUs() int {
	if n := cpusWanted.Load(); n > 0 {
		return int(n)
	}
	return goruntime.GOMAXPROCS(0)
}
