package runtime

// BaseException.add_note and the __notes__ a traceback prints (PEP 678,
// new in CPython 3.11).

func init() {
	BaseExceptionType.AddMethod("add_note", func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		e, ok := self.obj.(*Exception)
		if !ok {
			return Value{}, Errorf(TypeErrorType, "descriptor 'add_note' requires a 'BaseException' object but received a '%s'", TypeName(self))
		}
		if len(kwargs) > 0 {
			return Value{}, noKeywords("BaseException.add_note")
		}
		if len(args) != 1 {
			return Value{}, Errorf(TypeErrorType, "%s.add_note() takes exactly one argument (%d given)", e.typ.Name, len(args))
		}
		if _, ok := AsStr(args[0]); !ok {
			return Value{}, Errorf(TypeErrorType, "note must be a str, not '%s'", TypeName(args[0]))
		}
		notes, err := exceptionGetAttr(t, self, "__notes__")
		if err != nil {
			// No notes yet: start the list.
			list := NewList([]Value{args[0]})
			return None, exceptionSetAttr(t, self, "__notes__", Obj(list))
		}
		list, ok := notes.obj.(*List)
		if !ok || notes.Type() != ListType {
			return Value{}, Errorf(TypeErrorType, "Cannot add note: __notes__ is not a list")
		}
		list.Append(args[0])
		return None, nil
	})
}

// ExceptionNotes is what a traceback prints after the exception's line for
// its __notes__ (CPython's print_exception_notes): each note on its own
// line(s); a __notes__ that is not a sequence of notes prints as its repr.
// It is "" when the exception has no __notes__.
func ExceptionNotes(t *Thread, e *Exception) string {
	notes, err := exceptionGetAttr(t, Obj(e), "__notes__")
	if err != nil {
		return ""
	}
	var items []Value
	switch n := notes.obj.(type) {
	case *List:
		items = n.Items()
	case *Tuple:
		items = n.Items()
	default:
		s, err := Repr(t, notes)
		if err != nil {
			s = "<__notes__ repr() failed>"
		}
		return s + "\n"
	}
	out := ""
	for _, note := range items {
		s, ok := AsStr(note)
		if !ok {
			str, err := StrOf(t, note)
			if err != nil {
				str = "<note str() failed>"
			}
			s = str
		}
		out += s + "\n"
	}
	return out
}
