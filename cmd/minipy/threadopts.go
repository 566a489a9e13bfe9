package main

import (
	"cmp"
	"fmt"
	"io"
	"os"
	goruntime "runtime"
	"slices"
	"strconv"
	"strings"
	"time"

	"minipy/runtime"
)

// gilEnv names the environment variable that turns the GIL on ("1") or off
// ("0") when the command line does not say. multiprocessing sets it for its
// children, so they run in their parent's mode (the switch interval and
// --cpus travel with the child's start-up data).
const gilEnv = "MINIPY_GIL"

// threadOptions are the command line's settings for threads: the GIL, the
// cores, and the reports written at exit.
type threadOptions struct {
	gil      bool
	gilSet   bool          // given on the command line: MINIPY_GIL is ignored
	interval time.Duration // --switch-interval; 0: CPython's default, 5ms
	cpus     int           // --cpus; 0: every core
	stats    bool          // --stats: summary on stderr at exit
	trace    string        // --trace FILE: Chrome trace-event JSON
	timeline bool          // --timeline: per-thread timeline on stderr at exit
}

// setGIL records --gil[=VALUE] or -X gil=VALUE.
func (o *threadOptions) setGIL(value, spelling string) error {
	on, err := parseGILValue(value)
	if err != nil {
		return &usageError{fmt.Sprintf("%s: want true or false (1 or 0), not %q", spelling, value)}
	}
	o.gil, o.gilSet = on, true
	return nil
}

// parseGILValue reads the value of --gil=, -X gil= or MINIPY_GIL.
func parseGILValue(value string) (bool, error) {
	switch strings.ToLower(value) {
	case "1", "true", "on", "yes":
		return true, nil
	case "0", "false", "off", "no":
		return false, nil
	}
	return false, strconv.ErrSyntax
}

// xOption handles -X NAME[=VALUE]. Only gil means something to minipy;
// like CPython 3.11, other names are accepted and ignored (they would only
// appear in sys._xoptions).
func (o *threadOptions) xOption(value string) error {
	name, v, hasValue := strings.Cut(value, "=")
	if name != "gil" {
		return nil
	}
	if !hasValue {
		return &usageError{`-X gil: want -X gil=1 or -X gil=0`}
	}
	return o.setGIL(v, "-X gil")
}

// setInterval records --switch-interval: a Go duration ("5ms", "200us") or
// a number of seconds as sys.setswitchinterval takes it ("0.005").
func (o *threadOptions) setInterval(value string) error {
	d, err := time.ParseDuration(value)
	if err != nil {
		secs, ferr := strconv.ParseFloat(value, 64)
		if ferr != nil || secs != secs || secs > 1e9 {
			return &usageError{fmt.Sprintf("--switch-interval: want a duration (5ms) or seconds (0.005), not %q", value)}
		}
		d = time.Duration(secs * 1e9)
	}
	if d <= 0 {
		return &usageError{"--switch-interval: the interval must be strictly positive"}
	}
	o.interval = d
	return nil
}

// setCPUs records --cpus N. More cores than the machine has are no limit
// at all, so N is capped at the machine's count: GOMAXPROCS would take a
// huge N at its word and allocate scheduler state for each (a million got
// the process killed for its memory).
func (o *threadOptions) setCPUs(value string) error {
	n, err := strconv.Atoi(value)
	if err != nil || n < 1 {
		return &usageError{fmt.Sprintf("--cpus: want a number of cores (1 or more), not %q", value)}
	}
	o.cpus = min(n, goruntime.NumCPU())
	return nil
}

// checkTrace makes sure the --trace file can be written before the program
// runs: a typo in its directory is a usage error (status 2) found at once,
// not a message after a long run whose trace is lost. The file is created
// empty here and written at exit.
func (o *threadOptions) checkTrace() error {
	if o.trace == "" {
		return nil
	}
	f, err := os.OpenFile(o.trace, os.O_WRONLY|os.O_CREATE, 0o666)
	if err != nil {
		return &usageError{"--trace: can't open file '" + o.trace + "': " + errnoText(err)}
	}
	return f.Close()
}

// applyEnv takes MINIPY_GIL into account when the command line did not
// choose.
func (o *threadOptions) applyEnv(getenv func(string) string) error {
	if o.gilSet {
		return nil
	}
	v := getenv(gilEnv)
	if v == "" {
		return nil
	}
	on, err := parseGILValue(v)
	if err != nil {
		return &usageError{fmt.Sprintf("%s: want 1 or 0, not %q", gilEnv, v)}
	}
	o.gil = on
	return nil
}

// apply configures interp (and the process) before the main thread begins.
func (o *threadOptions) apply(interp *runtime.Interpreter) {
	interp.GIL.Enabled = o.gil
	if o.interval > 0 {
		interp.GIL.SetSwitchInterval(o.interval)
	}
	runtime.SetCPUs(o.cpus, o.gil) // 0: all cores
	if o.stats {
		interp.SetCPUAccounting(true)
	}
	if o.trace != "" || o.timeline {
		interp.SetEventLog(true)
	}
}

// report writes what --stats, --trace and --timeline ask for, once the
// program (and every non-daemon thread) has ended.
func (o *threadOptions) report(interp *runtime.Interpreter, stderr io.Writer, width int) {
	interp.Flush()
	if o.stats {
		interp.WriteStats(stderr)
	}
	if o.trace == "" && !o.timeline {
		return
	}
	tracks, wall := interp.ThreadTracks()
	// In the order the threads were created: MainThread, Thread-1, ...
	slices.SortStableFunc(tracks, func(a, b runtime.ThreadTrack) int { return cmp.Compare(a.Ident, b.Ident) })
	mode := gilMode(interp)
	if o.timeline {
		writeTimeline(stderr, tracks, wall, mode, width)
	}
	if o.trace != "" {
		if err := writeTraceFile(o.trace, tracks, wall, mode); err != nil {
			io.WriteString(stderr, "minipy: --trace: "+err.Error()+"\n")
		}
	}
}

// gilMode describes the GIL setting for report headers.
func gilMode(interp *runtime.Interpreter) string {
	if interp.GIL.Enabled {
		return "GIL on, switch interval " + interp.GIL.SwitchInterval().String()
	}
	return "GIL off"
}

// writeTraceFile writes the trace to path.
func writeTraceFile(path string, tracks []runtime.ThreadTrack, wall time.Duration, mode string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	werr := writeTrace(f, tracks, wall, mode)
	if cerr := f.Close(); werr == nil {
		werr = cerr
	}
	return werr
}
