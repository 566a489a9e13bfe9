package runtime

// The Python face of _thread._ThreadHandle (threadhandle.go): ident and
// native_id, join([timeout]), is_done(), _set_done() and minipy's
// _set_name(name), which renames the thread in the --stats summary.

import "strconv"

func init() {
	ht := ThreadHandleType
	ht.Module = "_thread"
	ht.Repr = func(t *Thread, v Value) (string, error) {
		return "<_thread._ThreadHandle object: ident=" + strconv.FormatInt(v.obj.(*threadHandle).ident, 10) + ">", nil
	}
	ht.Hash = func(t *Thread, v Value) (int64, error) { return IdentityHash(v), nil }
	generic := qualifiedGetAttr("_thread._ThreadHandle")
	ht.GetAttr = func(t *Thread, v Value, name string) (Value, error) {
		h := v.obj.(*threadHandle)
		switch name {
		case "ident":
			return Int(h.ident), nil
		case "native_id":
			return Int(h.nativeIdent()), nil
		}
		return generic(t, v, name)
	}
	ht.AddMethod("join", threadHandleJoin)
	ht.AddMethod("is_done", noArgMethod("_ThreadHandle.is_done", func(t *Thread, self Value, _ []Value, _ []Kwarg) (Value, error) {
		return Bool(self.obj.(*threadHandle).isDone()), nil
	}))
	ht.AddMethod("_set_done", noArgMethod("_ThreadHandle._set_done", func(t *Thread, self Value, _ []Value, _ []Kwarg) (Value, error) {
		self.obj.(*threadHandle).setDone()
		return None, nil
	}))
	ht.AddMethod("_set_name", func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		if err := checkOneArg("_ThreadHandle._set_name", args, kwargs); err != nil {
			return Value{}, err
		}
		name, ok := AsStr(args[0])
		if !ok {
			return Value{}, Errorf(TypeErrorType, "_set_name() argument must be str, not %s", TypeName(args[0]))
		}
		if th := self.obj.(*threadHandle).thread; th != nil {
			th.setName(name)
		}
		return None, nil
	})
}

// threadHandleJoin is _ThreadHandle.join(timeout=None): wait for the thread
// to end, at most timeout seconds. The timeout is checked as a lock's
// acquire(True, timeout) checks it, since CPython 3.11's Thread.join waits
// on a lock: the same errors for NaN, negative and too large values.
func threadHandleJoin(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
	if len(kwargs) == 1 && kwargs[0].Name == "timeout" && len(args) == 0 {
		args, kwargs = []Value{kwargs[0].Value}, nil
	}
	if err := checkPositional("join", args, kwargs, 0, 1); err != nil {
		return Value{}, err
	}
	acq := []Value{True}
	if len(args) == 1 && !args[0].IsNone() {
		acq = append(acq, args[0])
	}
	timeout, err := acquireArgs(t, acq, nil)
	if err != nil {
		return Value{}, err
	}
	return None, self.obj.(*threadHandle).join(t, timeout)
}
