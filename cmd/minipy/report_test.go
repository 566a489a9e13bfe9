package main

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"minipy/runtime"
)

// sampleTracks are two threads under the GIL taking turns, and a main
// thread blocked in join while they run.
func sampleTracks() ([]runtime.ThreadTrack, time.Duration) {
	ms := time.Millisecond
	ev := func(at time.Duration, s runtime.ThreadState) runtime.ThreadEvent {
		return runtime.ThreadEvent{At: at, State: s}
	}
	return []runtime.ThreadTrack{
		{Name: "MainThread", Ident: 1, Events: []runtime.ThreadEvent{
			ev(0, runtime.ThreadRunning), ev(10*ms, runtime.ThreadBlocked), ev(90*ms, runtime.ThreadRunning)}},
		{Name: "Thread-1 (work)", Ident: 2, Events: []runtime.ThreadEvent{
			ev(10*ms, runtime.ThreadRunning), ev(50*ms, runtime.ThreadWaitingGIL), ev(90*ms, runtime.ThreadDone)}},
		{Name: "Thread-2 \"quoted\"", Ident: 3, Lost: true, Events: []runtime.ThreadEvent{
			ev(10*ms, runtime.ThreadWaitingGIL), ev(50*ms, runtime.ThreadRunning)}},
	}, 100 * ms
}

func TestWriteTraceIsChromeJSON(t *testing.T) {
	tracks, wall := sampleTracks()
	var b strings.Builder
	if err := writeTrace(&b, tracks, wall, "GIL on"); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		TraceEvents []struct {
			Ph, Name string
			Tid      int64
			Ts, Dur  float64
			Args     map[string]any
		}
	}
	if err := json.Unmarshal([]byte(b.String()), &doc); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, b.String())
	}
	names := map[int64]string{}
	var spans []string
	for _, e := range doc.TraceEvents {
		switch e.Ph {
		case "M":
			if e.Name == "thread_name" {
				names[e.Tid] = e.Args["name"].(string)
			}
		case "X":
			spans = append(spans, names[e.Tid]+": "+e.Name+" "+time.Duration(e.Ts*1e3).String()+"+"+time.Duration(e.Dur*1e3).String())
		}
	}
	want := []string{
		"MainThread: running 0s+10ms", "MainThread: blocked 10ms+80ms", "MainThread: running 90ms+10ms",
		"Thread-1 (work): running 10ms+40ms", "Thread-1 (work): waiting for the GIL 50ms+40ms",
		"Thread-2 \"quoted\": waiting for the GIL 10ms+40ms", // the lost log ends the track at its last event
	}
	if strings.Join(spans, "\n") != strings.Join(want, "\n") {
		t.Errorf("spans:\n%s\nwant:\n%s", strings.Join(spans, "\n"), strings.Join(want, "\n"))
	}
}

func TestWriteTimeline(t *testing.T) {
	tracks, wall := sampleTracks()
	var b strings.Builder
	writeTimeline(&b, tracks, wall, "GIL on", 20+len("Thread-1 (work)")+3)
	lines := strings.Split(b.String(), "\n")
	rows := map[string]string{}
	for _, l := range lines[1:4] {
		name, row, _ := strings.Cut(l, "|")
		rows[strings.TrimSpace(name)] = strings.TrimSuffix(row, "|")
	}
	checks := map[string]string{
		"MainThread":          "##................##",
		"Thread-1 (work)":     "  ########--------  ",
		"Thread-2 \"quoted\"": "  --------??????????",
	}
	for name, row := range checks {
		if rows[name] != row {
			t.Errorf("%s: row %q, want %q\n%s", name, rows[name], row, b.String())
		}
	}
	if !strings.HasPrefix(lines[0], "minipy timeline (GIL on): 100ms, 5ms per column") || !strings.HasSuffix(b.String(), timelineLegend+timelineLostLegend) {
		t.Errorf("header or legend wrong:\n%s", b.String())
	}
}
