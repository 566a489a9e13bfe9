package main

import (
	"errors"
	"io"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/chzyer/readline"
)

// syncBuffer is a goroutine-safe sink for readline's terminal output.
type syncBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

// pipeReadline is a real readline instance reading keys from a pipe, with
// the terminal calls stubbed out (see NOTES-dependencies.md).
func pipeReadline(t *testing.T, history *historyFile) (*readlineReader, io.Writer) {
	t.Helper()
	pr, pw := io.Pipe()
	rr, err := newReadlineReader(&readline.Config{
		Stdin:          pr,
		Stdout:         &syncBuffer{},
		Stderr:         &syncBuffer{},
		FuncIsTerminal: func() bool { return true },
		FuncMakeRaw:    func() error { return nil },
		FuncExitRaw:    func() error { return nil },
		FuncGetWidth:   func() int { return 80 },
	}, history)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { rr.Close(); pw.Close() })
	return rr, pw
}

// typeKeys writes keys in the background: the pipe blocks until readline
// reads them.
func typeKeys(w io.Writer, keys string) {
	go w.Write([]byte(keys))
}

func TestReadlineOverPipe(t *testing.T) {
	rr, keys := pipeReadline(t, nil)
	rr.SetPrompt(ps1)

	typeKeys(keys, "x = 1\r")
	if line, err := rr.Readline(); err != nil || line != "x = 1" {
		t.Fatalf("Readline = %q, %v", line, err)
	}
	// Tab after only whitespace indents; Tab after code does nothing.
	typeKeys(keys, "\tpass\t\r")
	if line, err := rr.Readline(); err != nil || line != indentUnit+"pass" {
		t.Fatalf("Tab: Readline = %q, %v", line, err)
	}
	typeKeys(keys, "abc\x03")
	if _, err := rr.Readline(); !errors.Is(err, errInterrupted) {
		t.Fatalf("Ctrl-C: err = %v, want errInterrupted", err)
	}
	typeKeys(keys, "\x04")
	if _, err := rr.Readline(); err != io.EOF {
		t.Fatalf("Ctrl-D: err = %v, want io.EOF", err)
	}
}

func TestReadlineRecallsMultiLineBlock(t *testing.T) {
	path := filepath.Join(t.TempDir(), "hist")
	block := "for i in range(3):\n    print(i)"
	loadHistory(path).Add(block)

	rr, keys := pipeReadline(t, loadHistory(path))
	typeKeys(keys, "\x1b[A\r") // up arrow, Enter
	line, err := rr.Readline()
	if err != nil || line != block {
		t.Fatalf("recalled %q, %v; want %q", line, err, block)
	}
	rr.AddHistory("y = 2")
	if got := loadHistory(path).Entries(); len(got) != 2 || got[1] != "y = 2" {
		t.Fatalf("history file = %q", got)
	}
}

func TestPlainReader(t *testing.T) {
	var prompts strings.Builder
	p := newPlainReader(strings.NewReader("a\r\nb\nc"), &prompts)
	p.SetPrompt(ps1)
	var got []string
	for {
		line, err := p.Readline()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, line)
	}
	if strings.Join(got, "|") != "a|b|c" {
		t.Errorf("lines = %q", got)
	}
	if prompts.String() != ">>> >>> >>> >>> \n" {
		t.Errorf("prompts = %q", prompts.String())
	}
}

func TestIndentCompleter(t *testing.T) {
	c := indentCompleter{}
	if got, _ := c.Do([]rune("  "), 2); len(got) != 1 || string(got[0]) != indentUnit {
		t.Errorf("after whitespace: %q", got)
	}
	if got, _ := c.Do([]rune("x = pr"), 6); got != nil {
		t.Errorf("after code: %q", got)
	}
	if got, _ := c.Do([]rune("  x"), 1); len(got) != 1 {
		t.Errorf("cursor in leading whitespace: %q", got)
	}
}
