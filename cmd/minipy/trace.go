package main

import (
	"bufio"
	"encoding/json"
	"io"
	"os"
	"strconv"
	"time"

	"minipy/runtime"
)

// writeTrace writes the threads' tracks as a Chrome trace-event JSON file
// (the "JSON Object Format"), which Perfetto (ui.perfetto.dev) and
// chrome://tracing open: one track per thread, named after it, with a
// complete event ("ph":"X") per span of running, waiting for the GIL, or
// blocked. Times are microseconds since the interpreter started.
func writeTrace(w io.Writer, tracks []runtime.ThreadTrack, wall time.Duration, mode string) error {
	bw := bufio.NewWriter(w)
	pid := os.Getpid()
	tw := traceWriter{w: bw, pid: strconv.Itoa(pid)}
	bw.WriteString(`{"displayTimeUnit":"ms","otherData":{"minipy":` + jsonString(mode) + `},"traceEvents":[`)
	tw.metadata("process_name", 0, `"name":`+jsonString("minipy ("+mode+")"))
	for i, tr := range tracks {
		tid := tr.Ident
		tw.metadata("thread_name", tid, `"name":`+jsonString(tr.Name))
		tw.metadata("thread_sort_index", tid, `"sort_index":`+strconv.Itoa(i))
		for j, e := range tr.Events {
			if e.State == runtime.ThreadDone {
				break
			}
			end := wall
			if j+1 < len(tr.Events) {
				end = tr.Events[j+1].At
			} else if tr.Lost {
				break // where this span ends was not recorded
			}
			tw.span(tid, e.State, e.At, end)
		}
		if tr.Lost && len(tr.Events) > 0 {
			tw.instant(tid, "event log full: later transitions not recorded", tr.Events[len(tr.Events)-1].At)
		}
	}
	bw.WriteString("\n]}\n")
	return bw.Flush()
}

// traceWriter emits the events of one trace, comma-separated.
type traceWriter struct {
	w   *bufio.Writer
	pid string
	n   int // events written
}

// begin starts an event object with its phase, name, pid and tid.
func (tw *traceWriter) begin(ph, name string, tid int64) {
	if tw.n > 0 {
		tw.w.WriteByte(',')
	}
	tw.n++
	tw.w.WriteString("\n{\"ph\":\"" + ph + "\",\"name\":" + jsonString(name) +
		",\"pid\":" + tw.pid + ",\"tid\":" + strconv.FormatInt(tid, 10))
}

// metadata names the process or a thread, or orders the threads.
func (tw *traceWriter) metadata(name string, tid int64, args string) {
	tw.begin("M", name, tid)
	tw.w.WriteString(",\"args\":{" + args + "}}")
}

// span is a complete event: tid was in state from start to end.
func (tw *traceWriter) span(tid int64, state runtime.ThreadState, start, end time.Duration) {
	tw.begin("X", state.String(), tid)
	tw.w.WriteString(",\"cat\":\"thread\",\"cname\":\"" + traceColor(state) + "\",\"ts\":" + micros(start) +
		",\"dur\":" + micros(end-start) + "}")
}

// instant marks a moment on tid's track.
func (tw *traceWriter) instant(tid int64, name string, at time.Duration) {
	tw.begin("i", name, tid)
	tw.w.WriteString(",\"s\":\"t\",\"ts\":" + micros(at) + "}")
}

// traceColor picks chrome://tracing's reserved colour for a state (Perfetto
// chooses its own).
func traceColor(s runtime.ThreadState) string {
	switch s {
	case runtime.ThreadRunning:
		return "thread_state_running"
	case runtime.ThreadWaitingGIL:
		return "thread_state_runnable"
	}
	return "thread_state_sleeping"
}

// micros renders d in microseconds with nanosecond precision.
func micros(d time.Duration) string {
	return strconv.FormatFloat(float64(d)/1e3, 'f', 3, 64)
}

// jsonString quotes s as a JSON string.
func jsonString(s string) string {
	b, _ := json.Marshal(s) // a string always marshals
	return string(b)
}
