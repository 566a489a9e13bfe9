package conformance

import (
	"bufio"
	"errors"
	"os"
	"path/filepath"
	"strings"
)

// knownFailuresFile lists, per testdata directory, the scripts that are
// expected to fail for now (features not built yet), one name per line,
// with # comments saying why.
const knownFailuresFile = "known_failures.txt"

// loadKnownFailures reads dir's known_failures.txt (absent: none).
// Names may be written with or without ".py".
func loadKnownFailures(dir string) (map[string]bool, error) {
	known := map[string]bool{}
	f, err := os.Open(filepath.Join(dir, knownFailuresFile))
	if errors.Is(err, os.ErrNotExist) {
		return known, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line, _, _ := strings.Cut(sc.Text(), "#")
		if name := strings.TrimSuffix(strings.TrimSpace(line), ".py"); name != "" {
			known[name] = true
		}
	}
	return known, sc.Err()
}
