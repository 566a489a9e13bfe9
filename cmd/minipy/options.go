package main

import (
	"fmt"
	"strings"
)

// runMode is what the command line asks minipy to do.
type runMode int

const (
	modeREPL    runMode = iota // no program: REPL on a terminal, else stdin as a script
	modeFile                   // minipy FILE [ARGS]
	modeCommand                // minipy -c CODE [ARGS]
	modeModule                 // minipy -m MODULE [ARGS]
	modeStdin                  // minipy - [ARGS]
	modeHelp                   // -h, --help
	modeVersion                // -V, --version
	modeCompare                // minipy compare FILE [ARGS]: GIL off and on side by side
)

// compareCommand is the word that selects the compare view in place of a
// script name (a script called "compare" runs as ./compare).
const compareCommand = "compare"

// options is the parsed command line.
type options struct {
	mode        runMode
	program     string   // the file, the -c code or the -m module name
	args        []string // the program's arguments: sys.argv[1:]
	interactive bool     // -i: enter the REPL after the program (or even on a pipe)
	quiet       bool     // -q: no banner
	threads     threadOptions
}

// usageError is a bad command line; main prints it with the usage lines
// and exits with status 2, as python3 does.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

// parseArgs parses the command line (without the program name) the way
// python3 does: options come first; the first non-option (the script, or
// the argument of -c / -m, or "-") ends them, and everything after it
// belongs to the program's sys.argv.
func parseArgs(args []string) (*options, error) {
	o := &options{mode: modeREPL}
	for i := 0; i < len(args); i++ {
		arg := args[i]
		switch {
		case arg == "-":
			o.mode, o.args = modeStdin, args[i+1:]
			return o, nil
		case arg == "--":
			if i+1 < len(args) {
				o.mode, o.program, o.args = modeFile, args[i+1], args[i+2:]
			}
			return o, nil
		case arg == compareCommand:
			if i+1 >= len(args) {
				return nil, &usageError{"compare: a script is required (minipy compare FILE [ARGS...])"}
			}
			o.mode, o.program, o.args = modeCompare, args[i+1], args[i+2:]
			return o, nil
		case !strings.HasPrefix(arg, "-"):
			o.mode, o.program, o.args = modeFile, arg, args[i+1:]
			return o, nil
		case strings.HasPrefix(arg, "--"):
			if err := o.longOption(arg, args, &i); err != nil {
				return nil, err
			}
		default:
			// A cluster of one-letter options, python style: "-iq",
			// "-cprint(1)" (the rest of the word is -c's argument).
			done, err := o.shortOptions(arg[1:], args, &i)
			if err != nil || done {
				return o, err
			}
		}
	}
	return o, nil
}

// longOption handles one "--name" or "--name=value" option; an option that
// takes a value and has no "=" takes the next argument.
func (o *options) longOption(arg string, args []string, i *int) error {
	name, value, hasValue := strings.Cut(arg, "=")
	needValue := func() error {
		if hasValue {
			return nil
		}
		if *i+1 >= len(args) {
			return &usageError{"Argument expected for the " + name + " option"}
		}
		*i++
		value = args[*i]
		return nil
	}
	noValue := func() error {
		if hasValue {
			return &usageError{"unknown option " + arg} // python3's words for --version=1
		}
		return nil
	}
	switch name {
	case "--help":
		o.mode = modeHelp
		return noValue()
	case "--version":
		o.mode = modeVersion
		return noValue()
	case "--gil":
		if !hasValue {
			value = "true"
		}
		return o.threads.setGIL(value, "--gil")
	case "--switch-interval":
		if err := needValue(); err != nil {
			return err
		}
		return o.threads.setInterval(value)
	case "--cpus":
		if err := needValue(); err != nil {
			return err
		}
		return o.threads.setCPUs(value)
	case "--stats":
		o.threads.stats = true
		return noValue()
	case "--timeline":
		o.threads.timeline = true
		return noValue()
	case "--trace":
		if err := needValue(); err != nil {
			return err
		}
		if value == "" {
			return &usageError{"--trace: a file name is required"}
		}
		o.threads.trace = value
		return nil
	}
	return &usageError{"unknown option " + arg}
}

// shortOptions handles the letters of one "-xyz" word. done reports that
// -c or -m consumed the rest of the command line.
func (o *options) shortOptions(letters string, args []string, i *int) (done bool, err error) {
	for j, c := range letters {
		switch c {
		case 'c', 'm', 'X':
			value := letters[j+1:]
			if value == "" {
				if *i+1 >= len(args) {
					return true, &usageError{fmt.Sprintf("Argument expected for the -%c option", c)}
				}
				*i++
				value = args[*i]
			}
			if c == 'X' {
				// -X takes its value and the options go on.
				return false, o.threads.xOption(value)
			}
			o.mode, o.program, o.args = modeCommand, value, args[*i+1:]
			if c == 'm' {
				o.mode = modeModule
			}
			return true, nil
		case 'h', '?':
			o.mode = modeHelp
		case 'V':
			o.mode = modeVersion
		case 'i':
			o.interactive = true
		case 'q':
			o.quiet = true
		default:
			return true, &usageError{fmt.Sprintf("Unknown option: -%c", c)}
		}
	}
	return false, nil
}

// argv is sys.argv for the parsed command line, as python3 builds it.
func (o *options) argv() []string {
	var first string
	switch o.mode {
	case modeFile:
		first = o.program
	case modeCommand:
		first = "-c"
	case modeModule:
		first = o.program
	case modeStdin:
		first = "-"
	default:
		first = ""
	}
	return append([]string{first}, o.args...)
}
