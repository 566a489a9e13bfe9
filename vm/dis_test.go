package vm

import (
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the expected disassembly listings in testdata/")

// addrPattern matches the object addresses in code object reprs, which
// change from run to run.
var addrPattern = regexp.MustCompile(`0x[0-9a-f]+`)

// TestDisassembly compiles each testdata/dis/*.py and compares its
// disassembly with the checked-in listing next to it (-update rewrites them).
func TestDisassembly(t *testing.T) {
	needParser(t)
	files, _ := filepath.Glob("testdata/dis/*.py")
	if len(files) == 0 {
		t.Fatal("no testdata/dis/*.py")
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		code, err := CompileSource(filepath.Base(f), src, ModeFile)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		var b strings.Builder
		Disassemble(&b, code)
		got := addrPattern.ReplaceAllString(b.String(), "0xADDR")
		golden := strings.TrimSuffix(f, ".py") + ".dis"
		if *update {
			if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run go test ./vm -run Disassembly -update)", err)
		}
		if got != string(want) {
			t.Errorf("%s: disassembly changed:\n%s", f, got)
		}
	}
}
