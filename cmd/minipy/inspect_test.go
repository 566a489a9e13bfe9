package main

import (
	"strings"
	"testing"
)

// TestInspectKeepsThreads: with -i, the program's non-daemon threads run on
// while the session is up (the session here is what lets the thread
// finish), and the session waits for them at its end, as python3 -i.
func TestInspectKeepsThreads(t *testing.T) {
	prog := "import threading\nev = threading.Event()\n" +
		"t = threading.Thread(target=lambda: (ev.wait(), print('worker done')))\nt.start()\nprint('program done')\n"
	for _, mode := range []string{"--gil=false", "--gil=true"} {
		status, out, errOut := runCLI(t, "print('session sees', t.is_alive())\nev.set()\n", mode, "-i", "-c", prog)
		if want := "program done\nsession sees True\nworker done\n"; status != 0 || out != want {
			t.Errorf("%s: status %d, stdout %q, want %q; stderr:\n%s", mode, status, out, want, errOut)
		}
		if strings.Contains(errOut, "minipy 0.1") {
			t.Errorf("%s: python3 -i shows no banner after a program:\n%s", mode, errOut)
		}
	}
}

// TestInspectAfterSystemExit: python3 -i prints a SystemExit of the program
// as a traceback and starts the session all the same; the status is the
// session's.
func TestInspectAfterSystemExit(t *testing.T) {
	status, out, errOut := runCLI(t, "print('session')\n", "-i", "-c", "raise SystemExit(3)")
	if status != 0 || out != "session\n" || !strings.Contains(errOut, "SystemExit: 3\n") {
		t.Errorf("status %d, stdout %q, stderr:\n%s", status, out, errOut)
	}
}
