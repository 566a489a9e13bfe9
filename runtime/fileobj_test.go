package runtime

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fileEnv is a test interpreter with helpers to open and use files in a
// temporary directory. Expected values are what python3 prints for the
// same operations.
type fileEnv struct {
	*testEnv
	dir string
}

func newFileEnv(t *testing.T) *fileEnv {
	return &fileEnv{testEnv: newTestEnv(t), dir: t.TempDir()}
}

func (e *fileEnv) path(name string) string { return filepath.Join(e.dir, name) }

func (e *fileEnv) open(name string, mode string, kwargs ...Kwarg) (Value, error) {
	return Call(e.th, OpenBuiltin, []Value{NewStr(e.path(name)), NewStr(mode)}, kwargs)
}

func (e *fileEnv) mustOpen(name, mode string, kwargs ...Kwarg) Value {
	e.tb.Helper()
	return e.must(e.open(name, mode, kwargs...))
}

func (e *fileEnv) call(f Value, name string, args ...Value) Value {
	e.tb.Helper()
	return e.must(e.method(f, name, args...))
}

// exceptionLine is the last line of the traceback for err: the type name
// and str(exc), as the vm prints it (OSError's str is not its args').
func exceptionLine(th *Thread, err error) string {
	if err == nil {
		return "no error"
	}
	exc := AsException(err)
	s, serr := StrOf(th, Obj(exc))
	if serr != nil {
		return "str() failed: " + serr.Error()
	}
	if s == "" {
		return exc.Type().Name
	}
	return exc.Type().Name + ": " + s
}

func TestFileTextRoundTrip(t *testing.T) {
	e := newFileEnv(t)
	f := e.mustOpen("a.txt", "w")
	if got := e.repr(e.call(f, "write", NewStr("héllo\nworld\n"))); got != "12" {
		t.Errorf("write returned %s, want 12 (characters)", got)
	}
	e.call(f, "writelines", e.list(NewStr("x\r\n"), NewStr("y\rz")))
	e.call(f, "close")
	e.call(f, "close") // closing twice is fine

	f = e.mustOpen("a.txt", "r")
	if got := e.repr(e.call(f, "read")); got != `'héllo\nworld\nx\ny\nz'` {
		t.Errorf("read: %s", got)
	}
	e.call(f, "seek", Int(0))
	if got := e.repr(e.call(f, "readline")); got != `'héllo\n'` {
		t.Errorf("readline: %s", got)
	}
	if got := e.repr(e.call(f, "read", Int(3))); got != `'wor'` {
		t.Errorf("read(3): %s", got)
	}
	if got := e.repr(e.call(f, "readlines")); got != `['ld\n', 'x\n', 'y\n', 'z']` {
		t.Errorf("readlines: %s", got)
	}
	if got := e.repr(e.call(f, "readline")); got != `''` {
		t.Errorf("readline at EOF: %s", got)
	}
	e.call(f, "seek", Int(0))
	var lines []string
	it := e.must(Iter(e.th, f))
	for {
		v, ok, err := Next(e.th, it)
		if err != nil {
			t.Fatal(err)
		}
		if !ok {
			break
		}
		lines = append(lines, e.repr(v))
	}
	if got := strings.Join(lines, " "); got != `'héllo\n' 'world\n' 'x\n' 'y\n' 'z'` {
		t.Errorf("iteration: %s", got)
	}
	if got := e.repr(e.call(f, "tell")); got != "19" {
		t.Errorf("tell at end: %s (bytes)", got)
	}
	e.must(f.Type().Exit(e.th, f, None, None, None))
	if got := e.repr(e.must(GetAttr(e.th, f, "closed"))); got != "True" {
		t.Errorf("closed after with: %s", got)
	}
}

func TestFileNewlineModes(t *testing.T) {
	e := newFileEnv(t)
	if err := os.WriteFile(e.path("n.txt"), []byte("a\r\nb\rc\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		newline Value
		want    string
	}{
		{None, `['a\n', 'b\n', 'c\n']`},
		{NewStr(""), `['a\r\n', 'b\r', 'c\n']`},
		{NewStr("\n"), `['a\r\n', 'b\rc\n']`},
		{NewStr("\r"), `['a\r', '\nb\r', 'c\n']`},
		{NewStr("\r\n"), `['a\r\n', 'b\rc\n']`},
	} {
		f := e.mustOpen("n.txt", "r", Kwarg{"newline", c.newline})
		if got := e.repr(e.call(f, "readlines")); got != c.want {
			t.Errorf("newline=%s: got %s want %s", e.repr(c.newline), got, c.want)
		}
	}
	f := e.mustOpen("w.txt", "w", Kwarg{"newline", NewStr("\r\n")})
	e.call(f, "write", NewStr("1\n2\n"))
	e.call(f, "close")
	if b, _ := os.ReadFile(e.path("w.txt")); string(b) != "1\r\n2\r\n" {
		t.Errorf("newline='\\r\\n' write: %q", b)
	}
}

func TestFileBinaryAndModes(t *testing.T) {
	e := newFileEnv(t)
	f := e.mustOpen("b.bin", "wb")
	if got := e.repr(f); got != "<_io.BufferedWriter name='"+e.path("b.bin")+"'>" {
		t.Errorf("repr: %s", got)
	}
	e.call(f, "write", NewBytes([]byte("ab\ncd\r\nef")))
	e.call(f, "close")
	f = e.mustOpen("b.bin", "rb")
	if got := e.repr(e.must(GetAttr(e.th, f, "mode"))); got != "'rb'" {
		t.Errorf("mode: %s", got)
	}
	if got := e.repr(e.call(f, "read", Int(3))); got != `b'ab\n'` {
		t.Errorf("read(3): %s", got)
	}
	if got := e.repr(e.call(f, "readline")); got != `b'cd\r\n'` {
		t.Errorf("readline: %s", got)
	}
	if got := e.repr(e.call(f, "read")); got != `b'ef'` {
		t.Errorf("read: %s", got)
	}
	e.call(f, "seek", Int(-2), Int(2))
	if got := e.repr(e.call(f, "read")); got != `b'ef'` {
		t.Errorf("seek from end: %s", got)
	}
	e.call(f, "close")

	f = e.mustOpen("b.bin", "a")
	e.call(f, "write", NewStr("+"))
	e.call(f, "close")
	f = e.mustOpen("b.bin", "r+")
	if got := e.repr(f); got != "<_io.TextIOWrapper name='"+e.path("b.bin")+"' mode='r+' encoding='UTF-8'>" {
		t.Errorf("repr: %s", got)
	}
	e.call(f, "write", NewStr("AB"))
	if got := e.repr(e.call(f, "read")); got != `'\ncd\nef+'` {
		t.Errorf("read after write in r+: %s", got)
	}
	e.call(f, "close")
	if b, _ := os.ReadFile(e.path("b.bin")); string(b) != "AB\ncd\r\nef+" {
		t.Errorf("r+ result: %q", b)
	}

	f = e.mustOpen("l.txt", "w", Kwarg{"encoding", NewStr("latin-1")})
	e.call(f, "write", NewStr("é"))
	e.call(f, "close")
	if b, _ := os.ReadFile(e.path("l.txt")); string(b) != "\xe9" {
		t.Errorf("latin-1: %q", b)
	}
	f = e.mustOpen("l.txt", "r")
	if _, err := e.method(f, "read"); errText(err) != "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe9 in position 0: unexpected end of data" {
		t.Errorf("decode error: %s", errText(err))
	}
}

func TestFileErrors(t *testing.T) {
	e := newFileEnv(t)
	if err := os.WriteFile(e.path("t.txt"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	missing := e.path("nope.txt")
	cases := []struct {
		run  func() error
		want string
	}{
		{func() error { _, err := e.open("nope.txt", "r"); return err }, "FileNotFoundError: [Errno 2] No such file or directory: '" + missing + "'"},
		{func() error { _, err := Call(e.th, OpenBuiltin, []Value{NewStr(e.dir)}, nil); return err }, "IsADirectoryError: [Errno 21] Is a directory: '" + e.dir + "'"},
		{func() error { _, err := e.open("t.txt", "z"); return err }, "ValueError: invalid mode: 'z'"},
		{func() error { _, err := e.open("t.txt", "rr"); return err }, "ValueError: invalid mode: 'rr'"},
		{func() error { _, err := e.open("t.txt", "rw"); return err }, "ValueError: must have exactly one of create/read/write/append mode"},
		{func() error { _, err := e.open("t.txt", "rbt"); return err }, "ValueError: can't have text and binary mode at once"},
		{func() error { _, err := e.open("t.txt", "b"); return err }, "ValueError: Must have exactly one of create/read/write/append mode and at most one plus"},
		{func() error { _, err := e.open("t.txt", "rb", Kwarg{"encoding", NewStr("utf-8")}); return err }, "ValueError: binary mode doesn't take an encoding argument"},
		{func() error { _, err := e.open("t.txt", "r", Kwarg{"encoding", NewStr("x")}); return err }, "LookupError: unknown encoding: x"},
		{func() error { _, err := e.open("t.txt", "r", Kwarg{"newline", NewStr("x")}); return err }, "ValueError: illegal newline value: x"},
		{func() error { _, err := e.open("t.txt", "x"); return err }, "FileExistsError: [Errno 17] File exists: '" + e.path("t.txt") + "'"},
		{func() error { _, err := Call(e.th, OpenBuiltin, []Value{Float(5.5)}, nil); return err }, "TypeError: expected str, bytes or os.PathLike object, not float"},
		{func() error { _, err := e.method(e.mustOpen("t.txt", "r"), "write", NewStr("x")); return err }, "UnsupportedOperation: not writable"},
		{func() error { _, err := e.method(e.mustOpen("w.txt", "w"), "read"); return err }, "UnsupportedOperation: not readable"},
		{func() error { _, err := e.method(e.mustOpen("w.txt", "wb"), "write", NewStr("x")); return err }, "TypeError: a bytes-like object is required, not 'str'"},
		{func() error { _, err := e.method(e.mustOpen("w.txt", "w"), "write", NewBytes(nil)); return err }, "TypeError: write() argument must be str, not bytes"},
		{func() error {
			f := e.mustOpen("t.txt", "r")
			e.call(f, "close")
			_, err := e.method(f, "read")
			return err
		}, "ValueError: I/O operation on closed file."},
		{func() error {
			f := e.mustOpen("t.txt", "r")
			e.call(f, "close")
			_, err := Iter(e.th, f)
			return err
		}, "ValueError: I/O operation on closed file."},
		{func() error { _, err := e.method(e.mustOpen("t.txt", "r"), "seek", Int(1), Int(1)); return err }, "UnsupportedOperation: can't do nonzero cur-relative seeks"},
	}
	for i, c := range cases {
		if got := exceptionLine(e.th, c.run()); got != c.want {
			t.Errorf("case %d: got %q\nwant %q", i, got, c.want)
		}
	}
	_, err := e.open("nope.txt", "r")
	exc := AsException(err)
	for attr, want := range map[string]string{"errno": "2", "strerror": "'No such file or directory'", "filename": "'" + missing + "'", "args": "(2, 'No such file or directory')"} {
		if got := e.repr(e.must(GetAttr(e.th, Obj(exc), attr))); got != want {
			t.Errorf("FileNotFoundError.%s = %s, want %s", attr, got, want)
		}
	}
	if !exc.Matches(OSErrorType) {
		t.Error("FileNotFoundError is not an OSError")
	}
	u := NewException(UnsupportedOperationType)
	if !u.Matches(ValueErrorType) || !u.Matches(OSErrorType) {
		t.Error("io.UnsupportedOperation must be both an OSError and a ValueError")
	}
}

func TestOSErrorConstructor(t *testing.T) {
	e := newTestEnv(t)
	for _, c := range []struct {
		args []Value
		want string // repr(e), str(e), type
	}{
		{[]Value{Int(2), NewStr("x")}, "FileNotFoundError(2, 'x') | [Errno 2] x"},
		{[]Value{Int(2), NewStr("x"), NewStr("f")}, "FileNotFoundError(2, 'x') | [Errno 2] x: 'f'"},
		{[]Value{NewStr("a")}, "OSError('a') | a"},
		{[]Value{Int(13), NewStr("Permission denied"), NewStr("f2")}, "PermissionError(13, 'Permission denied') | [Errno 13] Permission denied: 'f2'"},
		{[]Value{Int(1), Int(2), Int(3), Int(4), Int(5)}, "PermissionError(1, 2) | [Errno 1] 2: 3 -> 5"},
	} {
		v := e.must(Call(e.th, Obj(OSErrorType), c.args, nil))
		s, _ := StrOf(e.th, v)
		if got := e.repr(v) + " | " + s; got != c.want {
			t.Errorf("got %s want %s", got, c.want)
		}
	}
	v := e.must(Call(e.th, Obj(FileNotFoundErrorType), []Value{NewStr("a")}, nil))
	if got := e.must(GetAttr(e.th, v, "errno")); !got.IsNone() {
		t.Errorf("errno of FileNotFoundError('a'): %s", e.repr(got))
	}
}

func TestFlushOpenFiles(t *testing.T) {
	e := newFileEnv(t)
	f := e.mustOpen("u.txt", "w")
	e.call(f, "write", NewStr("unclosed"))
	if b, _ := os.ReadFile(e.path("u.txt")); len(b) != 0 {
		t.Fatalf("write was not buffered: %q", b)
	}
	FlushOpenFiles(e.in)
	if b, _ := os.ReadFile(e.path("u.txt")); string(b) != "unclosed" {
		t.Errorf("after FlushOpenFiles: %q", b)
	}
}
