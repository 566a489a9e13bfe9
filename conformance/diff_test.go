package conformance

import (
	"fmt"
	"strings"
)

// maxDiffCells bounds the LCS table; past it the diff shows only the first
// differing line.
const maxDiffCells = 4 << 20

// diffContext is how many equal lines are shown around a change.
const diffContext = 2

// lineDiff renders a line diff of want and got: "-" lines only in want,
// "+" lines only in got, a few equal lines of context, "..." for skipped
// runs. Invisible differences (trailing spaces, a missing final newline)
// are made visible by quoting lines that differ only in them.
func lineDiff(want, got string) string {
	a, b := splitLines(want), splitLines(got)
	if len(a)*len(b) > maxDiffCells {
		return firstDifference(a, b)
	}
	ops := diffOps(a, b)
	var out strings.Builder
	// Show each change with a few equal lines around it.
	show := make([]bool, len(ops))
	for i, op := range ops {
		if op.kind == ' ' {
			continue
		}
		for j := max(0, i-diffContext); j <= min(len(ops)-1, i+diffContext); j++ {
			show[j] = true
		}
	}
	lastShown := -1
	for i, op := range ops {
		if !show[i] {
			continue
		}
		if i > lastShown+1 {
			out.WriteString("  ...\n")
		}
		out.WriteString(string(op.kind) + " " + visible(op.line) + "\n")
		lastShown = i
	}
	if lastShown >= 0 && lastShown < len(ops)-1 {
		out.WriteString("  ...\n")
	}
	return out.String()
}

type diffOp struct {
	kind byte // ' ', '-', '+'
	line string
}

// diffOps is the classic LCS edit script.
func diffOps(a, b []string) []diffOp {
	n, m := len(a), len(b)
	lcs := make([][]int32, n+1)
	for i := range lcs {
		lcs[i] = make([]int32, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var ops []diffOp
	i, j := 0, 0
	for i < n || j < m {
		switch {
		case i < n && j < m && a[i] == b[j]:
			ops = append(ops, diffOp{' ', a[i]})
			i, j = i+1, j+1
		case i < n && (j == m || lcs[i+1][j] >= lcs[i][j+1]):
			ops = append(ops, diffOp{'-', a[i]})
			i++
		default:
			ops = append(ops, diffOp{'+', b[j]})
			j++
		}
	}
	return ops
}

// firstDifference reports the first line where a and b differ.
func firstDifference(a, b []string) string {
	for i := 0; i < len(a) || i < len(b); i++ {
		var x, y string
		if i < len(a) {
			x = a[i]
		}
		if i < len(b) {
			y = b[i]
		}
		if i >= len(a) || i >= len(b) || x != y {
			return fmt.Sprintf("first difference at line %d (%d lines vs %d):\n- %s\n+ %s\n", i+1, len(a), len(b), visible(x), visible(y))
		}
	}
	return ""
}

// splitLines splits s into lines, keeping a missing final newline visible
// as a marker on the last line.
func splitLines(s string) []string {
	if s == "" {
		return nil
	}
	lines := strings.SplitAfter(s, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// visible prints a line without its newline, quoted when it has trailing
// whitespace, control characters or no newline at all.
func visible(line string) string {
	body, hadNewline := strings.CutSuffix(line, "\n")
	if !hadNewline || strings.TrimRight(body, " \t") != body || strings.ContainsFunc(body, func(r rune) bool { return r < ' ' && r != '\t' }) {
		q := fmt.Sprintf("%q", body)
		if !hadNewline {
			q += " (no newline at end)"
		}
		return q
	}
	return body
}
