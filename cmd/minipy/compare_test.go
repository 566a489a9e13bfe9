package main

import (
	"strings"
	"testing"
	"time"
)

func TestWriteCompare(t *testing.T) {
	runs := []compareRun{
		{title: "GIL off", stdout: "threads: 1.0 s\nok\n", wall: time.Second, cpu: 2 * time.Second},
		{title: "GIL on (switch interval 5ms)", stdout: "threads: 2.0 s\n", stderr: "warning\n", status: 1,
			wall: 2 * time.Second, cpu: 2 * time.Second},
	}
	var b strings.Builder
	writeCompare(&b, runs, 63) // two columns of 30
	want := `GIL off                        │ GIL on (switch interval 5ms)
───────────────────────────────┼───────────────────────────────
threads: 1.0 s                 │ threads: 2.0 s
ok                             │
(stderr)                       │ (stderr)
                               │ warning
───────────────────────────────┼───────────────────────────────
wall time    1.000s            │ wall time    2.000s
cpu time     2.000s            │ cpu time     2.000s
parallelism  2.00              │ parallelism  1.00
exit status  0                 │ exit status  1

wall time with the GIL / without: 2.00
`
	if b.String() != want {
		t.Errorf("got:\n%s\nwant:\n%s", b.String(), want)
	}
}

func TestWrapLines(t *testing.T) {
	tests := []struct {
		text  string
		width int
		want  []string
	}{
		{"abcdef\n\tx\n", 4, []string{"abcd", "ef", "    ", "x"}},
		{"the lesson is short", 10, []string{"the lesson", "is short"}},
		{"a longword", 5, []string{"a", "longw", "ord"}},
		{"", 5, nil},
	}
	for _, tt := range tests {
		got := wrapLines(tt.text, tt.width)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") || len(got) != len(tt.want) {
			t.Errorf("wrapLines(%q, %d) = %q, want %q", tt.text, tt.width, got, tt.want)
		}
	}
}

// TestCompareStatsBelow: with --stats, each child's report is cut from its
// stderr and printed full width after the columns (wrapped into half a
// terminal, its table could not be read).
func TestCompareStatsBelow(t *testing.T) {
	rest, stats := splitStats("warning\nminipy stats (GIL off)\nthread  running\n")
	if rest != "warning\n" || stats != "minipy stats (GIL off)\nthread  running\n" {
		t.Errorf("splitStats = %q, %q", rest, stats)
	}
	if rest, stats := splitStats("said minipy stats (no)\n"); stats != "" || rest != "said minipy stats (no)\n" {
		t.Errorf("a header inside a line is not the report: %q, %q", rest, stats)
	}
	runs := []compareRun{
		{title: "GIL off", stdout: "ok\n", stats: "minipy stats (GIL off)\nMainThread 0.001s\n", wall: time.Second},
		{title: "GIL on", stdout: "ok\n", stats: "minipy stats (GIL on)\nMainThread 0.002s\n", wall: time.Second},
	}
	var b strings.Builder
	writeCompare(&b, runs, 63)
	want := "wall time with the GIL / without: 1.00\n\nminipy stats (GIL off)\nMainThread 0.001s\n" +
		"\nminipy stats (GIL on)\nMainThread 0.002s\n"
	if !strings.HasSuffix(b.String(), want) || strings.Contains(b.String(), "(stderr)") {
		t.Errorf("got:\n%s\nwant it to end with:\n%s", b.String(), want)
	}
}
