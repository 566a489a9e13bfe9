package main

import (
	"bufio"
	"errors"
	"io"
	"strings"

	"github.com/chzyer/readline"
)

// lineReader is what the REPL needs from a line editor. Keeping readline
// behind it makes the REPL loop testable with a scripted reader and makes a
// later switch of line-editing library a change to this one file.
type lineReader interface {
	// Readline shows the prompt and returns one line without its newline.
	// It returns errInterrupted on Ctrl-C and io.EOF on Ctrl-D at an empty
	// line (or at the end of a non-terminal input). A returned line may hold
	// several lines separated by "\n" (a recalled multi-line history entry).
	Readline() (string, error)
	// SetPrompt sets the prompt shown by the next Readline.
	SetPrompt(prompt string)
	// AddHistory records a completed input block (no-op without history).
	AddHistory(block string)
	// Close releases the terminal.
	Close() error
}

// errInterrupted is returned by Readline when the user pressed Ctrl-C.
var errInterrupted = errors.New("interrupted")

// plainReader reads lines from a non-terminal input. Key handling (tabs,
// escape sequences) is deliberately absent: a pipe's bytes are the program.
// Prompts go to the prompt writer (stderr, as python3 -i does on a pipe).
type plainReader struct {
	r      *bufio.Reader
	prompt string
	out    io.Writer
}

func newPlainReader(r io.Reader, promptOut io.Writer) *plainReader {
	return &plainReader{r: bufio.NewReader(r), out: promptOut}
}

// Readline implements lineReader.
func (p *plainReader) Readline() (string, error) {
	if p.out != nil && p.prompt != "" {
		io.WriteString(p.out, p.prompt)
	}
	line, err := p.r.ReadString('\n')
	if err != nil && (err != io.EOF || line == "") {
		if err == io.EOF && p.out != nil && p.prompt != "" {
			// End the prompt's line, as python3 -i does at EOF.
			io.WriteString(p.out, "\n")
		}
		return "", err
	}
	line = strings.TrimSuffix(line, "\n")
	return strings.TrimSuffix(line, "\r"), nil
}

// SetPrompt implements lineReader.
func (p *plainReader) SetPrompt(prompt string) { p.prompt = prompt }

// AddHistory implements lineReader; a pipe has no history.
func (p *plainReader) AddHistory(string) {}

// Close implements lineReader.
func (p *plainReader) Close() error { return nil }

// readlineReader is the interactive line editor on a terminal.
type readlineReader struct {
	rl      *readline.Instance
	history *historyFile // nil when history is off
}

// newReadlineReader wraps a readline configured by cfg (the caller sets the
// terminal functions; tests replace them to run over a pipe). History
// entries from history are replayed into readline's in-memory list:
// readline's own HistoryFile is not used because it trims indentation.
func newReadlineReader(cfg *readline.Config, history *historyFile) (*readlineReader, error) {
	cfg.DisableAutoSaveHistory = true
	cfg.HistoryFile = ""
	if cfg.AutoComplete == nil {
		cfg.AutoComplete = indentCompleter{}
	}
	rl, err := readline.NewEx(cfg)
	if err != nil {
		return nil, err
	}
	r := &readlineReader{rl: rl, history: history}
	if history != nil {
		for _, block := range history.Entries() {
			rl.SaveHistory(block)
		}
	}
	return r, nil
}

// Readline implements lineReader.
func (r *readlineReader) Readline() (string, error) {
	line, err := r.rl.Readline()
	if errors.Is(err, readline.ErrInterrupt) {
		return "", errInterrupted
	}
	return line, err
}

// SetPrompt implements lineReader.
func (r *readlineReader) SetPrompt(prompt string) { r.rl.SetPrompt(prompt) }

// AddHistory implements lineReader: the block goes to readline's list (so
// up-arrow recalls the whole block) and to the history file.
func (r *readlineReader) AddHistory(block string) {
	r.rl.SaveHistory(block)
	if r.history != nil {
		r.history.Add(block)
	}
}

// Close implements lineReader.
func (r *readlineReader) Close() error { return r.rl.Close() }

// indentCompleter makes Tab insert indentation when only whitespace precedes
// the cursor, as CPython's rlcompleter does; elsewhere Tab does nothing.
type indentCompleter struct{}

// indentUnit is what Tab inserts: four spaces, the indentation PEP 8 and
// most pasted code use (a literal tab mixed with spaces is a TabError).
const indentUnit = "    "

// Do implements readline.AutoCompleter.
func (indentCompleter) Do(line []rune, pos int) ([][]rune, int) {
	for _, r := range line[:pos] {
		if r != ' ' && r != '\t' {
			return nil, 0
		}
	}
	return [][]rune{[]rune(indentUnit)}, 0
}
