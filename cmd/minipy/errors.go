package main

import (
	"io"

	"minipy/runtime"
)

// formattedError is an error that can print itself in CPython's layout
// (lang.SyntaxError's Format: the File line, the source line, the caret and
// "SyntaxError: msg").
type formattedError interface {
	Format() string
}

// writeCompileError prints a compile error (a SyntaxError block) the way
// CPython prints it to stderr.
func writeCompileError(w io.Writer, err error) {
	if fe, ok := err.(formattedError); ok {
		io.WriteString(w, fe.Format())
		return
	}
	io.WriteString(w, err.Error()+"\n")
}

// systemExitStatus is the process exit status for an uncaught SystemExit,
// with CPython's rules: no argument or None is 0, an int is that status,
// anything else is printed to stderr and gives 1.
func systemExitStatus(t *runtime.Thread, exc *runtime.Exception, stderr io.Writer) int {
	switch len(exc.Args) {
	case 0:
		return 0
	case 1:
	default:
		// The code is the args tuple; Message prints it as str(tuple).
		io.WriteString(stderr, exc.Message()+"\n")
		return 1
	}
	code := exc.Args[0]
	if code.IsNone() {
		return 0
	}
	if n, ok := runtime.IndexValue(code); ok {
		return n
	}
	msg, err := runtime.StrOf(t, code)
	if err != nil {
		msg = runtime.SafeStr(code)
	}
	io.WriteString(stderr, msg+"\n")
	return 1
}

// outputWriter adapts a runtime.Output (the interpreter's serialised
// stream) to io.Writer.
type outputWriter struct{ out *runtime.Output }

// Write implements io.Writer.
func (w outputWriter) Write(p []byte) (int, error) {
	if err := w.out.WriteString(string(p)); err != nil {
		return 0, err
	}
	return len(p), nil
}
