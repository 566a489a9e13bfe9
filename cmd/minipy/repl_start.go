package main

import (
	"github.com/chzyer/readline"

	"minipy/runtime"
	"minipy/vm"
)

// startREPL runs an interactive session: with readline (history, line
// editing, Tab indentation) when stdin is a terminal, otherwise reading
// plain lines from stdin with the prompts on stderr, as python3 -i does.
// A session of its own (no program ran before it: beginMain) begins the
// main thread, taking the GIL if it is on, and at its end waits for the
// non-daemon threads it started and ends the main thread, as RunMain does
// for a program.
func startREPL(interp *runtime.Interpreter, module *runtime.Module, opts *options, s streams, intr *interrupter, beginMain bool) int {
	if !opts.quiet {
		interp.Stderr.WriteString(banner)
	}
	t := interp.MainThread
	if beginMain {
		t.Begin()
	}
	reader := newTerminalOrPlainReader(interp, s)
	status := newREPL(interp, module, reader, intr).run()
	reader.Close()
	if beginMain {
		intr.run(func() {
			if err := runtime.ShutdownThreads(t); err != nil && status == 0 {
				status = vm.HandleUncaught(t, runtime.AsException(err))
			}
		})
		t.End()
	}
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
