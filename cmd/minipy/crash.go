package main

import (
	"fmt"
	"io"
	"os"
	"runtime/debug"
)

// exitInternalError is the exit status after a bug in minipy itself
// (EX_SOFTWARE from sysexits.h).
const exitInternalError = 70

// debugEnv names the environment variable that makes an internal error
// print the Go stack as well.
const debugEnv = "MINIPY_DEBUG"

// crashGuard runs fn and turns a Go panic inside it into one clear line on
// stderr and exit status 70 instead of a Go stack dump: a user should see
// that minipy has a bug, not a wall of goroutines. flush is called first so
// the program's output so far is not lost; it may itself panic (the stream
// may be what broke), which is ignored.
func crashGuard(stderr io.Writer, debugStack bool, flush func(), fn func() int) (status int) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		stack := debug.Stack()
		if flush != nil {
			func() {
				defer func() { recover() }()
				flush()
			}()
		}
		fmt.Fprintf(stderr, "minipy: internal error: %v (this is a bug in minipy; please report it with the script that caused it)\n", r)
		if debugStack {
			stderr.Write(stack)
		}
		status = exitInternalError
	}()
	return fn()
}

// debugRequested reports whether MINIPY_DEBUG asks for Go stacks.
func debugRequested() bool {
	v := os.Getenv(debugEnv)
	return v != "" && v != "0"
}
