package main

import (
	"strconv"
	"strings"
	"testing"
)

// statsProgram starts three threads, renames two of them (one before and
// one after start, as a class might), and ends them in the reverse order of
// their creation, so that the report's row order is not the order of their
// ends.
const statsProgram = `import threading, time
def work(delay):
    time.sleep(delay)
    x = 0
    for i in range(20000):
        x += i
ts = [threading.Thread(target=work, args=(0.15 - 0.05 * i,)) for i in range(3)]
ts[0].name = "first"
for t in ts:
    t.start()
ts[2].name = "renamed-while-running"
for t in ts:
    t.join()
print("done")
`

// statsRow is one thread's row of --stats, in seconds.
type statsRow struct {
	name                                     string
	running, waiting, blocked, lifetime, cpu float64
}

// parseStats reads the thread rows of a --stats report.
func parseStats(t *testing.T, report string) []statsRow {
	t.Helper()
	lines := strings.Split(report, "\n")
	var rows []statsRow
	in := false
	for _, l := range lines {
		if strings.HasPrefix(l, "thread ") {
			in = true
			continue
		}
		if !in {
			continue
		}
		if strings.HasPrefix(l, "wall ") {
			break
		}
		f := strings.Fields(l)
		if len(f) < 8 {
			t.Fatalf("short stats row %q in:\n%s", l, report)
		}
		num := func(s string) float64 {
			v, err := strconv.ParseFloat(strings.TrimSuffix(s, "s"), 64)
			if err != nil {
				t.Fatalf("stats row %q: %v", l, err)
			}
			return v
		}
		n := len(f)
		rows = append(rows, statsRow{name: strings.Join(f[:n-7], " "),
			running: num(f[n-7]), waiting: num(f[n-6]), blocked: num(f[n-5]),
			lifetime: num(f[n-4]), cpu: num(f[n-3])})
	}
	return rows
}

// TestStatsRows: --stats lists the threads in the order they were created,
// under the names threading gave them last, and each row's running, GIL
// wait and blocked times add up to its lifetime.
func TestStatsRows(t *testing.T) {
	for _, mode := range []string{"--gil=false", "--gil=true"} {
		status, out, errOut := runCLI(t, "", mode, "--stats", "-c", statsProgram)
		if status != 0 || out != "done\n" {
			t.Fatalf("%s: status %d, stdout %q, stderr:\n%s", mode, status, out, errOut)
		}
		rows := parseStats(t, errOut)
		var names []string
		for _, r := range rows {
			names = append(names, r.name)
			// The columns are rounded to the millisecond, each of three.
			if sum := r.running + r.waiting + r.blocked; sum < r.lifetime-0.0025 || sum > r.lifetime+0.0025 {
				t.Errorf("%s: %s: running+gil wait+blocked = %.3f, lifetime %.3f", mode, r.name, sum, r.lifetime)
			}
			if mode == "--gil=false" && r.waiting != 0 {
				t.Errorf("%s: %s waited %.3fs for a GIL that is off", mode, r.name, r.waiting)
			}
		}
		want := "MainThread|first|Thread-2 (work)|renamed-while-running" // "first" was Thread-1 (work)
		if got := strings.Join(names, "|"); got != want {
			t.Errorf("%s: rows %s, want %s:\n%s", mode, got, want, errOut)
		}
		if !strings.Contains(errOut, "running + gil wait + blocked = lifetime") {
			t.Errorf("%s: no legend:\n%s", mode, errOut)
		}
	}
}
