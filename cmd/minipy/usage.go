package main

// version is minipy's version line (--version).
const version = "minipy 0.1 (Python 3.11 subset)"

// usageLine is printed after a command-line error and at the top of --help.
const usageLine = "usage: minipy [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"

// usageHint follows a command-line error, as python3's does.
const usageHint = "Try `minipy -h' for more information.\n"

// helpText lists only what works today; later options are added here as
// they are built.
const helpText = usageLine + `Options:
-c cmd : program passed in as string (terminates option list)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script; forces the REPL
         even if stdin does not appear to be a terminal
-m mod : run library module as a script (terminates option list);
         minipy has: dis (disassemble a file: minipy -m dis FILE)
-q     : don't print the version banner on interactive startup
-V     : print the version number and exit (also --version)
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]

With no program, minipy starts the REPL when stdin is a terminal
(history in ~/.minipy_history), and otherwise runs stdin as a script.

Environment variables:
MINIPY_DEBUG : if set to 1, an internal error prints the Go stack trace
`

// banner opens an interactive session (on stderr, like python3's).
const banner = "Python 3.11 subset \u2014 " + "minipy 0.1\n" +
	"Type exit() or Ctrl-D to leave.\n"
