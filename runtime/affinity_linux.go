package runtime

import (
	"os"
	"strconv"
	"syscall"
	"unsafe"
)

// cpuMask is a Linux CPU affinity mask (cpu_set_t): bit i set means the
// thread may run on CPU i. 1024 CPUs, glibc's CPU_SETSIZE.
type cpuMask [16]uint64

// count returns the number of CPUs in m.
func (m *cpuMask) count() int {
	n := 0
	for _, w := range m {
		for ; w != 0; w &= w - 1 {
			n++
		}
	}
	return n
}

// first returns the first n CPUs of m.
func (m *cpuMask) first(n int) cpuMask {
	var out cpuMask
	for i := 0; i < len(m)*64 && n > 0; i++ {
		if m[i/64]&(1<<(i%64)) != 0 {
			out[i/64] |= 1 << (i % 64)
			n--
		}
	}
	return out
}

// threadAffinity returns the affinity mask of the OS thread tid (0: the
// calling thread).
func threadAffinity(tid int) (cpuMask, bool) {
	var m cpuMask
	_, _, e := syscall.RawSyscall(syscall.SYS_SCHED_GETAFFINITY, uintptr(tid), unsafe.Sizeof(m), uintptr(unsafe.Pointer(&m)))
	return m, e == 0
}

// processAffinity returns the mask the process runs under: the calling
// thread's, which every thread shares unless something changed one.
func processAffinity() (cpuMask, bool) { return threadAffinity(0) }

// setProcessAffinity gives every thread of the process the mask m, as
// `taskset -a -p` does. Linux sets affinity per thread, and a new thread
// inherits its creator's: the threads Go has started so far are changed one
// by one from /proc/self/task, in passes until one finds nothing left to
// change (a thread started meanwhile may have copied an old mask).
func setProcessAffinity(m cpuMask) bool {
	for pass := 0; pass < 10; pass++ {
		ents, err := os.ReadDir("/proc/self/task")
		if err != nil {
			return false
		}
		changed := false
		for _, ent := range ents {
			tid, err := strconv.Atoi(ent.Name())
			if err != nil {
				continue
			}
			if cur, ok := threadAffinity(tid); ok && cur == m {
				continue
			}
			_, _, e := syscall.RawSyscall(syscall.SYS_SCHED_SETAFFINITY, uintptr(tid), unsafe.Sizeof(m), uintptr(unsafe.Pointer(&m)))
			if e != 0 && e != syscall.ESRCH { // ESRCH: the thread has exited
				return false
			}
			changed = true
		}
		if !changed {
			return true
		}
	}
	return true
}

// confineToCPUs runs the whole process on n of the CPUs it may use now
// (the first n of its mask) and reports whether it now runs on exactly n,
// which it also does when it already did.
func confineToCPUs(n int) bool {
	cur, ok := processAffinity()
	if !ok || n < 1 || cur.count() < n {
		return false
	}
	if cur.count() == n {
		return true
	}
	return setProcessAffinity(cur.first(n))
}
