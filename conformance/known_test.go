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
// with # comments saying why. A name followed by flags ("name --gil")
// is expected to fail only when run with those flags.
const knownFailuresFile = "known_failures.txt"

// loadKnownFailures reads dir's known_failures.txt (absent: none). Names
// may be written with or without ".py"; the keys are the name, or the name
// and its flags separated by single spaces.
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
		fields := strings.Fields(line)
		if len(fields) == 0 {
			continue
		}
		fields[0] = strings.TrimSuffix(fields[0], ".py")
		known[strings.Join(fields, " ")] = true
	}
	return known, sc.Err()
}
