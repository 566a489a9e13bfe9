package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runCLI runs the command in-process and returns its status and output.
func runCLI(t *testing.T, stdin string, args ...string) (status int, stdout, stderr string) {
	t.Helper()
	var out, errOut strings.Builder
	status = run(args, streams{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errOut})
	return status, out.String(), errOut.String()
}

func TestVersionAndHelp(t *testing.T) {
	if status, out, _ := runCLI(t, "", "--version"); status != 0 || out != version+"\n" {
		t.Errorf("--version: status %d, stdout %q", status, out)
	}
	status, out, _ := runCLI(t, "", "-h")
	if status != 0 || !strings.HasPrefix(out, usageLine) {
		t.Errorf("-h: status %d, stdout %q", status, out)
	}
}

func TestUsageErrorExits2(t *testing.T) {
	status, out, errOut := runCLI(t, "", "--frobnicate")
	want := "unknown option --frobnicate\n" + usageLine + usageHint
	if status != exitUsage || out != "" || errOut != want {
		t.Errorf("status %d, stdout %q, stderr %q; want 2, \"\", %q", status, out, errOut, want)
	}
}

func TestMissingScript(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	wd, _ := os.Getwd()
	status, _, errOut := runCLI(t, "", "nope.py")
	want := "minipy: can't open file '" + filepath.Join(wd, "nope.py") + "': [Errno 2] No such file or directory\n"
	if status != exitUsage || errOut != want {
		t.Errorf("status %d, stderr %q; want 2, %q", status, errOut, want)
	}
	status, _, errOut = runCLI(t, "", dir)
	want = "minipy: can't find '__main__' module in '" + dir + "'\n"
	if status != 1 || errOut != want {
		t.Errorf("directory: status %d, stderr %q; want 1, %q", status, errOut, want)
	}
}

func TestUnknownModule(t *testing.T) {
	status, _, errOut := runCLI(t, "", "-m", "numpy")
	if status != 1 || errOut != "minipy: No module named numpy\n" {
		t.Errorf("status %d, stderr %q", status, errOut)
	}
}

func TestScriptPath(t *testing.T) {
	t.Chdir(t.TempDir())
	wd, _ := os.Getwd()
	if got := scriptPath("./x.py"); got != wd+"/./x.py" {
		t.Errorf("scriptPath(./x.py) = %q: CPython keeps the ./", got)
	}
	if got := scriptPath("/a/b.py"); got != "/a/b.py" {
		t.Errorf("scriptPath(/a/b.py) = %q", got)
	}
}
