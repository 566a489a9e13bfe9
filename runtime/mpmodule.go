package runtime

// The _mp module: the Go primitives under pylib's multiprocessing (as
// _multiprocessing and _posixsubprocess are under CPython's): starting a
// child, the child's entry point, pipes, waiting on several handles,
// cross-process semaphores, flags, queues and shared arrays.

import (
	"os"
	"sync"
	"time"
)

func init() {
	RegisterModule("_mp", newMPModule)
	initQueueType()
}

func newMPModule(in *Interpreter) (*Module, error) {
	// As CPython's multiprocessing does on import: the main module is also
	// "__mp_main__", the name its classes and functions carry in a child,
	// so that what a child sends back resolves in the parent. (Import
	// holds modMu while it runs a module's init.)
	if main, ok := in.modules["__main__"]; ok && in.modules["__mp_main__"] == nil {
		in.modules["__mp_main__"] = main
	}
	m := NewModule("_mp")
	m.AddFunc("spawn", mpSpawn)
	m.AddFunc("child_main", childMain)
	m.AddFunc("Pipe", mpPipe)
	m.AddFunc("wait", mpWait)
	m.AddFunc("assert_spawning", mpAssertSpawning)
	m.AddFunc("print_exception", mpPrintException)
	m.AddFunc("exit_function", func(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		// What a process does when its work is done: wait for its
		// non-daemon threads, then for its children and queue feeders.
		if err := checkNoArgs("exit_function", args, kwargs); err != nil {
			return Value{}, err
		}
		return None, ShutdownThreads(t) // ShutdownProcesses included
	})
	m.AddFunc("parent_info", func(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		if err := checkNoArgs("parent_info", args, kwargs); err != nil {
			return Value{}, err
		}
		r := &t.Interp.procs
		r.mu.Lock()
		p := r.parent
		r.mu.Unlock()
		if p == nil {
			return None, nil
		}
		return NewTuple([]Value{Int(int64(p.pid)), NewStr(p.name)}), nil
	})
	m.AddFunc("Queue", func(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		maxsize, kind := Int(0), Int(queuePlain)
		if err := UnpackArgs("Queue", args, kwargs, "maxsize?", &maxsize, "kind?", &kind); err != nil {
			return Value{}, err
		}
		n, err := AsIndex(t, maxsize)
		if err != nil {
			return Value{}, err
		}
		if n < 0 || n >= semValueMax {
			n = 0
		}
		q, err := newQueue(int(n), int(kind.AsInt()))
		if err != nil {
			return Value{}, err
		}
		return Obj(q), nil
	})
	m.Dict.SetStr("SemLock", Obj(semLockType))
	m.Dict.SetStr("Flag", Obj(flagType))
	m.Dict.SetStr("SharedArray", Obj(sharedArrayType))
	m.Dict.SetStr("Listener", Obj(listenerType))
	m.AddFunc("Client", mpClient)
	m.Dict.SetStr("RECURSIVE_MUTEX", Int(semRecursiveMutex))
	m.Dict.SetStr("SEMAPHORE", Int(semSemaphore))
	m.Dict.SetStr("SEM_VALUE_MAX", Int(semValueMax))
	return m, nil
}

// mpSpawn is _mp.spawn(process_obj, name, daemon): start a child running
// process_obj._bootstrap() and return its Popen handle.
func mpSpawn(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	var obj, nameV, daemonV Value
	if err := UnpackArgs("spawn", args, kwargs, "process_obj", &obj, "name", &nameV, "daemon", &daemonV); err != nil {
		return Value{}, err
	}
	name, _ := AsStr(nameV)
	daemon, err := Truth(t, daemonV)
	if err != nil {
		return Value{}, err
	}
	spawningThreads.Store(t, true)
	c, err := spawn(t, obj, name, daemon)
	spawningThreads.Delete(t)
	if err != nil {
		return Value{}, err
	}
	return Obj(c), nil
}

// spawningThreads holds the threads that are encoding a Process object
// for a child being started: the only time a queue or lock may be sent.
var spawningThreads sync.Map

// mpAssertSpawning is _mp.assert_spawning(obj, name=None), called by the
// __getstate__ of objects that can only be inherited (as
// multiprocessing.context.assert_spawning is); the message names obj's
// type, or name when given.
func mpAssertSpawning(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	var obj Value
	name := None
	if err := UnpackArgs("assert_spawning", args, kwargs, "obj", &obj, "name?", &name); err != nil {
		return Value{}, err
	}
	if _, ok := spawningThreads.Load(t); !ok {
		kind, ok := AsStr(name)
		if !ok {
			kind = obj.Type().Name
		}
		return Value{}, notInherited(kind)
	}
	return None, nil
}

// mpPrintException prints an exception's traceback to stderr, as
// traceback.print_exc() does for Process._bootstrap.
func mpPrintException(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	if err := checkOneArg("print_exception", args, kwargs); err != nil {
		return Value{}, err
	}
	if exc, ok := args[0].obj.(*Exception); ok {
		printException(t, exc)
	}
	return None, nil
}

// mpPipe is Pipe(duplex=True).
func mpPipe(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	duplexV := True
	if err := UnpackArgs("Pipe", args, kwargs, "duplex?", &duplexV); err != nil {
		return Value{}, err
	}
	duplex, err := Truth(t, duplexV)
	if err != nil {
		return Value{}, err
	}
	a, b, err := newPipe(duplex)
	if err != nil {
		return Value{}, err
	}
	return NewTuple([]Value{Obj(a), Obj(b)}), nil
}

// mpWait is multiprocessing.connection.wait(object_list, timeout=None):
// the objects (connections, queues, process sentinels as Popen handles
// or descriptor numbers) that are ready to read, or became so within the
// timeout.
func mpWait(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	var objsV Value
	timeout := None
	if err := UnpackArgs("wait", args, kwargs, "object_list", &objsV, "timeout?", &timeout); err != nil {
		return Value{}, err
	}
	d, err := parseTimeout(t, timeout)
	if err != nil {
		return Value{}, err
	}
	objs, err := iterToSlice(t, objsV)
	if err != nil {
		return Value{}, err
	}
	fds := make([]int32, len(objs))
	for i, o := range objs {
		if fds[i], err = waitableFd(t, o); err != nil {
			return Value{}, err
		}
	}
	ready, err := t.waitReadable(fds, d.duration())
	if err != nil {
		return Value{}, err
	}
	var out []Value
	for i, r := range ready {
		if r {
			out = append(out, objs[i])
		}
	}
	return Obj(NewList(out)), nil
}

// waitableFd is the descriptor that becomes readable when o is ready.
func waitableFd(t *Thread, o Value) (int32, error) {
	switch x := o.obj.(type) {
	case *Connection:
		return int32(x.fd), nil
	case *childProcess:
		return int32(x.sentinel.Fd()), nil
	case *mpQueue:
		return int32(x.rfd), nil
	}
	if o.IsInt() {
		return int32(o.AsInt()), nil
	}
	fileno, err := GetAttr(t, o, "fileno")
	if err != nil {
		return 0, err
	}
	n, err := Call(t, fileno, nil, nil)
	if err != nil {
		return 0, err
	}
	fd, err := AsIndex(t, n)
	return int32(fd), err
}

// iterToSlice collects an iterable's items.
func iterToSlice(t *Thread, v Value) ([]Value, error) {
	if l, ok := v.obj.(*List); ok {
		return l.Items(), nil
	}
	if tup, ok := AsTuple(v); ok {
		return tup.Items(), nil
	}
	it, err := Iter(t, v)
	if err != nil {
		return nil, err
	}
	var out []Value
	for {
		x, ok, err := Next(t, it)
		if err != nil {
			return nil, err
		}
		if !ok {
			return out, nil
		}
		out = append(out, x)
	}
}

// queueError raises the queue module's Empty or Full.
func queueError(t *Thread, name string) error {
	m, err := t.Import("queue")
	if err != nil {
		return err
	}
	cls, ok := m.Dict.GetStr(name)
	if !ok {
		return Errorf(RuntimeErrorType, "queue.%s is missing", name)
	}
	exc, err := Call(t, cls, nil, nil)
	if err != nil {
		return err
	}
	if e, ok := exc.obj.(*Exception); ok {
		return e
	}
	return Errorf(TypeErrorType, "exceptions must derive from BaseException")
}

// blockTimeout reads the (block, timeout) arguments of put and get: the
// time to wait, zero for a non-blocking call.
func blockTimeout(t *Thread, block, timeout Value) (time.Duration, error) {
	b, err := Truth(t, block)
	if err != nil || !b {
		return 0, err
	}
	d, err := parseTimeout(t, timeout)
	return d.duration(), err
}

func initQueueType() {
	qt := mpQueueType
	qt.Module = "_mp"
	qt.Hash = func(t *Thread, v Value) (int64, error) { return IdentityHash(v), nil }
	qt.GetAttr = qualifiedGetAttr("_mp.Queue")
	qt.AddMethod("put", func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		var obj Value
		block, timeout := True, None
		if err := UnpackArgs("put", args, kwargs, "obj", &obj, "block?", &block, "timeout?", &timeout); err != nil {
			return Value{}, err
		}
		d, err := blockTimeout(t, block, timeout)
		if err != nil {
			return Value{}, err
		}
		ok, err := self.obj.(*mpQueue).put(t, obj, d)
		if err == nil && !ok {
			err = queueError(t, "Full")
		}
		return None, err
	})
	qt.AddMethod("get", func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		block, timeout := True, None
		if err := UnpackArgs("get", args, kwargs, "block?", &block, "timeout?", &timeout); err != nil {
			return Value{}, err
		}
		d, err := blockTimeout(t, block, timeout)
		if err != nil {
			return Value{}, err
		}
		v, ok, err := self.obj.(*mpQueue).get(t, d)
		if err == nil && !ok {
			err = queueError(t, "Empty")
		}
		return v, err
	})
	qt.AddMethod("qsize", noArgMethod("qsize", func(t *Thread, self Value, _ []Value, _ []Kwarg) (Value, error) {
		return Int(int64(self.obj.(*mpQueue).count.load())), nil
	}))
	qt.AddMethod("empty", noArgMethod("empty", func(t *Thread, self Value, _ []Value, _ []Kwarg) (Value, error) {
		return Bool(self.obj.(*mpQueue).count.load() == 0), nil
	}))
	qt.AddMethod("full", noArgMethod("full", func(t *Thread, self Value, _ []Value, _ []Kwarg) (Value, error) {
		q := self.obj.(*mpQueue)
		return Bool(q.maxsize > 0 && q.slots.load() == 0), nil
	}))
	qt.AddMethod("task_done", noArgMethod("task_done", func(t *Thread, self Value, _ []Value, _ []Kwarg) (Value, error) {
		return None, self.obj.(*mpQueue).taskDone()
	}))
	qt.AddMethod("join", noArgMethod("join", func(t *Thread, self Value, _ []Value, _ []Kwarg) (Value, error) {
		_, err := self.obj.(*mpQueue).unfinished.awaitValue(t, 0, -1)
		return None, err
	}))
	qt.AddMethod("join_thread", noArgMethod("join_thread", func(t *Thread, self Value, _ []Value, _ []Kwarg) (Value, error) {
		t.Block(self.obj.(*mpQueue).feeder.drain)
		return None, nil
	}))
	qt.AddMethod("cancel_join_thread", noArgMethod("cancel_join_thread", func(t *Thread, self Value, _ []Value, _ []Kwarg) (Value, error) {
		f := &self.obj.(*mpQueue).feeder
		f.mu.Lock()
		f.cancelled = true
		f.cond.Broadcast()
		f.mu.Unlock()
		return None, nil
	}))
	wireHandleDecoders["Queue"] = func(t *Thread, files []*os.File, state Value) (Object, error) {
		tup, ok := AsTuple(state)
		if !ok || len(files) != 3 || tup.Len() != 2 {
			return nil, moduleError(UnpicklingErrorType, "bad Queue state")
		}
		shm, err := mapSharedFile(files[2], qShmSize)
		if err != nil {
			return nil, NewOSError(err, Value{})
		}
		return openQueue(files[0], files[1], shm, int(tup.items[0].AsInt()), int(tup.items[1].AsInt())), nil
	}
}
