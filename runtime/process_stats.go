package runtime

// The child processes' part of --stats: one row per child this
// interpreter started, with its pid, its start-up time (from the spawn to
// its target starting to run: a new interpreter, the main script loaded
// again, the arguments received), the CPU time it used (user + system, as
// the kernel reports it when the child is reaped) and its exit code.

import (
	"fmt"
	"io"
	"strings"
	"time"
)

// ProcessStats is a snapshot of one child process's accounting.
type ProcessStats struct {
	Name     string
	Pid      int
	Startup  time.Duration // spawn to target running; -1 if it never ran
	CPU      time.Duration // -1 while the child runs
	Wall     time.Duration // spawn to exit (or to now)
	ExitCode int
	Running  bool
}

// ProcessStats returns the accounting of every child started so far.
func (in *Interpreter) ProcessStats() []ProcessStats {
	var rows []ProcessStats
	for _, c := range in.procs.snapshot() {
		c.mu.Lock()
		r := ProcessStats{Name: c.name, Pid: c.pid, Startup: -1, CPU: -1, ExitCode: c.exitcode}
		if !c.runningAt.IsZero() {
			r.Startup = c.runningAt.Sub(c.spawnedAt)
		}
		if c.endedAt.IsZero() {
			r.Running = true
			r.Wall = time.Since(c.spawnedAt)
		} else {
			r.CPU = c.cpu
			r.Wall = c.endedAt.Sub(c.spawnedAt)
		}
		c.mu.Unlock()
		rows = append(rows, r)
	}
	return rows
}

// WriteProcessStats writes the child processes' rows of --stats (nothing
// when the program started none).
func (in *Interpreter) WriteProcessStats(w io.Writer) error {
	rows := in.ProcessStats()
	if len(rows) == 0 {
		return nil
	}
	nameWidth := len("process")
	for _, r := range rows {
		nameWidth = max(nameWidth, len(r.Name))
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%-*s %8s %9s %9s %9s %5s\n", nameWidth, "process", "pid", "start-up", "cpu", "wall", "exit")
	for _, r := range rows {
		exit := fmt.Sprint(r.ExitCode)
		if r.Running {
			exit = "alive"
		}
		fmt.Fprintf(&b, "%-*s %8d %9s %9s %9s %5s\n", nameWidth, r.Name, r.Pid,
			optSeconds(r.Startup), optSeconds(r.CPU), seconds(r.Wall), exit)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// optSeconds is seconds, or "-" for a time not known.
func optSeconds(d time.Duration) string {
	if d < 0 {
		return "-"
	}
	return seconds(d)
}
