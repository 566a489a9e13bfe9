package runtime

// End-to-end tests of multiprocessing: a minipy binary (built once, with
// the race detector when the tests have it) runs the programs of
// testdata/procs against their CPython goldens, with the GIL off and on,
// and the fault programs of testdata/procs/faults, whose expectations are
// minipy's own (CPython hangs where minipy raises). Every test checks at
// its end that no process of the binary is left running.

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

var minipyOnce struct {
	sync.Once
	path string
	err  error
}

// minipyBinary builds cmd/minipy once per test run.
func minipyBinary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("end-to-end process tests build minipy: skipped with -short")
	}
	minipyOnce.Do(func() {
		dir, err := os.MkdirTemp("", "minipy-procs-")
		if err != nil {
			minipyOnce.err = err
			return
		}
		minipyOnce.path = filepath.Join(dir, "minipy")
		args := []string{"build", "-o", minipyOnce.path}
		if raceEnabled {
			args = append(args, "-race")
		}
		cmd := exec.Command("go", append(args, "minipy/cmd/minipy")...)
		if out, err := cmd.CombinedOutput(); err != nil {
			minipyOnce.err = errors.New(err.Error() + "\n" + string(out))
		}
	})
	if minipyOnce.err != nil {
		t.Fatal("building minipy:", minipyOnce.err)
	}
	return minipyOnce.path
}

// procsDir is testdata/procs from the runtime package's directory.
var procsDir = filepath.Join("..", "testdata", "procs")

// runResult is one run of a program.
type runResult struct {
	stdout, stderr string
	status         int
}

// runMinipy runs script (in dir) with extra environment, under a timeout.
func runMinipy(t *testing.T, dir, script string, timeout time.Duration, env ...string) runResult {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, minipyBinary(t), script)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	r := runResult{stdout: stdout.String(), stderr: stderr.String()}
	if ctx.Err() != nil {
		t.Fatalf("%s timed out after %v (a hang); stderr:\n%s", script, timeout, r.stderr)
	}
	var exit *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &exit):
		r.status = exit.ExitCode()
	default:
		t.Fatal(err)
	}
	return r
}

// gilModes are the environments of the two GIL modes.
var gilModes = []struct{ name, env string }{{"gil-off", "MINIPY_GIL=0"}, {"gil-on", "MINIPY_GIL=1"}}

// TestProcsGoldens runs testdata/procs/*.py against CPython's goldens:
// stdout, exit status, and stderr's last line when the status is not 0.
func TestProcsGoldens(t *testing.T) {
	scripts, err := filepath.Glob(filepath.Join(procsDir, "*.py"))
	if err != nil || len(scripts) == 0 {
		t.Fatal("no scripts in", procsDir, err)
	}
	for _, mode := range gilModes {
		t.Run(mode.name, func(t *testing.T) {
			for _, path := range scripts {
				name := strings.TrimSuffix(filepath.Base(path), ".py")
				t.Run(name, func(t *testing.T) {
					t.Parallel()
					checkGolden(t, name, mode.env)
				})
			}
		})
	}
	assertNoLeftovers(t)
}

func checkGolden(t *testing.T, name, env string) {
	wantOut, err := os.ReadFile(filepath.Join(procsDir, name+".out"))
	if err != nil {
		t.Fatal(err)
	}
	wantStatus, wantLast := 0, ""
	if errText, err := os.ReadFile(filepath.Join(procsDir, name+".err")); err == nil {
		first, rest, _ := strings.Cut(string(errText), "\n")
		wantStatus, _ = strconv.Atoi(strings.TrimPrefix(first, "exit "))
		wantLast = strings.TrimSuffix(rest, "\n")
	}
	r := runMinipy(t, procsDir, name+".py", 2*time.Minute, env)
	if r.stdout != string(wantOut) {
		t.Errorf("stdout:\n%s\nwant:\n%s\nstderr:\n%s", r.stdout, wantOut, r.stderr)
	}
	if r.status != wantStatus {
		t.Errorf("exit status %d, want %d; stderr:\n%s", r.status, wantStatus, r.stderr)
	} else if wantStatus != 0 && lastLine(r.stderr) != wantLast {
		t.Errorf("last line of stderr %q, want %q", lastLine(r.stderr), wantLast)
	}
}

func lastLine(s string) string {
	s = strings.TrimSuffix(s, "\n")
	return s[strings.LastIndexByte(s, '\n')+1:]
}

// TestProcsFaults: a crashing worker, workers that cannot start and a
// reader killed in the middle of a get are errors, never hangs.
func TestProcsFaults(t *testing.T) {
	faults := filepath.Join(procsDir, "faults")
	cases := []struct{ script, want string }{
		{"pool_worker_killed.py", "WorkerLostError: a worker process of the pool exited with code -9 while tasks were pending\n[2, 4]\n"},
		{"pool_initializer_fails.py", "broken: True\n"},
		{"queue_reader_killed.py", "item -9\n"},
	}
	for _, mode := range gilModes {
		for _, c := range cases {
			r := runMinipy(t, faults, c.script, time.Minute, mode.env)
			if r.stdout != c.want || r.status != 0 {
				t.Errorf("%s %s: status %d, stdout %q, want %q; stderr:\n%s", mode.name, c.script, r.status, r.stdout, c.want, r.stderr)
			}
		}
	}
	assertNoLeftovers(t)
}

// TestProcsParentKilled kills a parent with SIGKILL, which runs no clean-up
// at all: its children (a Process, Pool workers, an executor's worker)
// must die with it (the parent-death signal).
func TestProcsParentKilled(t *testing.T) {
	cmd, pids := startWithPids(t, "orphans.py", 4)
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
	waitGone(t, pids)
}

// TestProcsInterrupt sends Ctrl-C's SIGINT to the process group, as a
// terminal does: the parent waiting in join() and its child both stop.
func TestProcsInterrupt(t *testing.T) {
	cmd, pids := startWithPids(t, "interrupt.py", 1)
	syscall.Kill(-cmd.Process.Pid, syscall.SIGINT)
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case <-done:
	case <-time.After(20 * time.Second):
		cmd.Process.Kill()
		t.Fatal("the parent did not stop on SIGINT")
	}
	if cmd.ProcessState.ExitCode() == 0 {
		t.Error("the interrupted parent exited with status 0")
	}
	waitGone(t, pids)
}

// startWithPids starts a fault program in its own process group and reads
// the n child pids it prints on its first line.
func startWithPids(t *testing.T, script string, n int) (*exec.Cmd, []int) {
	t.Helper()
	cmd := exec.Command(minipyBinary(t), script)
	cmd.Dir = filepath.Join(procsDir, "faults")
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) })
	line := make(chan string, 1)
	go func() {
		var b []byte
		buf := make([]byte, 1)
		for {
			if _, err := out.Read(buf); err != nil || buf[0] == '\n' {
				break
			}
			b = append(b, buf[0])
		}
		line <- string(b)
	}()
	var text string
	select {
	case text = <-line:
	case <-time.After(time.Minute):
		t.Fatal(script, "printed no pids")
	}
	var pids []int
	for _, f := range strings.Fields(text) {
		pid, err := strconv.Atoi(f)
		if err != nil {
			t.Fatalf("%s printed %q", script, text)
		}
		pids = append(pids, pid)
	}
	if len(pids) != n {
		t.Fatalf("%s printed %d pids, want %d: %q", script, len(pids), n, text)
	}
	return cmd, pids
}

// waitGone waits until none of pids is a live process.
func waitGone(t *testing.T, pids []int) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		var alive []int
		for _, pid := range pids {
			if pidRunning(pid) {
				alive = append(alive, pid)
			}
		}
		if len(alive) == 0 {
			return
		}
		if time.Now().After(deadline) {
			for _, pid := range alive {
				syscall.Kill(pid, syscall.SIGKILL)
			}
			t.Fatalf("children still running: %v", alive)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// pidRunning reports whether pid is a process that has not exited (a
// zombie waiting to be reaped has).
func pidRunning(pid int) bool {
	stat, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return false
	}
	fields := strings.Fields(string(stat[bytes.LastIndexByte(stat, ')')+1:]))
	return len(fields) > 0 && fields[0] != "Z" && fields[0] != "X"
}

// assertNoLeftovers checks the process table for processes of the test
// binary of minipy that are still running.
func assertNoLeftovers(t *testing.T) {
	t.Helper()
	bin := minipyBinary(t)
	deadline := time.Now().Add(5 * time.Second)
	for {
		left := runningInstances(bin)
		if len(left) == 0 {
			return
		}
		if time.Now().After(deadline) {
			for _, pid := range left {
				syscall.Kill(pid, syscall.SIGKILL)
			}
			t.Fatalf("minipy processes left running: %v", left)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// runningInstances lists the live processes whose executable is bin.
func runningInstances(bin string) []int {
	entries, _ := os.ReadDir("/proc")
	var pids []int
	for _, e := range entries {
		pid, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		if exe, err := os.Readlink("/proc/" + e.Name() + "/exe"); err == nil && exe == bin && pidRunning(pid) {
			pids = append(pids, pid)
		}
	}
	return pids
}
