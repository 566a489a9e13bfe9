//go:build !linux

package runtime

// Stand-ins for the Linux system calls of mpsys_linux.go: on other
// platforms multiprocessing raises NotImplementedError (spawn checks
// mpSupported) and the rest of the runtime still builds.

import (
	"errors"
	"os"
	"os/exec"
	"time"
	"unsafe"
)

const mpSupported = false

var errNoMultiprocessing = errors.New("multiprocessing is not supported on this platform")

func pollReadable(fds []int32, ready []bool, d time.Duration) error { return errNoMultiprocessing }

func futexWait(addr *uint32, val uint32, d time.Duration) { time.Sleep(min(d, time.Millisecond)) }

func futexWake(addr *uint32, n int) {}

func word(mem []byte, off int) *uint32 { return (*uint32)(unsafe.Pointer(&mem[off])) }

func setPipeSize(f *os.File, size int) {}

func socketPair() (*os.File, *os.File, error) { return nil, nil, errNoMultiprocessing }

func setDeathSignal(cmd *exec.Cmd) {}

func mapShared(f *os.File, size int) ([]byte, error) { return nil, errNoMultiprocessing }

func unmapShared(mem []byte) {}
