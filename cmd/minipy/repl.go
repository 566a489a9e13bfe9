package main

import (
	"errors"
	"io"
	"strings"

	"minipy/runtime"
	"minipy/vm"
)

// The REPL's prompts (sys.ps1 and sys.ps2).
const (
	ps1 = ">>> "
	ps2 = "... "
)

// repl is an interactive session: a persistent __main__ module fed one input
// block at a time.
type repl struct {
	interp *runtime.Interpreter
	thread *runtime.Thread
	module *runtime.Module
	reader lineReader
	intr   *interrupter // nil: Ctrl-C is not caught (tests)

	pending []string // the lines of the block being typed
}

// newREPL prepares a session on the interpreter's main thread. module is the
// __main__ module to continue in (after `minipy -i FILE`), or nil for a
// fresh one.
func newREPL(interp *runtime.Interpreter, module *runtime.Module, reader lineReader, intr *interrupter) *repl {
	if module == nil {
		module = vm.NewMainModule(vm.CommandFilename) // no __file__, as python3's REPL
		vm.SetMainModule(interp, module)
	}
	installExitBuiltins(interp)
	return &repl{interp: interp, thread: interp.MainThread, module: module, reader: reader, intr: intr}
}

// readline waits at the prompt with the GIL released, as CPython's REPL
// does, so the session's threads run while the user types.
func (r *repl) readline() (string, error) {
	r.thread.BeginBlocking()
	defer r.thread.EndBlocking()
	return r.reader.Readline()
}

// run reads and runs input blocks until EOF at the primary prompt or
// SystemExit, and returns the exit status.
func (r *repl) run() int {
	for {
		r.interp.Flush() // the program's output comes before the next prompt
		if len(r.pending) == 0 {
			r.reader.SetPrompt(ps1)
		} else {
			r.reader.SetPrompt(ps2)
		}
		text, err := r.readline()
		switch {
		case errors.Is(err, errInterrupted):
			// Ctrl-C at a prompt abandons the block being typed.
			r.pending = nil
			r.interp.Stderr.WriteString("KeyboardInterrupt\n")
			continue
		case err == io.EOF:
			if len(r.pending) == 0 {
				return 0
			}
			// Ctrl-D on "... ": the block is taken as it stands.
			if status, exit := r.submit(true); exit {
				return status
			}
			continue
		case err != nil:
			r.interp.Stderr.WriteString("minipy: reading input: " + err.Error() + "\n")
			return 1
		}
		// A recalled history entry or a paste may hold several lines.
		for _, line := range strings.Split(text, "\n") {
			if status, exit := r.feed(line); exit {
				return status
			}
		}
	}
}

// feed adds one line to the pending block and runs the block when it is
// complete. exit reports a SystemExit with its status.
func (r *repl) feed(line string) (status int, exit bool) {
	blank := strings.TrimSpace(line) == ""
	if blank && len(r.pending) == 0 {
		return 0, false
	}
	r.pending = append(r.pending, line)
	return r.submit(false)
}

// submit judges the pending block and, unless it needs more lines, runs it
// (or reports its syntax error) and starts a new block. atEOF takes the
// block as it stands (Ctrl-D on a "... " prompt).
func (r *repl) submit(atEOF bool) (status int, exit bool) {
	src := strings.Join(r.pending, "\n") + "\n"
	lastBlank := strings.TrimSpace(r.pending[len(r.pending)-1]) == ""
	v, mod, err := judgeInput(src, lastBlank, atEOF)
	if v == needMore {
		return 0, false
	}
	r.reader.AddHistory(strings.TrimRight(strings.Join(r.pending, "\n"), " \t\n"))
	r.pending = nil
	if v == reportIt {
		writeCompileError(outputWriter{r.interp.Stderr}, err)
		return 0, false
	}
	code, err := vm.Compile(mod, replFilename, vm.ModeInteractive)
	if err != nil {
		writeCompileError(outputWriter{r.interp.Stderr}, err)
		return 0, false
	}
	return r.exec(code)
}

// exec runs one compiled block in the session's module.
func (r *repl) exec(code *vm.Code) (status int, exit bool) {
	var err error
	run := func() { err = vm.Exec(r.thread, code, r.module) }
	if r.intr != nil {
		r.intr.run(run)
	} else {
		run()
	}
	r.interp.Stdout.Flush()
	if err == nil {
		return 0, false
	}
	exc := runtime.AsException(err)
	if exc.Matches(runtime.SystemExitType) {
		return systemExitStatus(r.thread, exc, outputWriter{r.interp.Stderr}), true
	}
	vm.PrintException(r.thread, exc)
	return 0, false
}
