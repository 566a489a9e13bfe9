package vm

import (
	"bytes"
	"strings"
	"testing"

	"minipy/lang"
	"minipy/runtime"
)

// Helpers shared by the vm tests. The tests compile source text, so they
// need lang.Parse; while the parser is not available they skip.

// needParser skips the test when lang.Parse cannot parse a trivial program.
func needParser(t testing.TB) {
	t.Helper()
	if _, err := lang.Parse("<probe>", []byte("x = 1\n")); err != nil {
		t.Skipf("lang.Parse not available: %v", err)
	}
}

// runProgram runs src as a main program and returns its stdout, its
// stderr and the exit status.
func runProgram(t testing.TB, src string) (string, string, int) {
	t.Helper()
	needParser(t)
	var out, errb bytes.Buffer
	in := runtime.NewInterpreterIO(strings.NewReader(""), &out, &errb)
	status := RunMain(in, "test.py", []byte(src))
	return out.String(), errb.String(), status
}

// lastLine is the last non-empty line of s.
func lastLine(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return lines[len(lines)-1]
}

// mustCompile compiles src or fails the test.
func mustCompile(t testing.TB, src string) *Code {
	t.Helper()
	needParser(t)
	code, err := CompileSource("test.py", []byte(src), ModeFile)
	if err != nil {
		t.Fatalf("compile: %v", err)
	}
	return code
}

// constCode returns the code object named name among code's constants.
func constCode(t testing.TB, code *Code, name string) *Code {
	t.Helper()
	for _, c := range code.Consts {
		if sub, ok := c.Object().(*Code); ok && sub.Name == name {
			return sub
		}
	}
	t.Fatalf("no code object %q in %s", name, code.Name)
	return nil
}
