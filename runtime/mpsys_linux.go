//go:build linux

package runtime

// The Linux system calls under multiprocessing: waiting on several
// descriptors at once (ppoll), futexes on shared memory for locks that
// work across processes, bigger pipe buffers, and the parent-death signal
// that keeps a killed parent from leaving orphans.

import (
	"os"
	"os/exec"
	"syscall"
	"time"
	"unsafe"
)

// mpSupported reports whether this platform has what multiprocessing needs.
const mpSupported = true

// pollFd is struct pollfd.
type pollFd struct {
	fd      int32
	events  int16
	revents int16
}

const (
	pollIn   = 0x1
	pollErr  = 0x8
	pollHup  = 0x10
	pollNval = 0x20
)

// pollReadable waits at most d (d < 0: without limit) until one of fds is
// readable, hung up or in error, and marks those in ready. It returns
// early, with nothing ready, when a signal interrupts it.
func pollReadable(fds []int32, ready []bool, d time.Duration) error {
	pfds := make([]pollFd, len(fds))
	for i, fd := range fds {
		pfds[i] = pollFd{fd: fd, events: pollIn}
	}
	var ts *syscall.Timespec
	if d >= 0 {
		t := syscall.NsecToTimespec(int64(d))
		ts = &t
	}
	var p unsafe.Pointer
	if len(pfds) > 0 {
		p = unsafe.Pointer(&pfds[0])
	}
	_, _, errno := syscall.Syscall6(syscall.SYS_PPOLL, uintptr(p), uintptr(len(pfds)), uintptr(unsafe.Pointer(ts)), 0, 0, 0)
	if errno != 0 && errno != syscall.EINTR {
		return errno
	}
	for i := range pfds {
		ready[i] = pfds[i].revents&(pollIn|pollErr|pollHup|pollNval) != 0
	}
	return nil
}

const (
	futexWaitOp = 0 // FUTEX_WAIT, shared between processes (not _PRIVATE)
	futexWakeOp = 1 // FUTEX_WAKE
)

// futexWait sleeps while *addr == val, at most d (d < 0: without limit).
// Spurious returns are allowed: callers re-check their condition.
func futexWait(addr *uint32, val uint32, d time.Duration) {
	var ts *syscall.Timespec
	if d >= 0 {
		t := syscall.NsecToTimespec(int64(d))
		ts = &t
	}
	futexWaitBlocking(addr, futexWaitOp, uintptr(val), ts)
}

// futexWake wakes up to n sleepers on addr, in any process.
func futexWake(addr *uint32, n int) {
	syscall.Syscall6(syscall.SYS_FUTEX, uintptr(unsafe.Pointer(addr)), futexWakeOp, uintptr(n), 0, 0, 0)
}

// word returns the 32-bit word at byte offset off of a shared mapping,
// for atomic operations and futexes.
func word(mem []byte, off int) *uint32 {
	return (*uint32)(unsafe.Pointer(&mem[off]))
}

// setPipeSize asks for a bigger pipe buffer: a large message then crosses
// in fewer wake-ups. Failure (an old kernel, a lower limit) is harmless.
func setPipeSize(f *os.File, size int) {
	syscall.Syscall(syscall.SYS_FCNTL, f.Fd(), syscall.F_SETPIPE_SZ, uintptr(size))
}

// socketPair returns the two ends of a connected Unix stream socket, the
// transport of a duplex Pipe().
func socketPair() (*os.File, *os.File, error) {
	fds, err := syscall.Socketpair(syscall.AF_UNIX, syscall.SOCK_STREAM|syscall.SOCK_CLOEXEC, 0)
	if err != nil {
		return nil, nil, err
	}
	return os.NewFile(uintptr(fds[0]), "socket"), os.NewFile(uintptr(fds[1]), "socket"), nil
}

// setDeathSignal makes the child die with SIGKILL when the thread that
// started it (the spawner's locked OS thread, which lives as long as the
// process) goes away: a parent that is killed leaves no orphans.
func setDeathSignal(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
}

// mapShared maps size bytes of f shared between processes.
func mapShared(f *os.File, size int) ([]byte, error) {
	return syscall.Mmap(int(f.Fd()), 0, size, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_SHARED)
}

// unmapShared releases a mapping made by mapShared.
func unmapShared(mem []byte) { syscall.Munmap(mem) }
