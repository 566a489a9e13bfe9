package main

import (
	"errors"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
)

// asMainEnv makes the test binary run main() instead of the tests, so that
// a test can watch how the whole process ends.
const asMainEnv = "MINIPY_TEST_AS_MAIN"

func TestMain(m *testing.M) {
	if os.Getenv(asMainEnv) == "1" {
		main()
		return
	}
	os.Exit(m.Run())
}

// TestUncaughtCtrlCDiesOfSIGINT: a Ctrl-C whose KeyboardInterrupt ends the
// program ends the process by SIGINT, as CPython's (python3 -c "import os;
// os.kill(os.getpid(), 2); import time; time.sleep(5)" is killed by signal
// 2), while sys.exit(130) is an ordinary exit with status 130.
func TestUncaughtCtrlCDiesOfSIGINT(t *testing.T) {
	tests := []struct {
		code     string
		signaled bool
	}{
		{"import os, time\nos.kill(os.getpid(), 2)\ntime.sleep(5)", true},
		{"import sys\nsys.exit(130)", false},
	}
	for _, tt := range tests {
		cmd := exec.Command(os.Args[0], "-c", tt.code)
		cmd.Env = append(os.Environ(), asMainEnv+"=1")
		var stderr strings.Builder
		cmd.Stderr = &stderr
		err := cmd.Run()
		var exit *exec.ExitError
		if !errors.As(err, &exit) {
			t.Fatalf("%q: %v, want a failed process\n%s", tt.code, err, stderr.String())
		}
		ws := exit.Sys().(syscall.WaitStatus)
		if tt.signaled {
			if !ws.Signaled() || ws.Signal() != syscall.SIGINT || !strings.HasSuffix(stderr.String(), "KeyboardInterrupt\n") {
				t.Errorf("%q: status %v, stderr %q; want killed by SIGINT after a KeyboardInterrupt traceback", tt.code, ws, stderr.String())
			}
		} else if ws.Signaled() || ws.ExitStatus() != 130 {
			t.Errorf("%q: status %v, want exit status 130", tt.code, ws)
		}
	}
}
