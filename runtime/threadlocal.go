package runtime

// _thread._local (threading.local): an object whose attributes are
// different in every thread. Each thread keeps its own attribute dicts, one
// per local object it has used, so a thread reads and writes them without
// any lock and they go away when the thread ends (CPython uses weak
// references for the same purpose).

// Local is a _thread._local object.
type Local struct{}

// Type implements Object.
func (l *Local) Type() *Type { return LocalType }

// LocalType is _thread._local.
var LocalType = NewBuiltinType("_local", ObjectType)

func init() {
	lt := LocalType
	lt.Module = "_thread"
	lt.New = func(t *Thread, typ *Type, args []Value, kwargs []Kwarg) (Value, error) {
		if len(args) > 0 || len(kwargs) > 0 {
			return Value{}, Errorf(TypeErrorType, "Initialization arguments are not supported")
		}
		return Obj(&Local{}), nil
	}
	lt.Hash = func(t *Thread, v Value) (int64, error) { return IdentityHash(v), nil }
	lt.GetAttr = localGetAttr
	lt.SetAttr = func(t *Thread, v Value, name string, val Value) error {
		if name == "__dict__" {
			return Errorf(AttributeErrorType, "'_thread._local' object attribute '__dict__' is read-only")
		}
		localDict(t, v.obj.(*Local)).SetStr(name, val)
		return nil
	}
	lt.DelAttr = func(t *Thread, v Value, name string) error {
		if !localDict(t, v.obj.(*Local)).DelStr(name) {
			return localNoAttribute(name)
		}
		return nil
	}
}

// localDict returns the calling thread's attribute dict of l.
func localDict(t *Thread, l *Local) *Dict {
	s := &t.sched
	d := s.locals[l]
	if d == nil {
		if s.locals == nil {
			s.locals = map[*Local]*Dict{}
		}
		d = NewDict()
		s.locals[l] = d
	}
	return d
}

func localGetAttr(t *Thread, v Value, name string) (Value, error) {
	if t == nil { // a repr without a thread: no thread's view to show
		return Value{}, localNoAttribute(name)
	}
	d := localDict(t, v.obj.(*Local))
	if name == "__dict__" {
		return Obj(d), nil
	}
	if x, ok := d.GetStr(name); ok {
		return x, nil
	}
	if attr, ok := v.Type().Lookup(name); ok {
		return Bind(t, attr, v, v.Type())
	}
	return Value{}, localNoAttribute(name)
}

func localNoAttribute(name string) error {
	return Errorf(AttributeErrorType, "'_thread._local' object has no attribute '%s'", name)
}
