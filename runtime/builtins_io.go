package runtime

import (
	"io"
	"strings"
	"sync"
)

// print and input.

func builtinPrint(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	sep, end := " ", "\n"
	file, flush := None, false
	for _, kw := range kwargs {
		var err error
		switch kw.Name {
		case "sep":
			sep, err = printSeparator("sep", kw.Value, sep)
		case "end":
			end, err = printSeparator("end", kw.Value, end)
		case "file":
			file = kw.Value
		case "flush":
			flush, err = Truth(t, kw.Value)
		default:
			err = Errorf(TypeErrorType, "'%s' is an invalid keyword argument for print()", kw.Name)
		}
		if err != nil {
			return Value{}, err
		}
	}
	if file.IsNone() {
		file = sysStream(t, "stdout")
	}
	var b strings.Builder
	for i, a := range args {
		if i > 0 {
			b.WriteString(sep)
		}
		s, err := StrOf(t, a)
		if err != nil {
			return Value{}, err
		}
		b.WriteString(s)
	}
	b.WriteString(end)
	if err := writeTo(t, file, b.String()); err != nil {
		return Value{}, err
	}
	if flush {
		if err := flushFile(t, file); err != nil {
			return Value{}, err
		}
	}
	return None, nil
}

// printSeparator checks print's sep= and end= (None means the default).
func printSeparator(name string, v Value, def string) (string, error) {
	if v.IsNone() {
		return def, nil
	}
	s, ok := AsStr(v)
	if !ok {
		return "", Errorf(TypeErrorType, "%s must be None or a string, not %s", name, TypeName(v))
	}
	return s, nil
}

// writeTo writes s to a file object: directly for the standard streams
// (null file: the interpreter's stdout), through its write method otherwise.
func writeTo(t *Thread, file Value, s string) error {
	if file.IsNull() {
		return t.Interp.Stdout.WriteString(s)
	}
	if st, ok := file.obj.(*textStream); ok && st.out != nil {
		return st.out.WriteString(s)
	}
	w, err := GetAttr(t, file, "write")
	if err != nil {
		return err
	}
	_, err = Call(t, w, []Value{NewStr(s)}, nil)
	return err
}

func flushFile(t *Thread, file Value) error {
	if file.IsNull() {
		return t.Interp.Stdout.Flush()
	}
	if st, ok := file.obj.(*textStream); ok && st.out != nil {
		return st.out.Flush()
	}
	f, err := GetAttr(t, file, "flush")
	if err != nil {
		return err
	}
	_, err = Call(t, f, nil, nil)
	return err
}

// stdinMu serialises reads of the shared stdin reader.
var stdinMu sync.Mutex

// readLine reads one line from the interpreter's stdin, with its newline;
// "" at end of input. Waiting for input is a blocking call: the GIL is
// released meanwhile.
func readLine(t *Thread) (line string, err error) {
	t.Block(func() {
		stdinMu.Lock()
		defer stdinMu.Unlock()
		line, err = t.Interp.Stdin.ReadString('\n')
	})
	if err == io.EOF {
		err = nil
	}
	return line, err
}

func builtinInput(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	if err := checkPositional("input", args, kwargs, 0, 1); err != nil {
		return Value{}, err
	}
	out := sysStream(t, "stdout")
	if len(args) == 1 {
		prompt, err := StrOf(t, args[0])
		if err != nil {
			return Value{}, err
		}
		if err := writeTo(t, out, prompt); err != nil {
			return Value{}, err
		}
	}
	if err := flushFile(t, out); err != nil {
		return Value{}, err
	}
	line, err := readLine(t)
	if err != nil {
		return Value{}, Errorf(OSErrorType, "%v", err)
	}
	if line == "" {
		return Value{}, Errorf(EOFErrorType, "EOF when reading a line")
	}
	return NewStr(strings.TrimSuffix(line, "\n")), nil
}
