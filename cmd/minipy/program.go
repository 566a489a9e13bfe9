package main

import (
	"bufio"
	"errors"
	"io"
	"io/fs"
	"os"
	"strconv"
	"strings"
	"syscall"

	"minipy/runtime"
	"minipy/vm"
)

// runProgram runs what the options ask for on interp and returns the exit
// status.
func runProgram(interp *runtime.Interpreter, opts *options, s streams, intr *interrupter) int {
	// run is the program's runner: to its end, or (-i) into the REPL.
	run := func(filename string, src []byte) int {
		if opts.interactive {
			return runInspect(interp, opts, s, intr, filename, src)
		}
		return runMain(interp, intr, filename, src)
	}
	switch opts.mode {
	case modeFile:
		filename := scriptPath(opts.program)
		src, err := readScript(filename)
		if err != nil {
			io.WriteString(s.stderr, "minipy: "+err.Error()+"\n")
			return exitStatusForOpenError(err)
		}
		return run(filename, src)
	case modeCommand:
		return run(vm.CommandFilename, []byte(opts.program))
	case modeModule:
		return runModule(interp, opts, s)
	case modeStdin:
		if !opts.interactive {
			return runStdin(interp, intr)
		}
		// `python3 -i -` is a session reading stdin, banner and all.
	}
	// modeREPL, or -i -
	if !s.stdinTTY && !opts.interactive {
		// Like python3: with stdin not a terminal, it is the script.
		return runStdin(interp, intr)
	}
	return startREPL(interp, nil, opts, s, intr, sessionOwn)
}

// runMain runs a program's source as __main__ with Ctrl-C delivered to it.
func runMain(interp *runtime.Interpreter, intr *interrupter, filename string, src []byte) int {
	var status int
	intr.run(func() { status = vm.RunMain(interp, filename, src) })
	interp.Flush()
	return status
}

// runStdin reads standard input to its end and runs it as the script.
func runStdin(interp *runtime.Interpreter, intr *interrupter) int {
	src, err := io.ReadAll(interp.Stdin)
	if err != nil {
		interp.Stderr.WriteString("minipy: reading stdin: " + err.Error() + "\n")
		return 1
	}
	return runMain(interp, intr, "<stdin>", src)
}

// runModule is -m: minipy's only runnable module is dis, which prints the
// bytecode of a file (or of stdin).
func runModule(interp *runtime.Interpreter, opts *options, s streams) int {
	if opts.program != "dis" {
		io.WriteString(s.stderr, "minipy: No module named "+opts.program+"\n")
		return 1
	}
	filename, src := "<stdin>", []byte(nil)
	var err error
	if len(opts.args) > 0 {
		filename = opts.args[0]
		src, err = os.ReadFile(filename)
	} else {
		src, err = io.ReadAll(interp.Stdin)
	}
	if err != nil {
		// python3 -m dis words this as an argparse error (status 2).
		io.WriteString(s.stderr, "minipy -m dis: can't open '"+filename+"': "+errnoText(err)+": '"+filename+"'\n")
		return exitUsage
	}
	code, err := vm.CompileSource(filename, src, vm.ModeFile)
	if err != nil {
		writeCompileError(s.stderr, err)
		return 1
	}
	w := bufio.NewWriter(s.stdout)
	vm.Disassemble(w, code)
	if err := w.Flush(); err != nil {
		return 1
	}
	return 0
}

// scriptPath is the name a script runs under: as in CPython 3.11, a
// relative path is made absolute by prefixing the current directory
// (without cleaning it: "./x.py" shows as "/dir/./x.py").
func scriptPath(path string) string {
	if strings.HasPrefix(path, "/") {
		return path
	}
	wd, err := os.Getwd()
	if err != nil {
		return path
	}
	return strings.TrimSuffix(wd, "/") + "/" + path
}

// openError is why a script could not be read, worded like python3's
// "can't open file" line.
type openError struct {
	msg    string
	status int
}

func (e *openError) Error() string { return e.msg }

// readScript reads the script at filename (an absolute path).
func readScript(filename string) ([]byte, error) {
	src, err := os.ReadFile(filename)
	if err == nil {
		return src, nil
	}
	if errors.Is(err, syscall.EISDIR) {
		return nil, &openError{"can't find '__main__' module in '" + filename + "'", 1}
	}
	return nil, &openError{"can't open file '" + filename + "': " + errnoText(err), exitUsage}
}

// exitStatusForOpenError is python3's status for an unreadable script.
func exitStatusForOpenError(err error) int {
	var oe *openError
	if errors.As(err, &oe) {
		return oe.status
	}
	return exitUsage
}

// errnoText renders an OS error as Python does: "[Errno 2] No such file or
// directory".
func errnoText(err error) string {
	var errno syscall.Errno
	if !errors.As(err, &errno) {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			return pe.Err.Error()
		}
		return err.Error()
	}
	text := errno.Error()
	if text != "" {
		text = strings.ToUpper(text[:1]) + text[1:]
	}
	return "[Errno " + strconv.Itoa(int(errno)) + "] " + text
}
