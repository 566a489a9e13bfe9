package runtime

import (
	"bytes"
	"strings"
	"testing"
)

// TestSourceModules: the pylib sources are embedded, and Thread.Import runs
// a source module through the ExecSource hook once, on the importing
// thread, forgetting it again if its body raises.
func TestSourceModules(t *testing.T) {
	for _, name := range []string{"threading", "queue"} {
		if !strings.Contains(SourceModules[name], "import") {
			t.Fatalf("SourceModules[%q] is missing or empty", name)
		}
	}
	SourceModules["_pylib_test_ok"] = "ok"
	SourceModules["_pylib_test_bad"] = "bad"
	defer delete(SourceModules, "_pylib_test_ok")
	defer delete(SourceModules, "_pylib_test_bad")

	in := NewInterpreterIO(strings.NewReader(""), &bytes.Buffer{}, &bytes.Buffer{})
	th := in.NewThread("importer")
	runs := 0
	in.ExecSource = func(t *Thread, m *Module, src string) error {
		runs++
		if t != th {
			return Errorf(SystemErrorType, "ran on the wrong thread")
		}
		if src == "bad" {
			return Errorf(ValueErrorType, "body failed")
		}
		m.Dict.SetStr("x", Int(1))
		return nil
	}
	for i := 0; i < 2; i++ {
		m, err := th.Import("_pylib_test_ok")
		if err != nil {
			t.Fatal(err)
		}
		if x, _ := m.Dict.GetStr("x"); x.AsInt() != 1 {
			t.Fatalf("module body did not run")
		}
	}
	if runs != 1 {
		t.Fatalf("the body ran %d times, want once", runs)
	}
	for i := 0; i < 2; i++ {
		if _, err := th.Import("_pylib_test_bad"); err == nil || !strings.Contains(err.Error(), "body failed") {
			t.Fatalf("import of a failing module: %v", err)
		}
	}
	if runs != 3 {
		t.Fatalf("a failed import was cached (%d runs, want 3)", runs)
	}
	if _, err := th.Import("_no_such_module"); err == nil || err.Error() != "ModuleNotFoundError: No module named '_no_such_module'" {
		t.Fatalf("unknown module: %v", err)
	}
}
