package main

// version is minipy's version line (--version).
const version = "minipy 0.1 (Python 3.11 subset)"

// usageLine is printed after a command-line error and at the top of --help.
const usageLine = "usage: minipy [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"

// usageHint follows a command-line error, as python3's does.
const usageHint = "Try `minipy -h' for more information.\n"

// helpText lists only what works today; later options are added here as
// they are built.
const helpText = usageLine + `       minipy [option] ... compare file [arg] ...
Options:
-c cmd : program passed in as string (terminates option list)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script; forces the REPL
         even if stdin does not appear to be a terminal
-m mod : run library module as a script (terminates option list);
         minipy has: dis (disassemble a file: minipy -m dis FILE)
-q     : don't print the version banner on interactive startup
-V     : print the version number and exit (also --version)
-X gil=1|0 : CPython's spelling of --gil=true|false (other -X options
         are accepted and ignored)
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]

Threads and the GIL:
--gil, --gil=true|false : run with a global interpreter lock, CPython
         3.11's (default: off: threads run bytecode in parallel)
--switch-interval D : how long a thread waiting for the GIL waits before
         it asks the holder to drop it (sys.getswitchinterval), as a
         duration (5ms, 200us) or seconds (0.005); default 5ms
--cpus N : the number of cores the interpreter may use at once: on
         Linux the process and its children are confined to N cores, as
         taskset does; GOMAXPROCS is N, plus one spare with --gil for the
         threads waking from the kernel (more than the machine has means
         all of them); --cpus 1 shows that threads need a second core
         to run in parallel, GIL or not
--stats : at exit, print to stderr a row per thread: time running
         bytecode, waiting for the GIL and blocked (their sum is the
         thread's lifetime), CPU time, forced and voluntary switches;
         then wall time, process CPU time and parallelism (CPU / wall)
--trace FILE : at exit, write a Chrome trace-event JSON file (open it in
         ui.perfetto.dev): a track per thread with its running, waiting
         for the GIL and blocked spans
--timeline : at exit, draw a per-thread timeline on stderr (a row per
         thread, a character per slice of time)
compare file : run file twice, with the GIL off and on (one after the
         other, as child processes), and print both outputs side by side
         with wall time, CPU time and parallelism; --switch-interval,
         --cpus and --stats are passed on (a script named compare runs
         as ./compare)

With no program, minipy starts the REPL when stdin is a terminal
(history in ~/.minipy_history), and otherwise runs stdin as a script.

Environment variables:
MINIPY_GIL   : 1 turns the GIL on, 0 off, unless the command line says
               (multiprocessing's children get their parent's setting)
MINIPY_DEBUG : if set to 1, an internal error prints the Go stack trace
`

// banner opens an interactive session (on stderr, like python3's).
const banner = "Python 3.11 subset \u2014 " + "minipy 0.1\n" +
	"Type exit() or Ctrl-D to leave.\n"
