package vm

import "testing"

// Deep recursion ends in RecursionError, never in a Go stack overflow,
// also when the recursion goes through Go (a built-in calling back).
func TestRecursionLimit(t *testing.T) {
	cases := map[string]string{
		"plain":          "def f(n):\n    return f(n + 1)\nf(0)",
		"mutual":         "def a(n):\n    return b(n)\ndef b(n):\n    return a(n)\na(0)",
		"through_sorted": "def f(x):\n    return sorted([1, 2], key=f)\nf(0)",
		"through_map":    "def f(x):\n    return list(map(f, [x]))\nf(0)",
		"generator":      "def g():\n    yield from g()\nnext(g())",
		"high_limit":     "import sys\nsys.setrecursionlimit(100000)\ndef f(x):\n    return sorted([1, 2], key=f)\nf(0)",
	}
	for name, src := range cases {
		t.Run(name, func(t *testing.T) {
			_, errOut, status := runProgram(t, src)
			last := lastLine(errOut)
			if status != 1 || (last != "RecursionError: maximum recursion depth exceeded" &&
				last != "RecursionError: maximum recursion depth exceeded while calling a Python object") {
				t.Errorf("status %d, last line %q", status, last)
			}
		})
	}
}

func TestRecursionTracebackCollapsed(t *testing.T) {
	_, errOut, _ := runProgram(t, "def f():\n    f()\nf()")
	if want := "  [Previous line repeated 996 more times]"; !containsLine(errOut, want) {
		t.Errorf("traceback lacks %q:\n%.600s", want, errOut)
	}
}

func containsLine(s, line string) bool {
	for _, l := range splitLines(s) {
		if l == line {
			return true
		}
	}
	return false
}

func splitLines(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}
