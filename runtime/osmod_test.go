package runtime

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// osCall calls os.NAME (or os.path.NAME with "path." in front).
func osCall(e *testEnv, name string, args ...Value) (Value, error) {
	mod, err := e.in.Import("os")
	if err != nil {
		return Value{}, err
	}
	ns := Obj(mod)
	if rest, ok := strings.CutPrefix(name, "path."); ok {
		p, _ := mod.Dict.GetStr("path")
		ns, name = p, rest
	}
	fn, err := GetAttr(e.th, ns, name)
	if err != nil {
		return Value{}, err
	}
	return Call(e.th, fn, args, nil)
}

// The wants are python3's results for the same calls (posixpath).
func TestOSPathStrings(t *testing.T) {
	e := newTestEnv(t)
	s := NewStr
	cases := []struct {
		fn   string
		args []Value
		want string
	}{
		{"join", []Value{s("a"), s("b"), s("c")}, "'a/b/c'"},
		{"join", []Value{s("a/"), s("/b"), s("c")}, "'/b/c'"},
		{"join", []Value{s(""), s("x")}, "'x'"},
		{"join", []Value{s("a"), s("")}, "'a/'"},
		{"basename", []Value{s("/x/y.txt")}, "'y.txt'"},
		{"basename", []Value{s("/x/")}, "''"},
		{"dirname", []Value{s("/x/y.txt")}, "'/x'"},
		{"dirname", []Value{s("//y")}, "'//'"},
		{"dirname", []Value{s("a//b")}, "'a'"},
		{"split", []Value{s("a/b/c")}, "('a/b', 'c')"},
		{"split", []Value{s("c")}, "('', 'c')"},
		{"splitext", []Value{s("a/b.tar.gz")}, "('a/b.tar', '.gz')"},
		{"splitext", []Value{s(".bashrc")}, "('.bashrc', '')"},
		{"splitext", []Value{s("a.b/c")}, "('a.b/c', '')"},
		{"splitext", []Value{s("..x.y")}, "('..x', '.y')"},
		{"normpath", []Value{s("a//b/./c/../d/")}, "'a/b/d'"},
		{"normpath", []Value{s("../../x")}, "'../../x'"},
		{"normpath", []Value{s("/../x")}, "'/x'"},
		{"normpath", []Value{s("//a")}, "'//a'"},
		{"normpath", []Value{s("///a")}, "'/a'"},
		{"normpath", []Value{s("")}, "'.'"},
		{"isabs", []Value{s("/a")}, "True"},
		{"isabs", []Value{s("a")}, "False"},
		{"commonprefix", []Value{Obj(NewList([]Value{s("/usr/lib"), s("/usr/local")}))}, "'/usr/l'"},
		{"join", []Value{Int(1)}, "TypeError: expected str, bytes or os.PathLike object, not int"},
		{"join", []Value{s("a"), Int(1)}, "TypeError: join() argument must be str, bytes, or os.PathLike object, not 'int'"},
		{"basename", []Value{Int(1)}, "TypeError: expected str, bytes or os.PathLike object, not int"},
	}
	for _, c := range cases {
		v, err := osCall(e, "path."+c.fn, c.args...)
		got := ""
		if err != nil {
			got = exceptionLine(e.th, err)
		} else {
			got = e.repr(v)
		}
		if got != c.want {
			t.Errorf("os.path.%s%s: got %s want %s", c.fn, e.repr(NewTuple(c.args)), got, c.want)
		}
	}
	if rel := e.must(osCall(e, "path.relpath", s("/a/b/c"), s("/a/x"))); e.repr(rel) != "'../b/c'" {
		t.Errorf("relpath: %s", e.repr(rel))
	}
}

func TestOSFileSystem(t *testing.T) {
	e := newTestEnv(t)
	dir := t.TempDir()
	p := func(name string) Value { return NewStr(filepath.Join(dir, name)) }
	q := func(name string) string { return "'" + filepath.Join(dir, name) + "'" }
	e.must(osCall(e, "mkdir", p("d")))
	e.must(osCall(e, "makedirs", p("d/x/y")))
	mod, _ := e.in.Import("os")
	makedirs, _ := mod.Dict.GetStr("makedirs")
	e.must(Call(e.th, makedirs, []Value{p("d/x/y")}, []Kwarg{{"exist_ok", True}}))
	if err := os.WriteFile(filepath.Join(dir, "f.txt"), []byte("hello"), 0o644); err != nil {
		t.Fatal(err)
	}
	names := e.must(osCall(e, "listdir", NewStr(dir)))
	items := names.Object().(*List).Items()
	var got []string
	for _, n := range items {
		s, _ := AsStr(n)
		got = append(got, s)
	}
	sort.Strings(got)
	if strings.Join(got, ",") != "d,f.txt" {
		t.Errorf("listdir: %v", got)
	}
	for fn, want := range map[string]string{"path.exists": "True", "path.isfile": "True", "path.isdir": "False", "path.getsize": "5"} {
		if v := e.must(osCall(e, fn, p("f.txt"))); e.repr(v) != want {
			t.Errorf("%s: %s", fn, e.repr(v))
		}
	}
	if v := e.must(osCall(e, "stat", p("f.txt"))); e.repr(e.must(GetAttr(e.th, v, "st_size"))) != "5" {
		t.Errorf("stat().st_size")
	}
	e.must(osCall(e, "rename", p("f.txt"), p("g.txt")))
	cases := []struct {
		fn   string
		args []Value
		want string
	}{
		{"listdir", []Value{p("nope")}, "FileNotFoundError: [Errno 2] No such file or directory: " + q("nope")},
		{"listdir", []Value{p("g.txt")}, "NotADirectoryError: [Errno 20] Not a directory: " + q("g.txt")},
		{"listdir", []Value{Float(1.5)}, "TypeError: listdir: path should be string, bytes, os.PathLike, integer or None, not float"},
		{"remove", []Value{p("nope")}, "FileNotFoundError: [Errno 2] No such file or directory: " + q("nope")},
		{"remove", []Value{p("d")}, "IsADirectoryError: [Errno 21] Is a directory: " + q("d")},
		{"remove", []Value{Float(5.5)}, "TypeError: remove: path should be string, bytes or os.PathLike, not float"},
		{"rmdir", []Value{p("d")}, "OSError: [Errno 39] Directory not empty: " + q("d")},
		{"rmdir", []Value{p("g.txt")}, "NotADirectoryError: [Errno 20] Not a directory: " + q("g.txt")},
		{"mkdir", []Value{p("d")}, "FileExistsError: [Errno 17] File exists: " + q("d")},
		{"mkdir", []Value{p("a/b/c")}, "FileNotFoundError: [Errno 2] No such file or directory: " + q("a/b/c")},
		{"rename", []Value{p("nope"), p("x")}, "FileNotFoundError: [Errno 2] No such file or directory: " + q("nope") + " -> " + q("x")},
		{"makedirs", []Value{p("d")}, "FileExistsError: [Errno 17] File exists: " + q("d")},
		{"path.getsize", []Value{p("nope")}, "FileNotFoundError: [Errno 2] No such file or directory: " + q("nope")},
		{"getcwd", []Value{Int(1)}, "TypeError: posix.getcwd() takes no arguments (1 given)"},
	}
	for _, c := range cases {
		_, err := osCall(e, c.fn, c.args...)
		if got := exceptionLine(e.th, err); got != c.want {
			t.Errorf("os.%s: got %q\nwant %q", c.fn, got, c.want)
		}
	}
	e.must(osCall(e, "remove", p("g.txt")))
	if v := e.must(osCall(e, "path.exists", p("g.txt"))); e.repr(v) != "False" {
		t.Errorf("exists after remove: %s", e.repr(v))
	}
	// os.walk visits top-down and honours pruning of dirnames.
	walk := e.must(osCall(e, "walk", p("d")))
	var seen []string
	for {
		item, ok, err := Next(e.th, walk)
		if err != nil || !ok {
			break
		}
		parts := item.Object().(*Tuple).Items()
		d, _ := AsStr(parts[0])
		seen = append(seen, strings.TrimPrefix(d, dir))
		if strings.HasSuffix(d, "/d/x") {
			parts[1].Object().(*List).Clear() // prune: do not enter y
		}
	}
	if strings.Join(seen, " ") != "/d /d/x" {
		t.Errorf("walk: %v", seen)
	}
}
