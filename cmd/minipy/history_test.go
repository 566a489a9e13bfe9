package main

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestHistoryKeepsBlocksAndIndentation(t *testing.T) {
	path := filepath.Join(t.TempDir(), "hist")
	blocks := []string{"x = 1", "def f(a):\n    if a:\n\treturn 'a\\tb'\n    return \"q\"", "  "}
	h := loadHistory(path)
	for _, b := range blocks {
		h.Add(b)
	}
	got := loadHistory(path).Entries()
	want := blocks[:2] // a blank block is not history
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("reloaded history = %q, want %q", got, want)
	}
}

func TestHistoryReadsForeignLinesAndTrims(t *testing.T) {
	path := filepath.Join(t.TempDir(), "hist")
	var b strings.Builder
	b.WriteString("print(1)\n\n")
	for i := 0; i < 2*historyLimit+5; i++ {
		b.WriteString("\"x\"\n")
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	h := loadHistory(path)
	if n := len(h.Entries()); n != historyLimit {
		t.Fatalf("loaded %d entries, want the newest %d", n, historyLimit)
	}
	if n := len(loadHistory(path).Entries()); n != historyLimit {
		t.Fatalf("file rewritten with %d entries, want %d", n, historyLimit)
	}
	if got, ok := decodeHistoryLine("print(1)"); !ok || got != "print(1)" {
		t.Fatalf("unquoted line decoded as %q, %v", got, ok)
	}
}

func TestHistoryMissingFile(t *testing.T) {
	h := loadHistory(filepath.Join(t.TempDir(), "no", "such", "file"))
	if len(h.Entries()) != 0 {
		t.Fatal("missing history file should be empty")
	}
	h.Add("x") // cannot be written: must not fail
	if len(h.Entries()) != 1 {
		t.Fatal("entry should be kept in memory")
	}
}
