package vm

import (
	"minipy/lang"
	"reflect"
	"testing"
)

// Scope resolution: which names are fast locals, cells and free variables
// of each code object, as CPython's co_varnames/co_cellvars/co_freevars.
func TestScopes(t *testing.T) {
	src := `
g = 1
def outer(a, *args, k, **kw):
    x = 1
    y = 2
    def inner():
        nonlocal y
        y = x + g
        return [x for _ in args]
    def uses_global():
        global g
        g = x
    return inner
`
	mod := mustCompile(t, src)
	outer := constCode(t, mod, "outer")
	check := func(what string, got, want []string) {
		t.Helper()
		if len(got) == 0 && len(want) == 0 {
			return
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s = %q, want %q", what, got, want)
		}
	}
	check("outer varnames", outer.VarNames, []string{"a", "k", "args", "kw", "inner", "uses_global"})
	check("outer cellvars", outer.CellVars, []string{"args", "x", "y"})
	check("outer freevars", outer.FreeVars, nil)
	inner := constCode(t, outer, "inner")
	check("inner varnames", inner.VarNames, nil)
	check("inner freevars", inner.FreeVars, []string{"args", "x", "y"})
	if inner.QualName != "outer.<locals>.inner" {
		t.Errorf("qualname %q", inner.QualName)
	}
	comp := constCode(t, inner, "<listcomp>")
	check("listcomp varnames", comp.VarNames, []string{".0", "_"})
	check("listcomp freevars", comp.FreeVars, []string{"x"})
	ug := constCode(t, outer, "uses_global")
	check("uses_global freevars", ug.FreeVars, []string{"x"})
	if !usesOp(ug, STORE_GLOBAL) || usesOp(ug, STORE_FAST) {
		t.Errorf("global g should be stored with STORE_GLOBAL")
	}
	if outer.CellArgs[0] != 2 { // args, the third parameter, is a cell
		t.Errorf("CellArgs = %v", outer.CellArgs)
	}
}

func TestWalrusInComprehensionBindsOutside(t *testing.T) {
	code := mustCompile(t, "def f(xs):\n    [y := x for x in xs]\n    return y\n")
	f := constCode(t, code, "f")
	if !reflect.DeepEqual(f.CellVars, []string{"y"}) {
		t.Errorf("f cellvars = %q", f.CellVars)
	}
	comp := constCode(t, f, "<listcomp>")
	if !reflect.DeepEqual(comp.FreeVars, []string{"y"}) {
		t.Errorf("listcomp freevars = %q", comp.FreeVars)
	}
}

func usesOp(code *Code, op Opcode) bool {
	for _, w := range code.Instrs {
		if Opcode(w) == op {
			return true
		}
	}
	return false
}

// Scope errors are SyntaxErrors with CPython's messages and positions.
func TestScopeErrors(t *testing.T) {
	cases := []struct {
		src, msg       string
		line, col, end int
	}{
		{"def f():\n    nonlocal x\n", "no binding for nonlocal 'x' found", 2, 5, 15},
		{"nonlocal x\n", "nonlocal declaration not allowed at module level", 1, 1, 11},
		{"x = 1\ndef f():\n    print(x)\n    global x\n", "name 'x' is used prior to global declaration", 4, 5, 13},
		{"def f(x):\n    global x\n", "name 'x' is parameter and global", 2, 5, 13},
		{"def f():\n    x = 1\n    global x\n", "name 'x' is assigned to before global declaration", 3, 5, 13},
		{"def f(a, b, a):\n    pass\n", "duplicate argument 'a' in function definition", 1, 13, 14},
		{"for x in y:\n    pass\nbreak\n", "'break' outside loop", 3, 1, 6},
		{"def f():\n    continue\n", "'continue' not properly in loop", 2, 5, 13},
		{"return 1\n", "'return' outside function", 1, 1, 9},
		{"a, *b, *c = d\n", "multiple starred expressions in assignment", 1, 1, 10},
		{"def f():\n    [x := 1 for x in y]\n", "assignment expression cannot rebind comprehension iteration variable 'x'", 2, 6, 7},
		{"yield 1\n", "'yield' outside function", 1, 1, 8},
	}
	for _, c := range cases {
		needParser(t)
		_, err := CompileSource("s.py", []byte(c.src), ModeFile)
		se, ok := err.(interface{ Error() string })
		if !ok {
			t.Errorf("%q: no error", c.src)
			continue
		}
		got, ok := err.(*lang.SyntaxError)
		if !ok {
			t.Errorf("%q: %T %v", c.src, err, se)
			continue
		}
		if got.Msg != c.msg || got.Line != c.line || got.Col != c.col || got.EndCol != c.end {
			t.Errorf("%q: got %q at %d:%d-%d, want %q at %d:%d-%d", c.src, got.Msg, got.Line, got.Col, got.EndCol,
				c.msg, c.line, c.col, c.end)
		}
	}
}
