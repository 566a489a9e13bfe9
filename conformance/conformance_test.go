package conformance

import (
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

func TestCore(t *testing.T)   { testDir(t, "core", singleMode) }
func TestModel(t *testing.T)  { testDir(t, "model", singleMode) }
func TestSyntax(t *testing.T) { testDir(t, syntaxKind, singleMode) }
func TestStdlib(t *testing.T) { testDir(t, "stdlib", singleMode) }
func TestAsync(t *testing.T)  { testDir(t, "async", singleMode) }

// Threads and processes must print the same with the GIL off and on.
func TestThreads(t *testing.T) { testDir(t, "threads", bothGILModes) }
func TestProcs(t *testing.T)   { testDir(t, "procs", bothGILModes) }

// goldenDirs are the testdata directories whose goldens come from python3.
var goldenDirs = []string{"core", "model", syntaxKind, "stdlib", "threads", "procs", "async"}

// runMode is one way of running minipy on a script: a name for the
// sub-test and the flags before the script.
type runMode struct {
	name  string // "" for the default run
	flags []string
}

var (
	singleMode   = []runMode{{}}
	bothGILModes = []runMode{{}, {"gil", []string{"--gil"}}}
)

// scripts lists testdata/<kind>/*.py by name (without ".py").
func scripts(t *testing.T, kind string) (dir string, names []string) {
	t.Helper()
	dir = filepath.Join(repoRoot, "testdata", kind)
	paths, err := filepath.Glob(filepath.Join(dir, "*.py"))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range paths {
		names = append(names, strings.TrimSuffix(filepath.Base(p), ".py"))
	}
	sort.Strings(names)
	return dir, names
}

// testDir runs every script of testdata/<kind> under minipy, one parallel
// sub-test each (and one per further mode, named name/mode), against its
// goldens.
func testDir(t *testing.T, kind string, modes []runMode) {
	dir, names := scripts(t, kind)
	known, err := loadKnownFailures(dir)
	if err != nil {
		t.Fatal(err)
	}
	present := map[string]bool{}
	for _, name := range names {
		present[name] = true
	}
	for key := range known {
		if name, _, _ := strings.Cut(key, " "); !present[name] {
			t.Errorf("%s lists %s, which has no script: remove it", knownFailuresFile, name)
		}
	}
	for _, name := range names {
		for _, mode := range modes {
			sub := name
			if mode.name != "" {
				sub += "/" + mode.name
			}
			knownFailure := known[name] || known[strings.Join(append([]string{name}, mode.flags...), " ")]
			t.Run(sub, func(t *testing.T) {
				t.Parallel()
				checkScript(t, kind, dir, name, mode.flags, knownFailure)
			})
		}
	}
}

// checkScript runs one script and compares it with its goldens; a known
// failure must still fail.
func checkScript(t *testing.T, kind, dir, name string, flags []string, knownFailure bool) {
	want, err := loadGolden(dir, name)
	if err != nil {
		t.Fatal(err)
	}
	r, err := runScript(append([]string{minipyBin}, flags...), dir, name, nil)
	var problems []string
	if err != nil {
		problems = []string{"running minipy: " + err.Error()}
	} else {
		problems = mismatches(want, r.asGolden(kind, dir), r.stderr, minipyVsPython)
	}
	switch {
	case knownFailure && len(problems) == 0:
		t.Errorf("now passes: remove %s from testdata/%s/%s", name, kind, knownFailuresFile)
	case knownFailure:
		t.Logf("known failure (listed in %s): %s", knownFailuresFile, firstLine(problems[0]))
	case len(problems) > 0:
		t.Errorf("%s.py:\n%s", name, strings.Join(problems, "\n"))
	}
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

// TestGoldensMatchPython re-runs CPython on every script and checks the
// goldens are what it prints today (so nobody edits a golden by hand and a
// script that became non-deterministic is caught).
func TestGoldensMatchPython(t *testing.T) {
	python := realPython(t)
	// The same environment scripts/update-goldens gives python3.
	env := []string{"PYTHONHASHSEED=0", "PYTHONDONTWRITEBYTECODE=1", "PYTHONIOENCODING=utf-8"}
	for _, kind := range goldenDirs {
		t.Run(kind, func(t *testing.T) {
			dir, names := scripts(t, kind)
			for _, name := range names {
				t.Run(name, func(t *testing.T) {
					t.Parallel()
					want, err := loadGolden(dir, name)
					if err != nil {
						t.Fatal(err)
					}
					r, err := runScript([]string{python}, dir, name, env)
					if err != nil {
						t.Fatal("running python3:", err)
					}
					if problems := mismatches(want, r.asGolden(kind, dir), r.stderr, pythonVsGolden); len(problems) > 0 {
						t.Errorf("golden is stale; run scripts/update-goldens testdata/%s/%s.py\n%s",
							kind, name, strings.Join(problems, "\n"))
					}
				})
			}
		})
	}
}

// realPython finds CPython 3.11's real executable (sys.executable, not a
// pyenv shim), or skips the test.
func realPython(t *testing.T) string {
	t.Helper()
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	out, err := exec.Command(py, "-c", "import sys; print(sys.executable); print(sys.version_info[:2] == (3, 11))").Output()
	if err != nil {
		t.Skip("python3 does not run:", err)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(lines) != 2 || lines[1] != "True" {
		t.Skip("python3 is not 3.11: the goldens are CPython 3.11's")
	}
	if _, err := os.Stat(lines[0]); err != nil {
		t.Skip("sys.executable not found:", lines[0])
	}
	return lines[0]
}
