package conformance

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// twoWorkers is a program with two named threads that compute, sleep and
// are joined: enough for every report to have something to show.
const twoWorkers = `import threading, time
def work(n):
    x = 0
    for i in range(n):
        x += i
    time.sleep(0.01)
ts = [threading.Thread(target=work, args=(20000,), name=f"worker-{i}") for i in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("done")
`

// writeProgram writes src as prog.py in a temporary directory.
func writeProgram(t *testing.T, src string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "prog.py")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// minipy runs the binary with args and returns stdout and stderr; a
// non-zero exit fails the test.
func minipy(t *testing.T, args ...string) (stdout, stderr string) {
	t.Helper()
	cmd := exec.Command(minipyBin, args...)
	var out, errOut strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Run(); err != nil {
		t.Fatalf("minipy %q: %v\n%s", args, err, errOut.String())
	}
	return out.String(), errOut.String()
}

// TestStatsReport: --stats lists every thread and the totals, in both modes.
func TestStatsReport(t *testing.T) {
	prog := writeProgram(t, twoWorkers)
	for _, mode := range [][]string{{"--gil=false"}, {"--gil"}, {"-X", "gil=1"}} {
		out, errOut := minipy(t, append(mode, "--stats", prog)...)
		if out != "done\n" {
			t.Errorf("%v: stdout %q", mode, out)
		}
		for _, want := range []string{"minipy stats (GIL", "worker-0", "worker-1", "MainThread", "gil wait", "forced", "voluntary", "parallelism"} {
			if !strings.Contains(errOut, want) {
				t.Errorf("%v: --stats lacks %q:\n%s", mode, want, errOut)
			}
		}
		if gilOn := strings.Contains(errOut, "GIL on"); gilOn != (mode[0] != "--gil=false") {
			t.Errorf("%v: wrong mode in --stats:\n%s", mode, errOut)
		}
	}
}

// TestTraceFile: --trace writes Chrome trace-event JSON with a named track
// per thread and spans of running and blocked time.
func TestTraceFile(t *testing.T) {
	prog := writeProgram(t, twoWorkers)
	trace := filepath.Join(t.TempDir(), "trace.json")
	minipy(t, "--gil", "--trace", trace, prog)
	data, err := os.ReadFile(trace)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		TraceEvents []struct {
			Ph, Name string
			Tid      int64
			Args     map[string]any
		}
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatalf("trace is not JSON: %v", err)
	}
	threads := map[int64]string{}
	spans := map[string]map[string]bool{}
	for _, e := range doc.TraceEvents {
		if e.Ph == "M" && e.Name == "thread_name" {
			threads[e.Tid], _ = e.Args["name"].(string)
		}
	}
	for _, e := range doc.TraceEvents {
		if e.Ph == "X" {
			if spans[threads[e.Tid]] == nil {
				spans[threads[e.Tid]] = map[string]bool{}
			}
			spans[threads[e.Tid]][e.Name] = true
		}
	}
	for _, name := range []string{"MainThread", "worker-0", "worker-1"} {
		if !spans[name]["running"] || !spans[name]["blocked"] {
			t.Errorf("%s: spans %v, want running and blocked ones", name, spans[name])
		}
	}
}

// TestTimelineReport: --timeline draws a row per thread and the legend.
func TestTimelineReport(t *testing.T) {
	prog := writeProgram(t, twoWorkers)
	_, errOut := minipy(t, "--timeline", prog)
	for _, want := range []string{"minipy timeline (GIL off)", "MainThread", "worker-0 ", "worker-1 ", "# running bytecode"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("--timeline lacks %q:\n%s", want, errOut)
		}
	}
}

// TestCompareView: compare runs the script in both modes, side by side.
func TestCompareView(t *testing.T) {
	prog := writeProgram(t, twoWorkers+"import sys\nprint('gil', getattr(sys, '_is_gil_enabled')())\n")
	out, _ := minipy(t, "--switch-interval", "1ms", "compare", prog)
	for _, want := range []string{"GIL off", "GIL on (switch interval 1ms)", "gil False", "gil True", "parallelism", "wall time with the GIL / without"} {
		if !strings.Contains(out, want) {
			t.Errorf("compare lacks %q:\n%s", want, out)
		}
	}
}
