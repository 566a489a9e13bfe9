package main

import (
	"io"
	"strings"
	"testing"

	"minipy/runtime"
)

// keyCtrlC and keyCtrlD in a scripted session stand for the keys.
const (
	keyCtrlC = "<Ctrl-C>"
	keyCtrlD = "<Ctrl-D>"
)

// scriptedReader replays typed lines and writes what a terminal would
// show (prompt, echoed line) into the session transcript, which the
// interpreter's stdout and stderr write into too.
type scriptedReader struct {
	lines   []string
	screen  io.Writer
	prompt  string
	history []string
}

func (s *scriptedReader) Readline() (string, error) {
	if len(s.lines) == 0 {
		io.WriteString(s.screen, s.prompt+"\n")
		return "", io.EOF
	}
	line := s.lines[0]
	s.lines = s.lines[1:]
	switch line {
	case keyCtrlC:
		io.WriteString(s.screen, s.prompt+"^C\n")
		return "", errInterrupted
	case keyCtrlD:
		io.WriteString(s.screen, s.prompt+"\n")
		return "", io.EOF
	}
	io.WriteString(s.screen, s.prompt+line+"\n")
	return line, nil
}

func (s *scriptedReader) SetPrompt(p string)      { s.prompt = p }
func (s *scriptedReader) AddHistory(block string) { s.history = append(s.history, block) }
func (s *scriptedReader) Close() error            { return nil }

// session runs the REPL over the typed lines and returns the transcript,
// the exit status and the history it recorded.
func session(t *testing.T, lines ...string) (transcript string, status int, history []string) {
	t.Helper()
	var screen strings.Builder
	interp := runtime.NewInterpreterIO(strings.NewReader(""), &screen, &screen)
	reader := &scriptedReader{lines: lines, screen: &screen}
	status = newREPL(interp, nil, reader, nil).run()
	return screen.String(), status, reader.history
}

func checkSession(t *testing.T, want string, wantStatus int, lines ...string) {
	t.Helper()
	got, status, _ := session(t, lines...)
	if got != want || status != wantStatus {
		t.Errorf("session transcript (status %d, want %d):\n%s\nwant:\n%s", status, wantStatus, got, want)
	}
}

// The expected transcripts are what python3 -q shows for the same keys.

func TestREPLEchoesValuesAndKeepsStateAfterErrors(t *testing.T) {
	checkSession(t, `>>> x = 5
>>> x
5
>>> None
>>> 1/0
Traceback (most recent call last):
  File "<stdin>", line 1, in <module>
ZeroDivisionError: division by zero
>>> x + 1
6
>>> 1; 'two'
1
'two'
>>> 
`, 0, "x = 5", "x", "None", "1/0", "x + 1", "1; 'two'")
}

func TestREPLContinuationLines(t *testing.T) {
	checkSession(t, `>>> x = 5
>>> if x:
...     y = [1,
... 
...          2]
... 
>>> y
[1, 2]
>>> "a" \
... "b"
'ab'
>>> def f(n):
...     return n * 2
... 
>>> f(x)
10
>>> for i in range(2): print(i)
... 
0
1
>>> s = """a
... 
... b"""
>>> s
'a\n\nb'
>>> 
`, 0, "x = 5", "if x:", "    y = [1,", "", "         2]", "", "y", `"a" \`, `"b"`,
		"def f(n):", "    return n * 2", "", "f(x)", "for i in range(2): print(i)", "",
		`s = """a`, "", `b"""`, "s")
}

func TestREPLSyntaxErrors(t *testing.T) {
	checkSession(t, `>>> 1 +
  File "<stdin>", line 1
    1 +
       ^
SyntaxError: invalid syntax
>>> if 1:
...   1 +
  File "<stdin>", line 2
    1 +
       ^
SyntaxError: invalid syntax
>>> if 1:
... 
  File "<stdin>", line 2
    
    ^
IndentationError: expected an indented block after 'if' statement on line 1
>>>   2
  File "<stdin>", line 1
    2
IndentationError: unexpected indent
>>> @d
... 
  File "<stdin>", line 2
    
    ^
SyntaxError: invalid syntax
>>> x = 1 + \
... 
  File "<stdin>", line 2
    
    ^
SyntaxError: invalid syntax
>>> 
`, 0, "1 +", "if 1:", "  1 +", "if 1:", "", "  2", "@d", "", `x = 1 + \`, "")
}

func TestREPLCtrlCCancelsBlockAndCtrlDRunsIt(t *testing.T) {
	checkSession(t, `>>> for i in range(2):
...     print(i)
... ^C
KeyboardInterrupt
>>> i
Traceback (most recent call last):
  File "<stdin>", line 1, in <module>
NameError: name 'i' is not defined. Did you mean: 'id'?
>>> def g():
...     return 1
... 
>>> g()
1
>>> 
`, 0, "for i in range(2):", "    print(i)", keyCtrlC, "i", "def g():", "    return 1", keyCtrlD, "g()")
}

func TestREPLExit(t *testing.T) {
	checkSession(t, ">>> x = 1\n>>> exit(3)\n", 3, "x = 1", "exit(3)", "x")
	checkSession(t, ">>> quit()\n", 0, "quit()")
	checkSession(t, ">>> import sys\n>>> sys.exit('bye')\nbye\n", 1, "import sys", "sys.exit('bye')")
}

func TestREPLMultiLineHistoryEntry(t *testing.T) {
	// A recalled history block arrives as one string with newlines.
	got, _, history := session(t, "for i in range(2):\n    print(i)\n", "i")
	want := ">>> for i in range(2):\n    print(i)\n\n0\n1\n>>> i\n1\n>>> \n"
	if got != want {
		t.Errorf("transcript:\n%s\nwant:\n%s", got, want)
	}
	if len(history) != 2 || history[0] != "for i in range(2):\n    print(i)" || history[1] != "i" {
		t.Errorf("history = %q", history)
	}
}

func TestREPLUnderscoreHoldsLastValue(t *testing.T) {
	checkSession(t, ">>> [1, None]\n[1, None]\n>>> _\n[1, None]\n>>> \n", 0, "[1, None]", "_")
}
