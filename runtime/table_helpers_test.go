package runtime

import "testing"

// exprCase is one row of a behaviour table: run computes a value (or
// fails), want is its repr or the exception line ("KeyError: 'x'").
// The wants are what python3 (3.11.7) prints for the Python expression in
// the row's name, via: python3 -c 'print(repr(EXPR))' (or the error line).
type exprCase struct {
	name string
	run  func(e *testEnv) (Value, error)
	want string
}

func runExprCases(t *testing.T, cases []exprCase) {
	t.Helper()
	for _, c := range cases {
		e := newTestEnv(t)
		v, err := c.run(e)
		got := ""
		if err != nil {
			got = errText(err)
		} else {
			got = e.repr(v)
		}
		if got != c.want {
			t.Errorf("%s:\n got %s\nwant %s", c.name, got, c.want)
		}
	}
}

func str(s string) Value { return NewStr(s) }
