package main

import (
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"minipy/runtime"
)

// The characters of the timeline, one per state; a thread not yet started
// or already ended shows a blank, and '?' marks time after its event log
// reached its bound.
const (
	markRunning = '#'
	markWaiting = '-'
	markBlocked = '.'
	markAbsent  = ' '
	markUnknown = '?'
)

// timelineLegend explains the characters under the timeline.
const timelineLegend = "  # running bytecode   - waiting for the GIL   . blocked (sleep, lock, join, I/O)\n" +
	"  blank: not started yet or ended; each column shows what the thread did most in it\n"

// timelineLostLegend explains '?', shown only when some row has it.
const timelineLostLegend = "  ? not known: the thread's event log was full from there on\n"

// Bounds of the time axis, in columns.
const (
	minTimelineColumns = 20
	maxTimelineColumns = 160
	defaultTermWidth   = 100
)

// writeTimeline draws the --timeline view: a row per thread, time in
// columns, each column showing the state the thread spent most of that
// slice of time in.
func writeTimeline(w io.Writer, tracks []runtime.ThreadTrack, wall time.Duration, mode string, termWidth int) {
	if termWidth <= 0 {
		termWidth = defaultTermWidth
	}
	nameWidth := len("thread")
	for _, tr := range tracks {
		nameWidth = max(nameWidth, utf8.RuneCountInString(tr.Name))
	}
	nameWidth = min(nameWidth, 24)
	cols := min(max(termWidth-nameWidth-3, minTimelineColumns), maxTimelineColumns)
	if wall <= 0 {
		wall = time.Nanosecond
	}
	slice := wall / time.Duration(cols)
	var b strings.Builder
	fmt.Fprintf(&b, "minipy timeline (%s): %s, %s per column\n", mode, roundDuration(wall), roundDuration(max(slice, time.Nanosecond)))
	for _, tr := range tracks {
		fmt.Fprintf(&b, "%-*s |%s|\n", nameWidth, clip(tr.Name, nameWidth), timelineRow(tr, wall, cols))
	}
	end := roundDuration(wall).String()
	fmt.Fprintf(&b, "%-*s  0%*s\n", nameWidth, "", cols-1, end)
	b.WriteString(timelineLegend)
	for _, tr := range tracks {
		if tr.Lost {
			b.WriteString(timelineLostLegend)
			break
		}
	}
	io.WriteString(w, b.String())
}

// timelineRow renders one thread's track over cols columns spanning wall.
func timelineRow(tr runtime.ThreadTrack, wall time.Duration, cols int) string {
	// spent[c][s]: time of column c in state s.
	spent := make([][runtime.ThreadDone]time.Duration, cols)
	colStart := func(c int) time.Duration { return wall * time.Duration(c) / time.Duration(cols) }
	known := wall // the log covers the track up to here
	for i, e := range tr.Events {
		if e.State == runtime.ThreadDone {
			break
		}
		end := wall
		if i+1 < len(tr.Events) {
			end = tr.Events[i+1].At
		} else if tr.Lost {
			known = e.At
			break
		}
		addSpan(spent, colStart, cols, e.State, e.At, min(end, wall))
	}
	row := make([]byte, cols)
	for c := range row {
		row[c] = columnMark(spent[c])
		if tr.Lost && colStart(c) >= known {
			row[c] = markUnknown
		}
	}
	return string(row)
}

// addSpan adds the span [from, to) in state s to the columns it covers.
func addSpan(spent [][runtime.ThreadDone]time.Duration, colStart func(int) time.Duration, cols int, s runtime.ThreadState, from, to time.Duration) {
	if to <= from || from >= colStart(cols) {
		return
	}
	first := int(int64(from) * int64(cols) / int64(colStart(cols)))
	for c := max(first, 0); c < cols && colStart(c) < to; c++ {
		lo, hi := max(from, colStart(c)), min(to, colStart(c+1))
		if hi > lo {
			spent[c][s] += hi - lo
		}
	}
}

// columnMark is the character of a column: the state the thread spent
// most of the column in, or blank if it was not alive during it (so even a
// thread that lived less than a column shows).
func columnMark(spent [runtime.ThreadDone]time.Duration) byte {
	var best time.Duration
	mark := byte(markAbsent)
	for s, d := range spent {
		if d > best {
			best, mark = d, stateMark(runtime.ThreadState(s))
		}
	}
	return mark
}

// stateMark is the timeline character of a state.
func stateMark(s runtime.ThreadState) byte {
	switch s {
	case runtime.ThreadRunning:
		return markRunning
	case runtime.ThreadWaitingGIL:
		return markWaiting
	case runtime.ThreadBlocked:
		return markBlocked
	}
	return markAbsent
}

// roundDuration rounds d for display: to 0.1 ms below a second, to 1 ms
// above.
func roundDuration(d time.Duration) time.Duration {
	if d < time.Second {
		return d.Round(100 * time.Microsecond)
	}
	return d.Round(time.Millisecond)
}

// clip shortens s to n characters, marking the cut with '…'.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}
