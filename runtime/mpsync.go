package runtime

// Synchronisation between processes: _mp.SemLock, the semaphore under
// multiprocessing's Lock, RLock, Semaphore, BoundedSemaphore and
// Condition (as _multiprocessing.SemLock is in CPython), and _mp.Flag,
// the shared flag under Event. Their state is a futex cell in shared
// memory (mpshm.go); a recursive lock's owner and depth are the holding
// process's own business and stay in its Go object.

import (
	"os"
	"strconv"
	"sync/atomic"
	"time"
)

// SemLock kinds, as CPython's multiprocessing.synchronize numbers them.
const (
	semRecursiveMutex = 0
	semSemaphore      = 1
)

// semValueMax is SEM_VALUE_MAX: the bound of an unbounded Semaphore.
const semValueMax = 1<<31 - 1

var (
	semLockType = NewBuiltinType("SemLock", ObjectType)
	flagType    = NewBuiltinType("Flag", ObjectType)
)

// semLock is a counting semaphore shared between processes.
type semLock struct {
	shm      *sharedMem
	sem      futexCell
	kind     int
	maxvalue int
	// count and owner are this process's: how many times the owning
	// thread holds it (recursion, or acquisitions of a semaphore). Atomic:
	// other threads look at them (_is_mine, reprs).
	count atomic.Int64
	owner atomic.Int64
}

// Type implements Object.
func (s *semLock) Type() *Type { return semLockType }

func (s *semLock) wireKind() string      { return "SemLock" }
func (s *semLock) wireFiles() []*os.File { return []*os.File{s.shm.f} }
func (s *semLock) wireState() Value {
	return NewTuple([]Value{Int(int64(s.kind)), Int(int64(s.maxvalue))})
}

// acquire is SemLock.acquire with the wait already parsed.
func (s *semLock) acquire(t *Thread, timeout time.Duration) (bool, error) {
	if s.kind == semRecursiveMutex && s.isMine(t) {
		s.count.Add(1)
		return true, nil
	}
	ok, err := s.sem.semAcquire(t, timeout)
	if err != nil || !ok {
		return false, err
	}
	s.owner.Store(t.Ident)
	s.count.Add(1)
	return true, nil
}

// release is SemLock.release, with CPython's checks.
func (s *semLock) release(t *Thread) error {
	if s.kind == semRecursiveMutex {
		if !s.isMine(t) {
			return Errorf(AssertionErrorType, "attempt to release recursive lock not owned by thread")
		}
		if s.count.Load() > 1 {
			s.count.Add(-1)
			return nil
		}
	} else if s.maxvalue != semValueMax && int(s.sem.load()) >= s.maxvalue {
		return Errorf(ValueErrorType, "semaphore or lock released too many times")
	}
	if s.count.Add(-1) < 0 {
		s.count.Store(0) // released by another process or thread than took it
	}
	s.sem.semRelease()
	return nil
}

// isMine is SemLock._is_mine(): held by the calling thread.
func (s *semLock) isMine(t *Thread) bool {
	return s.count.Load() > 0 && s.owner.Load() == t.Ident
}

// flag is a boolean shared between processes that they can wait on.
type flag struct {
	shm *sharedMem
	val futexCell
}

// Type implements Object.
func (f *flag) Type() *Type { return flagType }

func (f *flag) wireKind() string      { return "Event" }
func (f *flag) wireFiles() []*os.File { return []*os.File{f.shm.f} }
func (f *flag) wireState() Value      { return None }

func newSemLock(kind, value, maxvalue int) (*semLock, error) {
	shm, err := newSharedMem(8)
	if err != nil {
		return nil, NewOSError(err, Value{})
	}
	s := &semLock{shm: shm, sem: shm.cell(0), kind: kind, maxvalue: maxvalue}
	s.sem.store(uint32(value))
	return s, nil
}

// semLockNew is _mp.SemLock(kind, value, maxvalue).
func semLockNew(t *Thread, typ *Type, args []Value, kwargs []Kwarg) (Value, error) {
	var kindV, valueV, maxV Value
	if err := UnpackArgs("SemLock", args, kwargs, "kind", &kindV, "value", &valueV, "maxvalue", &maxV); err != nil {
		return Value{}, err
	}
	kind, err := AsIndex(t, kindV)
	if err != nil {
		return Value{}, err
	}
	value, err := AsIndex(t, valueV)
	if err != nil {
		return Value{}, err
	}
	maxvalue, err := AsIndex(t, maxV)
	if err != nil {
		return Value{}, err
	}
	if kind != semRecursiveMutex && kind != semSemaphore {
		return Value{}, Errorf(ValueErrorType, "unrecognized kind")
	}
	if value < 0 || value > semValueMax {
		return Value{}, Errorf(ValueErrorType, "invalid value")
	}
	s, err := newSemLock(int(kind), int(value), int(min(maxvalue, semValueMax)))
	if err != nil {
		return Value{}, err
	}
	return Obj(s), nil
}

// semAcquireArgs parses acquire(block=True, timeout=None) as SemLock does.
func semAcquireArgs(t *Thread, args []Value, kwargs []Kwarg) (time.Duration, error) {
	block, timeout := True, None
	if err := UnpackArgs("acquire", args, kwargs, "block?", &block, "timeout?", &timeout); err != nil {
		return 0, err
	}
	b, err := Truth(t, block)
	if err != nil || !b {
		return 0, err
	}
	d, err := parseTimeout(t, timeout)
	return d.duration(), err
}

func init() {
	st := semLockType
	st.Module = "_mp"
	st.New = semLockNew
	st.Hash = func(t *Thread, v Value) (int64, error) { return IdentityHash(v), nil }
	st.GetAttr = func(t *Thread, v Value, name string) (Value, error) {
		s := v.obj.(*semLock)
		switch name {
		case "kind":
			return Int(int64(s.kind)), nil
		case "maxvalue":
			return Int(int64(s.maxvalue)), nil
		}
		return qualifiedGetAttr("_mp.SemLock")(t, v, name)
	}
	acquire := func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		d, err := semAcquireArgs(t, args, kwargs)
		if err != nil {
			return Value{}, err
		}
		ok, err := self.obj.(*semLock).acquire(t, d)
		return Bool(ok), err
	}
	release := func(t *Thread, self Value, _ []Value, _ []Kwarg) (Value, error) {
		return None, self.obj.(*semLock).release(t)
	}
	st.AddMethod("acquire", acquire)
	st.AddMethod("__enter__", acquire)
	st.AddMethod("release", noArgMethod("release", release))
	st.AddMethod("__exit__", release)
	st.Enter = func(t *Thread, v Value) (Value, error) { return acquire(t, v, nil, nil) }
	st.Exit = func(t *Thread, v Value, _, _, _ Value) (Value, error) { return release(t, v, nil, nil) }
	st.AddMethod("_count", noArgMethod("_count", func(t *Thread, self Value, _ []Value, _ []Kwarg) (Value, error) {
		return Int(self.obj.(*semLock).count.Load()), nil
	}))
	st.AddMethod("_is_mine", noArgMethod("_is_mine", func(t *Thread, self Value, _ []Value, _ []Kwarg) (Value, error) {
		return Bool(self.obj.(*semLock).isMine(t)), nil
	}))
	st.AddMethod("_get_value", noArgMethod("_get_value", func(t *Thread, self Value, _ []Value, _ []Kwarg) (Value, error) {
		return Int(int64(self.obj.(*semLock).sem.load())), nil
	}))
	st.AddMethod("_is_zero", noArgMethod("_is_zero", func(t *Thread, self Value, _ []Value, _ []Kwarg) (Value, error) {
		return Bool(self.obj.(*semLock).sem.load() == 0), nil
	}))
	st.Repr = func(t *Thread, v Value) (string, error) {
		s := v.obj.(*semLock)
		return "<_mp.SemLock kind=" + strconv.Itoa(s.kind) + " value=" + strconv.Itoa(int(s.sem.load())) + ">", nil
	}
	wireHandleDecoders["SemLock"] = func(t *Thread, files []*os.File, state Value) (Object, error) {
		tup, ok := AsTuple(state)
		if !ok || len(files) != 1 || tup.Len() != 2 {
			return nil, moduleError(UnpicklingErrorType, "bad SemLock state")
		}
		shm, err := mapSharedFile(files[0], 8)
		if err != nil {
			return nil, NewOSError(err, Value{})
		}
		return &semLock{shm: shm, sem: shm.cell(0), kind: int(tup.items[0].AsInt()), maxvalue: int(tup.items[1].AsInt())}, nil
	}
	initFlagType()
}

func initFlagType() {
	ft := flagType
	ft.Module = "_mp"
	ft.New = func(t *Thread, typ *Type, args []Value, kwargs []Kwarg) (Value, error) {
		if err := checkNoArgs("Flag", args, kwargs); err != nil {
			return Value{}, err
		}
		shm, err := newSharedMem(8)
		if err != nil {
			return Value{}, NewOSError(err, Value{})
		}
		return Obj(&flag{shm: shm, val: shm.cell(0)}), nil
	}
	ft.Hash = func(t *Thread, v Value) (int64, error) { return IdentityHash(v), nil }
	ft.GetAttr = qualifiedGetAttr("_mp.Flag")
	ft.AddMethod("is_set", noArgMethod("is_set", func(t *Thread, self Value, _ []Value, _ []Kwarg) (Value, error) {
		return Bool(self.obj.(*flag).val.load() != 0), nil
	}))
	ft.AddMethod("set", noArgMethod("set", func(t *Thread, self Value, _ []Value, _ []Kwarg) (Value, error) {
		f := self.obj.(*flag)
		f.val.store(1)
		f.val.wake(-1)
		return None, nil
	}))
	ft.AddMethod("clear", noArgMethod("clear", func(t *Thread, self Value, _ []Value, _ []Kwarg) (Value, error) {
		self.obj.(*flag).val.store(0)
		return None, nil
	}))
	ft.AddMethod("wait", flagWait)
	wireHandleDecoders["Event"] = func(t *Thread, files []*os.File, state Value) (Object, error) {
		if len(files) != 1 {
			return nil, moduleError(UnpicklingErrorType, "bad Event state")
		}
		shm, err := mapSharedFile(files[0], 8)
		if err != nil {
			return nil, NewOSError(err, Value{})
		}
		return &flag{shm: shm, val: shm.cell(0)}, nil
	}
}

// flagWait is Flag.wait(timeout=None): True once the flag is set, False
// if the time ran out first.
func flagWait(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
	timeout := None
	if err := UnpackArgs("wait", args, kwargs, "timeout?", &timeout); err != nil {
		return Value{}, err
	}
	d, err := parseTimeout(t, timeout)
	if err != nil {
		return Value{}, err
	}
	f := self.obj.(*flag)
	ok, err := f.val.await(t, func() (bool, uint32) {
		v := f.val.load()
		return v != 0, v
	}, d.duration())
	return Bool(ok), err
}
