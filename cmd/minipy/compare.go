package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// compareRun is one run of the script in the compare view.
type compareRun struct {
	title          string
	stdout, stderr string
	stats          string // the child's --stats report, cut from its stderr
	status         int
	wall, cpu      time.Duration
}

// runCompare is `minipy compare FILE [ARGS]`: it runs FILE twice as child
// processes of this same binary, with the GIL off and then on (one after
// the other, so they do not share the cores), and prints their outputs side
// by side with each run's wall time, CPU time and parallelism — what a
// teacher shows a class. --switch-interval, --cpus and --stats are passed on
// to both runs.
func runCompare(opts *options, s streams) int {
	if opts.threads.trace != "" || opts.threads.timeline {
		io.WriteString(s.stderr, "minipy compare: --trace and --timeline show one run; use them without compare\n")
		return exitUsage
	}
	// A missing script is reported once, as python3 reports it, rather
	// than twice in the two columns.
	if _, err := readScript(scriptPath(opts.program)); err != nil {
		io.WriteString(s.stderr, "minipy: "+err.Error()+"\n")
		return exitStatusForOpenError(err)
	}
	exe, err := os.Executable()
	if err != nil {
		io.WriteString(s.stderr, "minipy compare: "+err.Error()+"\n")
		return 1
	}
	interval := opts.threads.interval
	if interval == 0 {
		interval = defaultSwitchInterval
	}
	var runs []compareRun
	for _, gil := range []bool{false, true} {
		title := "GIL off"
		if gil {
			title = "GIL on (switch interval " + interval.String() + ")"
		}
		if opts.threads.cpus > 0 {
			title += ", --cpus " + strconv.Itoa(opts.threads.cpus)
		}
		r, err := runChild(exe, compareArgs(opts, gil), title)
		if err != nil {
			io.WriteString(s.stderr, "minipy compare: "+err.Error()+"\n")
			return 1
		}
		runs = append(runs, r)
	}
	writeCompare(s.stdout, runs, s.width)
	for _, r := range runs {
		if r.status != 0 {
			return 1
		}
	}
	return 0
}

// defaultSwitchInterval is CPython's (and minipy's) default.
const defaultSwitchInterval = 5 * time.Millisecond

// compareArgs is the command line of one child run.
func compareArgs(opts *options, gil bool) []string {
	args := []string{"--gil=" + strconv.FormatBool(gil)}
	if opts.threads.interval > 0 {
		args = append(args, "--switch-interval", opts.threads.interval.String())
	}
	if opts.threads.cpus > 0 {
		args = append(args, "--cpus", strconv.Itoa(opts.threads.cpus))
	}
	if opts.threads.stats {
		args = append(args, "--stats")
	}
	return append(append(args, "--", opts.program), opts.args...)
}

// runChild runs exe with args to its end, capturing its output and
// measuring its wall time and the CPU time the kernel charged it.
func runChild(exe string, args []string, title string) (compareRun, error) {
	cmd := exec.Command(exe, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	err := cmd.Run()
	r := compareRun{title: title, wall: time.Since(start), stdout: stdout.String()}
	r.stderr, r.stats = splitStats(stderr.String())
	var exit *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &exit):
		r.status = exit.ExitCode()
	default:
		return r, err
	}
	if ps := cmd.ProcessState; ps != nil {
		r.cpu = ps.UserTime() + ps.SystemTime()
	}
	return r, nil
}

// writeCompare lays the runs out in columns: their titles, stdout, stderr
// (when there is any), then the figures, and the ratio of the wall times.
func writeCompare(w io.Writer, runs []compareRun, termWidth int) {
	if termWidth <= 0 {
		termWidth = defaultTermWidth
	}
	colWidth := max((termWidth-3)/len(runs), 20)
	var b strings.Builder
	rule := func() {
		parts := make([]string, len(runs))
		for i := range parts {
			parts[i] = strings.Repeat("─", colWidth)
		}
		b.WriteString(strings.Join(parts, "─┼─") + "\n")
	}
	row := func(cells []string) { writeColumns(&b, cells, colWidth) }
	column := func(pick func(compareRun) string) []string {
		cells := make([]string, len(runs))
		for i, r := range runs {
			cells[i] = pick(r)
		}
		return cells
	}
	row(column(func(r compareRun) string { return r.title }))
	rule()
	row(column(func(r compareRun) string { return r.stdout }))
	if anyText(runs, func(r compareRun) string { return r.stderr }) {
		row(column(func(r compareRun) string { return "(stderr)" }))
		row(column(func(r compareRun) string { return r.stderr }))
	}
	rule()
	row(column(func(r compareRun) string {
		return fmt.Sprintf("wall time    %.3fs\ncpu time     %.3fs\nparallelism  %.2f\nexit status  %d",
			r.wall.Seconds(), r.cpu.Seconds(), parallelism(r), r.status)
	}))
	if len(runs) == 2 && runs[0].wall > 0 {
		fmt.Fprintf(&b, "\nwall time with the GIL / without: %.2f\n", runs[1].wall.Seconds()/runs[0].wall.Seconds())
	}
	// The --stats tables are as wide as a terminal: wrapped into half of
	// one they could not be read, so they follow one after the other.
	for _, r := range runs {
		if r.stats != "" {
			b.WriteString("\n" + r.stats)
		}
	}
	io.WriteString(w, b.String())
}

// statsHeader opens the --stats report (runtime.WriteStats).
const statsHeader = "minipy stats ("

// splitStats cuts a child's --stats report (which WriteStats prints last,
// at the start of a line) from the rest of its stderr.
func splitStats(stderr string) (rest, stats string) {
	i := strings.LastIndex(stderr, statsHeader)
	if i < 0 || (i > 0 && stderr[i-1] != '\n') {
		return stderr, ""
	}
	return stderr[:i], stderr[i:]
}

// parallelism is CPU time over wall time: how many cores the run kept busy.
func parallelism(r compareRun) float64 {
	if r.wall <= 0 {
		return 0
	}
	return r.cpu.Seconds() / r.wall.Seconds()
}

// anyText reports whether some run has a non-empty text.
func anyText(runs []compareRun, text func(compareRun) string) bool {
	for _, r := range runs {
		if text(r) != "" {
			return true
		}
	}
	return false
}

// writeColumns writes texts side by side, each wrapped to width characters,
// separated by " │ ".
func writeColumns(b *strings.Builder, texts []string, width int) {
	cols := make([][]string, len(texts))
	height := 0
	for i, t := range texts {
		cols[i] = wrapLines(t, width)
		height = max(height, len(cols[i]))
	}
	for line := 0; line < height; line++ {
		var sb strings.Builder
		for i, c := range cols {
			cell := ""
			if line < len(c) {
				cell = c[line]
			}
			if i > 0 {
				sb.WriteString(" │ ")
			}
			sb.WriteString(cell)
			if i < len(cols)-1 {
				sb.WriteString(strings.Repeat(" ", width-utf8.RuneCountInString(cell)))
			}
		}
		b.WriteString(strings.TrimRight(sb.String(), " ") + "\n")
	}
}

// wrapLines splits text into lines of at most width characters (tabs
// expanded), breaking a longer line after its last space that fits, or at
// the width when a word is longer than that.
func wrapLines(text string, width int) []string {
	text = strings.TrimSuffix(strings.ReplaceAll(text, "\t", "    "), "\n")
	if text == "" {
		return nil
	}
	var out []string
	for _, line := range strings.Split(text, "\n") {
		r := []rune(strings.TrimSuffix(line, "\r"))
		for len(r) > width {
			sp := lastSpace(r[:width+1])
			if sp <= leadingSpaces(r) { // no break between words: cut the word
				out = append(out, string(r[:width]))
				r = r[width:]
				continue
			}
			out = append(out, strings.TrimRight(string(r[:sp]), " "))
			r = r[sp+1:]
		}
		out = append(out, string(r))
	}
	return out
}

// leadingSpaces counts the spaces that start r.
func leadingSpaces(r []rune) int {
	n := 0
	for n < len(r) && r[n] == ' ' {
		n++
	}
	return n
}

// lastSpace is the index of r's last space, or -1.
func lastSpace(r []rune) int {
	for i := len(r) - 1; i >= 0; i-- {
		if r[i] == ' ' {
			return i
		}
	}
	return -1
}
