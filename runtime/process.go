package runtime

// Child processes, started the way CPython's "spawn" start method starts
// them (DESIGN.md decision 6): the parent runs its own executable again,
//
//	minipy -c "import _mp; _mp.child_main()" --multiprocessing-fork
//
// with three kinds of inherited descriptors: fd 3, a socket on which the
// parent sends the preparation data (the main script's path, sys.argv,
// the GIL settings) and the pickled Process object, and on which the
// child reports when its target starts; fd 4, the write end of a
// "sentinel" pipe that only the child holds, so that the parent's end
// reads as at end of file exactly when the child has died, however it
// died; and fds 5, 6, ... for the pipes, locks and shared memory that the
// Process object's arguments carry (spawnFiles). The child's side is in
// mpchild.go.
//
// A child dies with its parent: the parent-death signal (SIGKILL) is tied
// to the OS thread that forked, so every child is started from one
// goroutine locked to its OS thread for the life of the process.

import (
	"encoding/binary"
	"os"
	"os/exec"
	goruntime "runtime"
	"strconv"
	"sync"
	"syscall"
	"time"
)

// Descriptor numbers in the child.
const (
	childBootstrapFd = 3
	childSentinelFd  = 4
	childFirstFileFd = 5
)

// SpawnExecutable is the minipy program children are started with; empty
// means this process's own executable (os.Executable). Tests that run an
// interpreter inside a test binary point it at a built minipy.
var SpawnExecutable string

// childCommand is the -c program that puts a child in child mode.
const childCommand = "import _mp; _mp.child_main()"

// PopenType is the type of the handle on a started child process.
var PopenType = NewBuiltinType("Popen", ObjectType)

// childProcess is a started child: the handle Process objects hold.
type childProcess struct {
	cmd      *exec.Cmd
	pid      int
	name     string
	daemon   bool
	sentinel *os.File      // read end: at EOF once the child is gone
	done     chan struct{} // closed once the child has been reaped

	mu        sync.Mutex
	spawnedAt time.Time
	runningAt time.Time // when its target started (zero: it never did)
	endedAt   time.Time
	exitcode  int
	cpu       time.Duration
}

// Type implements Object.
func (c *childProcess) Type() *Type { return PopenType }

// exitCode returns the exit code once the child has ended: its status, or
// minus the number of the signal that killed it, as CPython reports it.
func (c *childProcess) exitCode() (int, bool) {
	select {
	case <-c.done:
		c.mu.Lock()
		defer c.mu.Unlock()
		return c.exitcode, true
	default:
		return 0, false
	}
}

// wait waits for the child's end, at most d (negative: no limit).
func (c *childProcess) wait(t *Thread, d time.Duration) (int, bool, error) {
	if code, ok := c.exitCode(); ok || d == 0 {
		return code, ok, nil
	}
	t.BeginBlocking()
	got, err := t.waitOn(c.done, d)
	if err == nil && got {
		if code, _ := c.exitCode(); code == -int(syscall.SIGINT) {
			// The child died of a Ctrl-C, which the terminal sends to the
			// whole process group: the parent's own interrupt is on its
			// way (through the signal goroutine); give it a moment.
			_, err = t.waitOn(nil, 50*time.Millisecond)
		}
	}
	t.EndBlocking()
	if err == nil && t.takeInterrupt() {
		err = NewException(KeyboardInterruptType)
	}
	if err != nil || !got {
		return 0, false, err
	}
	code, _ := c.exitCode()
	return code, true, nil
}

// signal sends sig unless the child has already been reaped.
func (c *childProcess) signal(sig syscall.Signal) {
	if _, ended := c.exitCode(); !ended {
		c.cmd.Process.Signal(sig)
	}
}

// spawnSettings is what a child must know before it loads anything.
type spawnSettings struct {
	mainPath string
	argv     []string
	name     string
	gil      bool
	interval time.Duration
	cpus     int
	nfiles   int
}

// settingsValue encodes the settings as a plain tuple for the wire.
func (s *spawnSettings) value() Value {
	argv := make([]Value, len(s.argv))
	for i, a := range s.argv {
		argv[i] = NewStr(a)
	}
	return NewTuple([]Value{
		NewStr(s.mainPath), Obj(NewList(argv)), NewStr(s.name), Bool(s.gil),
		Int(int64(s.interval)), Int(int64(s.cpus)), Int(int64(s.nfiles)),
		Int(int64(os.Getpid())),
	})
}

// mainScriptPath is the file the parent's __main__ came from ("" for -c,
// stdin or the REPL: then, as in CPython, the child has no main module to
// load and cannot find functions defined there).
func mainScriptPath(in *Interpreter) string {
	in.modMu.Lock()
	m := in.modules["__main__"]
	in.modMu.Unlock()
	if m == nil {
		return ""
	}
	f, ok := m.Dict.GetStr("__file__")
	if !ok {
		return ""
	}
	path, _ := AsStr(f)
	if path == "" || path[0] == '<' {
		return ""
	}
	return path
}

// spawn starts a child process that runs processObj's _bootstrap(): the
// Popen of CPython's spawn start method. Encoding processObj is the only
// step that can fail on the caller's data (a lambda target gives pickle's
// error), and it is done before anything starts.
func spawn(t *Thread, processObj Value, name string, daemon bool) (*childProcess, error) {
	if !mpSupported {
		return nil, Errorf(NotImplementedErrorType, "multiprocessing is not supported on this platform")
	}
	in := t.Interp
	files := &spawnFiles{}
	payload, err := encodeFrame(t, processObj, files)
	if err != nil {
		return nil, err
	}
	settings := &spawnSettings{
		mainPath: mainScriptPath(in), argv: in.Argv, name: name, gil: in.GIL.Enabled,
		interval: in.GIL.SwitchInterval(), cpus: CPUs(), nfiles: len(files.files),
	}
	prep, err := encodeFrame(t, settings.value(), nil)
	if err != nil {
		return nil, err
	}
	exe := SpawnExecutable
	if exe == "" {
		if exe, err = os.Executable(); err != nil {
			return nil, NewOSError(err, Value{})
		}
	}
	parentEnd, childEnd, err := socketPair()
	if err != nil {
		return nil, NewOSError(err, Value{})
	}
	sentinelR, sentinelW, err := os.Pipe()
	if err != nil {
		parentEnd.Close()
		childEnd.Close()
		return nil, NewOSError(err, Value{})
	}
	cmd := exec.Command(exe, "-c", childCommand, "--multiprocessing-fork")
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	cmd.Env = childEnv(settings.gil)
	cmd.ExtraFiles = append([]*os.File{childEnd, sentinelW}, files.files...)
	setDeathSignal(cmd)
	in.Stdout.Flush() // the child writes to the same stdout: keep the order
	c := &childProcess{cmd: cmd, name: name, daemon: daemon, sentinel: sentinelR,
		done: make(chan struct{}), spawnedAt: time.Now()}
	err = startOnSpawnerThread(cmd)
	childEnd.Close()
	sentinelW.Close()
	if err != nil {
		parentEnd.Close()
		sentinelR.Close()
		return nil, NewOSError(err, Value{})
	}
	c.pid = cmd.Process.Pid
	in.procs.add(c)
	go c.supervise(parentEnd, append(prep, payload...))
	return c, nil
}

// childEnv is the parent's environment with the GIL setting made explicit
// (the command line reads MINIPY_GIL), so that the child runs in the
// parent's mode whatever the environment said.
func childEnv(gil bool) []string {
	env := os.Environ()
	out := env[:0:0]
	for _, kv := range env {
		if len(kv) < 11 || kv[:11] != "MINIPY_GIL=" {
			out = append(out, kv)
		}
	}
	if gil {
		return append(out, "MINIPY_GIL=1")
	}
	return append(out, "MINIPY_GIL=0")
}

// supervise feeds the child its start-up data, notes when its target
// starts, and reaps it: the exit code, the CPU time it used, the end.
func (c *childProcess) supervise(conn *os.File, data []byte) {
	fd := int(conn.Fd())
	if writeAll(fd, data) == nil {
		var stamp [8]byte
		if readFull(fd, stamp[:]) == nil {
			c.mu.Lock()
			c.runningAt = time.Unix(0, int64(binary.LittleEndian.Uint64(stamp[:])))
			c.mu.Unlock()
		}
	}
	conn.Close()
	c.cmd.Wait()
	st := c.cmd.ProcessState
	c.mu.Lock()
	c.endedAt = time.Now()
	c.exitcode = st.ExitCode()
	if ws, ok := st.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		c.exitcode = -int(ws.Signal())
	}
	c.cpu = st.UserTime() + st.SystemTime()
	c.mu.Unlock()
	close(c.done)
}

// The spawner: one goroutine, locked to its OS thread for the life of
// the process, starts every child (see setDeathSignal).
var spawner struct {
	once sync.Once
	reqs chan spawnRequest
}

type spawnRequest struct {
	cmd  *exec.Cmd
	done chan error
}

func startOnSpawnerThread(cmd *exec.Cmd) error {
	spawner.once.Do(func() {
		spawner.reqs = make(chan spawnRequest)
		go func() {
			goruntime.LockOSThread() // never unlocked: the thread must live on
			for r := range spawner.reqs {
				r.done <- r.cmd.Start()
			}
		}()
	})
	done := make(chan error, 1)
	spawner.reqs <- spawnRequest{cmd, done}
	return <-done
}

// processRegistry is an interpreter's multiprocessing state: the children
// it started (for --stats and the wait at exit), the queue feeders to
// drain before a child exits, and, in a child, where it came from.
type processRegistry struct {
	mu       sync.Mutex
	children []*childProcess
	feeders  []*queueFeeder
	parent   *parentInfo // non-nil in a child process
}

// parentInfo is what a child knows of its parent.
type parentInfo struct {
	pid  int
	name string
}

func (r *processRegistry) add(c *childProcess) {
	r.mu.Lock()
	r.children = append(r.children, c)
	r.mu.Unlock()
}

func (r *processRegistry) snapshot() []*childProcess {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]*childProcess(nil), r.children...)
}

// ShutdownProcesses is multiprocessing's exit function: when the main
// program ends, daemonic children are terminated and the others waited
// for, as CPython's multiprocessing.util._exit_function does. A child
// process also drains its queue feeders, so what it put is delivered.
func ShutdownProcesses(t *Thread) error {
	in := t.Interp
	children := in.procs.snapshot()
	for _, c := range children {
		if c.daemon {
			c.signal(syscall.SIGTERM)
		}
	}
	for _, c := range children {
		if _, _, err := c.wait(t, -1); err != nil {
			return err
		}
	}
	t.Block(in.procs.drainFeeders)
	return nil
}

func init() {
	pt := PopenType
	pt.Module = "multiprocessing.popen_spawn_posix"
	pt.GetAttr = func(t *Thread, v Value, name string) (Value, error) {
		c := v.obj.(*childProcess)
		switch name {
		case "pid":
			return Int(int64(c.pid)), nil
		case "sentinel":
			return Int(int64(c.sentinel.Fd())), nil
		case "returncode":
			if code, ok := c.exitCode(); ok {
				return Int(int64(code)), nil
			}
			return None, nil
		}
		return qualifiedGetAttr("Popen")(t, v, name)
	}
	pt.AddMethod("poll", func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		if err := checkPositional("poll", args, kwargs, 0, 1); err != nil {
			return Value{}, err
		}
		if code, ok := self.obj.(*childProcess).exitCode(); ok {
			return Int(int64(code)), nil
		}
		return None, nil
	})
	pt.AddMethod("wait", func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		timeout := None
		if err := UnpackArgs("wait", args, kwargs, "timeout?", &timeout); err != nil {
			return Value{}, err
		}
		d, err := parseTimeout(t, timeout)
		if err != nil {
			return Value{}, err
		}
		code, ok, err := self.obj.(*childProcess).wait(t, d.duration())
		if err != nil || !ok {
			return None, err
		}
		return Int(int64(code)), nil
	})
	pt.AddMethod("terminate", noArgMethod("terminate", func(t *Thread, self Value, _ []Value, _ []Kwarg) (Value, error) {
		self.obj.(*childProcess).signal(syscall.SIGTERM)
		return None, nil
	}))
	pt.AddMethod("kill", noArgMethod("kill", func(t *Thread, self Value, _ []Value, _ []Kwarg) (Value, error) {
		self.obj.(*childProcess).signal(syscall.SIGKILL)
		return None, nil
	}))
	pt.AddMethod("close", noArgMethod("close", func(t *Thread, self Value, _ []Value, _ []Kwarg) (Value, error) {
		self.obj.(*childProcess).sentinel.Close()
		return None, nil
	}))
	pt.Repr = func(t *Thread, v Value) (string, error) {
		return "<Popen pid=" + strconv.Itoa(v.obj.(*childProcess).pid) + ">", nil
	}
}
