package vm

import (
	"minipy/runtime"
)

// The first-iteration hook of asynchronous generators (the firstiter half
// of CPython's sys.set_asyncgen_hooks): an event loop installs it for the
// thread it runs on, learns of every async generator started there, and
// closes the unfinished ones when it shuts down (shutdown_asyncgens), so
// their finally blocks run. The private module _asyncgen sets it.

func init() {
	runtime.RegisterModule("_asyncgen", func(in *runtime.Interpreter) (*runtime.Module, error) {
		m := runtime.NewModule("_asyncgen")
		m.AddFunc("set_firstiter", func(t *runtime.Thread, args []runtime.Value, kwargs []runtime.Kwarg) (runtime.Value, error) {
			var hook runtime.Value
			if err := runtime.UnpackArgs("set_firstiter", args, kwargs, "hook", &hook); err != nil {
				return runtime.Value{}, err
			}
			if hook.IsNone() {
				hook = runtime.Value{}
			}
			stateOf(t).agenFirstIter = hook
			return runtime.None, nil
		})
		m.AddFunc("get_firstiter", func(t *runtime.Thread, args []runtime.Value, kwargs []runtime.Kwarg) (runtime.Value, error) {
			if err := runtime.UnpackArgs("get_firstiter", args, kwargs); err != nil {
				return runtime.Value{}, err
			}
			if h := stateOf(t).agenFirstIter; !h.IsNull() {
				return h, nil
			}
			return runtime.None, nil
		})
		return m, nil
	})
}

// firstIter calls the thread's first-iteration hook, if any, with the
// async generator g the first time it is iterated.
func (g *Generator) firstIter(t *runtime.Thread) error {
	g.mu.Lock()
	first := !g.hooked
	g.hooked = true
	g.mu.Unlock()
	if !first {
		return nil
	}
	hook := stateOf(t).agenFirstIter
	if hook.IsNull() {
		return nil
	}
	_, err := runtime.Call(t, hook, []runtime.Value{runtime.Obj(g)}, nil)
	return err
}
