package vm

import (
	"minipy/runtime"
)

// Asynchronous generators: an `async def` containing `yield`. It is a
// Generator whose frame yields two kinds of values: what its awaits pass
// up to the event loop (the frame is then paused in an await's SEND /
// YIELD_VALUE loop, see Frame.delegate) and the values of its own `yield`
// expressions. __anext__() and asend() return an awaitable that runs the
// generator, passes the first kind through and finishes with the second
// (as StopIteration(value)); the generator's return ends the iteration
// with StopAsyncIteration. CPython tells the two kinds apart by wrapping
// yielded values (ASYNC_GEN_WRAP); the paused instruction tells the same.

// AsyncGeneratorType is the type of asynchronous generator objects.
var AsyncGeneratorType = runtime.NewBuiltinType("async_generator", runtime.ObjectType)

// AsyncGenASendType is the type of the awaitables __anext__, asend,
// athrow and aclose return.
var AsyncGenASendType = runtime.NewBuiltinType("async_generator_asend", runtime.ObjectType)

// asyncGenStep is one awaited step of an asynchronous generator.
type asyncGenStep struct {
	gen     *Generator
	value   runtime.Value      // sent by the first resumption (asend's argument)
	throw   *runtime.Exception // raised at the first resumption (athrow, aclose)
	closing bool               // aclose(): a yielded value is an error
	started bool
	done    bool
}

// Type implements runtime.Object.
func (s *asyncGenStep) Type() *runtime.Type { return AsyncGenASendType }

func init() {
	a := AsyncGeneratorType
	a.Repr = generatorRepr
	a.Hash = func(t *runtime.Thread, v runtime.Value) (int64, error) { return runtime.IdentityHash(v), nil }
	genOf := func(v runtime.Value) *Generator { return v.Object().(*Generator) }
	a.AddMethod("__aiter__", func(t *runtime.Thread, self runtime.Value, args []runtime.Value, kwargs []runtime.Kwarg) (runtime.Value, error) {
		return self, runtime.UnpackArgs("__aiter__", args, kwargs)
	})
	a.AddMethod("__anext__", func(t *runtime.Thread, self runtime.Value, args []runtime.Value, kwargs []runtime.Kwarg) (runtime.Value, error) {
		return runtime.Obj(&asyncGenStep{gen: genOf(self), value: runtime.None}), runtime.UnpackArgs("__anext__", args, kwargs)
	})
	a.AddMethod("asend", func(t *runtime.Thread, self runtime.Value, args []runtime.Value, kwargs []runtime.Kwarg) (runtime.Value, error) {
		var v runtime.Value
		if err := runtime.UnpackArgs("asend", args, kwargs, "value", &v); err != nil {
			return runtime.Value{}, err
		}
		return runtime.Obj(&asyncGenStep{gen: genOf(self), value: v}), nil
	})
	a.AddMethod("athrow", func(t *runtime.Thread, self runtime.Value, args []runtime.Value, kwargs []runtime.Kwarg) (runtime.Value, error) {
		exc, err := throwArgs(t, "athrow", args)
		if err != nil {
			return runtime.Value{}, err
		}
		return runtime.Obj(&asyncGenStep{gen: genOf(self), value: runtime.None, throw: exc}), nil
	})
	a.AddMethod("aclose", func(t *runtime.Thread, self runtime.Value, args []runtime.Value, kwargs []runtime.Kwarg) (runtime.Value, error) {
		step := &asyncGenStep{gen: genOf(self), value: runtime.None, closing: true,
			throw: runtime.NewException(runtime.GeneratorExitType)}
		return runtime.Obj(step), runtime.UnpackArgs("aclose", args, kwargs)
	})
	a.GetAttr = func(t *runtime.Thread, v runtime.Value, name string) (runtime.Value, error) {
		gen := genOf(v)
		switch name {
		case "__name__":
			return runtime.NewStr(gen.name), nil
		case "__qualname__":
			return runtime.NewStr(gen.qual), nil
		case "ag_running":
			return gen.running(), nil
		case "ag_code":
			return runtime.Obj(gen.code), nil
		case "ag_frame":
			return gen.frameObject(), nil
		case "ag_await":
			return gen.awaiting(), nil
		}
		return runtime.GenericGetAttr(t, v, name)
	}

	s := AsyncGenASendType
	s.Hash = a.Hash
	s.Iter = func(t *runtime.Thread, v runtime.Value) (runtime.Value, error) { return v, nil }
	s.Next = func(t *runtime.Thread, v runtime.Value) (runtime.Value, bool, error) {
		r, err := v.Object().(*asyncGenStep).step(t, runtime.None, nil)
		if err != nil {
			return runtime.Value{}, false, err
		}
		return r, true, nil
	}
	s.AddMethod("__await__", func(t *runtime.Thread, self runtime.Value, args []runtime.Value, kwargs []runtime.Kwarg) (runtime.Value, error) {
		return self, runtime.UnpackArgs("__await__", args, kwargs)
	})
	s.AddMethod("send", func(t *runtime.Thread, self runtime.Value, args []runtime.Value, kwargs []runtime.Kwarg) (runtime.Value, error) {
		var v runtime.Value
		if err := runtime.UnpackArgs("send", args, kwargs, "value", &v); err != nil {
			return runtime.Value{}, err
		}
		return self.Object().(*asyncGenStep).step(t, v, nil)
	})
	s.AddMethod("throw", func(t *runtime.Thread, self runtime.Value, args []runtime.Value, kwargs []runtime.Kwarg) (runtime.Value, error) {
		exc, err := throwArgs(t, "throw", args)
		if err != nil {
			return runtime.Value{}, err
		}
		return self.Object().(*asyncGenStep).step(t, runtime.None, exc)
	})
	s.AddMethod("close", func(t *runtime.Thread, self runtime.Value, args []runtime.Value, kwargs []runtime.Kwarg) (runtime.Value, error) {
		self.Object().(*asyncGenStep).done = true
		return runtime.None, runtime.UnpackArgs("close", args, kwargs)
	})
}

// step resumes the generator for this awaitable. It returns what an await
// inside the generator passes up, or finishes: StopIteration(value) for a
// value the generator yields, StopAsyncIteration when it returns.
func (s *asyncGenStep) step(t *runtime.Thread, v runtime.Value, throw *runtime.Exception) (runtime.Value, error) {
	if s.done {
		if s.throw != nil {
			return runtime.Value{}, runtime.Errorf(runtime.RuntimeErrorType, "cannot reuse already awaited aclose()/athrow()")
		}
		return runtime.Value{}, runtime.Errorf(runtime.RuntimeErrorType, "cannot reuse already awaited __anext__()/asend()")
	}
	if !s.started {
		if s.gen.isRunningAsync() {
			// Another step (in another task) is paused in an await inside
			// the generator: resuming it from here would resume that await.
			switch {
			case s.closing:
				s.done = true
				return runtime.Value{}, runtime.Errorf(runtime.RuntimeErrorType, "aclose(): asynchronous generator is already running")
			case s.throw != nil:
				s.done = true
				return runtime.Value{}, runtime.Errorf(runtime.RuntimeErrorType, "athrow(): asynchronous generator is already running")
			}
			return runtime.Value{}, runtime.Errorf(runtime.RuntimeErrorType, "anext(): asynchronous generator is already running")
		}
		s.started = true
		if err := s.gen.firstIter(t); err != nil {
			s.done = true
			return runtime.Value{}, err
		}
		if throw == nil {
			v, throw = s.value, s.throw
		}
		if s.closing && s.gen.finishedOrUnstarted() {
			s.done = true
			s.gen.markFinished()
			return runtime.Value{}, runtime.NewException(runtime.StopIterationType)
		}
	}
	s.gen.setRunningAsync(true)
	r, finished, err := s.gen.resume(t, v, throw)
	if err != nil || finished {
		s.gen.setRunningAsync(false)
	}
	switch {
	case err != nil:
		s.done = true
		exc := runtime.AsException(err)
		if s.closing && exc != nil && (exc.Matches(runtime.GeneratorExitType) || exc.Matches(runtime.StopAsyncIterationType)) {
			return runtime.Value{}, runtime.NewException(runtime.StopIterationType)
		}
		return runtime.Value{}, err
	case finished:
		s.done = true
		if s.closing {
			return runtime.Value{}, runtime.NewException(runtime.StopIterationType)
		}
		return runtime.Value{}, runtime.NewException(runtime.StopAsyncIterationType)
	}
	if _, awaiting := s.gen.frame.delegate(); awaiting {
		return r, nil // an await inside the generator: up to the event loop
	}
	s.gen.setRunningAsync(false)
	s.done = true
	if s.closing {
		return runtime.Value{}, runtime.Errorf(runtime.RuntimeErrorType, "async generator ignored GeneratorExit")
	}
	return runtime.Value{}, runtime.NewException(runtime.StopIterationType, r)
}

func (g *Generator) isRunningAsync() bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.runningAsync
}

func (g *Generator) setRunningAsync(on bool) {
	g.mu.Lock()
	g.runningAsync = on
	g.mu.Unlock()
}

// finishedOrUnstarted reports whether g has not started or has finished
// (aclose() then has nothing to run).
func (g *Generator) finishedOrUnstarted() bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.state == genCreated || g.state == genFinished
}

// markFinished ends a generator that will not run again.
func (g *Generator) markFinished() {
	g.mu.Lock()
	g.state = genFinished
	g.mu.Unlock()
}
