package main

import (
	"strings"

	"minipy/lang"
)

// verdict is what the REPL does with the input block typed so far.
type verdict int

const (
	needMore verdict = iota // show "... " and read another line
	runIt                   // the block is complete: compile and run it
	reportIt                // the block has a syntax error: print it
)

// replFilename is the file name of REPL input in tracebacks and errors.
const replFilename = "<stdin>"

// judgeInput applies CPython's interactive rules to the block src (the
// lines so far, each ending in "\n"):
//   - input that ended too early (an open bracket, an unterminated
//     triple-quoted string, a trailing backslash, a block header with no
//     body) continues; a blank line ends it, except inside brackets and
//     triple-quoted strings, where a blank line is just part of the input;
//   - a compound statement (if/for/while/def/class/try/with, also written
//     on one line) continues until a blank line;
//   - any other syntax error is reported at once, even inside a block;
//   - at EOF (Ctrl-D on a "... " prompt) the block is taken as it is.
//
// It returns the parsed module when the verdict is runIt, the error when
// it is reportIt.
func judgeInput(src string, lastLineBlank, atEOF bool) (verdict, *lang.Module, error) {
	mod, err := lang.Parse(replFilename, []byte(src))
	if err != nil {
		if se, ok := err.(*lang.SyntaxError); ok && se.Incomplete && !atEOF {
			if !lastLineBlank || stillOpen(se) {
				return needMore, nil, nil
			}
		}
		return reportIt, nil, interactiveCaret(err)
	}
	if !atEOF && !lastLineBlank && startsCompound(mod) {
		return needMore, nil, nil
	}
	return runIt, mod, nil
}

// stillOpen reports whether an incomplete input is inside brackets or a
// triple-quoted string, where a blank line does not end the input.
func stillOpen(se *lang.SyntaxError) bool {
	return strings.Contains(se.Msg, "was never closed") ||
		strings.HasPrefix(se.Msg, "unterminated triple-quoted string")
}

// startsCompound reports whether the block's first statement is a compound
// statement, which in the REPL only ends at a blank line.
func startsCompound(mod *lang.Module) bool {
	if len(mod.Body) == 0 {
		return false
	}
	switch mod.Body[0].(type) {
	case *lang.If, *lang.For, *lang.While, *lang.With, *lang.Try,
		*lang.FunctionDef, *lang.ClassDef:
		return true
	}
	return false
}

// interactiveCaret adjusts an error found on a blank line to the way
// CPython's interactive tokenizer reports it: unlike a file's EOF (no
// caret), a blank line typed at "... " is shown with a caret in column 1.
func interactiveCaret(err error) error {
	if se, ok := err.(*lang.SyntaxError); ok && se.Col == 0 && se.Line > 0 && strings.TrimSpace(se.Text) == "" {
		fixed := *se
		fixed.Col = 1
		return &fixed
	}
	return err
}
