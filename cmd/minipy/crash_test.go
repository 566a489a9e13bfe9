package main

import (
	"errors"
	"strings"
	"testing"
)

const wantCrashLine = "minipy: internal error: boom (this is a bug in minipy; please report it with the script that caused it)\n"

func TestCrashGuardTurnsPanicIntoExit70(t *testing.T) {
	var stderr strings.Builder
	flushed := false
	status := crashGuard(&stderr, false, func() { flushed = true }, func() int { panic("boom") })
	if status != exitInternalError {
		t.Errorf("status = %d, want %d", status, exitInternalError)
	}
	if stderr.String() != wantCrashLine {
		t.Errorf("stderr = %q, want %q", stderr.String(), wantCrashLine)
	}
	if !flushed {
		t.Error("stdout was not flushed before the message")
	}
}

func TestCrashGuardDebugPrintsStack(t *testing.T) {
	var stderr strings.Builder
	crashGuard(&stderr, true, nil, func() int { panic(errors.New("boom")) })
	out := stderr.String()
	if !strings.HasPrefix(out, wantCrashLine) || !strings.Contains(out, "goroutine") || !strings.Contains(out, "crash_test.go") {
		t.Errorf("with MINIPY_DEBUG the Go stack should follow the message; got:\n%s", out)
	}
}

func TestCrashGuardSurvivesPanickingFlush(t *testing.T) {
	var stderr strings.Builder
	status := crashGuard(&stderr, false, func() { panic("flush") }, func() int { panic("boom") })
	if status != exitInternalError || stderr.String() != wantCrashLine {
		t.Errorf("status %d, stderr %q", status, stderr.String())
	}
}

func TestCrashGuardPassesStatusThrough(t *testing.T) {
	if status := crashGuard(nil, false, nil, func() int { return 3 }); status != 3 {
		t.Errorf("status = %d, want 3", status)
	}
}

// panickingReader injects a Go panic into the interpreter through stdin.
type panickingReader struct{}

func (panickingReader) Read([]byte) (int, error) { panic("boom") }

func TestRunReportsInjectedPanic(t *testing.T) {
	t.Setenv(debugEnv, "")
	var stdout, stderr strings.Builder
	status := run([]string{"-"}, streams{stdin: panickingReader{}, stdout: &stdout, stderr: &stderr})
	if status != exitInternalError {
		t.Errorf("status = %d, want %d", status, exitInternalError)
	}
	if stderr.String() != wantCrashLine {
		t.Errorf("stderr = %q, want %q", stderr.String(), wantCrashLine)
	}
}
