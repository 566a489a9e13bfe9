package runtime

import (
	"fmt"
	"io"
	"strings"
	"time"
)

// WriteStats writes the --stats summary: a row per thread (name, CPU time,
// time running bytecode, waiting for the GIL, blocked, forced and voluntary
// switches), then the wall time, the process's CPU time and the parallelism
// they imply (CPU / wall: about 1.0 for CPU-bound threads under the GIL,
// about the number of cores without it). Per-thread CPU times are measured
// only with SetCPUAccounting on; otherwise the column shows "-".
func (in *Interpreter) WriteStats(w io.Writer) error {
	rows := in.ThreadStats()
	wall := in.WallTime()
	cpu := time.Duration(processCPUTime())

	mode := "GIL off"
	if in.GIL.Enabled {
		mode = fmt.Sprintf("GIL on, switch interval %v", in.GIL.SwitchInterval())
	}
	nameWidth := len("thread")
	for _, r := range rows {
		nameWidth = max(nameWidth, len(rowName(r)))
	}
	var b strings.Builder
	fmt.Fprintf(&b, "minipy stats (%s)\n", mode)
	fmt.Fprintf(&b, "%-*s %9s %9s %9s %9s %7s %9s\n", nameWidth, "thread",
		"cpu", "running", "gil wait", "blocked", "forced", "voluntary")
	for _, r := range rows {
		fmt.Fprintf(&b, "%-*s %9s %9s %9s %9s %7d %9d\n", nameWidth, rowName(r),
			cpuSeconds(r.CPU), seconds(r.Running), seconds(r.WaitingGIL), seconds(r.Blocked),
			r.Forced, r.Voluntary)
	}
	parallelism := 0.0
	if wall > 0 {
		parallelism = cpu.Seconds() / wall.Seconds()
	}
	fmt.Fprintf(&b, "wall %s  process cpu %s  parallelism %.2f\n", seconds(wall), seconds(cpu), parallelism)
	if _, err := io.WriteString(w, b.String()); err != nil {
		return err
	}
	return in.WriteProcessStats(w) // the child processes, if any (process_stats.go)
}

// rowName labels a row: the thread's name, marked when it still runs, or
// the count of threads a merged row sums.
func rowName(r ThreadStats) string {
	switch {
	case r.Threads > 1:
		return fmt.Sprintf("%s x%d", r.Name, r.Threads)
	case r.Alive:
		return r.Name + " (alive)"
	}
	return r.Name
}

// cpuSeconds is seconds, or "-" for a CPU time that was not measured.
func cpuSeconds(d time.Duration) string {
	if d < 0 {
		return "-"
	}
	return seconds(d)
}

// seconds formats d as seconds with millisecond precision: "1.204s".
func seconds(d time.Duration) string { return fmt.Sprintf("%.3fs", d.Seconds()) }
