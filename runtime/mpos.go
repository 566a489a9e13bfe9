package runtime

// The process-level functions of the os module that multiprocessing's
// lessons and tests use: os._exit, which ends the process at once (no
// flushing, no cleanup: the way a crashing child dies), and os.kill.

import (
	"os"
	"syscall"
)

// osExit is os._exit(n).
func osExit(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	if err := checkOneArg("_exit", args, kwargs); err != nil {
		return Value{}, err
	}
	n, err := cIntArg(t, args[0])
	if err != nil {
		return Value{}, err
	}
	os.Exit(int(n))
	return None, nil
}

// osKill is os.kill(pid, sig).
func osKill(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	if err := checkPositional("kill", args, kwargs, 2, 2); err != nil {
		return Value{}, err
	}
	pid, err := cIntArg(t, args[0])
	if err != nil {
		return Value{}, err
	}
	sig, err := cIntArg(t, args[1])
	if err != nil {
		return Value{}, err
	}
	if err := syscall.Kill(int(pid), syscall.Signal(sig)); err != nil {
		return Value{}, NewOSError(err, Value{})
	}
	return None, nil
}

// processAlive reports whether a process with this pid exists.
func processAlive(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || err == syscall.EPERM
}
