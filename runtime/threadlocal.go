package runtime

// _thread._local (threading.local): an object whose attributes are
// different in every thread. Each thread keeps its own attribute dicts, one
// per local object it has used, so a thread reads and writes them without
// any lock and they go away when the thread ends (CPython uses weak
// references for the same purpose).

// Local is a _thread._local object, or an instance of a class deriving
// from threading.local.
type Local struct {
	// ext gives an instance of a subclass its class (its dict is unused:
	// the attributes are per thread).
	ext *subclassExt
	// args and kwargs are the constructor's arguments: a subclass's
	// __init__ runs again with them in every other thread that uses the
	// object, as in CPython.
	args   []Value
	kwargs []Kwarg
}

// Type implements Object.
func (l *Local) Type() *Type {
	if l.ext != nil {
		return l.ext.cls
	}
	return LocalType
}

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
	// object.__repr__, as CPython's _local has no repr of its own:
	// "<_thread._local object at 0x...>", "<__main__.Sub object at 0x...>".
	lt.Repr = func(t *Thread, v Value) (string, error) { return DefaultRepr(v), nil }
	lt.GetAttr = localGetAttr
	lt.SetAttr = func(t *Thread, v Value, name string, val Value) error {
		if name == "__dict__" {
			return Errorf(AttributeErrorType, "'_thread._local' object attribute '__dict__' is read-only")
		}
		d, err := localDict(t, v)
		if err != nil {
			return err
		}
		d.SetStr(name, val)
		return nil
	}
	lt.DelAttr = func(t *Thread, v Value, name string) error {
		d, err := localDict(t, v)
		if err != nil {
			return err
		}
		if !d.DelStr(name) {
			return localNoAttribute(v, name)
		}
		return nil
	}
}

// newLocalInstance is _thread._local.__new__ for a subclass cls: the
// arguments are kept for the __init__ of other threads, and the creating
// thread's dict is made now (its __init__ is the one the class call runs).
func newLocalInstance(t *Thread, cls *Type, args []Value, kwargs []Kwarg) (Value, error) {
	if (len(args) > 0 || len(kwargs) > 0) && !initOverridden(cls) {
		return Value{}, Errorf(TypeErrorType, "Initialization arguments are not supported")
	}
	// Copies: the caller's slices may be a window on its frame's stack.
	l := &Local{ext: &subclassExt{cls: cls}, args: append([]Value(nil), args...), kwargs: append([]Kwarg(nil), kwargs...)}
	if t != nil {
		s := &t.sched
		if s.locals == nil {
			s.locals = map[*Local]*Dict{}
		}
		s.locals[l] = NewDict()
	}
	return Obj(l), nil
}

// localDict returns the calling thread's attribute dict of the local
// object v, making it on the thread's first use; for an instance of a
// subclass with an __init__, that first use runs __init__ with the
// constructor's arguments (CPython's _ldict).
func localDict(t *Thread, v Value) (*Dict, error) {
	l := v.obj.(*Local)
	s := &t.sched
	if d := s.locals[l]; d != nil {
		return d, nil
	}
	if s.locals == nil {
		s.locals = map[*Local]*Dict{}
	}
	d := NewDict()
	s.locals[l] = d
	if l.ext != nil && initOverridden(l.ext.cls) {
		init, _ := l.ext.cls.Lookup("__init__")
		if _, err := callMethod(t, init, v, l.args, l.kwargs); err != nil {
			return nil, err
		}
	}
	return d, nil
}

func localGetAttr(t *Thread, v Value, name string) (Value, error) {
	if t == nil { // a repr without a thread: no thread's view to show
		return Value{}, localNoAttribute(v, name)
	}
	d, err := localDict(t, v)
	if err != nil {
		return Value{}, err
	}
	if name == "__dict__" {
		return Obj(d), nil
	}
	if x, ok := d.GetStr(name); ok {
		return x, nil
	}
	if attr, ok := v.Type().Lookup(name); ok {
		return Bind(t, attr, v, v.Type())
	}
	return Value{}, localNoAttribute(v, name)
}

func localNoAttribute(v Value, name string) error {
	return Errorf(AttributeErrorType, "'%s' object has no attribute '%s'", localTypeName(v), name)
}

// localTypeName is the type name CPython's messages give: the qualified
// _thread._local for the base type, the class name for a subclass.
func localTypeName(v Value) string {
	if l, ok := v.obj.(*Local); ok && l.ext != nil {
		return l.ext.cls.Name
	}
	return "_thread._local"
}
