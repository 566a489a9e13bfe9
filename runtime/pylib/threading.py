"""Thread module emulating a subset of Java's threading model.

minipy's threading: CPython 3.11's threading.py, over the same _thread
module, written in the language subset minipy runs (no weak references, no
sys._getframe, no deque). Names, messages and behaviour follow CPython:
default names "Thread-N (target)", "Exception in thread NAME:" followed by
the traceback for an exception that ends a thread, and _shutdown(), which
the interpreter calls at exit to wait for the non-daemon threads.

Starting and joining use CPython 3.13's mechanism with 3.11's timing: a
thread is started through _thread._start_joinable_thread, which registers it
(ident, _active) on the starting thread before it runs and returns once it
has begun, as 3.11's start() does after waiting on _started, and joined
through the _thread._ThreadHandle that call returns: join() is a single wait
on the thread's end.
"""

import _thread
import sys as _sys
from time import monotonic as _time

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'local', 'stack_size', 'excepthook', 'ExceptHookArgs',
           'get_native_id']

_start_new_thread = _thread.start_new_thread
_start_joinable_thread = _thread._start_joinable_thread
_make_thread_handle = _thread._make_thread_handle
_allocate_lock = _thread.allocate_lock
_set_sentinel = _thread._set_sentinel
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
stack_size = _thread.stack_size
local = _thread._local
ExceptHookArgs = _thread._ExceptHookArgs
excepthook = _thread._excepthook
__excepthook__ = excepthook
# minipy names its threads for the --stats summary; CPython has no such hook.
_set_name = getattr(_thread, "_set_name", None)

Lock = _allocate_lock
_PlainLock = _thread.LockType


def RLock(*args, **kwargs):
    """Factory function that returns a new reentrant lock.

    A reentrant lock must be released by the thread that acquired it. Once a
    thread has acquired a reentrant lock, the same thread may acquire it again
    without blocking; the thread must release it once for each time it has
    acquired it.
    """
    return _thread.RLock(*args, **kwargs)


class Condition:
    """Class that implements a condition variable.

    A condition variable allows one or more threads to wait until they are
    notified by another thread.

    If the lock argument is given and not None, it must be a Lock or RLock
    object, and it is used as the underlying lock. Otherwise, a new RLock object
    is created and used as the underlying lock.
    """

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        if type(lock) is _PlainLock:
            # Has none of the three methods below (three failed lookups
            # would cost more than the rest of __init__). Whether it is
            # held is what _is_owned's fallback finds by trying to take it.
            self._is_owned = lock.locked
        else:
            # An RLock's own methods release and restore it fully, whatever
            # its recursion level; other locks use the fallbacks below.
            try:
                self._release_save = lock._release_save
            except AttributeError:
                pass
            try:
                self._acquire_restore = lock._acquire_restore
            except AttributeError:
                pass
            try:
                self._is_owned = lock._is_owned
            except AttributeError:
                pass
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        self._lock.release()           # No state to save

    def _acquire_restore(self, x):
        self._lock.acquire()           # Ignore saved state

    def _is_owned(self):
        # Return True if lock is owned by current_thread.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        else:
            return True

    def wait(self, timeout=None):
        """Wait until notified or until a timeout occurs.

        If the calling thread has not acquired the lock when this method is
        called, a RuntimeError is raised. The lock is released while waiting
        and acquired again before returning. Returns False if the timeout
        expired, True otherwise.
        """
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved_state = self._release_save()
        gotit = False
        try:    # restore state no matter what (e.g., KeyboardInterrupt)
            if timeout is None:
                waiter.acquire()
                gotit = True
            else:
                if timeout > 0:
                    gotit = waiter.acquire(True, timeout)
                else:
                    gotit = waiter.acquire(False)
            return gotit
        finally:
            self._acquire_restore(saved_state)
            if not gotit:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        """Wait until a condition evaluates to True.

        predicate should be a callable which result will be interpreted as a
        boolean value.  A timeout may be provided giving the maximum time to
        wait.
        """
        endtime = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if endtime is None:
                    endtime = _time() + waittime
                else:
                    waittime = endtime - _time()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up one or more threads waiting on this condition, if any.

        If the calling thread has not acquired the lock when this method is
        called, a RuntimeError is raised.
        """
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        while waiters and n > 0:
            waiter = waiters[0]
            try:
                waiter.release()
            except RuntimeError:
                # gh-92530: The previous call of notify() released the lock,
                # but was interrupted before removing it from the queue.
                pass
            else:
                n -= 1
            try:
                waiters.remove(waiter)
            except ValueError:
                pass

    def notify_all(self):
        """Wake up all threads waiting on this condition."""
        self.notify(len(self._waiters))


class Semaphore:
    """This class implements semaphore objects.

    Semaphores manage a counter representing the number of release() calls minus
    the number of acquire() calls, plus an initial value. The acquire() method
    blocks if necessary until it can return without making the counter
    negative. If not given, value defaults to 1.
    """

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}>")

    def acquire(self, blocking=True, timeout=None):
        """Acquire a semaphore, decrementing the internal counter by one.

        Blocks while the counter is zero, unless blocking is false or the
        timeout expires; returns whether the semaphore was acquired.
        """
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        rc = False
        endtime = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    break
                if timeout is not None:
                    if endtime is None:
                        endtime = _time() + timeout
                    else:
                        timeout = endtime - _time()
                        if timeout <= 0:
                            break
                self._cond.wait(timeout)
            else:
                self._value -= 1
                rc = True
        return rc

    def __enter__(self):
        return self.acquire()

    def release(self, n=1):
        """Release a semaphore, incrementing the internal counter by one or more.

        When the counter is zero on entry and another thread is waiting for it
        to become larger than zero again, wake up that thread.
        """
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            for i in range(n):
                self._cond.notify()

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """Implements a bounded semaphore.

    A bounded semaphore checks to make sure its current value doesn't exceed its
    initial value. If it does, ValueError is raised.
    """

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}/{self._initial_value}>")

    def release(self, n=1):
        """Release a semaphore, incrementing the internal counter by one or more.

        If the number of releases exceeds the number of acquires,
        raise a ValueError.
        """
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            for i in range(n):
                self._cond.notify()


class Event:
    """Class implementing event objects.

    Events manage a flag that can be set to true with the set() method and reset
    to false with the clear() method. The wait() method blocks until the flag is
    true.  The flag is initially false.
    """

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        status = 'set' if self._flag else 'unset'
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: {status}>"

    def is_set(self):
        """Return true if and only if the internal flag is true."""
        return self._flag

    def set(self):
        """Set the internal flag to true, waking all threads waiting for it."""
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        """Reset the internal flag to false."""
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        """Block until the internal flag is true.

        Returns the internal flag on exit, so it will always return True except
        if a timeout is given and the operation times out.
        """
        with self._cond:
            signaled = self._flag
            if not signaled:
                signaled = self._cond.wait(timeout)
            return signaled


# A barrier class.  Inspired in part by the pthread_barrier_* api and
# the CyclicBarrier class from Java.  See
# http://sourceware.org/pthreads-win32/manual/pthread_barrier_init.html and
# http://java.sun.com/j2se/1.5.0/docs/api/java/util/concurrent/
#        CyclicBarrier.html
# for information.
# We maintain two main states, 'filling' and 'draining' enabling the barrier
# to be cyclic.  Threads are not allowed into it until it has fully drained
# since the previous cycle.  In addition, a 'resetting' state exists which is
# similar to 'draining' except that threads leave with a BrokenBarrierError,
# and a 'broken' state in which all threads get the exception.
class Barrier:
    """Implements a Barrier.

    Useful for synchronizing a fixed number of threads at known synchronization
    points.  Threads block on 'wait()' and are simultaneously awoken once they
    have all made that call.
    """

    def __init__(self, parties, action=None, timeout=None):
        """Create a barrier, initialised to 'parties' threads.

        'action' is a callable which, when supplied, will be called by one of
        the threads after they have all entered the barrier and just prior to
        releasing them all. If a 'timeout' is provided, it is used as the
        default for all subsequent 'wait()' calls.
        """
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = 0  # 0 filling, 1 draining, -1 resetting, -2 broken
        self._count = 0

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: broken>"
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" waiters={self.n_waiting}/{self.parties}>")

    def wait(self, timeout=None):
        """Wait for the barrier.

        When the specified number of threads have started waiting, they are all
        simultaneously awoken. If an 'action' was provided for the barrier, one
        of the threads will have executed that callback prior to returning.
        Returns an individual index number from 0 to 'parties-1'.
        """
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._enter()  # Block while the barrier drains.
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    # We release the barrier
                    self._release()
                else:
                    # We wait until someone releases us
                    self._wait(timeout)
                return index
            finally:
                self._count -= 1
                # Wake up any threads waiting for barrier to drain.
                self._exit()

    # Block until the barrier is ready for us, or raise an exception
    # if it is broken.
    def _enter(self):
        while self._state in (-1, 1):
            # It is draining or resetting, wait until done
            self._cond.wait()
        # see if the barrier is in a broken state
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == 0

    # Optionally run the 'action' and release the threads waiting
    # in the barrier.
    def _release(self):
        try:
            if self._action:
                self._action()
            # enter draining state
            self._state = 1
            self._cond.notify_all()
        except:
            # an exception during the _action handler.  Break and reraise
            self._break()
            raise

    # Wait in the barrier until we are released.  Raise an exception
    # if the barrier is reset or broken.
    def _wait(self, timeout):
        if not self._cond.wait_for(lambda: self._state != 0, timeout):
            # timed out.  Break the barrier
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == 1

    # If we are the last thread to exit the barrier, signal any threads
    # waiting for the barrier to drain.
    def _exit(self):
        if self._count == 0:
            if self._state in (-1, 1):
                # resetting or draining
                self._state = 0
                self._cond.notify_all()

    def reset(self):
        """Reset the barrier to the initial state.

        Any threads currently waiting will get the BrokenBarrier exception
        raised.
        """
        with self._cond:
            if self._count > 0:
                if self._state == 0:
                    # reset the barrier, waking up threads
                    self._state = -1
                elif self._state == -2:
                    # was broken, set it to reset state
                    # which clears when the last thread exits
                    self._state = -1
            else:
                self._state = 0
            self._cond.notify_all()

    def abort(self):
        """Place the barrier into a 'broken' state.

        Useful in case of error.  Any currently waiting threads and threads
        attempting to 'wait()' will have BrokenBarrierError raised.
        """
        with self._cond:
            self._break()

    def _break(self):
        # An internal error was detected.  The barrier is set to
        # a broken state all parties awakened.
        self._state = -2
        self._cond.notify_all()

    @property
    def parties(self):
        """Return the number of threads required to trip the barrier."""
        return self._parties

    @property
    def n_waiting(self):
        """Return the number of threads currently waiting at the barrier."""
        # We don't need synchronization here since this is an ephemeral result
        # anyway.  It returns the correct value in the steady state.
        if self._state == 0:
            return self._count
        return 0

    @property
    def broken(self):
        """Return True if the barrier is in a broken state."""
        return self._state == -2


# exception raised by the Barrier class
class BrokenBarrierError(RuntimeError):
    pass


# Helper to generate new thread names
_counter = 0
_counter_lock = _allocate_lock()


def _newname(name_template):
    global _counter
    with _counter_lock:
        _counter += 1
        return name_template % _counter


# Active thread administration.
#
# bpo-44422: Use a reentrant lock to allow reentrant calls to functions like
# threading.enumerate().
_active_limbo_lock = RLock()
_active = {}    # maps thread id to Thread object
# Thread.start() registers a thread in _active before it runs (see
# _start_joinable_thread), so unlike CPython 3.11 there is no _limbo of
# threads started but not yet running; and the non-daemon threads that
# _shutdown() waits for are known to _thread, not kept here in a set of
# locks.


class Thread:
    """A class that represents a thread of control.

    This class can be safely subclassed in a limited fashion. There are two ways
    to specify the activity: by passing a callable object to the constructor, or
    by overriding the run() method in a subclass.
    """

    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        """This constructor should always be called with keyword arguments.

        *group* should be None. *target* is the callable object to be invoked
        by the run() method. *name* is the thread name; by default a unique
        name of the form "Thread-N (target)". *args* and *kwargs* are the
        arguments of the target invocation.
        """
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    target_name = target.__name__
                    name += f" ({target_name})"
                except AttributeError:
                    pass

        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        # Copy of sys.stderr used by the excepthooks when sys.stderr is None.
        self._stderr = _sys.stderr
        # The _thread._ThreadHandle once started: join() waits on it, and
        # is_alive() asks it. No Event per thread (CPython has one for
        # start() to wait on): start() registers the thread itself, before
        # the new thread runs, so nothing needs to wait.
        self._handle = None
        self._is_started = False
        self._is_stopped = False
        self._initialized = True

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._is_started:
            status = "started"
        self.is_alive()  # easy way to get ._is_stopped set when appropriate
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        """Start the thread's activity.

        It must be called at most once per thread object. It arranges for the
        object's run() method to be invoked in a separate thread of control.
        """
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")

        if self._is_started:
            raise RuntimeError("threads can only be started once")

        # _prepare runs on this thread before the new one starts; if it
        # fails, nothing runs and the thread stays unstarted.
        _start_joinable_thread(self._bootstrap_inner, self.daemon, self._name,
                               self._prepare)

    def _prepare(self, handle):
        # What CPython 3.11's new thread does before start() may return
        # (ident, _active), done here, before the thread exists, so that it
        # is in place even for the thread's first instruction.
        self._handle = handle
        self._ident = handle.ident
        _active[self._ident] = self
        self._is_started = True

    def run(self):
        """Method representing the thread's activity.

        The standard run() method invokes the callable object passed to the
        constructor as the target argument, if any, with the args and kwargs.
        """
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Avoid a refcycle if the thread is running a function with
            # an argument that has a member that points to the thread.
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        # CPython's entry point of a new thread; minipy's start() calls
        # _bootstrap_inner directly (one frame less per thread).
        self._bootstrap_inner()

    def _set_ident(self):
        self._ident = get_ident()

    def _set_native_id(self):
        self._native_id = get_native_id()

    def _bootstrap_inner(self):
        try:
            self.run()
        except BaseException as exc:
            _invoke_excepthook(self, exc)
        finally:
            # self._delete(), inlined: one frame less per thread.
            del _active[self._ident]

    def _stop(self):
        # After calling ._stop(), .is_alive() returns False and .join()
        # returns immediately.
        self._is_stopped = True

    def _delete(self):
        "Remove current thread from the dict of currently running threads."
        # One dict operation, atomic without _active_limbo_lock: with no
        # _limbo there is no second structure to keep consistent with it.
        del _active[self._ident]

    def join(self, timeout=None):
        """Wait until the thread terminates.

        This blocks the calling thread until the thread whose join() method is
        called terminates -- either normally or through an unhandled exception
        or until the optional timeout occurs. join() always returns None; call
        is_alive() after it to decide whether a timeout happened.
        """
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._is_started:
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")

        if self._is_stopped:
            # As 3.11's _wait_for_tstate_lock once the thread is stopped,
            # even if it was stopped by an interrupted join (below).
            return
        # The handle waits with the GIL released, interruptible by Ctrl-C;
        # it checks the timeout as 3.11's lock.acquire(True, timeout) did.
        if timeout is not None:
            # the behavior of a negative timeout isn't documented, but
            # historically .join(timeout=x) for x<0 has acted as if timeout=0
            timeout = max(timeout, 0)
        try:
            if timeout is None:
                self._handle.join()
            else:
                self._handle.join(timeout)
        except:
            # 3.11's _wait_for_tstate_lock: when the wait fails (Ctrl-C, a
            # NaN timeout) while the thread still holds its lock, the lock
            # is released and the thread marked stopped (bpo-45274): it is
            # no longer alive for threading, its other joins return, and
            # _shutdown does not wait for it.
            self._handle._set_done()
            self._stop()
            raise

    @property
    def name(self):
        """A string used for identification purposes only."""
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)
        if self._handle is not None:
            self._handle._set_name(self._name)
        elif _set_name is not None and self._ident == get_ident():
            _set_name(self._name)

    @property
    def ident(self):
        """Thread identifier of this thread or None if it has not been started."""
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        """Native integral thread ID of this thread, or None if it has not been started."""
        assert self._initialized, "Thread.__init__() not called"
        if self._native_id is None and self._handle is not None:
            # Known once the new thread has begun (an instant after start).
            self._native_id = self._handle.native_id
        return self._native_id

    def is_alive(self):
        """Return whether the thread is alive.

        This method returns True just before the run() method starts until just
        after the run() method terminates.
        """
        assert self._initialized, "Thread.__init__() not called"
        if self._is_stopped or not self._is_started:
            return False
        if self._handle.is_done():
            self._stop()
            return False
        return True

    @property
    def daemon(self):
        """A boolean value indicating whether this thread is a daemon thread.

        This must be set before start() is called. The entire Python program
        exits when only daemon threads are left.
        """
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._is_started:
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        """Return whether this thread is a daemon (deprecated)."""
        return self.daemon

    def setDaemon(self, daemonic):
        """Set whether this thread is a daemon (deprecated)."""
        self.daemon = daemonic

    def getName(self):
        """Return the thread's name (deprecated)."""
        return self.name

    def setName(self, name):
        """Set the thread's name (deprecated)."""
        self.name = name


def _invoke_excepthook(thread, exc):
    """Report an exception that ended thread through threading.excepthook."""
    hook = excepthook
    if hook is None:
        hook = __excepthook__
    try:
        hook(ExceptHookArgs([type(exc), exc, exc.__traceback__, thread]))
    except Exception as hook_exc:
        # As CPython: the hook's own error, without the thread's exception
        # as its context, printed as sys.excepthook prints (minipy has no
        # sys.excepthook; _print_exception writes the same traceback).
        hook_exc.__suppress_context__ = True
        stderr = _sys.stderr
        if stderr is None:
            stderr = thread._stderr
        print("Exception in threading.excepthook:", file=stderr, flush=True)
        _thread._print_exception(hook_exc, _sys.stderr)


class Timer(Thread):
    """Call a function after a specified number of seconds:

            t = Timer(30.0, f, args=None, kwargs=None)
            t.start()
            t.cancel()     # stop the timer's action if it's still waiting
    """

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it hasn't finished yet."""
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


# Special thread class to represent the main thread
class _MainThread(Thread):

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._is_started = True
        self._set_ident()
        self._set_native_id()
        self._handle = _make_thread_handle(self._ident)
        with _active_limbo_lock:
            _active[self._ident] = self


# Dummy thread class to represent threads not started here: they are not
# joinable and always considered alive.
class _DummyThread(Thread):

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._is_started = True
        self._set_ident()
        self._set_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self

    def _stop(self):
        pass

    def is_alive(self):
        assert not self._is_stopped and self._is_started
        return True

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


# Global API functions

def current_thread():
    """Return the current Thread object, corresponding to the caller's thread of control.

    If the caller's thread of control was not created through the threading
    module, a dummy thread object with limited functionality is returned.
    """
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def active_count():
    """Return the number of Thread objects currently alive."""
    with _active_limbo_lock:
        return len(_active)


def enumerate():
    """Return a list of all Thread objects currently alive."""
    with _active_limbo_lock:
        return list(_active.values())


_threading_atexits = []
_SHUTTING_DOWN = False


def _register_atexit(func, *arg, **kwargs):
    """Register func(*arg, **kwargs) to be called before the non-daemon
    threads are joined in _shutdown(), in reverse order of registration.
    """
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append((func, arg, kwargs))


_main_thread = _MainThread()


def _shutdown():
    """Wait until the thread state of all non-daemon threads get deleted.

    The interpreter calls it when the main program has finished.
    """
    # Obscure: other threads may be waiting to join _main_thread.  That's
    # dubious, but some code does it.  We can't wait for C code to release
    # the main thread's tstate_lock - that won't happen until the interpreter
    # is nearly dead.  So we release it here.
    if _main_thread._is_stopped:
        # _shutdown() was already called
        return

    global _SHUTTING_DOWN
    _SHUTTING_DOWN = True

    # Call registered threading atexit functions before threads are joined.
    # Order is reversed, similar to atexit.
    for func, arg, kwargs in reversed(_threading_atexits):
        func(*arg, **kwargs)

    # Main thread: other threads may be waiting to join it.
    if _main_thread.ident == get_ident():
        _main_thread._handle._set_done()
        _main_thread._stop()

    # Join all non-daemon threads, including those they start meanwhile.
    _thread._shutdown()


def main_thread():
    """Return the main thread object.

    In normal conditions, the main thread is the thread from which the
    Python interpreter was started.
    """
    return _main_thread
