package lang

import "testing"

// TestNonUTF8Source checks CPython's message for a file that is not UTF-8
// (the fuzzer found that such bytes used to reach the runtime as a str).
func TestNonUTF8Source(t *testing.T) {
	_, err := Parse("/tmp/nu.py", []byte("x = 1\ny = \"\xab\"\n"))
	se, ok := err.(*SyntaxError)
	if !ok {
		t.Fatalf("got %v, want a SyntaxError", err)
	}
	want := "SyntaxError: Non-UTF-8 code starting with '\\xab' in file /tmp/nu.py on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n"
	if got := se.Format(); got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}
