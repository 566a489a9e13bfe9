package conformance

import "testing"

func TestLineDiff(t *testing.T) {
	got := lineDiff("a\nb\nc\nd\ne\nf\ng\n", "a\nb\nc\nD\ne\nf\ng\nh")
	want := "  ...\n  b\n  c\n- d\n+ D\n  e\n  f\n  g\n+ \"h\" (no newline at end)\n"
	if got != want {
		t.Errorf("lineDiff:\n%s\nwant:\n%s", got, want)
	}
	if got := lineDiff("x \n", "x\n"); got != "- \"x \"\n+ x\n" {
		t.Errorf("trailing space not made visible: %q", got)
	}
}

func TestAsGolden(t *testing.T) {
	r := result{stdout: "o\n", stderr: "Traceback...\n  File \"/d/x.py\", line 1\nValueError: v\n", status: 1}
	if g := r.asGolden("core", "/d"); g.stderr != "ValueError: v\n" || g.status != 1 {
		t.Errorf("core golden = %+v", g)
	}
	if g := r.asGolden(syntaxKind, "/d"); g.stderr != "Traceback...\n  File \"x.py\", line 1\nValueError: v\n" {
		t.Errorf("syntax golden = %+v", g)
	}
	if g := (result{stdout: "o\n", stderr: "warn\n"}).asGolden("core", "/d"); g.stderr != "" || g.status != 0 {
		t.Errorf("exit 0 golden = %+v", g)
	}
}
