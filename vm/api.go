// Package vm compiles the AST of package lang into bytecode and runs it: the
// opcode table, the compiler (scopes, constants, line table), Code objects,
// the non-recursive eval loop with its frames, function objects, generators
// and coroutines as suspended frames, tracebacks, and the disassembler.
package vm

import (
	"io"

	"minipy/lang"
	"minipy/runtime"
)

// This file is the package's public surface, used by cmd/minipy, the REPL,
// tests and the fuzzer. (The bodies are filled in by the compiler/eval work.)

// Mode says what a compilation unit is.
type Mode int

const (
	// ModeFile is a script or module: expression statements are discarded.
	ModeFile Mode = iota
	// ModeInteractive is one REPL input: the value of each top-level
	// expression statement is echoed with repr unless it is None, as
	// CPython's interactive mode does (sys.displayhook).
	ModeInteractive
)

// Compile compiles a parsed module. Errors are *lang.SyntaxError (scope
// errors such as "no binding for nonlocal 'x' found" are found here).
func Compile(mod *lang.Module, filename string, mode Mode) (*Code, error) {
	return compileModule(mod, filename, mode)
}

// CompileSource parses and compiles src. The source is remembered under
// filename so tracebacks can show source lines.
func CompileSource(filename string, src []byte, mode Mode) (*Code, error) {
	registerSource(filename, src)
	mod, err := lang.Parse(filename, src)
	if err != nil {
		return nil, err
	}
	return Compile(mod, filename, mode)
}

// Exec runs code as the body of module mod (its Dict is the globals) on
// thread t. The error, if any, is a *runtime.Exception (SystemExit included).
func Exec(t *runtime.Thread, code *Code, mod *runtime.Module) error {
	Install(t.Interp)
	if len(code.Warnings) > 0 {
		t.Interp.Stdout.Flush()
		for _, w := range code.Warnings {
			t.Interp.Stderr.WriteString(w)
		}
	}
	ts := stateOf(t)
	f := ts.newFrame(code, nil, mod.Dict)
	if err := ts.pushFrame(t, f); err != nil {
		ts.releaseFrame(f)
		return err
	}
	if _, err := ts.run(t, f, nil); err != nil {
		return runtime.AsException(err)
	}
	return nil
}

// RunMain is what `minipy FILE` does: it compiles src, creates the
// "__main__" module, runs it on the main thread, prints a SyntaxError block
// or an uncaught exception's traceback to stderr, honours SystemExit, waits
// for the non-daemon threads, flushes the streams, and returns the process
// exit status (0, 1, or sys.exit's code). The main thread begins (takes the
// GIL when it is enabled) and ends here.
func RunMain(in *runtime.Interpreter, filename string, src []byte) int {
	Install(in)
	defer in.Flush()
	code, err := CompileSource(filename, src, ModeFile)
	if err != nil {
		in.Stdout.Flush()
		// A *lang.SyntaxError prints itself in CPython's layout.
		if f, ok := err.(interface{ Format() string }); ok {
			in.Stderr.WriteString(f.Format())
		} else {
			in.Stderr.WriteString(err.Error() + "\n")
		}
		return 1
	}
	mod := NewMainModule(filename)
	SetMainModule(in, mod)
	t := in.MainThread
	// Begin takes the GIL when it is on: the cli has set in.GIL.Enabled,
	// the switch interval and CPU accounting before calling RunMain.
	t.Begin()
	defer t.End()
	status := 0
	if err := Exec(t, code, mod); err != nil {
		status = HandleUncaught(t, runtime.AsException(err))
	}
	// As CPython at exit: wait for the non-daemon threads (threading's
	// _shutdown) and the child processes.
	if err := runtime.ShutdownThreads(t); err != nil && status == 0 {
		status = HandleUncaught(t, runtime.AsException(err))
	}
	return status
}

// CommandFilename is the file name of a program given as a string (-c),
// as CPython names it in tracebacks.
const CommandFilename = "<string>"

// NewMainModule creates the "__main__" module for a program compiled under
// filename. As in CPython, a script (a file, or stdin read as one, whose
// __file__ is "<stdin>") has __file__, and a -c command (CommandFilename)
// has none: CPython runs a command through PyRun_SimpleString, which sets
// no __file__, so print(__file__) there is a NameError.
func NewMainModule(filename string) *runtime.Module {
	mod := runtime.NewModule("__main__")
	// What CPython's __main__ holds before the program runs (but
	// __loader__ and __builtins__, see SetMainModule): print(__doc__)
	// is None in a script without a docstring, not a NameError.
	for _, name := range []string{"__doc__", "__package__", "__spec__"} {
		mod.Dict.SetStr(name, runtime.None)
	}
	mod.Dict.SetStr("__annotations__", runtime.Obj(runtime.NewDict()))
	if filename != CommandFilename {
		mod.Dict.SetStr("__file__", runtime.NewStr(filename))
		mod.Dict.SetStr("__cached__", runtime.None)
	}
	return mod
}

// SetMainModule registers mod as the interpreter's "__main__" and gives
// it __builtins__, the builtins module, as CPython's __main__ has.
func SetMainModule(in *runtime.Interpreter, mod *runtime.Module) {
	in.SetModule(mod)
	if b, err := in.Import("builtins"); err == nil {
		mod.Dict.SetStr("__builtins__", runtime.Obj(b))
	}
}

// HandleUncaught does what CPython does with an exception that reached
// the top of the program: SystemExit becomes the exit status (its message,
// if it is not an int, goes to stderr); anything else prints a traceback
// and gives status 1 (130 for KeyboardInterrupt, as a process killed by
// SIGINT reports it).
func HandleUncaught(t *runtime.Thread, exc *runtime.Exception) int {
	in := t.Interp
	if exc.Matches(runtime.SystemExitType) {
		code := runtime.None
		if len(exc.Args) == 1 {
			code = exc.Args[0]
		} else if len(exc.Args) > 1 {
			code = runtime.NewTuple(exc.Args)
		}
		switch {
		case code.IsNone():
			return 0
		case code.IsInt() || code.IsBool():
			return int(code.AsInt())
		}
		in.Stdout.Flush()
		s, err := runtime.StrOf(t, code)
		if err != nil {
			s = runtime.SafeRepr(code)
		}
		in.Stderr.WriteString(s + "\n")
		return 1
	}
	PrintException(t, exc)
	if exc.Matches(runtime.KeyboardInterruptType) {
		return 130
	}
	return 1
}

// PrintException writes exc's traceback (with its __cause__/__context__
// chain) to the interpreter's stderr in CPython's shape. Stdout is flushed
// first so the two streams interleave as the program wrote them.
func PrintException(t *runtime.Thread, exc *runtime.Exception) {
	t.Interp.Stdout.Flush()
	t.Interp.Stderr.WriteString(formatException(t, exc))
}

// Disassemble writes code and every code object nested in it in the layout of
// CPython's dis.dis.
func Disassemble(w io.Writer, code *Code) {
	disassembleAll(w, code)
}
