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
// variable), before any thread but the main one runs. On Linux, when n was
// chosen, it confines the whole process to n of the CPUs it may use
// (confineToCPUs, as `taskset` would), and it sets Go's GOMAXPROCS to n,
// with one exception: with the GIL on, n+1, where the process runs on n
// cores only (confined, or started so) or n >= 2.
//
// Why confine: GOMAXPROCS limits only the threads running Go code. A
// thread blocked in a system call, and Go's own background work, may still
// use another core, and so may the child processes, which are given the
// same n. Confined, --cpus 1 is one core for all of them, as the article's
// measurements with one core were.
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
// bytecode, --stats still reports about 1.0, and a confined process cannot
// use more cores than n anyway.
//
// With one core the spare matters most. With a single P a thread waiting
// for the GIL cannot run to ask for it until Go preempts the holder, 10-20
// ms later, so a 1 ms sleep beside a spinner came back 40-60 ms late, and
// in the scraper example the main thread, waiting to start the next
// thread, lost to every thread whose sleep ended (3.55x instead of
// python3's 5.1 under `taskset -c 0`). With the spare P on one confined
// core the kernel time-slices between the waiter and the holder, as it
// does for CPython's threads on one core: 5.2 ms at the median (python3
// 5.1). Where the process cannot be confined (outside Linux) --cpus 1
// stays one P, so that it still shows one core's worth of parallelism.
func SetCPUs(n int, gil bool) {
	chosen := n >= 1 || cpusWanted.Load() > 0
	if n < 1 {
		n = CPUs()
	} else if machine := goruntime.NumCPU(); n > machine {
		n = machine
	}
	cpusWanted.Store(int32(n))
	// Only a choice (--cpus, or the parent's for a child) moves the process
	// onto fewer cores; Go's default (GOMAXPROCS from the environment, or
	// from a container's CPU quota) sets the number of Ps alone.
	var confined bool
	if chosen {
		confined = confineToCPUs(n)
	} else {
		m, ok := processAffinity()
		confined = ok && m.count() == n
	}
	procs := n
	if gil && (n >= 2 || confined) {
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
