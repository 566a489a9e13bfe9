package main

import (
	"minipy/runtime"
)

// installExitBuiltins adds exit() and quit() to the builtins if the
// builtins module does not define them: in CPython they come from the site
// module and, like sys.exit, raise SystemExit with their argument.
func installExitBuiltins(interp *runtime.Interpreter) {
	for _, name := range []string{"exit", "quit"} {
		if _, ok := interp.Builtins.GetStr(name); ok {
			continue
		}
		fn := func(t *runtime.Thread, args []runtime.Value, kwargs []runtime.Kwarg) (runtime.Value, error) {
			code := runtime.None
			if err := runtime.UnpackArgs(name, args, kwargs, "code?", &code); err != nil {
				return runtime.Value{}, err
			}
			return runtime.Value{}, runtime.NewException(runtime.SystemExitType, code)
		}
		interp.Builtins.SetStr(name, runtime.Obj(&runtime.Builtin{Name: name, Fn: fn}))
	}
}
