// Command minipy runs programs written in minipy's subset of Python: a
// script file, a string (-c), a built-in module (-m dis), standard input, or
// an interactive session (the REPL). The command line follows python3's.
package main

import (
	"io"
	"os"

	"github.com/chzyer/readline"

	"minipy/runtime"
)

// exitUsage is the status for a bad command line or an unreadable script,
// as python3 uses it.
const exitUsage = 2

// streams are the process's standard streams and whether they are
// terminals; tests substitute their own.
type streams struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	stdinTTY       bool
	stdoutTTY      bool
	width          int // the terminal's width in columns; 0 when not a terminal
}

func main() {
	tuneGC()
	status := run(os.Args[1:], streams{
		stdin:     os.Stdin,
		stdout:    os.Stdout,
		stderr:    os.Stderr,
		stdinTTY:  readline.IsTerminal(int(os.Stdin.Fd())),
		stdoutTTY: readline.IsTerminal(int(os.Stdout.Fd())),
		width:     max(readline.GetScreenWidth(), 0),
	})
	if status == exitInterrupted && interruptDelivered.Load() {
		dieOfSIGINT() // the KeyboardInterrupt of a Ctrl-C ended the program
	}
	os.Exit(status)
}

// run is the whole command: it parses args, runs what they ask for and
// returns the exit status. A Go panic anywhere below becomes exit status 70
// with a one-line message (see crashGuard).
func run(args []string, s streams) int {
	opts, err := parseArgs(args)
	if err == nil {
		err = opts.threads.applyEnv(os.Getenv)
	}
	if err == nil && opts.mode != modeHelp && opts.mode != modeVersion && opts.mode != modeCompare {
		err = opts.threads.checkTrace()
	}
	if err != nil {
		io.WriteString(s.stderr, err.Error()+"\n"+usageLine+usageHint)
		return exitUsage
	}
	switch opts.mode {
	case modeHelp:
		io.WriteString(s.stdout, helpText)
		return 0
	case modeVersion:
		io.WriteString(s.stdout, version+"\n")
		return 0
	case modeCompare:
		return runCompare(opts, s)
	}
	var interp *runtime.Interpreter
	flush := func() {
		if interp != nil {
			interp.Flush()
		}
	}
	return crashGuard(s.stderr, debugRequested(), flush, func() int {
		interp = runtime.NewInterpreterIO(s.stdin, s.stdout, s.stderr)
		// On a terminal a line must appear when it is printed; into a pipe
		// or file, stdout stays block-buffered for speed, as in CPython.
		interp.Stdout.LineBuffered = s.stdoutTTY
		interp.Argv = opts.argv()
		opts.threads.apply(interp)
		intr := newInterrupter(interp.MainThread, s.stderr, flush)
		defer intr.stop()
		status := runProgram(interp, opts, s, intr)
		opts.threads.report(interp, s.stderr, s.width)
		return status
	})
}
