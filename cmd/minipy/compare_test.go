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
