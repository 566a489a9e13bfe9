package runtime

// Traceback objects: what e.__traceback__ and the third argument of
// __exit__ are. minipy keeps a traceback as the exception's list of
// TraceEntry values; a Traceback is a view of one entry of that list, and
// tb_next is the view of the next one (innermost last, as CPython links
// them).
type Traceback struct {
	exc   *Exception
	index int
}

// TracebackType is the type of traceback objects.
var TracebackType = NewBuiltinType("traceback", ObjectType)

// Type implements Object.
func (tb *Traceback) Type() *Type { return TracebackType }

// TracebackOf returns exc.__traceback__: a traceback object, or None when
// the exception has not been raised.
func TracebackOf(exc *Exception) Value {
	if exc == nil || len(exc.Traceback) == 0 {
		return None
	}
	return Obj(&Traceback{exc: exc})
}

func init() {
	TracebackType.GetAttr = func(t *Thread, v Value, name string) (Value, error) {
		tb := v.obj.(*Traceback)
		if tb.index >= len(tb.exc.Traceback) {
			return GenericGetAttr(t, v, name)
		}
		entry := tb.exc.Traceback[tb.index]
		switch name {
		case "tb_lineno":
			return Int(int64(entry.Line)), nil
		case "tb_next":
			if tb.index+1 >= len(tb.exc.Traceback) {
				return None, nil
			}
			return Obj(&Traceback{exc: tb.exc, index: tb.index + 1}), nil
		case "tb_frame":
			return None, nil
		}
		return GenericGetAttr(t, v, name)
	}
}
