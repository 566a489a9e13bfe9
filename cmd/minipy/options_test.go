package main

import (
	"reflect"
	"testing"
	"time"
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

func TestParseThreadOptions(t *testing.T) {
	tests := []struct {
		args []string
		want threadOptions
	}{
		{[]string{"--gil", "x.py"}, threadOptions{gil: true, gilSet: true}},
		{[]string{"--gil=false", "x.py"}, threadOptions{gil: false, gilSet: true}},
		{[]string{"--gil=1", "x.py"}, threadOptions{gil: true, gilSet: true}},
		{[]string{"-X", "gil=1", "x.py"}, threadOptions{gil: true, gilSet: true}},
		{[]string{"-Xgil=0", "x.py"}, threadOptions{gil: false, gilSet: true}},
		{[]string{"-X", "dev", "x.py"}, threadOptions{}},
		{[]string{"--switch-interval", "2ms", "x.py"}, threadOptions{interval: 2 * time.Millisecond}},
		{[]string{"--switch-interval=0.005", "x.py"}, threadOptions{interval: 5 * time.Millisecond}},
		{[]string{"--cpus", "1", "--stats", "--timeline", "--trace", "t.json", "x.py"},
			threadOptions{cpus: 1, stats: true, timeline: true, trace: "t.json"}},
		{[]string{"--trace=t.json", "x.py", "--gil"}, threadOptions{trace: "t.json"}}, // after the script: its argv
	}
	for _, tt := range tests {
		o, err := parseArgs(tt.args)
		if err != nil {
			t.Errorf("parseArgs(%q): %v", tt.args, err)
			continue
		}
		if o.threads != tt.want {
			t.Errorf("parseArgs(%q).threads = %+v, want %+v", tt.args, o.threads, tt.want)
		}
		if o.mode != modeFile || o.program != "x.py" {
			t.Errorf("parseArgs(%q): mode %d program %q, want the file x.py", tt.args, o.mode, o.program)
		}
	}
}

func TestParseCompare(t *testing.T) {
	o, err := parseArgs([]string{"--cpus", "1", "compare", "x.py", "a"})
	if err != nil || o.mode != modeCompare || o.program != "x.py" || !reflect.DeepEqual(o.args, []string{"a"}) || o.threads.cpus != 1 {
		t.Fatalf("parseArgs(compare) = %+v, %v", o, err)
	}
	if got := compareArgs(o, true); !reflect.DeepEqual(got, []string{"--gil=true", "--cpus", "1", "--", "x.py", "a"}) {
		t.Errorf("compareArgs = %q", got)
	}
	if o, _ := parseArgs([]string{"./compare"}); o.mode != modeFile {
		t.Errorf("./compare is a script, got mode %d", o.mode)
	}
}

func TestParseThreadOptionErrors(t *testing.T) {
	for _, args := range [][]string{
		{"--gil=maybe"}, {"-X", "gil=2"}, {"-X", "gil"}, {"-X"},
		{"--switch-interval"}, {"--switch-interval", "0"}, {"--switch-interval", "-1ms"}, {"--switch-interval", "soon"},
		{"--cpus", "0"}, {"--cpus", "two"}, {"--trace="}, {"--stats=1"}, {"compare"},
	} {
		if _, err := parseArgs(args); err == nil {
			t.Errorf("parseArgs(%q) accepted", args)
		}
	}
}

func TestGILFromEnvironment(t *testing.T) {
	env := func(v string) func(string) string {
		return func(name string) string {
			if name == gilEnv {
				return v
			}
			return ""
		}
	}
	var o threadOptions
	if err := o.applyEnv(env("1")); err != nil || !o.gil {
		t.Errorf("MINIPY_GIL=1: gil %v, err %v", o.gil, err)
	}
	o = threadOptions{gil: false, gilSet: true}
	if o.applyEnv(env("1")); o.gil {
		t.Error("--gil=false must win over MINIPY_GIL=1")
	}
	o = threadOptions{}
	if err := o.applyEnv(env("sometimes")); err == nil {
		t.Error("MINIPY_GIL=sometimes accepted")
	}
}
