package conformance

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// variesMarker is the sentence by which an example says that its output
// depends on timing (threads, timings, lost updates): for those, the test
// requires success and the same "Lesson:" line from python3 and from minipy
// in both GIL modes, not the same output.
const variesMarker = "only the Lesson line is fixed"

// exampleArgs shrink the timing examples' work for the test (the race
// detector slows minipy several times); the figures are not compared.
var exampleArgs = map[string][]string{
	"cpu_threads":       {"50000"},
	"race_counter":      {"20000"},
	"producer_consumer": {"20"},
}

// TestExamples runs every lesson in examples/ under minipy and python3 and
// requires the same output: the lessons promise readers exactly that.
func TestExamples(t *testing.T) {
	python := realPython(t)
	dir := filepath.Join(repoRoot, "examples")
	paths, err := filepath.Glob(filepath.Join(dir, "*.py"))
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(paths)
	for _, p := range paths {
		name := strings.TrimSuffix(filepath.Base(p), ".py")
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		varies := strings.Contains(string(src), variesMarker)
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			args := exampleArgs[name]
			want, err := runScript([]string{python}, dir, name, nil, args...)
			if err != nil {
				t.Fatal("python3:", err)
			}
			if !varies {
				got, err := runScript([]string{minipyBin}, dir, name, nil, args...)
				if err != nil {
					t.Fatal("minipy:", err)
				}
				if problems := mismatches(want.asGolden("", dir), got.asGolden("", dir), got.stderr, minipyVsPython); len(problems) > 0 {
					t.Errorf("examples/%s.py:\n%s", name, strings.Join(problems, "\n"))
				}
				return
			}
			lesson := lessonLine(want.stdout)
			if want.status != 0 || lesson == "" {
				t.Fatalf("python3: status %d, no Lesson line in:\n%s%s", want.status, want.stdout, want.stderr)
			}
			for _, flags := range [][]string{nil, {"--gil"}} {
				got, err := runScript(append([]string{minipyBin}, flags...), dir, name, nil, args...)
				if err != nil {
					t.Fatalf("minipy %v: %v", flags, err)
				}
				if got.status != 0 || lessonLine(got.stdout) != lesson {
					t.Errorf("minipy %v: status %d, lesson %q, want %q\n%s%s", flags, got.status,
						lessonLine(got.stdout), lesson, got.stdout, tail(got.stderr, 15))
				}
			}
		})
	}
}

// lessonLine is the output's line starting "Lesson:".
func lessonLine(stdout string) string {
	for _, line := range strings.Split(stdout, "\n") {
		if strings.HasPrefix(line, "Lesson:") {
			return line
		}
	}
	return ""
}
