package main

import (
	"bufio"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// historyFileName is the REPL history in the user's home directory.
const historyFileName = ".minipy_history"

// historyLimit is how many blocks are kept across sessions.
const historyLimit = 1000

// historyFile keeps REPL history across sessions, one entry per input block.
// Each entry is stored as one Go-quoted line, so a multi-line block comes
// back with its newlines and indentation intact (readline's own HistoryFile
// stores a line per entry and trims whitespace when reloading).
type historyFile struct {
	path    string
	entries []string
}

// defaultHistoryPath returns ~/.minipy_history, or "" without a home.
func defaultHistoryPath() string {
	home, err := os.UserHomeDir()
	if err != nil || home == "" {
		return ""
	}
	return filepath.Join(home, historyFileName)
}

// loadHistory reads the history at path (a missing file is an empty
// history). When the file has grown well past the limit it is rewritten with
// the newest entries, so appending stays cheap and the file stays bounded.
func loadHistory(path string) *historyFile {
	h := &historyFile{path: path}
	f, err := os.Open(path)
	if err != nil {
		return h
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), 16<<20)
	for sc.Scan() {
		if entry, ok := decodeHistoryLine(sc.Text()); ok {
			h.entries = append(h.entries, entry)
		}
	}
	if len(h.entries) > 2*historyLimit {
		h.entries = h.entries[len(h.entries)-historyLimit:]
		h.rewrite()
	}
	return h
}

// decodeHistoryLine turns a stored line back into an entry. Lines that are
// not quoted (written by hand or by another tool) are taken literally.
func decodeHistoryLine(line string) (string, bool) {
	if strings.TrimSpace(line) == "" {
		return "", false
	}
	if strings.HasPrefix(line, `"`) {
		if s, err := strconv.Unquote(line); err == nil {
			return s, true
		}
	}
	return line, true
}

// Entries returns the stored blocks, oldest first.
func (h *historyFile) Entries() []string { return h.entries }

// Add records a block in memory and appends it to the file. Failing to
// write history is not worth interrupting the session for, so errors are
// ignored.
func (h *historyFile) Add(block string) {
	if strings.TrimSpace(block) == "" {
		return
	}
	h.entries = append(h.entries, block)
	if h.path == "" {
		return
	}
	f, err := os.OpenFile(h.path, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o600)
	if err != nil {
		return
	}
	defer f.Close()
	f.WriteString(strconv.Quote(block) + "\n")
}

// rewrite replaces the file with the in-memory entries.
func (h *historyFile) rewrite() {
	var b strings.Builder
	for _, e := range h.entries {
		b.WriteString(strconv.Quote(e))
		b.WriteByte('\n')
	}
	tmp := h.path + ".tmp"
	if err := os.WriteFile(tmp, []byte(b.String()), 0o600); err != nil {
		return
	}
	os.Rename(tmp, h.path)
}
