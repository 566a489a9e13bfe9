package runtime

// Kernel-level waits for the GIL's convoy (issue 4's wake-up latency).
//
// A Python thread is a goroutine, and a goroutine that waits on a channel
// with a Go timer is woken by the Go scheduler: the timer lives in the heap
// of the P (Go's logical processor) that armed it, and is run when that P,
// or an idle one that notices, gets to it. Under the GIL a sleeping thread
// has usually just handed the lock to a CPU-bound thread on the same P, so
// its timer sits in the heap of a P that is busy running bytecode, and on
// this 2-core VM it fired 1-5 ms late in a few percent of the wake-ups:
// a 1 ms sleep beside a spinning thread came back after 8-9 ms at the 99th
// percentile instead of CPython's 5.3 (one switch interval plus the sleep).
//
// CPython's threads sleep in the kernel (clock_nanosleep, and the GIL's
// pthread_cond_timedwait), whose timers are precise. minipy does the same
// for the threads that take part in GIL contention: with the GIL on, a
// thread that sleeps, is forced to drop the GIL, or waits a whole switch
// interval for it binds itself to its OS thread (Thread.bindOSThread) and
// from then on sleeps and waits for the GIL on an osEvent, a futex word on
// Linux.
//
// What matters most is the binding, of the spinning thread too: with kernel
// waits alone the tail stayed at 8 ms. A bound goroutine's wake-ups through
// Go cost an OS context switch, though (threadstats.go), which made a
// producer and a consumer trading items through a queue under the GIL 10x
// slower (60-90 us an item instead of 5-7). So the binding is not for every
// thread and not for good: a thread that is started, runs briefly and is
// joined never contends and is never bound, and a bound thread is unbound
// when it next waits on a lock, a join or a process (waitOn), where Go's
// channels wake it. Measured in interleaved rounds with every other process
// stopped: wake-up p99 5.35, 6.14, 5.40 ms (python3 5.35, 5.39, 5.31;
// channel waits without binding 7.7-9.8), the queue hand-off 5-7 us an item.
// Without the GIL nothing changes: there is no convoy, and Go's timers wake
// a sleeper within 0.2 ms at p99.
//
// Waiting in the kernel has a price in Go, which kept the scraper under the
// GIL behind CPython's for several sessions (issue 4). syscall.Syscall
// keeps the goroutine's P (Go's logical processor) for the length of the
// call, and Go's sysmon takes such a P back only once the call has lasted a
// sysmon tick, or 10 ms if other Ps are idle. Every such retake makes
// sysmon poll every 20 us for the next few ms, so with threads sleeping in
// the kernel it never settled: 2,700-2,800 wake-ups a second, 4-5% of a
// CPU, and the thread running bytecode, preempted by it hundreds of times a
// second, ran about 5% slower (perf: vm.run 1553 ms against 1477 for the
// same work). The scraper's speed-up was 4.5-4.65 against CPython's 4.9.
//
// So osEvent.wait on Linux enters its futex call the way a call known to
// block should: through runtime.entersyscallblock, which hands the P to
// another thread at once, and leaves through runtime.exitsyscall, which
// takes an idle P back. Neither is public API, but both are linknamed by
// gVisor for the same purpose, and the Go team keeps them linkable for
// that reason (go.dev/issue/67401; the runtime's comments say "do not
// remove or change the type signature"). sysmon then has nothing to
// retake. Measured with every other process stopped: the threads' CPU in
// the scraper's threaded phase fell from 213 to 198-202 ms (the work is
// 200), and in 31 interleaved runs the speed-up was 4.84 against python3's
// 4.85 (4.72 before); the wake-up p99 stayed at 5.3 ms (python3 5.3).
//
// Tried before and not kept, each losing on one target or gaining nothing:
// every wait on Go channels and timers (sysmon quiet, scraper 4.9, but
// wake-up p99 8 ms: a Go timer armed just before a spinning goroutine takes
// over its P fired 1.5-4 ms late, in minipy and in a 60-line Go program);
// unbound kernel waits after runtime.Gosched (p99 7.0); 6 or 12 Ps instead
// of 3; Go timers for sleeps over 10 ms; a clock goroutine serving every
// deadline; raw futex calls that keep the P (scraper 4.8, p99 up to 6.4,
// and a waiter holding a P while blocked can keep the GIL holder from
// running until Go preempts the waiter).

// osEvent (osevent_linux.go, osevent_other.go) is a one-shot wake-up flag
// its owner thread sleeps on: reset, then wait with a timeout; any thread
// may set it.
