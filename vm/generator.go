package vm

import (
	"sync"

	"minipy/runtime"
)

// Generator is a generator object: a suspended frame. Resuming it runs the
// frame in the same eval loop until its next yield or return; nothing runs
// on another goroutine. The coroutine of an `async def` is the same machine
// with another type (coroutine.go).
type Generator struct {
	mu      sync.Mutex // guards state (a generator may be shared by threads)
	frame   *Frame
	state   genState
	name    string
	qual    string
	code    *Code
	excInfo *runtime.Exception // the exception being handled inside, across yields
	coro    bool               // an async def's coroutine
	agen    bool               // an async def's asynchronous generator (it yields)
	hooked  bool               // an async generator's first-iteration hook ran
	// runningAsync is CPython's ag_running_async: an __anext__/asend/
	// athrow/aclose step of this async generator is under way (paused in
	// an await inside the generator), so another step must not start.
	runningAsync bool
	// serial marks a serial generator (serial.go): a thread stepping it
	// while another does waits its turn instead of getting "generator
	// already executing". runner is the Ident of the thread that set
	// genRunning last, meaningful only while the state is genRunning. An
	// integer: the *Thread stored instead made a step of any generator
	// about 20% slower in a tight next() loop (measured, not explained).
	// Both under mu.
	serial bool
	runner int64
}

type genState uint8

const (
	genCreated genState = iota
	genSuspended
	genRunning
	genFinished
)

// GeneratorType is the type of generator objects.
var GeneratorType = runtime.NewBuiltinType("generator", runtime.ObjectType)

// Type implements runtime.Object.
func (g *Generator) Type() *runtime.Type {
	switch {
	case g.coro:
		return CoroutineType
	case g.agen:
		return AsyncGeneratorType
	}
	return GeneratorType
}

// kind is how messages name g: "generator" or "coroutine".
func (g *Generator) kind() string {
	switch {
	case g.coro:
		return "coroutine"
	case g.agen:
		return "async generator"
	}
	return "generator"
}

func newGenerator(f *Frame) *Generator {
	async, yields := f.code.Flags&FlagCoroutine != 0, f.code.Flags&FlagGenerator != 0
	g := &Generator{frame: f, name: f.code.Name, qual: f.code.QualName, code: f.code,
		coro: async && !yields, agen: async && yields}
	if f.fn != nil {
		g.name, g.qual = f.fn.Name, f.fn.QualName
	}
	f.gen = g
	return g
}

// resume runs the generator until it yields (done=false, v is the value)
// or returns (done=true, v is the return value). throw, when not nil, is
// raised at the paused yield instead of sending v.
func (g *Generator) resume(t *runtime.Thread, v runtime.Value, throw *runtime.Exception) (runtime.Value, bool, error) {
	g.mu.Lock()
	if g.serial && g.state == genRunning && g.runner != t.Ident {
		if err := g.waitTurn(t); err != nil {
			return runtime.Value{}, false, err
		}
	}
	switch g.state {
	case genRunning:
		g.mu.Unlock()
		return runtime.Value{}, false, runtime.Errorf(runtime.ValueErrorType, "%s already executing", g.kind())
	case genFinished:
		g.mu.Unlock()
		if g.coro {
			return runtime.Value{}, false, runtime.Errorf(runtime.RuntimeErrorType, "cannot reuse already awaited coroutine")
		}
		if throw != nil {
			return runtime.Value{}, true, throw
		}
		return runtime.None, true, nil
	case genCreated:
		if throw == nil && !v.IsNone() {
			g.mu.Unlock()
			return runtime.Value{}, false, runtime.Errorf(runtime.TypeErrorType,
				"can't send non-None value to a just-started %s", g.kind())
		}
	}
	f := g.frame
	if g.state == genSuspended && throw != nil {
		if sub, ok := f.delegate(); ok {
			// Paused in `yield from`: the delegate gets the exception first.
			g.mu.Unlock()
			return g.throwIntoDelegate(t, sub, throw)
		}
	}
	if g.state == genSuspended && throw == nil {
		f.slots[f.sp] = v // the value of the paused yield expression
		f.sp++
	}
	g.state, g.runner = genRunning, t.Ident
	g.mu.Unlock()
	return g.runFrame(t, throw)
}

// runFrame runs the generator's frame from where it stands (the state is
// already genRunning), raising throw first when it is not nil.
func (g *Generator) runFrame(t *runtime.Thread, throw *runtime.Exception) (runtime.Value, bool, error) {
	f := g.frame

	ts := stateOf(t)
	if err := ts.pushFrame(t, f); err != nil {
		g.mu.Lock()
		g.state = genSuspended
		g.mu.Unlock()
		return runtime.Value{}, false, err
	}
	saved := ts.excInfo
	if g.excInfo != nil {
		ts.excInfo = g.excInfo
	}
	f.yielded = false
	var pending error
	if throw != nil {
		pending = throw
	}
	result, err := ts.run(t, f, pending)

	g.mu.Lock()
	defer g.mu.Unlock()
	if f.yielded && err == nil {
		g.state = genSuspended
		// Paused inside an except clause, the generator keeps the
		// exception it handles (a bare raise after the yield re-raises
		// it); elsewhere it sees its caller's, as CPython chains them.
		g.excInfo = nil
		if f.handling > 0 {
			g.excInfo = ts.excInfo
		}
		ts.excInfo = saved
		return result, false, nil
	}
	ts.excInfo = saved
	g.state = genFinished
	g.frame = nil
	if err != nil {
		exc := runtime.AsException(err)
		if exc.Matches(runtime.StopIterationType) || (g.agen && exc.Matches(runtime.StopAsyncIterationType)) {
			// PEP 479: a StopIteration escaping a generator is a bug (and
			// a StopAsyncIteration escaping an async generator, PEP 525).
			what := "StopIteration"
			if !exc.Matches(runtime.StopIterationType) {
				what = "StopAsyncIteration"
			}
			re := runtime.Errorf(runtime.RuntimeErrorType, "%s raised %s", g.kind(), what)
			re.Cause, re.Context, re.SuppressContext = exc, exc, true
			re.Traceback = append(re.Traceback, exc.Traceback...)
			return runtime.Value{}, true, re
		}
		return runtime.Value{}, true, exc
	}
	return result, true, nil
}

// delegate returns the iterator a frame paused in `yield from` delegates
// to: the frame stopped at the YIELD_VALUE that follows a SEND, with the
// iterator on top of its stack.
func (f *Frame) delegate() (runtime.Value, bool) {
	pc := f.pc
	if pc < 2 || Opcode(f.code.Instrs[pc-1]) != YIELD_VALUE || Opcode(f.code.Instrs[pc-2]) != SEND {
		return runtime.Value{}, false
	}
	return f.slots[f.sp-1], true
}

// throwIntoDelegate is throw() on a generator paused in `yield from`: the
// exception goes to the delegate; if the delegate handles it and yields,
// so does g; if it finishes, g resumes with its return value; if the
// exception comes back out, it is raised in g.
func (g *Generator) throwIntoDelegate(t *runtime.Thread, sub runtime.Value, exc *runtime.Exception) (runtime.Value, bool, error) {
	var v runtime.Value
	var done bool
	var err error
	if subGen, ok := sub.Object().(*Generator); ok {
		if exc.Matches(runtime.GeneratorExitType) {
			err = exc
			if cerr := subGen.close(t); cerr != nil {
				err = cerr
			}
		} else {
			v, done, err = subGen.resume(t, runtime.None, exc)
		}
	} else {
		meth, aerr := runtime.GetAttr(t, sub, "throw")
		if aerr != nil {
			err = exc
		} else {
			v, err = runtime.Call(t, meth, []runtime.Value{runtime.Obj(exc)}, nil)
		}
		if err != nil && err != error(exc) {
			if stop := runtime.AsException(err); stop.Matches(runtime.StopIterationType) {
				v, done, err = stopIterationValue(stop), true, nil
			}
		}
	}
	if !done && err == nil {
		return v, false, nil
	}
	g.mu.Lock()
	if g.state != genSuspended {
		g.mu.Unlock()
		return runtime.Value{}, false, runtime.Errorf(runtime.ValueErrorType, "generator already executing")
	}
	g.state, g.runner = genRunning, t.Ident
	g.mu.Unlock()
	if err != nil {
		// The delegate let the exception out: it is raised in g.
		return g.runFrame(t, runtime.AsException(err))
	}
	// The delegation is over: continue after the SEND loop with its result.
	f := g.frame
	f.slots[f.sp-1] = v
	f.pc = int(f.code.Instrs[f.pc-2] >> 8)
	return g.runFrame(t, nil)
}

// close is generator.close(): raise GeneratorExit at the paused yield.
func (g *Generator) close(t *runtime.Thread) error {
	g.mu.Lock()
	state := g.state
	if state == genCreated {
		g.state, g.frame = genFinished, nil
	}
	g.mu.Unlock()
	if state != genSuspended {
		return nil
	}
	_, done, err := g.resume(t, runtime.None, runtime.NewException(runtime.GeneratorExitType))
	if err != nil {
		exc := runtime.AsException(err)
		if exc.Matches(runtime.GeneratorExitType) || exc.Matches(runtime.StopIterationType) {
			return nil
		}
		return err
	}
	if !done {
		return runtime.Errorf(runtime.RuntimeErrorType, "%s ignored GeneratorExit", g.kind())
	}
	return nil
}

// send is SEND (yield from): pass v to the delegate iterator it. done
// reports that it finished, and v is then its return value.
func send(t *runtime.Thread, it, v runtime.Value) (runtime.Value, bool, error) {
	if g, ok := it.Object().(*Generator); ok {
		return g.resume(t, v, nil)
	}
	if v.IsNone() {
		item, err := runtime.NextOrStop(t, it)
		if err != nil {
			if stop := runtime.AsException(err); stop.Matches(runtime.StopIterationType) {
				return stopIterationValue(stop), true, nil
			}
			return runtime.Value{}, false, err
		}
		return item, false, nil
	}
	meth, err := runtime.GetAttr(t, it, "send")
	if err != nil {
		return runtime.Value{}, false, err
	}
	r, err := runtime.Call(t, meth, []runtime.Value{v}, nil)
	if err != nil {
		if exc := runtime.AsException(err); exc.Matches(runtime.StopIterationType) {
			return stopIterationValue(exc), true, nil
		}
		return runtime.Value{}, false, err
	}
	return r, false, nil
}

// stopIterationValue is StopIteration.value: its first argument or None.
func stopIterationValue(exc *runtime.Exception) runtime.Value {
	if len(exc.Args) > 0 {
		return exc.Args[0]
	}
	return runtime.None
}

func init() {
	g := GeneratorType
	g.Iter = func(t *runtime.Thread, v runtime.Value) (runtime.Value, error) { return v, nil }
	g.Next = func(t *runtime.Thread, v runtime.Value) (runtime.Value, bool, error) {
		item, done, err := v.Object().(*Generator).resume(t, runtime.None, nil)
		switch {
		case err != nil:
			return runtime.Value{}, false, err
		case done && !item.IsNone():
			// The return value travels as StopIteration(value), which
			// next() passes on and for loops take as the end.
			return runtime.Value{}, false, runtime.NewException(runtime.StopIterationType, item)
		case done:
			return runtime.Value{}, false, nil
		}
		return item, true, nil
	}
	g.Repr = generatorRepr
	g.Hash = func(t *runtime.Thread, v runtime.Value) (int64, error) { return runtime.IdentityHash(v), nil }
	addGeneratorMethods(g, func(v runtime.Value) *Generator { return v.Object().(*Generator) })
	g.GetAttr = func(t *runtime.Thread, v runtime.Value, name string) (runtime.Value, error) {
		gen := v.Object().(*Generator)
		switch name {
		case "__name__":
			return runtime.NewStr(gen.name), nil
		case "__qualname__":
			return runtime.NewStr(gen.qual), nil
		case "gi_running":
			return gen.running(), nil
		case "gi_code":
			return runtime.Obj(gen.code), nil
		case "gi_frame":
			return gen.frameObject(), nil
		case "gi_yieldfrom":
			return gen.awaiting(), nil
		}
		return runtime.GenericGetAttr(t, v, name)
	}
}

// stopOnDone turns a finished generator into StopIteration(value), as
// send() and throw() report it.
func stopOnDone(v runtime.Value, done bool, err error) (runtime.Value, error) {
	if err != nil {
		return runtime.Value{}, err
	}
	if done {
		if v.IsNone() {
			return runtime.Value{}, runtime.NewException(runtime.StopIterationType)
		}
		return runtime.Value{}, runtime.NewException(runtime.StopIterationType, v)
	}
	return v, nil
}

// addGeneratorMethods gives a generator or coroutine type (or a coroutine's
// __await__ wrapper) send(), throw() and close(); of finds the generator
// of self.
func addGeneratorMethods(typ *runtime.Type, of func(runtime.Value) *Generator) {
	typ.AddMethod("send", func(t *runtime.Thread, self runtime.Value, args []runtime.Value, kwargs []runtime.Kwarg) (runtime.Value, error) {
		var v runtime.Value
		if err := runtime.UnpackArgs("send", args, kwargs, "value", &v); err != nil {
			return runtime.Value{}, err
		}
		return stopOnDone(of(self).resume(t, v, nil))
	})
	typ.AddMethod("throw", func(t *runtime.Thread, self runtime.Value, args []runtime.Value, kwargs []runtime.Kwarg) (runtime.Value, error) {
		exc, err := throwArgs(t, "throw", args)
		if err != nil {
			return runtime.Value{}, err
		}
		return stopOnDone(of(self).resume(t, runtime.None, exc))
	})
	typ.AddMethod("close", func(t *runtime.Thread, self runtime.Value, args []runtime.Value, kwargs []runtime.Kwarg) (runtime.Value, error) {
		if err := runtime.UnpackArgs("close", args, kwargs); err != nil {
			return runtime.Value{}, err
		}
		return runtime.None, of(self).close(t)
	})
}

// throwArgs is the exception that throw(type[, value[, tb]]) (or athrow)
// raises.
func throwArgs(t *runtime.Thread, name string, args []runtime.Value) (*runtime.Exception, error) {
	if len(args) < 1 || len(args) > 3 {
		return nil, runtime.Errorf(runtime.TypeErrorType, "%s expected at least 1 argument, got %d", name, len(args))
	}
	val := runtime.Value{}
	if len(args) > 1 && !args[1].IsNone() {
		val = args[1]
	}
	exc, err := toException(t, args[0], "exceptions must be classes or instances deriving from BaseException, not "+args[0].Type().Name)
	if err != nil {
		return nil, err
	}
	if !val.IsNull() {
		if e, ok := val.Object().(*runtime.Exception); ok {
			exc = e
		} else if exc, err = toException(t, runtime.Obj(exc.Type()), ""); err == nil {
			exc.Args = []runtime.Value{val}
		}
	}
	return exc, err
}

// generatorRepr is the repr of generators and coroutines:
// "<generator object f at 0x...>".
func generatorRepr(t *runtime.Thread, v runtime.Value) (string, error) {
	g := v.Object().(*Generator)
	kind := g.kind()
	if g.agen {
		kind = "async_generator" // the type's name, as CPython's repr shows it
	}
	return "<" + kind + " object " + g.qual + " at " + hexID(v) + ">", nil
}

// running is gi_running / cr_running.
func (g *Generator) running() runtime.Value {
	g.mu.Lock()
	defer g.mu.Unlock()
	return runtime.Bool(g.state == genRunning)
}

// awaiting is gi_yieldfrom / cr_await: the iterator a suspended generator
// delegates to, or None.
func (g *Generator) awaiting() runtime.Value {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.state == genSuspended {
		if sub, ok := g.frame.delegate(); ok {
			return sub
		}
	}
	return runtime.None
}

// frameObject is gi_frame / cr_frame: the suspended frame, or None once
// the generator has finished.
func (g *Generator) frameObject() runtime.Value {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.state == genFinished || g.frame == nil {
		return runtime.None
	}
	return runtime.Obj(newFrameObject(g.frame, g.state == genRunning))
}
