package vm

import (
	"minipy/runtime"
)

// The runtime formats tracebacks through the vm (for threading's hooks
// writing to a replaced sys.stderr).
func init() { runtime.FormatException = formatException }

// Install connects an interpreter to the vm: the runtime calls back through
// these hooks to run the modules written in Python (runtime.SourceModules)
// and to print the traceback of an exception that ended a thread. RunMain
// and Exec install them when they are missing; call Install yourself before
// starting threads on an interpreter that no vm code has touched yet.
func Install(in *runtime.Interpreter) {
	if in.ExecSource == nil {
		in.ExecSource = execSource
	}
	if in.PrintException == nil {
		in.PrintException = PrintException
	}
}

// execSource compiles and runs the source of a module written in Python
// as the body of m on thread t. The standard modules embedded in the binary
// go through the code cache (codecache.go); anything else (a
// multiprocessing child's main script) is compiled afresh.
func execSource(t *runtime.Thread, m *runtime.Module, src string) error {
	filename := m.Name + ".py"
	var code *Code
	var err error
	if runtime.SourceModules[m.Name] == src {
		code, err = compileCached(filename, []byte(src))
	} else {
		code, err = CompileSource(filename, []byte(src), ModeFile)
	}
	if err != nil {
		return runtime.Errorf(runtime.SyntaxErrorType, "%s", err.Error())
	}
	return Exec(t, code, m)
}
