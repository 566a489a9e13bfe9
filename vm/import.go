package vm

import (
	"strings"

	"minipy/runtime"
)

// importModule is IMPORT_NAME: the module with the (possibly dotted) name.
// Every module is built in (runtime.RegisterModule); a dotted name is
// registered whole ("os.path"), or is an attribute of its parent package.
func importModule(t *runtime.Thread, name string) (*runtime.Module, error) {
	m, err := t.Import(name)
	if err == nil {
		return m, nil
	}
	dot := strings.LastIndexByte(name, '.')
	if dot < 0 || !runtime.AsException(err).Matches(runtime.ModuleNotFoundErrorType) {
		return nil, err
	}
	parent, perr := importModule(t, name[:dot])
	if perr != nil {
		return nil, perr
	}
	if v, ok := parent.Dict.GetStr(name[dot+1:]); ok {
		if sub, ok := v.Object().(*runtime.Module); ok {
			return sub, nil
		}
	}
	return nil, err
}

// importFrom is IMPORT_FROM: `from m import name`.
func importFrom(t *runtime.Thread, mod runtime.Value, name string) (runtime.Value, error) {
	m, ok := mod.Object().(*runtime.Module)
	if !ok {
		return runtime.GetAttr(t, mod, name)
	}
	if v, ok := m.Dict.GetStr(name); ok {
		return v, nil
	}
	if sub, err := t.Import(m.Name + "." + name); err == nil {
		return runtime.Obj(sub), nil
	}
	return runtime.Value{}, runtime.Errorf(runtime.ImportErrorType,
		"cannot import name '%s' from '%s' (unknown location)", name, m.Name)
}
