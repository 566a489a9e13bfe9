package main

import (
	"minipy/runtime"
	"minipy/vm"
)

// runInspect is `minipy -i PROGRAM`: it runs the program on the main
// thread and then enters the REPL in its __main__, as python3 -i does. The
// main thread does not end in between: the program's non-daemon threads go
// on running while the session is up, and the session waits for them (and
// for the threads started in it) only when it ends — vm.RunMain would wait
// for them before the first prompt. Like python3 -i, an exception or a
// SystemExit in the program prints its traceback and the session starts
// anyway; the exit status is the session's.
func runInspect(interp *runtime.Interpreter, opts *options, s streams, intr *interrupter, filename string, src []byte) int {
	vm.Install(interp)
	mod := vm.NewMainModule(filename) // as vm.RunMain does
	vm.SetMainModule(interp, mod)
	t := interp.MainThread
	t.Begin()
	code, err := vm.CompileSource(filename, src, vm.ModeFile)
	if err != nil {
		interp.Stdout.Flush()
		writeCompileError(outputWriter{interp.Stderr}, err)
	} else {
		intr.run(func() { err = vm.Exec(t, code, mod) })
		if err != nil {
			// SystemExit too: python3 -i shows it and stays.
			vm.PrintException(t, runtime.AsException(err))
		}
	}
	interp.Flush()
	return startREPL(interp, mod, opts, s, intr, sessionAfterProgram)
}
