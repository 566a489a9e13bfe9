package runtime

// The _asyncio_wait module: the one primitive minipy's asyncio
// (pylib/asyncio.py, CPython's algorithms in Python) needs from Go. CPython's
// event loop idles in select() on a self-pipe; minipy's idles in a Waker:
//
//	w = _asyncio_wait.Waker()
//	w.wait(timeout)   # the loop, when it has nothing ready: sleeps until the
//	                  # next timer (timeout seconds; None: no timer) or until
//	w.notify()        # another thread hands it work (call_soon_threadsafe,
//	                  # a finished to_thread or executor call)
//
// wait releases the GIL and counts as blocked time, like time.sleep, so an
// idle loop costs no CPU and lets other threads run; Ctrl-C cuts it short
// with KeyboardInterrupt. A notify that arrives while nobody waits is kept
// (one is enough: the loop drains all its pending work after each wait), so
// no wake-up is lost between the loop's check of its inbox and its wait.

import "time"

func init() {
	RegisterModule("_asyncio_wait", newAsyncioWaitModule)
	initWakerType()
}

func newAsyncioWaitModule(_ *Interpreter) (*Module, error) {
	m := NewModule("_asyncio_wait")
	m.Dict.SetStr("Waker", Obj(WakerType))
	return m, nil
}

// WakerType is _asyncio_wait.Waker.
var WakerType = NewBuiltinType("Waker", ObjectType)

// Waker is the event loop's idle wait: a wait that a notify from any thread
// ends early.
type Waker struct {
	pending chan struct{} // holds a token while a notification is pending
}

// Type implements Object.
func (w *Waker) Type() *Type { return WakerType }

// NewWaker returns a waker with no notification pending.
func NewWaker() *Waker { return &Waker{pending: make(chan struct{}, 1)} }

// Notify wakes the thread waiting in Wait, or the next Wait if none is
// waiting. Safe from any goroutine; it never blocks.
func (w *Waker) Notify() {
	select {
	case w.pending <- struct{}{}:
	default: // already pending
	}
}

// Wait blocks thread t until a notification (true) or until d has passed
// (false; d < 0: no limit), consuming the notification. A zero d only
// polls, keeping the GIL; a real wait releases it and counts as blocked.
// The error is KeyboardInterrupt when Ctrl-C ends the wait.
func (w *Waker) Wait(t *Thread, d time.Duration) (bool, error) {
	select {
	case <-w.pending:
		return true, nil
	default:
	}
	if d == 0 {
		return false, nil
	}
	t.BeginBlocking()
	defer t.EndBlocking()
	return t.waitOn(w.pending, d)
}

func initWakerType() {
	wt := WakerType
	wt.Module = "_asyncio_wait"
	wt.New = func(t *Thread, typ *Type, args []Value, kwargs []Kwarg) (Value, error) {
		if err := checkNoArgs("Waker", args, kwargs); err != nil {
			return Value{}, err
		}
		return Obj(NewWaker()), nil
	}
	wt.Repr = func(t *Thread, v Value) (string, error) { return DefaultRepr(v), nil }
	wt.Hash = func(t *Thread, v Value) (int64, error) { return IdentityHash(v), nil }
	wt.GetAttr = qualifiedGetAttr("_asyncio_wait.Waker")
	wt.AddMethod("wait", wakerWait)
	wt.AddMethod("notify", noArgMethod("notify", func(t *Thread, self Value, _ []Value, _ []Kwarg) (Value, error) {
		self.obj.(*Waker).Notify()
		return None, nil
	}))
}

// wakerWait is Waker.wait(timeout=None): timeout in seconds, None for no
// limit; a negative timeout only polls, as threading.Event.wait's does.
func wakerWait(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
	timeout := None
	if err := UnpackArgs("wait", args, kwargs, "timeout?", &timeout); err != nil {
		return Value{}, err
	}
	d := time.Duration(-1)
	if !timeout.IsNone() {
		var err error
		if d, err = secondsArg(t, timeout); err != nil {
			return Value{}, err
		}
		if d < 0 {
			d = 0
		}
	}
	got, err := self.obj.(*Waker).Wait(t, d)
	if err != nil {
		return Value{}, err
	}
	return Bool(got), nil
}
