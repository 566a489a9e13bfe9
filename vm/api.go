// Package vm compiles the AST of package lang into bytecode and runs it: the
// opcode table, the compiler (scopes, constants, line table), Code objects,
// the non-recursive eval loop with its frames, function objects, generators
// and coroutines as suspended frames, tracebacks, and the disassembler.
package vm

import (
	"errors"
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

// Code is a compiled code object (a module body, function, class body or
// comprehension).
type Code struct {
	Name     string // "<module>", function name, "<lambda>", "<listcomp>"...
	Filename string
}

// Compile compiles a parsed module. Errors are *lang.SyntaxError (scope
// errors such as "no binding for nonlocal 'x' found" are found here).
func Compile(mod *lang.Module, filename string, mode Mode) (*Code, error) {
	return nil, errors.New("vm.Compile: not implemented yet")
}

// CompileSource parses and compiles src. The source is remembered under
// filename so tracebacks can show source lines.
func CompileSource(filename string, src []byte, mode Mode) (*Code, error) {
	mod, err := lang.Parse(filename, src)
	if err != nil {
		return nil, err
	}
	return Compile(mod, filename, mode)
}

// Exec runs code as the body of module mod (its Dict is the globals) on
// thread t. The error, if any, is a *runtime.Exception (SystemExit included).
func Exec(t *runtime.Thread, code *Code, mod *runtime.Module) error {
	return errors.New("vm.Exec: not implemented yet")
}

// RunMain is what `minipy FILE` does: it compiles src, creates the
// "__main__" module, runs it on the main thread, prints a SyntaxError block
// or an uncaught exception's traceback to stderr, honours SystemExit, flushes
// the streams, and returns the process exit status (0, 1, or sys.exit's code).
func RunMain(in *runtime.Interpreter, filename string, src []byte) int {
	return 1
}

// PrintException writes exc's traceback (with its __cause__/__context__
// chain) to the interpreter's stderr in CPython's shape.
func PrintException(t *runtime.Thread, exc *runtime.Exception) {}

// Disassemble writes code and every code object nested in it in the layout of
// CPython's dis.dis.
func Disassemble(w io.Writer, code *Code) {}
