package conformance

import (
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

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
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			want, err := runScript([]string{python}, dir, name, nil)
			if err != nil {
				t.Fatal("python3:", err)
			}
			got, err := runScript([]string{minipyBin}, dir, name, nil)
			if err != nil {
				t.Fatal("minipy:", err)
			}
			if problems := mismatches(want.asGolden("", dir), got.asGolden("", dir), got.stderr, minipyVsPython); len(problems) > 0 {
				t.Errorf("examples/%s.py:\n%s", name, strings.Join(problems, "\n"))
			}
		})
	}
}
