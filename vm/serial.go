package vm

import (
	"time"

	"minipy/runtime"
)

// Serial generators: the iterators of minipy's itertools are Python
// generators (runtime/pylib/itertools.py), where CPython's are C objects
// whose every next() is one step no other thread can enter. A generator
// stepped by two threads at once raises "generator already executing",
// which CPython's itertools never do: without the GIL a cycle() or
// islice() shared by worker threads failed in minipy. A serial generator
// makes the second thread wait for the first one's step to end and then
// take its own. A thread that steps the generator from inside its own step
// (re-entry) still gets ValueError, as with CPython's generators, instead
// of waiting forever.
//
// The turn is the generator's own genRunning state, which every step sets
// and clears under its mutex anyway, plus the runner's Ident, so a step of
// a serial generator costs about what an ordinary one does (measured on
// tight itertools loops: a lock taken around every step cost 34%, and a
// runner recorded as a *Thread pointer rather than an integer 20%). The
// wait is rare and usually short (another thread's step takes
// microseconds), so it polls: sleeps that release the GIL and grow from
// nothing to 1 ms, for a step that blocks (an islice over a generator that
// reads a queue). Ctrl-C ends it as it ends any sleep.
//
// The private module _gen marks them: _gen.serial(g) returns g, serial.

func init() {
	runtime.RegisterModule("_gen", func(in *runtime.Interpreter) (*runtime.Module, error) {
		m := runtime.NewModule("_gen")
		m.AddFunc("serial", func(t *runtime.Thread, args []runtime.Value, kwargs []runtime.Kwarg) (runtime.Value, error) {
			var v runtime.Value
			if err := runtime.UnpackArgs("serial", args, kwargs, "generator", &v); err != nil {
				return runtime.Value{}, err
			}
			g, ok := v.Object().(*Generator)
			if !ok || g.coro || g.agen {
				return runtime.Value{}, runtime.Errorf(runtime.TypeErrorType, "serial() wants a generator, not %s", runtime.TypeName(v))
			}
			g.mu.Lock()
			g.serial = true
			g.mu.Unlock()
			return v, nil
		})
		return m, nil
	})
}

// waitTurn waits, for resume, until no other thread runs a step of g:
// called and returning with g.mu held, on a serial generator another
// thread runs. Its error is KeyboardInterrupt (Ctrl-C), with g.mu released.
func (g *Generator) waitTurn(t *runtime.Thread) error {
	var pause time.Duration
	for g.state == genRunning && g.runner != t.Ident {
		g.mu.Unlock()
		if err := t.Sleep(pause); err != nil {
			return err
		}
		pause = min(max(2*pause, 10*time.Microsecond), time.Millisecond)
		g.mu.Lock()
	}
	return nil
}
