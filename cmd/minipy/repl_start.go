package main

import (
	"github.com/chzyer/readline"

	"minipy/runtime"
)

// startREPL runs an interactive session: with readline (history, line
// editing, Tab indentation) when stdin is a terminal, otherwise reading
// plain lines from stdin with the prompts on stderr, as python3 -i does.
func startREPL(interp *runtime.Interpreter, module *runtime.Module, opts *options, s streams, intr *interrupter) int {
	if !opts.quiet {
		interp.Stderr.WriteString(banner)
	}
	reader := newTerminalOrPlainReader(interp, s)
	defer reader.Close()
	status := newREPL(interp, module, reader, intr).run()
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
