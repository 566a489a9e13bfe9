package main

import (
	"reflect"
	"testing"
)

func TestParseArgs(t *testing.T) {
	tests := []struct {
		args    []string
		mode    runMode
		program string
		argv    []string
		inter   bool
	}{
		{nil, modeREPL, "", []string{""}, false},
		{[]string{"x.py"}, modeFile, "x.py", []string{"x.py"}, false},
		{[]string{"x.py", "-c", "--help"}, modeFile, "x.py", []string{"x.py", "-c", "--help"}, false},
		{[]string{"-c", "print(1)", "a", "-i"}, modeCommand, "print(1)", []string{"-c", "a", "-i"}, false},
		{[]string{"-cprint(1)"}, modeCommand, "print(1)", []string{"-c"}, false},
		{[]string{"-i", "-q", "-c", "pass"}, modeCommand, "pass", []string{"-c"}, true},
		{[]string{"-iq", "x.py"}, modeFile, "x.py", []string{"x.py"}, true},
		{[]string{"-m", "dis", "f.py"}, modeModule, "dis", []string{"dis", "f.py"}, false},
		{[]string{"-", "a", "b"}, modeStdin, "", []string{"-", "a", "b"}, false},
		{[]string{"--", "-x.py", "a"}, modeFile, "-x.py", []string{"-x.py", "a"}, false},
		{[]string{"--version"}, modeVersion, "", []string{""}, false},
		{[]string{"-V"}, modeVersion, "", []string{""}, false},
		{[]string{"-h"}, modeHelp, "", []string{""}, false},
		{[]string{"--help"}, modeHelp, "", []string{""}, false},
	}
	for _, tt := range tests {
		o, err := parseArgs(tt.args)
		if err != nil {
			t.Errorf("parseArgs(%q): %v", tt.args, err)
			continue
		}
		if o.mode != tt.mode || o.program != tt.program || o.interactive != tt.inter {
			t.Errorf("parseArgs(%q) = mode %d program %q interactive %v, want %d %q %v",
				tt.args, o.mode, o.program, o.interactive, tt.mode, tt.program, tt.inter)
		}
		if got := o.argv(); !reflect.DeepEqual(got, tt.argv) {
			t.Errorf("parseArgs(%q).argv() = %q, want %q", tt.args, got, tt.argv)
		}
	}
}

func TestParseArgsErrors(t *testing.T) {
	// The messages are python3's.
	tests := []struct {
		args []string
		msg  string
	}{
		{[]string{"-Z"}, "Unknown option: -Z"},
		{[]string{"-iZ"}, "Unknown option: -Z"},
		{[]string{"--foo"}, "unknown option --foo"},
		{[]string{"-c"}, "Argument expected for the -c option"},
		{[]string{"-m"}, "Argument expected for the -m option"},
	}
	for _, tt := range tests {
		_, err := parseArgs(tt.args)
		if err == nil || err.Error() != tt.msg {
			t.Errorf("parseArgs(%q) error = %v, want %q", tt.args, err, tt.msg)
		}
	}
}
