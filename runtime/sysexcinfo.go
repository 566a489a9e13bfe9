package runtime

// sys.exc_info() and sys.exception(): the exception the calling thread is
// handling. Only the vm knows it (it lives in its per-thread state), so it
// installs ExcInfoHook.

// ExcInfoHook returns the exception being handled on t, or nil.
var ExcInfoHook func(t *Thread) *Exception

func handledException(t *Thread) *Exception {
	if ExcInfoHook == nil {
		return nil
	}
	return ExcInfoHook(t)
}

func addSysExcInfo(m *Module) {
	m.AddFunc("exc_info", func(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		if err := checkNoArgs("sys.exc_info", args, kwargs); err != nil {
			return Value{}, err
		}
		e := handledException(t)
		if e == nil {
			return NewTuple([]Value{None, None, None}), nil
		}
		return NewTuple([]Value{Obj(e.Type()), Obj(e), TracebackOf(e)}), nil
	})
	m.AddFunc("exception", func(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		if err := checkNoArgs("sys.exception", args, kwargs); err != nil {
			return Value{}, err
		}
		if e := handledException(t); e != nil {
			return Obj(e), nil
		}
		return None, nil
	})
}
