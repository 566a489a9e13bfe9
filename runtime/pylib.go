package runtime

import (
	"embed"
	"io/fs"
	"strings"
)

// Modules written in Python. CPython implements much of its standard
// library in Python over a few C modules (threading over _thread, queue over
// threading); minipy does the same: the sources in pylib/ are compiled into
// the binary and run by the vm (Interpreter.ExecSource) on first import.

//go:embed pylib/*.py
var pylibFS embed.FS

// SourceModules maps a module name to its Python source, for every module
// written in Python (the files of pylib/, "threading" for pylib/threading.py).
// Import consults it when no Go module of that name is registered. It is
// filled at start-up and read-only afterwards.
var SourceModules = map[string]string{}

func init() {
	files, err := fs.Glob(pylibFS, "pylib/*.py")
	if err != nil {
		panic(err) // a malformed pattern: a bug caught by every test run
	}
	for _, f := range files {
		src, err := pylibFS.ReadFile(f)
		if err != nil {
			panic(err)
		}
		name := strings.TrimSuffix(strings.TrimPrefix(f, "pylib/"), ".py")
		SourceModules[name] = string(src)
	}
}

// importSource imports the Python module name from src on thread t. As in
// CPython, the module is visible to other imports before its body has run,
// so that circular imports see the partly initialised module; if the body
// raises, the module is forgotten again.
func (in *Interpreter) importSource(t *Thread, name, src string) (*Module, error) {
	in.modMu.Lock()
	if m, ok := in.modules[name]; ok { // imported meanwhile by another thread
		in.modMu.Unlock()
		return m, nil
	}
	m := NewModule(name)
	in.modules[name] = m
	in.modMu.Unlock()
	if err := in.ExecSource(t, m, src); err != nil {
		in.modMu.Lock()
		if in.modules[name] == m {
			delete(in.modules, name)
		}
		in.modMu.Unlock()
		return nil, err
	}
	return m, nil
}
