package runtime

// The _thread module: the low-level threads threading.py builds on, as in
// CPython. A thread started by start_new_thread is a goroutine locked to its
// own OS thread (Thread.Begin), with its own Thread state and stats.

import "strconv"

func init() {
	RegisterModule("_thread", newThreadModule)
}

func newThreadModule(in *Interpreter) (*Module, error) {
	initExceptHookArgsType()
	m := NewModule("_thread")
	for _, name := range []string{"start_new_thread", "start_new"} {
		m.AddFunc(name, threadStartNew)
	}
	for _, name := range []string{"allocate_lock", "allocate"} {
		m.AddFunc(name, noArgFunction("_thread."+name, func(t *Thread) (Value, error) {
			return Obj(NewLock()), nil
		}))
	}
	m.AddFunc("get_ident", noArgFunction("_thread.get_ident", func(t *Thread) (Value, error) {
		return Int(t.Ident), nil
	}))
	m.AddFunc("get_native_id", noArgFunction("_thread.get_native_id", func(t *Thread) (Value, error) {
		return Int(t.nativeIdent()), nil
	}))
	m.AddFunc("_count", noArgFunction("_thread._count", func(t *Thread) (Value, error) {
		return Int(int64(t.Interp.threads.pyThreads.Load())), nil
	}))
	m.AddFunc("_set_sentinel", noArgFunction("_thread._set_sentinel", func(t *Thread) (Value, error) {
		l := NewLock()
		t.sched.sentinels = append(t.sched.sentinels, l)
		return Obj(l), nil
	}))
	m.AddFunc("exit", noArgFunction("_thread.exit", func(t *Thread) (Value, error) {
		return Value{}, NewException(SystemExitType)
	}))
	m.AddFunc("exit_thread", noArgFunction("_thread.exit_thread", func(t *Thread) (Value, error) {
		return Value{}, NewException(SystemExitType)
	}))
	m.AddFunc("interrupt_main", threadInterruptMain)
	m.AddFunc("stack_size", threadStackSize)
	m.AddFunc("_set_name", threadSetName)
	m.AddFunc("_excepthook", threadExceptHook)
	m.AddFunc("_print_exception", threadPrintException)
	// threading's joinable threads (threadhandle.go); the registry of the
	// non-daemon ones is this interpreter's, so it lives with its module.
	reg := &handleRegistry{}
	m.AddFunc("_start_joinable_thread", reg.startJoinable)
	m.AddFunc("_shutdown", noArgFunction("_thread._shutdown", func(t *Thread) (Value, error) {
		return None, reg.shutdown(t)
	}))
	m.AddFunc("_make_thread_handle", makeThreadHandle)
	m.Dict.SetStr("_ThreadHandle", Obj(ThreadHandleType))
	m.Dict.SetStr("LockType", Obj(LockType))
	m.Dict.SetStr("RLock", Obj(RLockType))
	m.Dict.SetStr("_local", Obj(LocalType))
	m.Dict.SetStr("_ExceptHookArgs", Obj(exceptHookArgsType))
	m.Dict.SetStr("error", Obj(RuntimeErrorType))
	m.Dict.SetStr("TIMEOUT_MAX", Float(timeoutMax))
	return m, nil
}

// noArgFunction adapts a module function of no arguments, with CPython's
// check ("_thread.get_ident() takes no arguments (1 given)").
func noArgFunction(name string, fn func(t *Thread) (Value, error)) BuiltinFunc {
	return func(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		if err := checkNoArgs(name, args, kwargs); err != nil {
			return Value{}, err
		}
		return fn(t)
	}
}

// threadStartNew is start_new_thread(function, args[, kwargs]): it starts
// function(*args, **kwargs) on a new thread and returns the thread's ident.
func threadStartNew(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	if err := checkPositional("start_new_thread", args, kwargs, 2, 3); err != nil {
		return Value{}, err
	}
	fn := args[0]
	if !Callable(fn) {
		return Value{}, Errorf(TypeErrorType, "first arg must be callable")
	}
	tup, ok := AsTuple(args[1])
	if !ok {
		return Value{}, Errorf(TypeErrorType, "2nd arg must be a tuple")
	}
	var kw []Kwarg
	if len(args) == 3 {
		d, ok := args[2].Object().(*Dict)
		if !ok {
			return Value{}, Errorf(TypeErrorType, "optional 3rd arg must be a dictionary")
		}
		for _, item := range d.Items() {
			name, ok := AsStr(item.Key)
			if !ok {
				return Value{}, Errorf(TypeErrorType, "keywords must be strings")
			}
			kw = append(kw, Kwarg{Name: name, Value: item.Value})
		}
	}
	in := t.Interp
	nt := in.NewThread("")
	nt.setName("Thread " + formatIdent(nt.Ident)) // threading names it
	in.threads.pyThreads.Add(1)
	items := tup.Items()
	goThread(func() { runThread(nt, fn, items, kw, nil) })
	return Int(nt.Ident), nil
}

// runThread is the body of a thread started by start_new_thread. An
// exception escaping the function is reported as CPython's thread_run does,
// except SystemExit, which silently ends the thread. If begun is not nil it
// is closed once the thread has begun (holding the GIL, when there is one),
// before fn runs.
func runThread(t *Thread, fn Value, args []Value, kwargs []Kwarg, begun chan struct{}) {
	// The native id is taken before Begin, which may wait long for the
	// GIL: a join's handle may be waiting for it (threadHandle.nativeIdent).
	t.nativeIdent()
	defer t.releaseNativeID()
	t.Begin()
	if begun != nil {
		close(begun)
	}
	defer t.End()
	defer t.Interp.threads.pyThreads.Add(-1)
	defer recycleVMState(t)
	if _, err := callGuarded(t, fn, args, kwargs); err != nil {
		exc := AsException(err)
		if exc.Matches(SystemExitType) {
			return
		}
		t.Interp.Stderr.WriteString("Exception ignored in thread started by: " + reprOrDefault(t, fn) + "\n")
		printException(t, exc)
	}
}

// recycleVMState gives the vm's state of t, whose thread has finished
// running Python code, back to the vm for the next thread to reuse (its
// frame arena), if the vm offers that. Nothing runs on t afterwards.
func recycleVMState(t *Thread) {
	if r, ok := t.VM.(interface{ ReleaseThread() }); ok {
		t.VM = nil
		r.ReleaseThread()
	}
}

// callGuarded calls fn, turning a Go panic (a bug in minipy) into a
// SystemError so that one broken thread does not take the process down
// without a word.
func callGuarded(t *Thread, fn Value, args []Value, kwargs []Kwarg) (result Value, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = Errorf(SystemErrorType, "internal error in thread: %v", r)
		}
	}()
	return Call(t, fn, args, kwargs)
}

// printException prints exc with its traceback through the vm's hook, or
// as a bare last line if no vm is installed.
func printException(t *Thread, exc *Exception) {
	if hook := t.Interp.PrintException; hook != nil {
		hook(t, exc)
		return
	}
	t.Interp.Stderr.WriteString(exc.Error() + "\n")
}

// reprOrDefault is repr(v), or the generic form if repr fails.
func reprOrDefault(t *Thread, v Value) string {
	if s, err := Repr(t, v); err == nil {
		return s
	}
	return DefaultRepr(v)
}

// threadInterruptMain is interrupt_main(): a KeyboardInterrupt for the main
// thread, raised when it next runs Python code. As in CPython 3.11, which
// only sets the signal's flag and sends no signal, a main thread blocked in
// sleep(), a lock's acquire() or a join() is not woken: the exception comes
// once that call has returned (a real Ctrl-C does cut the wait short).
func threadInterruptMain(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	if err := checkPositional("interrupt_main", args, kwargs, 0, 1); err != nil {
		return Value{}, err
	}
	t.Interp.MainThread.Breaker.Or(BreakInterrupt)
	return None, nil
}

// threadStackSize is stack_size([size]): goroutine stacks grow on demand,
// so the size is accepted and reported as the default, 0.
func threadStackSize(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	if err := checkPositional("stack_size", args, kwargs, 0, 1); err != nil {
		return Value{}, err
	}
	if len(args) == 1 {
		n, err := AsIndex(t, args[0])
		if err != nil {
			return Value{}, err
		}
		if n != 0 && n < 32768 {
			return Value{}, Errorf(ValueErrorType, "size not valid: %d bytes", n)
		}
	}
	return Int(0), nil
}

// threadSetName is _set_name(name), minipy's own: threading.py names the
// thread for the --stats summary.
func threadSetName(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	if err := checkOneArg("_set_name", args, kwargs); err != nil {
		return Value{}, err
	}
	name, ok := AsStr(args[0])
	if !ok {
		return Value{}, Errorf(TypeErrorType, "_set_name() argument must be str, not %s", TypeName(args[0]))
	}
	t.setName(name)
	return None, nil
}

// formatIdent formats a thread ident as get_ident() shows it.
func formatIdent(ident int64) string { return strconv.FormatInt(ident, 10) }

// ShutdownThreads is what the interpreter does when the main program has
// ended, as CPython's Py_Finalize: if threading was imported, it calls
// threading._shutdown(), which waits for every non-daemon thread; then, as
// multiprocessing's exit function, it ends the daemonic child processes
// and waits for the others (ShutdownProcesses). Called on the main thread,
// before its End.
func ShutdownThreads(t *Thread) error {
	in := t.Interp
	in.modMu.Lock()
	m := in.modules["threading"]
	in.modMu.Unlock()
	if m == nil {
		return ShutdownProcesses(t)
	}
	if shutdown, ok := m.Dict.GetStr("_shutdown"); ok {
		if _, err := Call(t, shutdown, nil, nil); err != nil {
			return err
		}
	}
	return ShutdownProcesses(t)
}
