package main

import (
	"github.com/chzyer/readline"

	"minipy/runtime"
	"minipy/vm"
)

// sessionKind says how a REPL session relates to the main thread.
type sessionKind int

const (
	// sessionOwn is `minipy` alone: the session begins the main thread
	// (taking the GIL if it is on) and shows the banner.
	sessionOwn sessionKind = iota
	// sessionAfterProgram is `minipy -i PROGRAM` (runInspect): the main
	// thread began with the program, and there is no banner, as in
	// python3 -i.
	sessionAfterProgram
)

// startREPL runs an interactive session: with readline (history, line
// editing, Tab indentation) when stdin is a terminal, otherwise reading
// plain lines from stdin with the prompts on stderr, as python3 -i does.
// At its end it waits for the non-daemon threads (the program's and the
// session's) and ends the main thread, as RunMain does for a program.
func startREPL(interp *runtime.Interpreter, module *runtime.Module, opts *options, s streams, intr *interrupter, kind sessionKind) int {
	t := interp.MainThread
	if kind == sessionOwn {
		if !opts.quiet {
			interp.Stderr.WriteString(banner)
		}
		t.Begin()
	}
	reader := newTerminalOrPlainReader(interp, s)
	status := newREPL(interp, module, reader, intr).run()
	reader.Close()
	intr.run(func() {
		if err := runtime.ShutdownThreads(t); err != nil && status == 0 {
			status = vm.HandleUncaught(t, runtime.AsException(err))
		}
	})
	t.End()
	interp.Flush()
	return status
}

// newTerminalOrPlainReader picks the line reader for the session. A plain
// reader shares the interpreter's stdin buffer, so input() in the program
// and the REPL read the same stream without stealing each other's lines.
func newTerminalOrPlainReader(interp *runtime.Interpreter, s streams) lineReader {
	if s.stdinTTY {
		var history *historyFile
		if path := defaultHistoryPath(); path != "" {
			history = loadHistory(path)
		}
		rl, err := newReadlineReader(&readline.Config{
			Stdout:          s.stdout,
			Stderr:          s.stderr,
			InterruptPrompt: "^C",
		}, history)
		if err == nil {
			return rl
		}
	}
	return &plainReader{r: interp.Stdin, out: s.stderr}
}
