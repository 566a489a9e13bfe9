package lang

// check runs the checks CPython makes after parsing (in its symbol table
// and compiler passes) that belong to the front end.
func check(m *Module, src *source) *SyntaxError {
	return nil
}
