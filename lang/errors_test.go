package lang

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// minipyDifferences are the cases where minipy deliberately reports
// something else than CPython, and why.
var minipyDifferences = map[string]string{
	"match x:":       "match statements are outside minipy's subset",
	`x = "\N{DASH}"`: `\N{...} escapes are not supported by minipy`,
	"nonlocal x":     "scope errors are reported by the vm's compiler",
}

// TestErrorsMatchCPython parses each program of testdata/error_cases.txt
// (separated by "#--" lines) and compares SyntaxError.Format with what
// python3 printed running it as case.py (testdata/error_cases.golden,
// regenerated with -update by testdata/errdump.py).
func TestErrorsMatchCPython(t *testing.T) {
	if *update {
		out, err := exec.Command("python3", "testdata/errdump.py", "testdata/error_cases.txt").Output()
		if err != nil {
			t.Fatalf("python3: %v", err)
		}
		if err := os.WriteFile("testdata/error_cases.golden", out, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	casesText, err := os.ReadFile("testdata/error_cases.txt")
	if err != nil {
		t.Fatal(err)
	}
	golden, err := os.ReadFile("testdata/error_cases.golden")
	if err != nil {
		t.Fatal(err)
	}
	cases := strings.Split(string(casesText), "\n#--\n")
	want := strings.Split(string(golden), "#--\n")
	if len(cases) != len(want) {
		t.Fatalf("%d cases but %d goldens: run with -update", len(cases), len(want))
	}
	failed := 0
	for i, src := range cases {
		if reason, ok := minipyDifferences[src]; ok {
			t.Logf("case %d %q: skipped, %s", i, src, reason)
			continue
		}
		_, err := Parse("case.py", []byte(src))
		got := "OK\n"
		if err != nil {
			got = err.(*SyntaxError).Format()
		}
		if got != want[i] {
			failed++
			t.Errorf("case %d: %q\n got:\n%s\nwant:\n%s", i, src, got, want[i])
		}
	}
	if failed > 0 {
		t.Logf("%d of %d cases differ", failed, len(cases))
	}
}
