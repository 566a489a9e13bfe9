package vm

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"minipy/runtime"
)

// sourceModuleNames returns the names of runtime.SourceModules, sorted.
func sourceModuleNames() []string {
	names := make([]string, 0, len(runtime.SourceModules))
	for name := range runtime.SourceModules {
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}

// codeAddress matches the address in a code object's repr.
var codeAddress = regexp.MustCompile(`at 0x[0-9a-f]+`)

// disassembly is Disassemble's output for code, without the addresses of
// code objects (a decoded one is a different object).
func disassembly(code *Code) string {
	var b bytes.Buffer
	Disassemble(&b, code)
	return codeAddress.ReplaceAllString(b.String(), "at 0x?")
}

// TestCodeCacheRoundTrip encodes and decodes every standard module written
// in Python: the decoded code must disassemble exactly like the original.
func TestCodeCacheRoundTrip(t *testing.T) {
	needParser(t)
	for _, name := range sourceModuleNames() {
		code, err := CompileSource(name+".py", []byte(runtime.SourceModules[name]), ModeFile)
		if err != nil {
			t.Fatalf("%s: compile: %v", name, err)
		}
		data, err := EncodeCode(code)
		if err != nil {
			t.Fatalf("%s: encode: %v", name, err)
		}
		back, err := DecodeCode(data)
		if err != nil {
			t.Fatalf("%s: decode: %v", name, err)
		}
		if want, got := disassembly(code), disassembly(back); want != got {
			t.Errorf("%s: disassembly differs after the round trip", name)
		}
		if code.StackSize != back.StackSize || len(code.Handlers) != len(back.Handlers) {
			t.Errorf("%s: stack size or exception table differs", name)
		}
	}
}

// TestCodeCacheConstants round-trips every kind of constant.
func TestCodeCacheConstants(t *testing.T) {
	src := "a = (None, True, False, ..., 7, -3, 2**100, 123456789012345678901234567890, " +
		"-123456789012345678901234567890, 1.5, -0.0, 'é', b'\\x00\\xff', (1, ('x',)), (), {-1, 7, -2})\n" +
		"def f(x, *a, y=2, **k):\n    'doc'\n    def g():\n        return x\n    return g\n"
	code := mustCompile(t, src)
	data, err := EncodeCode(code)
	if err != nil {
		t.Fatal(err)
	}
	back, err := DecodeCode(data)
	if err != nil {
		t.Fatal(err)
	}
	if want, got := disassembly(code), disassembly(back); want != got {
		t.Fatalf("disassembly differs:\n%s\n---\n%s", want, got)
	}
	var out bytes.Buffer
	in := runtime.NewInterpreterIO(strings.NewReader(""), &out, &out)
	m := runtime.NewModule("__main__")
	if err := Exec(in.NewThread("MainThread"), back, m); err != nil {
		t.Fatal(err)
	}
	v, _ := m.Dict.GetStr("a")
	th := in.NewThread("check")
	got, err := runtime.Repr(th, v)
	if err != nil {
		t.Fatal(err)
	}
	want := "(None, True, False, Ellipsis, 7, -3, 1267650600228229401496703205376, 123456789012345678901234567890, " +
		"-123456789012345678901234567890, 1.5, -0.0, 'é', b'\\x00\\xff', (1, ('x',)), (), {7, -2, -1})"
	if got != want {
		t.Errorf("decoded constants:\n got %s\nwant %s", got, want)
	}
}

// TestCodeCacheImports imports every standard module twice, each time in
// a fresh interpreter: the first run fills the cache, the second must load
// every module from it and behave the same.
func TestCodeCacheImports(t *testing.T) {
	needParser(t)
	t.Setenv(cacheDirEnv, t.TempDir())
	t.Setenv(noCacheEnv, "")
	var prog strings.Builder
	for _, name := range sourceModuleNames() {
		if strings.HasPrefix(name, "_") {
			continue // private helpers, imported by the others
		}
		prog.WriteString("import " + name + "\n")
	}
	prog.WriteString("print('ok')\n")
	run := func() (hits, misses int64) {
		h0, m0 := CodeCacheStats.Hits.Load(), CodeCacheStats.Misses.Load()
		out, errs, status := runProgram(t, prog.String())
		if status != 0 || out != "ok\n" {
			t.Fatalf("status %d, stdout %q, stderr:\n%s", status, out, errs)
		}
		return CodeCacheStats.Hits.Load() - h0, CodeCacheStats.Misses.Load() - m0
	}
	hits, misses := run()
	if misses == 0 {
		t.Fatalf("first run: no module compiled (hits %d)", hits)
	}
	hits2, misses2 := run()
	if misses2 != 0 || hits2 != hits+misses {
		t.Errorf("second run: %d hits, %d misses; want %d hits, 0 misses", hits2, misses2, hits+misses)
	}
}

// TestCodeCacheCorrupt damages cache files every way that matters: each
// must be ignored (the module compiled again), never trusted.
func TestCodeCacheCorrupt(t *testing.T) {
	needParser(t)
	dir := t.TempDir()
	t.Setenv(cacheDirEnv, dir)
	t.Setenv(noCacheEnv, "")
	src := []byte(runtime.SourceModules["bisect"])
	if _, err := compileCached("bisect.py", src); err != nil {
		t.Fatal(err)
	}
	path := cachePath("bisect.py", src)
	good, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("cache file not written: %v", err)
	}
	flipped := bytes.Clone(good)
	flipped[len(flipped)/2] ^= 0x40
	damages := map[string][]byte{
		"empty":     {},
		"header":    good[:codeCacheHeaderLen],
		"truncated": good[:len(good)-1],
		"flipped":   flipped,
		"garbage":   bytes.Repeat([]byte{0xff}, 100),
	}
	for what, data := range damages {
		if _, err := DecodeCode(data); err == nil {
			t.Errorf("%s: decoded without error", what)
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		misses := CodeCacheStats.Misses.Load()
		code, err := compileCached("bisect.py", src)
		if err != nil || code == nil {
			t.Fatalf("%s: compile: %v", what, err)
		}
		if CodeCacheStats.Misses.Load() != misses+1 {
			t.Errorf("%s: damaged file was used", what)
		}
	}
	// A payload damaged behind a valid header and checksum must still be
	// an error, not a panic.
	for cut := 0; cut < len(good)-codeCacheHeaderLen; cut += 7 {
		payload := good[codeCacheHeaderLen : codeCacheHeaderLen+cut]
		data := sealCacheFile(append(make([]byte, codeCacheHeaderLen), payload...))
		if _, err := DecodeCode(data); err == nil {
			t.Fatalf("payload cut at %d decoded without error", cut)
		}
	}
}

// TestCodeCacheDisabled checks MINIPY_NOCACHE=1 and an unwritable cache
// directory: both compile without touching the disk.
func TestCodeCacheDisabled(t *testing.T) {
	needParser(t)
	dir := t.TempDir()
	t.Setenv(cacheDirEnv, dir)
	t.Setenv(noCacheEnv, "1")
	if p := cachePath("x.py", nil); p != "" {
		t.Errorf("MINIPY_NOCACHE=1: cache path %q", p)
	}
	t.Setenv(noCacheEnv, "")
	file := filepath.Join(dir, "file")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv(cacheDirEnv, filepath.Join(file, "sub")) // a path below a file: never creatable
	if _, err := compileCached("bisect.py", []byte(runtime.SourceModules["bisect"])); err != nil {
		t.Fatal(err)
	}
}

// TestCodeCachePrune keeps the keepBuildDirs newest build directories.
func TestCodeCachePrune(t *testing.T) {
	base := t.TempDir()
	now := time.Now()
	n := keepBuildDirs + 3
	for i := 0; i < n; i++ {
		dir := filepath.Join(base, fmt.Sprintf("build%02d", i))
		if err := os.Mkdir(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		mod := now.Add(time.Duration(i-n) * time.Hour) // build00 is the oldest
		if err := os.Chtimes(dir, mod, mod); err != nil {
			t.Fatal(err)
		}
	}
	pruneBuildDirs(base)
	entries, err := os.ReadDir(base)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != keepBuildDirs || entries[0].Name() != fmt.Sprintf("build%02d", n-keepBuildDirs) {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("after pruning: %v", names)
	}
}
