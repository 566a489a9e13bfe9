package runtime

// The Python face of the _thread locks: the types _thread.lock and
// _thread.RLock, their methods and reprs, with CPython's messages.

import "strconv"

// LockType is _thread.lock (_thread.LockType), the type of allocate_lock().
var LockType = NewBuiltinType("lock", ObjectType)

// RLockType is _thread.RLock.
var RLockType = NewBuiltinType("RLock", ObjectType)

func init() {
	lt := LockType
	lt.Module = "_thread"
	lt.Repr = func(t *Thread, v Value) (string, error) {
		return "<" + lockedWord(v.obj.(*Lock).Locked()) + " _thread.lock object at " + addrString(v) + ">", nil
	}
	lt.Hash = func(t *Thread, v Value) (int64, error) { return IdentityHash(v), nil }
	lt.GetAttr = qualifiedGetAttr("_thread.lock")
	lt.Enter = func(t *Thread, v Value) (Value, error) {
		ok, err := v.obj.(*Lock).Acquire(t, -1)
		return Bool(ok), err
	}
	lt.Exit = func(t *Thread, v Value, _, _, _ Value) (Value, error) {
		return lockRelease(t, v, nil, nil)
	}
	for _, name := range []string{"acquire", "acquire_lock", "__enter__"} {
		lt.AddMethod(name, lockAcquire)
	}
	for _, name := range []string{"release", "release_lock"} {
		lt.AddMethod(name, noArgMethod("lock."+name, lockRelease))
	}
	lt.AddMethod("__exit__", lockRelease)
	for _, name := range []string{"locked", "locked_lock"} {
		lt.AddMethod(name, noArgMethod("lock."+name, func(t *Thread, self Value, _ []Value, _ []Kwarg) (Value, error) {
			return Bool(self.obj.(*Lock).Locked()), nil
		}))
	}

	rt := RLockType
	rt.Module = "_thread"
	rt.New = func(t *Thread, typ *Type, args []Value, kwargs []Kwarg) (Value, error) {
		return Obj(NewRLock()), nil // CPython ignores the arguments
	}
	rt.Repr = func(t *Thread, v Value) (string, error) {
		r := v.obj.(*RLock)
		name := "_thread.RLock" // CPython's tp_name: a subclass's is its own name
		if r.ext != nil {
			name = r.ext.cls.Name
		}
		return "<" + lockedWord(r.lock.Locked()) + " " + name + " object owner=" + strconv.FormatInt(r.owner.Load(), 10) +
			" count=" + strconv.FormatInt(r.count.Load(), 10) + " at " + addrString(v) + ">", nil
	}
	rt.Hash = lt.Hash
	rt.GetAttr = qualifiedGetAttr("_thread.RLock")
	rt.Enter = func(t *Thread, v Value) (Value, error) {
		ok, err := v.obj.(*RLock).Acquire(t, -1)
		return Bool(ok), err
	}
	rt.Exit = func(t *Thread, v Value, _, _, _ Value) (Value, error) {
		return None, v.obj.(*RLock).Release(t)
	}
	rt.AddMethod("acquire", rlockAcquire)
	rt.AddMethod("__enter__", rlockAcquire)
	rt.AddMethod("release", noArgMethod("RLock.release", rlockRelease))
	rt.AddMethod("__exit__", rlockRelease)
	rt.AddMethod("_is_owned", noArgMethod("RLock._is_owned", func(t *Thread, self Value, _ []Value, _ []Kwarg) (Value, error) {
		r := self.obj.(*RLock)
		return Bool(r.count.Load() > 0 && r.owner.Load() == t.Ident), nil
	}))
	rt.AddMethod("_recursion_count", noArgMethod("RLock._recursion_count", func(t *Thread, self Value, _ []Value, _ []Kwarg) (Value, error) {
		r := self.obj.(*RLock)
		if r.owner.Load() != t.Ident {
			return Int(0), nil
		}
		return Int(r.count.Load()), nil
	}))
	rt.AddMethod("_release_save", noArgMethod("RLock._release_save", func(t *Thread, self Value, _ []Value, _ []Kwarg) (Value, error) {
		count, owner, err := self.obj.(*RLock).releaseSave(t)
		if err != nil {
			return Value{}, err
		}
		return NewTuple([]Value{Int(count), Int(owner)}), nil
	}))
	rt.AddMethod("_acquire_restore", rlockAcquireRestore)
}

func lockedWord(locked bool) string {
	if locked {
		return "locked"
	}
	return "unlocked"
}

func lockAcquire(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
	timeout, err := acquireArgs(t, args, kwargs)
	if err != nil {
		return Value{}, err
	}
	ok, err := self.obj.(*Lock).Acquire(t, timeout)
	return Bool(ok), err
}

func lockRelease(t *Thread, self Value, _ []Value, _ []Kwarg) (Value, error) {
	if !self.obj.(*Lock).Release() {
		return Value{}, Errorf(RuntimeErrorType, "release unlocked lock")
	}
	return None, nil
}

func rlockAcquire(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
	timeout, err := acquireArgs(t, args, kwargs)
	if err != nil {
		return Value{}, err
	}
	ok, err := self.obj.(*RLock).Acquire(t, timeout)
	return Bool(ok), err
}

func rlockRelease(t *Thread, self Value, _ []Value, _ []Kwarg) (Value, error) {
	return None, self.obj.(*RLock).Release(t)
}

// rlockAcquireRestore is RLock._acquire_restore((count, owner)).
func rlockAcquireRestore(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
	if err := checkPositional("_acquire_restore", args, kwargs, 1, 1); err != nil {
		return Value{}, err
	}
	state, ok := AsTuple(args[0])
	if !ok || state.Len() != 2 {
		return Value{}, Errorf(TypeErrorType, "_acquire_restore() argument 1 must be 2-item sequence, not %s", TypeName(args[0]))
	}
	count, err := AsIndex(t, state.Items()[0])
	if err != nil {
		return Value{}, err
	}
	owner, err := AsIndex(t, state.Items()[1])
	if err != nil {
		return Value{}, err
	}
	return None, self.obj.(*RLock).acquireRestore(t, count, owner)
}

// noArgMethod wraps a method that takes no arguments with CPython's check
// ("lock.release() takes no arguments (1 given)").
func noArgMethod(name string, fn MethodFunc) MethodFunc {
	return func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		if err := checkNoArgs(name, args, kwargs); err != nil {
			return Value{}, err
		}
		return fn(t, self, args, kwargs)
	}
}

// qualifiedGetAttr is the generic attribute lookup with CPython's wording
// for a type of an extension module: "'_thread.lock' object has no
// attribute 'x'".
func qualifiedGetAttr(qualname string) func(t *Thread, v Value, name string) (Value, error) {
	return func(t *Thread, v Value, name string) (Value, error) {
		if attr, ok := v.Type().Lookup(name); ok {
			return Bind(t, attr, v, v.Type())
		}
		return Value{}, Errorf(AttributeErrorType, "'%s' object has no attribute '%s'", qualname, name)
	}
}
