package runtime

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"
)

// statsLegend explains the columns of --stats under the table: the
// summary is shown to a class, which should not have to guess what
// "forced" means or why the three times add up.
const statsLegend = "" +
	"  running + gil wait + blocked = lifetime (how long the thread existed)\n" +
	"  cpu: time a core actually ran the thread; below running when the machine is busy\n" +
	"  forced: gave up the GIL because a waiting thread asked; voluntary: blocked\n" +
	"  parallelism = process cpu / wall: how many cores this process kept busy, on average\n"

// statsChildrenLegend follows the legend when child processes are listed:
// their CPU time is not in the parent's.
const statsChildrenLegend = "  (not counting the child processes, listed with their own cpu)\n"

// WriteStats writes the --stats summary: a row per thread in the order the
// threads were created (name, time running bytecode, waiting for the GIL,
// blocked, their sum, CPU time, forced and voluntary switches), then the
// wall time, the process's CPU time and the parallelism they imply (CPU /
// wall: about 1.0 for CPU-bound threads under the GIL, about the number of
// cores without it), and a legend. Per-thread CPU times are measured only
// with SetCPUAccounting on; otherwise the column shows "-".
func (in *Interpreter) WriteStats(w io.Writer) error {
	rows := in.ThreadStats()
	wall := in.WallTime()
	cpu := time.Duration(processCPUTime())
	sortStatsRows(rows)

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
	fmt.Fprintf(&b, "%-*s %9s %9s %9s %9s %9s %7s %9s\n", nameWidth, "thread",
		"running", "gil wait", "blocked", "lifetime", "cpu", "forced", "voluntary")
	for _, r := range rows {
		fmt.Fprintf(&b, "%-*s %9s %9s %9s %9s %9s %7d %9d\n", nameWidth, rowName(r),
			seconds(r.Running), seconds(r.WaitingGIL), seconds(r.Blocked), seconds(r.Lifetime),
			cpuSeconds(r.CPU), r.Forced, r.Voluntary)
	}
	parallelism := 0.0
	if wall > 0 {
		parallelism = cpu.Seconds() / wall.Seconds()
	}
	fmt.Fprintf(&b, "wall %s  process cpu %s  parallelism %.2f\n", seconds(wall), seconds(cpu), parallelism)
	if _, err := io.WriteString(w, b.String()); err != nil {
		return err
	}
	// The child processes, if any (process_stats.go), then the legend
	// that explains both tables.
	if err := in.WriteProcessStats(w); err != nil {
		return err
	}
	legend := statsLegend
	if len(in.ProcessStats()) > 0 {
		legend += statsChildrenLegend
	}
	_, err := io.WriteString(w, legend)
	return err
}

// sortStatsRows puts the rows in the order the threads were created
// (MainThread first, then Thread-1, Thread-2, ...), which is how a reader
// looks for them; ThreadStats lists finished threads in the order they
// ended. The merged row of many finished threads (Threads > 1) goes last.
func sortStatsRows(rows []ThreadStats) {
	slices.SortStableFunc(rows, func(a, b ThreadStats) int {
		if am, bm := a.Threads > 1, b.Threads > 1; am != bm {
			if am {
				return 1
			}
			return -1
		}
		return cmp.Compare(a.Ident, b.Ident)
	})
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
