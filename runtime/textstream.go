package runtime

import (
	"strings"
	"unicode/utf8"
)

// textStream is sys.stdout, sys.stderr or sys.stdin: a text file object
// over one of the interpreter's standard streams.
type textStream struct {
	name string
	mode string
	out  *Output      // stdout / stderr
	in   *Interpreter // stdin: reads in.Stdin
}

// TextIOWrapperType is the type of the standard stream objects.
var TextIOWrapperType = NewBuiltinType("TextIOWrapper", ObjectType)

// Type implements Object.
func (s *textStream) Type() *Type { return TextIOWrapperType }

func init() {
	tw := TextIOWrapperType
	tw.Module = "_io"
	tw.Repr = func(t *Thread, v Value) (string, error) {
		s := v.obj.(*textStream)
		return "<_io.TextIOWrapper name='" + s.name + "' mode='" + s.mode + "' encoding='utf-8'>", nil
	}
	tw.Iter = func(t *Thread, v Value) (Value, error) { return v, nil }
	tw.Next = func(t *Thread, v Value) (Value, bool, error) {
		line, err := v.obj.(*textStream).readLine(t)
		if err != nil || line == "" {
			return Value{}, false, err
		}
		return NewStr(line), true, nil
	}
	tw.AddMethod("write", func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		if err := checkOneArg("write", args, kwargs); err != nil {
			return Value{}, err
		}
		st := self.obj.(*textStream)
		s, ok := AsStr(args[0])
		if !ok {
			return Value{}, Errorf(TypeErrorType, "write() argument must be str, not %s", TypeName(args[0]))
		}
		if st.out == nil {
			return Value{}, Errorf(OSErrorType, "not writable")
		}
		if err := st.out.WriteString(s); err != nil {
			return Value{}, Errorf(OSErrorType, "%v", err)
		}
		return Int(int64(utf8.RuneCountInString(s))), nil
	})
	tw.AddMethod("flush", func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		if err := checkNoArgs("flush", args, kwargs); err != nil {
			return Value{}, err
		}
		if st := self.obj.(*textStream); st.out != nil {
			if err := st.out.Flush(); err != nil {
				return Value{}, Errorf(OSErrorType, "%v", err)
			}
		}
		return None, nil
	})
	tw.AddMethod("readline", func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		if err := checkPositional("readline", args, kwargs, 0, 1); err != nil {
			return Value{}, err
		}
		line, err := self.obj.(*textStream).readLine(t)
		return NewStr(line), err
	})
	tw.AddMethod("read", func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		if err := checkPositional("read", args, kwargs, 0, 1); err != nil {
			return Value{}, err
		}
		var b strings.Builder
		st := self.obj.(*textStream)
		for {
			line, err := st.readLine(t)
			if err != nil {
				return Value{}, err
			}
			if line == "" {
				return NewStr(b.String()), nil
			}
			b.WriteString(line)
		}
	})
	tw.AddMethod("readlines", func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		if err := checkPositional("readlines", args, kwargs, 0, 1); err != nil {
			return Value{}, err
		}
		st := self.obj.(*textStream)
		var lines []Value
		for {
			line, err := st.readLine(t)
			if err != nil {
				return Value{}, err
			}
			if line == "" {
				return Obj(NewList(lines)), nil
			}
			lines = append(lines, NewStr(line))
		}
	})
	tw.AddMethod("writelines", func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		if err := checkOneArg("writelines", args, kwargs); err != nil {
			return Value{}, err
		}
		write, err := GetAttr(t, self, "write")
		if err != nil {
			return Value{}, err
		}
		lines, err := sequenceItems(t, args[0])
		if err != nil {
			return Value{}, err
		}
		for _, line := range lines {
			if _, err := Call(t, write, []Value{line}, nil); err != nil {
				return Value{}, err
			}
		}
		return None, nil
	})
	tw.AddMethod("isatty", func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		return False, checkNoArgs("isatty", args, kwargs)
	})
}

// readLine reads a line (with its newline) from stdin; "" at the end.
func (s *textStream) readLine(t *Thread) (string, error) {
	if s.in == nil {
		return "", Errorf(OSErrorType, "not readable")
	}
	if err := t.Interp.Stdout.Flush(); err != nil {
		return "", Errorf(OSErrorType, "%v", err)
	}
	line, err := readLine(t)
	if err != nil {
		return "", Errorf(OSErrorType, "%v", err)
	}
	return line, nil
}
