package main

import (
	"os"
	"path/filepath"
	goruntime "runtime"
	"strings"
	"testing"
)

// TestCPUsCappedAtMachine: --cpus beyond the machine's cores means all of
// them (a huge N once got the process killed for GOMAXPROCS's memory).
func TestCPUsCappedAtMachine(t *testing.T) {
	o, err := parseArgs([]string{"--cpus", "1000000", "x.py"})
	if err != nil {
		t.Fatal(err)
	}
	if o.threads.cpus != goruntime.NumCPU() {
		t.Errorf("--cpus 1000000 = %d cores, want the machine's %d", o.threads.cpus, goruntime.NumCPU())
	}
}

// TestBadFlagValuesExit2: every bad value is a usage error with status 2,
// its message, the usage line and the hint, and nothing on stdout.
func TestBadFlagValuesExit2(t *testing.T) {
	tests := []struct {
		args []string
		msg  string
	}{
		{[]string{"--gil=maybe"}, `--gil: want true or false (1 or 0), not "maybe"`},
		{[]string{"-X", "gil=2"}, `-X gil: want true or false (1 or 0), not "2"`},
		{[]string{"--switch-interval=0"}, "--switch-interval: the interval must be strictly positive"},
		{[]string{"--switch-interval=soon"}, `--switch-interval: want a duration (5ms) or seconds (0.005), not "soon"`},
		{[]string{"--cpus=-1"}, `--cpus: want a number of cores (1 or more), not "-1"`},
		{[]string{"--trace", filepath.Join(t.TempDir(), "no", "such", "dir.json")}, "--trace: can't open file '"},
	}
	for _, tt := range tests {
		status, out, errOut := runCLI(t, "", append(tt.args, "-c", "print(1)")...)
		if status != exitUsage || out != "" || !strings.HasPrefix(errOut, tt.msg) || !strings.HasSuffix(errOut, usageLine+usageHint) {
			t.Errorf("%q: status %d, stdout %q, stderr %q; want 2 and %q", tt.args, status, out, errOut, tt.msg)
		}
	}
}

// TestTraceFileCheckedFirst: an unwritable --trace file stops the program
// before it runs (it would lose the trace of a long run at its end).
func TestTraceFileCheckedFirst(t *testing.T) {
	dir := t.TempDir()
	marker := filepath.Join(dir, "ran")
	status, _, errOut := runCLI(t, "", "--trace", filepath.Join(dir, "missing", "t.json"),
		"-c", "open("+quotePy(marker)+", 'w').close()")
	if status != exitUsage || !strings.Contains(errOut, "[Errno 2] No such file or directory") {
		t.Errorf("status %d, stderr %q", status, errOut)
	}
	if _, err := os.Stat(marker); err == nil {
		t.Error("the program ran despite the bad --trace file")
	}
}

// TestCompareMissingScript: compare reports a missing script once, as
// python3 does (status 2), instead of running two children that fail.
func TestCompareMissingScript(t *testing.T) {
	t.Chdir(t.TempDir())
	wd, _ := os.Getwd()
	status, out, errOut := runCLI(t, "", "compare", "nope.py")
	want := "minipy: can't open file '" + filepath.Join(wd, "nope.py") + "': [Errno 2] No such file or directory\n"
	if status != exitUsage || out != "" || errOut != want {
		t.Errorf("status %d, stdout %q, stderr %q; want 2, %q", status, out, errOut, want)
	}
}

// TestHelpMentionsEveryFlag: --help documents each option the parser takes.
func TestHelpMentionsEveryFlag(t *testing.T) {
	for _, flag := range []string{"--gil", "--gil=true|false", "-X gil=1|0", "--switch-interval", "--cpus",
		"--stats", "--trace FILE", "--timeline", "compare file", "MINIPY_GIL", "lifetime"} {
		if !strings.Contains(helpText, flag) {
			t.Errorf("--help does not mention %q", flag)
		}
	}
}

// quotePy quotes s as a Python string literal (paths without quotes or
// backslashes, as temp dirs are).
func quotePy(s string) string { return "'" + s + "'" }
