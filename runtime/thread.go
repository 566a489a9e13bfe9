package runtime

import (
	"bufio"
	"io"
	"os"
	"strings"
	"sync"
	"sync/atomic"
)

// Interpreter is the state shared by all threads of one minipy process: the
// imported modules, the builtins, standard streams and settings.
type Interpreter struct {
	Builtins *Dict              // the builtins module's namespace
	modules  map[string]*Module // imported modules by name
	modMu    sync.Mutex

	Stdout *Output
	Stderr *Output
	Stdin  *bufio.Reader

	Argv           []string // sys.argv
	RecursionLimit int      // sys.getrecursionlimit()

	// MainThread is the thread that runs the main program.
	MainThread *Thread

	// GIL is the global interpreter lock (gil.go): off unless GIL.Enabled
	// is set before the main thread begins.
	GIL *GIL
	// PrintException prints the traceback of an exception that ended a
	// thread to Stderr; the vm installs it (threadmod.go has a fallback).
	PrintException func(t *Thread, exc *Exception)
	// ExecSource runs src, the source of a module written in Python
	// (SourceModules), as the body of m on thread t; the vm installs it.
	ExecSource func(t *Thread, m *Module, src string) error

	threads threadRegistry  // every thread, live and finished (threadstats.go)
	procs   processRegistry // child processes and queue feeders (process.go)
}

// NewInterpreter creates an interpreter writing to the process's standard
// streams. Stdout is buffered (flush it with Flush before exit).
func NewInterpreter() *Interpreter {
	return NewInterpreterIO(os.Stdin, os.Stdout, os.Stderr)
}

// NewInterpreterIO creates an interpreter on the given streams (tests and
// the fuzzer use buffers).
func NewInterpreterIO(stdin io.Reader, stdout, stderr io.Writer) *Interpreter {
	in := &Interpreter{
		modules:        map[string]*Module{},
		Stdout:         NewOutput(stdout),
		Stderr:         NewOutput(stderr),
		Stdin:          bufio.NewReader(stdin),
		RecursionLimit: 1000,
	}
	in.Stderr.Unbuffered = true
	in.Builtins = NewDict()
	in.GIL = NewGIL()
	in.MainThread = in.NewThread("MainThread")
	initBuiltins(in)
	return in
}

// Flush writes out everything buffered on stdout and stderr.
func (in *Interpreter) Flush() {
	in.Stdout.Flush()
	in.Stderr.Flush()
}

// Thread is the per-thread state of the interpreter: one per Python thread
// (and so one per goroutine running Python code).
type Thread struct {
	Interp *Interpreter
	Name   string

	// Depth is the number of active Python frames plus Go re-entries,
	// checked against Interp.RecursionLimit.
	Depth int

	// Breaker is the eval breaker: non-zero when the thread must leave the
	// fast path of the eval loop at its next check point (a pending
	// KeyboardInterrupt, a GIL drop request, ...). Written by other threads
	// and signal handlers, so it is atomic.
	Breaker atomic.Uint32

	// Steps, when StepLimit > 0, counts the eval loop's check points (loop
	// back-edges and calls); past StepLimit the vm raises RuntimeError so a
	// fuzzer's input cannot run forever.
	Steps, StepLimit int64

	// VM is the vm package's per-thread state (its frame stack); the
	// runtime never looks inside.
	VM any

	// Ident is _thread.get_ident(): unique among the threads of the process.
	Ident int64

	// nativeID is get_native_id(), taken once and then fixed
	// (threadhandle_native.go); 0 until the thread first needs it.
	nativeID atomic.Int64

	sched schedState // GIL, blocking and stats bookkeeping (gil.go, threadstats.go)

	// sharing: t is not its interpreter's main thread and is counted in
	// sharingThreads until End, so that objects lock (objlock.go).
	sharing bool
}

// Bits of Thread.Breaker.
const (
	BreakInterrupt uint32 = 1 << iota // Ctrl-C: raise KeyboardInterrupt
	BreakGILDrop                      // another thread waits for the GIL: drop it (gil.go)
)

// NewThread creates the state for a new thread of this interpreter.
// It is registered for the stats; Begin and End bracket its run.
func (in *Interpreter) NewThread(name string) *Thread {
	t := &Thread{Interp: in, Name: name}
	if in.MainThread != nil {
		t.sharing = true
		threadSharingBegins()
	}
	in.threads.add(t)
	return t
}

// Module is an imported module: a name and its namespace.
type Module struct {
	Name string
	Dict *Dict
}

// Type implements Object.
func (m *Module) Type() *Type { return ModuleType }

// NewModule creates an empty module with __name__ set.
func NewModule(name string) *Module {
	m := &Module{Name: name, Dict: NewDict()}
	m.Dict.SetStr("__name__", NewStr(name))
	return m
}

// AddFunc adds a built-in function to the module.
func (m *Module) AddFunc(name string, fn BuiltinFunc) {
	m.Dict.SetStr(name, Obj(&Builtin{Name: name, Module: m.Name, Fn: fn}))
}

// moduleInits is the one table of built-in modules: each module's file
// registers its constructor in an init function.
var moduleInits = map[string]func(in *Interpreter) (*Module, error){}

// RegisterModule makes a built-in module importable. Called from init
// functions; init runs when a program first imports the module.
func RegisterModule(name string, init func(in *Interpreter) (*Module, error)) {
	moduleInits[name] = init
}

// SetModule installs an already built module (e.g. "__main__").
func (in *Interpreter) SetModule(m *Module) {
	in.modMu.Lock()
	in.modules[m.Name] = m
	in.modMu.Unlock()
}

// Import returns the module called name, initialising it on first import.
// An unknown name raises ModuleNotFoundError as CPython words it. A module
// written in Python runs on the main thread: code running on another thread
// imports with Thread.Import.
func (in *Interpreter) Import(name string) (*Module, error) {
	return in.MainThread.Import(name)
}

// Import is the import statement run on thread t: a module written in
// Python (SourceModules) executes its body on t.
func (t *Thread) Import(name string) (*Module, error) {
	in := t.Interp
	in.modMu.Lock()
	if m, ok := in.modules[name]; ok {
		in.modMu.Unlock()
		return m, nil
	}
	if init, ok := moduleInits[name]; ok {
		defer in.modMu.Unlock()
		m, err := init(in)
		if err != nil {
			return nil, err
		}
		in.modules[name] = m
		return m, nil
	}
	in.modMu.Unlock()
	if src, ok := SourceModules[name]; ok && in.ExecSource != nil {
		if dot := strings.LastIndexByte(name, '.'); dot > 0 {
			return t.importSubmodule(name[:dot], name, src)
		}
		return in.importSource(t, name, src)
	}
	return nil, moduleNotFound(name)
}

// moduleNotFound is the ModuleNotFoundError of a failed import, with the
// module's name in its name attribute as CPython sets it.
func moduleNotFound(name string) *Exception {
	e := Errorf(ModuleNotFoundErrorType, "No module named '%s'", name)
	e.Dict = NewDict()
	e.Dict.SetStr("name", NewStr(name))
	return e
}

// importSubmodule imports a submodule written in Python ("concurrent.futures"
// from pylib/concurrent.futures.py) as CPython imports one: the parent
// package first, then the submodule, which becomes an attribute of the
// parent, so that `import concurrent.futures` binds `concurrent` with
// `concurrent.futures` reachable.
func (t *Thread) importSubmodule(parentName, name, src string) (*Module, error) {
	parent, err := t.Import(parentName)
	if err != nil {
		return nil, err
	}
	m, err := t.Interp.importSource(t, name, src)
	if err != nil {
		return nil, err
	}
	parent.Dict.SetStr(name[len(parentName)+1:], Obj(m))
	return m, nil
}

// Output is a standard stream shared by all threads: writes are serialised
// and (unless Unbuffered) buffered, flushed by Flush, at exit, and when a
// line is written while LineBuffered (stdout on a terminal).
type Output struct {
	mu           sync.Mutex
	w            *bufio.Writer
	Unbuffered   bool
	LineBuffered bool
}

// NewOutput wraps w.
func NewOutput(w io.Writer) *Output {
	return &Output{w: bufio.NewWriterSize(w, 64<<10)}
}

// WriteString writes s.
func (o *Output) WriteString(s string) error {
	o.mu.Lock()
	defer o.mu.Unlock()
	_, err := o.w.WriteString(s)
	if err == nil && (o.Unbuffered || o.LineBuffered && len(s) > 0 && s[len(s)-1] == '\n') {
		err = o.w.Flush()
	}
	return err
}

// Flush writes out buffered data.
func (o *Output) Flush() error {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.w.Flush()
}
