package vm

import "strings"

// Private name mangling, as CPython's _Py_Mangle: inside a class C (and the
// functions nested in it), an identifier __spam that does not end in two
// underscores is rewritten to _C__spam, wherever it names a variable, a
// parameter or an attribute. The class name loses its leading underscores
// first; a class named only with underscores mangles nothing, nor do dotted
// (import) names.
func mangle(private, name string) string {
	if private == "" || len(name) < 3 || name[0] != '_' || name[1] != '_' {
		return name
	}
	if strings.HasSuffix(name, "__") || strings.IndexByte(name, '.') >= 0 {
		return name
	}
	cls := strings.TrimLeft(private, "_")
	if cls == "" {
		return name
	}
	return "_" + cls + name
}
