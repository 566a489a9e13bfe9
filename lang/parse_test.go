package lang

import (
	"strings"
	"testing"
)

func TestIncompleteInput(t *testing.T) {
	incomplete := []string{
		"if x:\n", "def f():\n", "class A:\n", "for x in y:\n", "while x:\n",
		"if x:\n    pass\nelse:\n", "try:\n    pass\n", "with a:\n",
		"x = (1,\n", "f(\n", "[1,\n 2,\n", "{\n", "s = '''abc\n", "s = \"\"\"abc\ndef\n",
		"x = 1 + \\\n", "@dec\n", "async def f():\n",
	}
	for _, src := range incomplete {
		_, err := Parse("<stdin>", []byte(src))
		if err == nil {
			t.Errorf("%q: parsed without error", src)
			continue
		}
		if !err.(*SyntaxError).Incomplete {
			t.Errorf("%q: %v not marked incomplete", src, err)
		}
	}
	complete := []string{
		"x = 1 +\n", "x = )\n", "if x\n", "print 'a'\n", "s = 'abc\n", "x = 1abc\n",
		"if x:\npass\n", "def f(:\n",
	}
	for _, src := range complete {
		_, err := Parse("<stdin>", []byte(src))
		if err == nil {
			t.Errorf("%q: parsed without error", src)
			continue
		}
		if err.(*SyntaxError).Incomplete {
			t.Errorf("%q: %v marked incomplete", src, err)
		}
	}
}

// TestMinipyRestrictions checks the features outside minipy's subset: each
// is a SyntaxError naming it, while the soft keywords stay usable as names.
func TestMinipyRestrictions(t *testing.T) {
	rejected := map[string]string{
		"match x:\n    case 1:\n        pass\n":           "'match' statements are not supported by minipy",
		"match (a, b):\n    case (1, 2):\n        pass\n": "'match' statements are not supported by minipy",
		"x = 1j\n":                               "complex numbers (imaginary literals like 1j) are not supported by minipy",
		"x = 1.5e3J\n":                           "complex numbers (imaginary literals like 1j) are not supported by minipy",
		"type X = int\n":                         "type aliases ('type X = ...') are not supported by minipy",
		"try:\n    pass\nexcept* E:\n    pass\n": "'except*' (exception groups) is not supported by minipy",
		"x = '\\N{BULLET}'\n":                    `(unicode error) \N{...} escapes (position 0-9) are not supported by minipy`,
	}
	for src, want := range rejected {
		_, err := Parse("t.py", []byte(src))
		if err == nil || err.(*SyntaxError).Msg != want {
			t.Errorf("%q: got %v, want %q", src, err, want)
		}
	}
	accepted := []string{
		"match = 1\nmatch(x)\nmatch[0] = 1\nmatch.x = 2\nmatch += 1\nmatch: int = 3\nprint(match)\n",
		"case = _ = type = 1\ntype(x)\ntype.x\n",
		"print(1)\nprint\nprint (1)\nprint = 3\n",
	}
	for _, src := range accepted {
		if _, err := Parse("t.py", []byte(src)); err != nil {
			t.Errorf("%q: %v", src, err)
		}
	}
}

func TestNullBytes(t *testing.T) {
	_, err := Parse("nul.py", []byte("x = 1\ny = \x00\n"))
	want := "  File \"nul.py\", line 2\n    y = \nSyntaxError: source code cannot contain null bytes\n"
	if err == nil || err.(*SyntaxError).Format() != want {
		t.Errorf("got %v, want\n%s", err, want)
	}
}

// TestDeepNesting checks that absurd nesting gives an error, not a crash.
func TestDeepNesting(t *testing.T) {
	for _, src := range []string{
		strings.Repeat("-", 100000) + "1\n",
		strings.Repeat("not ", 100000) + "x\n",
		strings.Repeat("(", 100000) + strings.Repeat(")", 100000) + "\n",
		strings.Repeat("[", 300) + strings.Repeat("]", 300) + "\n",
		"x = " + strings.Repeat("lambda: ", 5000) + "1\n",
		"x = " + strings.Repeat("a if b else ", 5000) + "c\n",
	} {
		_, err := Parse("t.py", []byte(src))
		if err == nil {
			t.Errorf("%.20q...: no error", src)
		}
	}
	// Depths CPython accepts must work.
	for _, src := range []string{
		strings.Repeat("-", 1000) + "1\n",
		strings.Repeat("(", 199) + strings.Repeat(")", 199) + "\n",
		strings.Repeat("f(", 150) + strings.Repeat(")", 150) + "\n",
	} {
		if _, err := Parse("t.py", []byte(src)); err != nil {
			t.Errorf("%.20q...: %v", src, err)
		}
	}
}

// FuzzParse checks that no input makes the parser panic, and that every
// error can be formatted.
func FuzzParse(f *testing.F) {
	for _, seed := range []string{
		"x = 1\n", "if x:\n    y\n", "def f(a, *b, c=1, **d):\n    return a\n",
		"f'{x!r:>{w}}'", "class A(B):\n    pass\n", "[x for x in y if x]",
		"x = (1,\n", "'''", "\\", "\t\tx", "@d\n@e\nasync def f(): await x",
		"try:\n  pass\nexcept E as e:\n  pass\nfinally:\n  pass\n",
		"lambda *a, b=1, **c: (yield)", "a[1:2, ::3]", "{**a, 'b': 1}", "x := 1",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		_, err := Parse("fuzz.py", src)
		if err != nil {
			se, ok := err.(*SyntaxError)
			if !ok {
				t.Fatalf("error of type %T: %v", err, err)
			}
			_ = se.Format()
		}
	})
}

// TestConcurrentParse parses from several goroutines at once (run with
// -race): parser instances are pooled, never shared.
func TestConcurrentParse(t *testing.T) {
	src := benchSource()
	done := make(chan error)
	for i := 0; i < 4; i++ {
		go func() {
			_, err := Parse("a.py", src)
			if err == nil {
				_, err = Parse("b.py", []byte("x = (1 +\n"))
				if err == nil {
					err = errNoError
				} else {
					err = nil
				}
			}
			done <- err
		}()
	}
	for i := 0; i < 4; i++ {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}

var errNoError = &SyntaxError{Msg: "expected an error"}
