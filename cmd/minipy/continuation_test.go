package main

import "testing"

func TestJudgeInput(t *testing.T) {
	tests := []struct {
		src       string
		lastBlank bool
		atEOF     bool
		want      verdict
	}{
		{"x = 1\n", false, false, runIt},
		{"# just a comment\n", false, false, runIt},
		{"x = (1,\n", false, false, needMore},
		{"x = (1,\n\n", true, false, needMore}, // a blank line inside brackets
		{"s = '''a\n\n", true, false, needMore},
		{"x = 1 + \\\n", false, false, needMore},
		{"x = 1 + \\\n\n", true, false, reportIt},
		{"if x:\n", false, false, needMore},
		{"if x:\n\n", true, false, reportIt}, // expected an indented block
		{"if x: pass\n", false, false, needMore},
		{"if x:\n    y = 1\n", false, false, needMore},
		{"if x:\n    y = 1\n\n", true, false, runIt},
		{"@dec\n", false, false, needMore},
		{"@dec\n\n", true, false, reportIt},
		{"class A:\n    pass\n", false, false, needMore},
		{"def f():\n", false, true, reportIt}, // Ctrl-D takes the block as it is
		{"for i in x:\n    i\n", false, true, runIt},
		{"1 +\n", false, false, reportIt},
		{"if 1:\n  1 +\n", false, false, reportIt},
		{"  2\n", false, false, reportIt},
	}
	for _, tt := range tests {
		got, mod, err := judgeInput(tt.src, tt.lastBlank, tt.atEOF)
		if got != tt.want {
			t.Errorf("judgeInput(%q, blank=%v, eof=%v) = %d (err %v), want %d", tt.src, tt.lastBlank, tt.atEOF, got, err, tt.want)
		}
		if got == runIt && mod == nil || got == reportIt && err == nil {
			t.Errorf("judgeInput(%q): verdict %d without its module or error", tt.src, got)
		}
	}
}
