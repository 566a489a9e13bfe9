package conformance

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// scriptTimeout bounds one script's run (the race detector slows minipy
// several times, hence the margin).
const scriptTimeout = 60 * time.Second

// syntaxKind is the testdata directory whose .err goldens hold the whole
// stderr block rather than its last line.
const syntaxKind = "syntax"

// golden is what python3 did for a script: name.out, and name.err when it
// exited non-zero ("exit N", then stderr's last line, or the whole stderr
// for testdata/syntax).
type golden struct {
	stdout string
	status int    // 0 when there is no .err
	stderr string // the .err text after its "exit N" line
}

// loadGolden reads the goldens of dir/name.py.
func loadGolden(dir, name string) (golden, error) {
	var g golden
	out, err := os.ReadFile(filepath.Join(dir, name+".out"))
	if err != nil {
		return g, err
	}
	g.stdout = string(out)
	errText, err := os.ReadFile(filepath.Join(dir, name+".err"))
	if errors.Is(err, os.ErrNotExist) {
		return g, nil
	}
	if err != nil {
		return g, err
	}
	first, rest, _ := strings.Cut(string(errText), "\n")
	n, ok := strings.CutPrefix(first, "exit ")
	if !ok {
		return g, fmt.Errorf("%s.err: first line %q is not \"exit N\"", name, first)
	}
	if g.status, err = strconv.Atoi(n); err != nil {
		return g, fmt.Errorf("%s.err: %v", name, err)
	}
	g.stderr = rest
	return g, nil
}

// result is what one run of a script produced.
type result struct {
	stdout, stderr string
	status         int
}

// runScript runs `prog... name.py args...` in dir the way
// scripts/update-goldens runs python3: the bare file name, stdin from
// /dev/null, the given extra environment.
func runScript(prog []string, dir, name string, env []string, args ...string) (result, error) {
	ctx, cancel := context.WithTimeout(context.Background(), scriptTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, prog[0], append(append(prog[1:], name+".py"), args...)...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	cmd.WaitDelay = 5 * time.Second
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	r := result{stdout: stdout.String(), stderr: stderr.String()}
	if ctx.Err() != nil {
		return r, fmt.Errorf("timed out after %v", scriptTimeout)
	}
	var exit *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &exit) && exit.ExitCode() >= 0:
		r.status = exit.ExitCode()
	default:
		return r, err
	}
	return r, nil
}

// asGolden is what scripts/update-goldens would record for r.
func (r result) asGolden(kind, dir string) golden {
	g := golden{stdout: r.stdout, status: r.status}
	if r.status == 0 {
		return g
	}
	if kind == syntaxKind {
		g.stderr = stripScriptDir(r.stderr, dir)
	} else {
		g.stderr = lastLine(r.stderr) + "\n"
	}
	return g
}

// stripScriptDir turns `File "/abs/dir/name.py"` into `File "name.py"`,
// the form the goldens keep (CPython 3.11 and minipy print the absolute
// path of the main script).
func stripScriptDir(stderr, dir string) string {
	return strings.ReplaceAll(stderr, `File "`+dir+`/`, `File "`)
}

// lastLine is stderr's last line, as `tail -n 1` prints it.
func lastLine(s string) string {
	s = strings.TrimSuffix(s, "\n")
	if i := strings.LastIndexByte(s, '\n'); i >= 0 {
		return s[i+1:]
	}
	return s
}

// Legends of the diffs.
const (
	minipyVsPython = "(- python3, + minipy)"
	pythonVsGolden = "(- golden file, + python3 now)"
)

// mismatches lists how got differs from want, each with a readable diff
// whose legend names the two sides.
func mismatches(want, got golden, gotStderr, legend string) []string {
	var problems []string
	if got.stdout != want.stdout {
		problems = append(problems, "stdout differs "+legend+":\n"+lineDiff(want.stdout, got.stdout))
	}
	if got.status != want.status {
		problems = append(problems, fmt.Sprintf("exit status %d, want %d; stderr:\n%s", got.status, want.status, tail(gotStderr, 15)))
	} else if got.stderr != want.stderr {
		problems = append(problems, "stderr differs "+legend+":\n"+lineDiff(want.stderr, got.stderr))
	}
	return problems
}

// tail returns s's last n lines.
func tail(s string, n int) string {
	lines := strings.SplitAfter(s, "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "")
}
