package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The expected texts below are what python3 (CPython 3.11) prints for the
// same command lines.

// divProgram fails two frames deep, so a traceback has two entries.
const divProgram = "def f():\n    1/0\nf()\n"

// TestPseudoFilesShowNoSourceLines: CPython reads a traceback's source
// lines from the file (linecache), so a -c command ("<string>") and a
// script read from stdin ("<stdin>") get none, while a file does.
func TestPseudoFilesShowNoSourceLines(t *testing.T) {
	for _, tc := range []struct {
		name, stdin string
		args        []string
		file        string
	}{
		{"-c", "", []string{"-c", divProgram}, "<string>"},
		{"stdin", divProgram, []string{"-"}, "<stdin>"},
		{"piped", divProgram, nil, "<stdin>"},
	} {
		status, _, errOut := runCLI(t, tc.stdin, tc.args...)
		want := "Traceback (most recent call last):\n" +
			"  File \"" + tc.file + "\", line 3, in <module>\n" +
			"  File \"" + tc.file + "\", line 2, in f\n" +
			"ZeroDivisionError: division by zero\n"
		if status != 1 || errOut != want {
			t.Errorf("%s: status %d, stderr:\n%s\nwant status 1, stderr:\n%s", tc.name, status, errOut, want)
		}
	}

	path := filepath.Join(t.TempDir(), "div.py")
	if err := os.WriteFile(path, []byte(divProgram), 0o644); err != nil {
		t.Fatal(err)
	}
	status, _, errOut := runCLI(t, "", path)
	want := "Traceback (most recent call last):\n" +
		"  File \"" + path + "\", line 3, in <module>\n    f()\n" +
		"  File \"" + path + "\", line 2, in f\n    1/0\n" +
		"ZeroDivisionError: division by zero\n"
	if status != 1 || errOut != want {
		t.Errorf("file: status %d, stderr:\n%s\nwant:\n%s", status, errOut, want)
	}
}

// TestFileDunderByMode: __main__ has __file__ when it runs a file or stdin
// as a script ("<stdin>"), and none for -c, -i -c or the REPL.
func TestFileDunderByMode(t *testing.T) {
	const nameError = "NameError: name '__file__' is not defined. Did you mean: '__name__'?\n"
	status, out, errOut := runCLI(t, "", "-c", "print(__file__)")
	want := "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\n" + nameError
	if status != 1 || out != "" || errOut != want {
		t.Errorf("-c: status %d, stdout %q, stderr:\n%s\nwant:\n%s", status, out, errOut, want)
	}
	if status, out, errOut := runCLI(t, "print(__file__)\n", "-"); status != 0 || out != "<stdin>\n" {
		t.Errorf("stdin: status %d, stdout %q, stderr:\n%s", status, out, errOut)
	}
	for _, args := range [][]string{{"-i", "-c", "pass"}, {"-i"}} {
		_, out, errOut := runCLI(t, "print(__file__)\n", args...)
		if out != "" || !strings.Contains(errOut, "  File \"<stdin>\", line 1, in <module>\n"+nameError) {
			t.Errorf("%q: stdout %q, stderr:\n%s", args, out, errOut)
		}
	}
}

// TestUncaughtErrorPrintedBeforeThreadsJoined: as CPython's Py_RunMain,
// the main thread's uncaught exception is printed first, and only then are
// the non-daemon threads waited for (threading._shutdown, which also marks
// the main thread as no longer alive). The thread here waits for that
// mark, so the order of the combined output does not depend on timing; had
// the wait come first, the two would wait for each other.
func TestUncaughtErrorPrintedBeforeThreadsJoined(t *testing.T) {
	const prog = "import sys, threading, time\n" +
		"def late():\n" +
		"    while threading.main_thread().is_alive():\n" +
		"        time.sleep(0.01)\n" +
		"    sys.stderr.write('thread ends\\n')\n" +
		"threading.Thread(target=late).start()\n" +
		"print('main ends')\n" +
		"raise ValueError('main fails')\n"
	const want = "main ends\n" +
		"Traceback (most recent call last):\n" +
		"  File \"<string>\", line 8, in <module>\n" +
		"ValueError: main fails\n" +
		"thread ends\n"
	for _, mode := range []string{"--gil=false", "--gil=true"} {
		var both syncBuffer
		status := run([]string{mode, "-c", prog}, streams{stdin: strings.NewReader(""), stdout: &both, stderr: &both})
		if got := both.String(); status != 1 || got != want {
			t.Errorf("%s: status %d, output:\n%s\nwant status 1, output:\n%s", mode, status, got, want)
		}
	}
}

// TestSystemExitWaitsForThreads: sys.exit's status survives the wait for
// a non-daemon thread, which still gets to print.
func TestSystemExitWaitsForThreads(t *testing.T) {
	const prog = "import sys, threading, time\n" +
		"def late():\n" +
		"    time.sleep(0.05)\n" +
		"    print('thread ends')\n" +
		"threading.Thread(target=late).start()\n" +
		"sys.exit(3)\n"
	for _, mode := range []string{"--gil=false", "--gil=true"} {
		status, out, errOut := runCLI(t, "", mode, "-c", prog)
		if status != 3 || out != "thread ends\n" || errOut != "" {
			t.Errorf("%s: status %d, stdout %q, stderr %q; want 3, \"thread ends\\n\", \"\"", mode, status, out, errOut)
		}
	}
}
