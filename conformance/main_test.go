package conformance

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	goruntime "runtime"
	"testing"
)

var update = flag.Bool("update", false, "regenerate the goldens with scripts/update-goldens (needs python3.11) before testing")

// Set by TestMain.
var (
	repoRoot  string // the module root (where go.mod is)
	minipyBin string // the binary under test
)

func TestMain(m *testing.M) {
	flag.Parse()
	os.Exit(testMain(m))
}

func testMain(m *testing.M) int {
	var err error
	if repoRoot, err = findRepoRoot(); err != nil {
		fmt.Fprintln(os.Stderr, "conformance:", err)
		return 1
	}
	if *update {
		cmd := exec.Command(filepath.Join(repoRoot, "scripts", "update-goldens"))
		cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
		if err := cmd.Run(); err != nil {
			fmt.Fprintln(os.Stderr, "conformance: scripts/update-goldens:", err)
			return 1
		}
	}
	dir, err := os.MkdirTemp("", "minipy-conformance-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "conformance:", err)
		return 1
	}
	defer os.RemoveAll(dir)
	minipyBin = filepath.Join(dir, "minipy")
	if err := buildMinipy(minipyBin); err != nil {
		fmt.Fprintln(os.Stderr, "conformance: building minipy:", err)
		return 1
	}
	return m.Run()
}

// buildMinipy builds cmd/minipy once for the whole suite, with the race
// detector when this test binary has it.
func buildMinipy(out string) error {
	args := []string{"build", "-o", out}
	if raceEnabled {
		args = append(args, "-race")
	}
	args = append(args, "./cmd/minipy")
	cmd := exec.Command(goTool(), args...)
	cmd.Dir = repoRoot
	if output, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("%v\n%s", err, output)
	}
	return nil
}

// goTool is the go command that is running these tests.
func goTool() string {
	if p, err := exec.LookPath("go"); err == nil {
		return p
	}
	return filepath.Join(goruntime.GOROOT(), "bin", "go")
}

// findRepoRoot walks up from the test's directory to the go.mod.
func findRepoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("go.mod not found above the test directory")
		}
		dir = parent
	}
}
