package vm

import "minipy/runtime"

// buildClassValue is what LOAD_BUILD_CLASS pushes: the function that runs a
// class body and makes the class.
var buildClassValue = runtime.NewBuiltin("__build_class__", func(t *runtime.Thread, args []runtime.Value, kwargs []runtime.Kwarg) (runtime.Value, error) {
	return runtime.Value{}, runtime.Errorf(runtime.NotImplementedErrorType, "minipy does not support classes yet")
})
