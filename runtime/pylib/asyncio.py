"""Asynchronous I/O: minipy's asyncio.

CPython 3.11's asyncio (futures.py, tasks.py, base_events.py, locks.py,
queues.py, timeouts.py, taskgroups.py, runners.py, threads.py) in one module,
written in the language subset minipy runs: no weak references, no
contextvars, no selectors. The algorithms are CPython's, so callbacks run in
the same order, tasks get the same names ("Task-1", ...) and errors carry the
same messages (those of CPython's C accelerator _asyncio where they differ
from its Python source: "Result is not set.", "invalid state").

The event loop is a ready list, a heap of timers and an inbox for callbacks
sent by other threads (call_soon_threadsafe, finished executor work). When it
has nothing to run, it blocks in a waker: minipy's Go primitive
_asyncio_wait.Waker, which waits with the GIL released and counts as blocked
time, so an idle loop costs no CPU; under CPython (to test this module) a
threading.Event does the same job.

Differences from CPython, all about garbage collection: "Task exception was
never retrieved" is reported when the loop closes (CPython: when the task is
collected), unfinished async generators are closed only by
shutdown_asyncgens, "Task was destroyed but it is pending!" is not reported,
and all_tasks() holds tasks strongly until they finish.
"""

import collections
import heapq
import math
import os
import sys
import threading
import _asyncgen
from time import monotonic as _monotonic

# types.GenericAlias: Future[str], Task[int] and Queue[int] are generic
# aliases, as in CPython (annotations in class bodies are evaluated).
_GenericAlias = type(list[int])

__all__ = [
    'AbstractEventLoop', 'BaseEventLoop', 'SelectorEventLoop', 'Handle', 'TimerHandle',
    'get_event_loop', 'set_event_loop', 'new_event_loop', 'get_running_loop',
    'Future', 'Task', 'isfuture', 'iscoroutine', 'iscoroutinefunction', 'wrap_future',
    'run_coroutine_threadsafe',
    'create_task', 'current_task', 'all_tasks', 'ensure_future',
    'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
    'sleep', 'wait', 'wait_for', 'as_completed', 'gather', 'shield',
    'Timeout', 'timeout', 'timeout_at', 'TaskGroup', 'to_thread',
    'Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore', 'Barrier',
    'Queue', 'PriorityQueue', 'LifoQueue', 'QueueEmpty', 'QueueFull',
    'CancelledError', 'TimeoutError', 'InvalidStateError', 'BrokenBarrierError',
    'Runner', 'run',
]


# ---------------------------------------------------------------- exceptions

class CancelledError(BaseException):
    """The Future or Task was cancelled."""


TimeoutError = TimeoutError  # the built-in one, as in CPython 3.11


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""


class BrokenBarrierError(RuntimeError):
    """Barrier is broken by barrier.abort() call."""


try:
    BaseExceptionGroup
except NameError:
    # minipy has no exception groups yet; TaskGroup needs one to report its
    # errors, so here is the part of PEP 654 it uses.
    class BaseExceptionGroup(BaseException):
        """A combination of multiple unrelated exceptions."""

        def __init__(self, message, exceptions):
            super().__init__(message, tuple(exceptions))
            self.message = message
            self.exceptions = tuple(exceptions)

        def __str__(self):
            n = len(self.exceptions)
            return '%s (%d sub-exception%s)' % (self.message, n, 's' if n > 1 else '')

    class ExceptionGroup(BaseExceptionGroup, Exception):
        """A combination of multiple unrelated Exceptions."""


def _exception_group(message, errors):
    # BaseExceptionGroup(...) is an ExceptionGroup when every member is an
    # Exception; the fallback classes above need the choice made here.
    for e in errors:
        if not isinstance(e, Exception):
            return BaseExceptionGroup(message, errors)
    return ExceptionGroup(message, errors)


# ---------------------------------------------------------------- the waker

try:
    from _asyncio_wait import Waker as _Waker
except ImportError:
    class _Waker:
        """Pure-Python stand-in for minipy's _asyncio_wait.Waker."""

        def __init__(self):
            self._flag = threading.Event()

        def wait(self, timeout):
            """Block until notify() or until timeout seconds (None: no
            limit) have passed; report whether a notification came."""
            got = self._flag.wait(timeout)
            if got:
                self._flag.clear()
            return got

        def notify(self):
            """Wake the waiting loop (or the next wait); any thread."""
            self._flag.set()


# ---------------------------------------------------------------- helpers

def _short_repr(obj, level=6):
    """repr(obj) shortened as reprlib.repr does it (CPython's reprs of
    futures and callbacks use it): at most 30 characters of a str, 6 items
    of a list or tuple, 4 of a dict, 40 digits of an int."""
    t = type(obj)
    if t is str:
        s = repr(obj[:30])
        if len(s) > 30:
            s = repr(obj[:13] + obj[len(obj) - 14:])
            s = s[:13] + '...' + s[len(s) - 14:]
        return s
    if t is list or t is tuple:
        if not obj:
            return repr(obj)
        if level <= 0:
            return '[...]' if t is list else '(...)'
        items = [_short_repr(x, level - 1) for x in obj[:6]]
        if len(obj) > 6:
            items.append('...')
        if t is list:
            return '[' + ', '.join(items) + ']'
        if len(obj) == 1:
            return '(' + items[0] + ',)'
        return '(' + ', '.join(items) + ')'
    if t is dict:
        if not obj:
            return '{}'
        if level <= 0:
            return '{...}'
        items = []
        for k in list(obj)[:4]:
            items.append(_short_repr(k, level - 1) + ': ' + _short_repr(obj[k], level - 1))
        if len(obj) > 4:
            items.append('...')
        return '{' + ', '.join(items) + '}'
    s = repr(obj)
    if t is int:
        if len(s) > 40:
            s = s[:18] + '...' + s[len(s) - 19:]
        return s
    if len(s) > 30:
        s = s[:13] + '...' + s[len(s) - 14:]
    return s


def _format_callback(func, args):
    """The "name(args)" form CPython's reprs give a callback."""
    name = getattr(func, '__qualname__', None) or getattr(func, '__name__', None) or repr(func)
    if args:
        return '%s(%s)' % (name, ', '.join(_short_repr(a) for a in args))
    return name + '()'


def _format_callback_source(func, args):
    text = _format_callback(func, args)
    code = getattr(getattr(func, '__func__', func), '__code__', None)
    if code is not None and getattr(code, 'co_filename', None):
        text += ' at %s:%s' % (code.co_filename, code.co_firstlineno)
    return text


async def _probe():
    pass


_probe_coro = _probe()
_CoroutineType = type(_probe_coro)
_probe_coro.close()
del _probe_coro


def _probe_gen():
    yield


_GeneratorType = type(_probe_gen())
_coroutine_types = set([_CoroutineType, _GeneratorType])


def iscoroutine(obj):
    """Return True if obj is a coroutine object (or a generator, or an
    object with send/throw/close/__await__, as collections.abc.Coroutine)."""
    t = type(obj)
    if t in _coroutine_types:
        return True
    if (hasattr(t, 'send') and hasattr(t, 'throw') and hasattr(t, 'close')
            and hasattr(t, '__await__')):
        if len(_coroutine_types) < 100:
            _coroutine_types.add(t)
        return True
    return False


def iscoroutinefunction(func):
    """Return True if func is an async def function."""
    code = getattr(getattr(func, '__func__', func), '__code__', None)
    return code is not None and bool(getattr(code, 'co_flags', 0) & 0x80)


def isfuture(obj):
    """Check for a Future: an instance of Future or of a class advertising
    itself as compatible by a non-None _asyncio_future_blocking."""
    return (hasattr(obj.__class__, '_asyncio_future_blocking') and
            obj._asyncio_future_blocking is not None)


def _is_awaitable(obj):
    return iscoroutine(obj) or hasattr(type(obj), '__await__')


# ---------------------------------------------------------------- handles

class Handle:
    """Object returned by callback registration methods."""

    def __init__(self, callback, args, loop, context=None):
        self._loop = loop
        self._callback = callback
        self._args = args
        self._cancelled = False

    def _repr_info(self):
        info = [self.__class__.__name__]
        if self._cancelled:
            info.append('cancelled')
        if self._callback is not None:
            info.append(_format_callback_source(self._callback, self._args))
        return info

    def __repr__(self):
        return '<{}>'.format(' '.join(self._repr_info()))

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            cb = _format_callback_source(self._callback, self._args)
            self._loop.call_exception_handler({
                'message': 'Exception in callback ' + cb,
                'exception': exc,
                'handle': self,
            })


class TimerHandle(Handle):
    """Object returned by timed callback registration methods."""

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._when = when
        self._scheduled = False

    def _repr_info(self):
        info = super()._repr_info()
        pos = 2 if self._cancelled else 1
        info.insert(pos, 'when=%r' % (self._when,))
        return info

    def __hash__(self):
        return hash(self._when)

    def __lt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when or self.__eq__(other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when or self.__eq__(other)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, TimerHandle):
            return (self._when == other._when and
                    self._callback == other._callback and
                    self._args == other._args and
                    self._cancelled == other._cancelled)
        return NotImplemented

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()

    def when(self):
        """Return the scheduled time, on the loop's clock."""
        return self._when


# ---------------------------------------------------------------- the running loop

# Per thread: the running loop ("running"), the loop set by set_event_loop()
# ("current") and whether set_event_loop() was called ("set_called").
_state = threading.local()


def _get_running_loop():
    """Return the running event loop of this thread, or None."""
    return getattr(_state, 'running', None)


def _set_running_loop(loop):
    _state.running = loop


def get_running_loop():
    """Return the running event loop. Raise a RuntimeError if there is none."""
    loop = getattr(_state, 'running', None)
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


def get_event_loop():
    """Return the running loop, else this thread's current loop (the main
    thread gets a new one if none was ever set)."""
    loop = getattr(_state, 'running', None)
    if loop is not None:
        return loop
    if (getattr(_state, 'current', None) is None and not getattr(_state, 'set_called', False) and
            threading.current_thread() is threading.main_thread()):
        set_event_loop(new_event_loop())
    if getattr(_state, 'current', None) is None:
        raise RuntimeError('There is no current event loop in thread %r.'
                           % threading.current_thread().name)
    return _state.current


def set_event_loop(loop):
    """Set the current event loop of this thread."""
    _state.set_called = True
    if loop is not None and not isinstance(loop, AbstractEventLoop):
        raise TypeError("loop must be an instance of AbstractEventLoop or None, not '%s'"
                        % type(loop).__name__)
    _state.current = loop


def new_event_loop():
    """Create a new event loop."""
    return _UnixSelectorEventLoop()


# ---------------------------------------------------------------- futures

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


class Future:
    """A result that will be available later (CPython's asyncio.Future).

    Not thread-safe; result() and exception() raise at once if the future
    is not done; callbacks always run through the loop's call_soon().
    """

    __class_getitem__ = classmethod(_GenericAlias)

    _state = _PENDING
    _result = None
    _exception = None
    _log_traceback = False
    _loop = None
    _cancel_message = None
    _cancelled_exc = None

    # Marks the class as a Future for isfuture(); __await__ sets it so that
    # a Task can tell `await fut` from a bare `yield fut`.
    _asyncio_future_blocking = False

    def __init__(self, *, loop=None):
        if loop is None:
            self._loop = get_event_loop()
        else:
            self._loop = loop
        self._callbacks = []

    def __repr__(self):
        return '<%s %s>' % (self.__class__.__name__, ' '.join(self._repr_info()))

    def _repr_info(self):
        info = [self._state.lower()]
        if self._state == _FINISHED:
            if self._exception is not None:
                info.append('exception=%r' % (self._exception,))
            else:
                info.append('result=' + _short_repr(self._result))
        if self._callbacks:
            info.append(_format_callbacks(self._callbacks))
        return info

    def get_loop(self):
        """Return the event loop the Future is bound to."""
        loop = self._loop
        if loop is None:
            raise RuntimeError("Future object is not initialized.")
        return loop

    def _make_cancelled_error(self):
        # The CancelledError to raise for a cancelled future: the one that
        # cancelled a task if it was saved, else a new one with the message.
        if self._cancelled_exc is not None:
            exc = self._cancelled_exc
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            exc = CancelledError()
        else:
            exc = CancelledError(self._cancel_message)
        return exc

    def cancel(self, msg=None):
        """Cancel the future and schedule callbacks; False if it was done."""
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _schedule_callbacks(self):
        callbacks = self._callbacks
        if not callbacks:
            return
        self._callbacks = []
        for callback in callbacks:
            self._loop.call_soon(callback, self)

    def cancelled(self):
        """Return True if the future was cancelled."""
        return self._state == _CANCELLED

    def done(self):
        """Return True if the future has a result or an exception, or was
        cancelled."""
        return self._state != _PENDING

    def result(self):
        """Return the result, or raise the exception, CancelledError if the
        future was cancelled, InvalidStateError if it is not done."""
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Result is not set.')
        self._log_traceback = False
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        """Return the exception set on the future (None if there is none)."""
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Exception is not set.')
        self._log_traceback = False
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        """Call fn(future) through the loop once the future is done."""
        if self._state != _PENDING:
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        """Remove all instances of fn from the callbacks; return how many."""
        kept = [f for f in self._callbacks if f != fn]
        removed = len(self._callbacks) - len(kept)
        if removed:
            self._callbacks = kept
        return removed

    def set_result(self, result):
        """Mark the future done with result."""
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        """Mark the future done with exception."""
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        if isinstance(exception, type) and issubclass(exception, BaseException):
            exception = exception()
        if not isinstance(exception, BaseException):
            raise TypeError('invalid exception object')
        if type(exception) is StopIteration:
            raise TypeError("StopIteration interacts badly with generators "
                            "and cannot be raised into a Future")
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()
        # Until result() or exception() retrieves it, the loop reports it
        # when it closes (CPython does when the future is collected).
        self._log_traceback = True
        self._loop._note_unretrieved(self)

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self  # the Task waits for this future
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


def _format_callbacks(cb):
    size = len(cb)
    if size == 1:
        text = _format_callback_source(cb[0], ())
    elif size == 2:
        text = '%s, %s' % (_format_callback_source(cb[0], ()), _format_callback_source(cb[1], ()))
    else:
        text = '%s, <%d more>, %s' % (_format_callback_source(cb[0], ()), size - 2,
                                      _format_callback_source(cb[-1], ()))
    return 'cb=[%s]' % text


def _get_loop(fut):
    get_loop = getattr(fut, 'get_loop', None)
    if get_loop is not None:
        return get_loop()
    return fut._loop


def _set_result_unless_cancelled(fut, result):
    if fut.cancelled():
        return
    fut.set_result(result)


def _copy_future_state(source, dest):
    # Copy the outcome of source (an asyncio or concurrent future) to dest.
    if dest.cancelled():
        return
    if source.cancelled():
        dest.cancel()
    else:
        exception = source.exception()
        if exception is not None:
            dest.set_exception(exception)
        else:
            dest.set_result(source.result())


def _chain_future(source, destination):
    """Make destination (an asyncio future) follow source (a future of a
    thread or process pool); cancelling destination cancels source."""
    dest_loop = _get_loop(destination)

    def _call_check_cancel(destination):
        if destination.cancelled():
            source.cancel()

    def _call_set_state(source):
        # Runs in the thread that finished source.
        if dest_loop.is_closed():
            return
        dest_loop.call_soon_threadsafe(_copy_future_state, source, destination)

    destination.add_done_callback(_call_check_cancel)
    source.add_done_callback(_call_set_state)


def wrap_future(future, *, loop=None):
    """Wrap a concurrent.futures.Future in an asyncio Future."""
    if isfuture(future):
        return future
    if loop is None:
        loop = get_event_loop()
    new_future = loop.create_future()
    _chain_future(future, new_future)
    return new_future


def run_coroutine_threadsafe(coro, loop):
    """Submit a coroutine to the loop from another thread; return a
    concurrent.futures.Future of its outcome (cancelling that future
    cancels the task)."""
    if not iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    import concurrent.futures
    future = concurrent.futures.Future()

    def copy_state(task):
        if task.cancelled():
            future.cancel()
        elif future.set_running_or_notify_cancel():
            exception = task.exception()
            if exception is not None:
                future.set_exception(exception)
            else:
                future.set_result(task.result())

    def start():
        try:
            task = ensure_future(coro, loop=loop)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if future.set_running_or_notify_cancel():
                future.set_exception(exc)
            raise
        task.add_done_callback(copy_state)

        def cancel_task(f):
            if f.cancelled() and not loop.is_closed():
                loop.call_soon_threadsafe(task.cancel)
        future.add_done_callback(cancel_task)

    loop.call_soon_threadsafe(start)
    return future


# ---------------------------------------------------------------- tasks

_task_name_counter = 0


def _next_task_name():
    global _task_name_counter
    _task_name_counter += 1
    return 'Task-%d' % _task_name_counter


def _format_coroutine(coro):
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None)
    if not name:
        name = '<%s without __name__>' % type(coro).__name__
    name += '()'
    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    if code is None:
        return name
    frame = getattr(coro, 'cr_frame', None) or getattr(coro, 'gi_frame', None)
    filename = getattr(code, 'co_filename', '') or '<empty co_filename>'
    if frame is not None:
        return '%s running at %s:%s' % (name, filename, frame.f_lineno)
    return '%s done, defined at %s:%s' % (name, filename, getattr(code, 'co_firstlineno', 0))


class Task(Future):
    """A coroutine wrapped in a Future, stepped by the event loop.

    While the task is not done, _fut_waiter is None or the Future it awaits:
    either it waits for _fut_waiter (whose callbacks include its wake-up),
    or a call of _step is scheduled, or it is running inside _step.
    """

    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(loop=loop)
        if not iscoroutine(coro):
            raise TypeError('a coroutine was expected, got %r' % (coro,))
        if name is None:
            self._name = _next_task_name()
        else:
            self._name = str(name)
        self._num_cancels_requested = 0
        self._must_cancel = False
        self._fut_waiter = None
        self._coro = coro
        # Bound once: the loop schedules these on every step.
        self._step_cb = self._step
        self._wakeup_cb = self.task_wakeup
        self._loop.call_soon(self._step_cb)
        self._loop._tasks[self] = None

    def __repr__(self):
        info = self._repr_info()
        if self._num_cancels_requested and not self.done():
            info[0] = 'cancelling'
        info.insert(1, 'name=%r' % (self._name,))
        info.insert(2, 'coro=<%s>' % _format_coroutine(self._coro))
        if self._fut_waiter is not None:
            info.insert(3, 'wait_for=%r' % (self._fut_waiter,))
        return '<%s %s>' % (self.__class__.__name__, ' '.join(info))

    def get_coro(self):
        return self._coro

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def cancel(self, msg=None):
        """Request that the task cancel itself: a CancelledError is thrown
        into the coroutine at its next step. The coroutine may catch it."""
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg=msg):
                # The waiter may be a task that ignores the request, so
                # _fut_waiter stays, to be cancelled again if need be.
                return True
        # A call of _step is already scheduled: it throws the error in.
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        """Return the count of the task's pending cancellation requests."""
        return self._num_cancels_requested

    def uncancel(self):
        """Decrement the count of cancellation requests; return it."""
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def _finish(self):
        # The task is done: it leaves the loop's set of live tasks.
        self._loop._tasks.pop(self, None)

    def _step(self, exc=None):
        if self.done():
            raise InvalidStateError('_step(): already done: %r, %r' % (self, exc))
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        coro = self._coro
        self._fut_waiter = None
        loop = self._loop
        _enter_task(loop, self)
        try:
            if exc is None:
                result = coro.send(None)
            else:
                result = coro.throw(exc)
        except StopIteration as stop:
            self._finish()
            if self._must_cancel:
                # Cancelled right before the coroutine returned.
                self._must_cancel = False
                Future.cancel(self, msg=self._cancel_message)
            else:
                Future.set_result(self, stop.value)
        except CancelledError as cancelled:
            self._finish()
            self._cancelled_exc = cancelled  # chained by a later result()
            Future.cancel(self)
        except (KeyboardInterrupt, SystemExit) as fatal:
            self._finish()
            Future.set_exception(self, fatal)
            raise
        except BaseException as error:
            self._finish()
            Future.set_exception(self, error)
        else:
            self._on_yield(result)
        finally:
            _leave_task(loop, self)

    def _on_yield(self, result):
        # The coroutine yielded result: a future to wait for (from
        # Future.__await__), None (sleep(0)), or something wrong.
        blocking = getattr(result, '_asyncio_future_blocking', None)
        if blocking is not None:
            if _get_loop(result) is not self._loop:
                new_exc = RuntimeError('Task %r got Future %r attached to a different loop'
                                       % (self, result))
                self._loop.call_soon(self._step_cb, new_exc)
            elif blocking:
                if result is self:
                    new_exc = RuntimeError('Task cannot await on itself: %r' % (self,))
                    self._loop.call_soon(self._step_cb, new_exc)
                else:
                    result._asyncio_future_blocking = False
                    result.add_done_callback(self._wakeup_cb)
                    self._fut_waiter = result
                    if self._must_cancel:
                        if self._fut_waiter.cancel(msg=self._cancel_message):
                            self._must_cancel = False
            else:
                new_exc = RuntimeError('yield was used instead of yield from in task %r with %r'
                                       % (self, result))
                self._loop.call_soon(self._step_cb, new_exc)
        elif result is None:
            # A bare yield gives up the loop for one iteration.
            self._loop.call_soon(self._step_cb)
        elif type(result) is _GeneratorType:
            new_exc = RuntimeError('yield was used instead of yield from for generator in task %r with %r'
                                   % (self, result))
            self._loop.call_soon(self._step_cb, new_exc)
        else:
            new_exc = RuntimeError('Task got bad yield: %r' % (result,))
            self._loop.call_soon(self._step_cb, new_exc)

    def task_wakeup(self, future):
        """The done callback of the future the task waits for."""
        try:
            future.result()
        except BaseException as exc:
            self._step(exc)  # may be a cancellation
        else:
            self._step()


# The task each running loop is executing: {loop: task}.
_current_tasks = {}


def _enter_task(loop, task):
    current = _current_tasks.get(loop)
    if current is not None:
        raise RuntimeError('Cannot enter into task %r while another task %r is being executed.'
                           % (task, current))
    _current_tasks[loop] = task


def _leave_task(loop, task):
    current = _current_tasks.get(loop)
    if current is not task:
        raise RuntimeError('Leaving task %r does not match the current task %r.'
                           % (task, current))
    del _current_tasks[loop]


def current_task(loop=None):
    """Return the task being executed by the loop (default: the running
    one), or None."""
    if loop is None:
        loop = get_running_loop()
    return _current_tasks.get(loop)


def all_tasks(loop=None):
    """Return the set of the loop's tasks that are not done yet."""
    if loop is None:
        loop = get_running_loop()
    return set(t for t in list(loop._tasks) if not t.done())


def create_task(coro, *, name=None, context=None):
    """Wrap the coroutine in a Task scheduled on the running loop."""
    loop = get_running_loop()
    task = loop.create_task(coro)
    if name is not None:
        task.set_name(name)
    return task


def ensure_future(coro_or_future, *, loop=None):
    """Wrap a coroutine or an awaitable in a future (a future is returned
    as it is)."""
    if isfuture(coro_or_future):
        if loop is not None and loop is not _get_loop(coro_or_future):
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return coro_or_future
    wrapped = False
    if not iscoroutine(coro_or_future):
        if _is_awaitable(coro_or_future):
            coro_or_future = _wrap_awaitable(coro_or_future)
            wrapped = True
        else:
            raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
    if loop is None:
        loop = get_event_loop()
    try:
        return loop.create_task(coro_or_future)
    except RuntimeError:
        if not wrapped:
            coro_or_future.close()
        raise


async def _wrap_awaitable(awaitable):
    return await awaitable


class _Sleep0:
    # Awaiting it yields None to the task: one turn of the loop.
    def __await__(self):
        yield


_sleep0 = _Sleep0()


async def sleep(delay, result=None):
    """Coroutine that completes after delay seconds, with result."""
    if delay <= 0:
        await _sleep0
        return result
    loop = get_running_loop()
    future = loop.create_future()
    h = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        h.cancel()


# ---------------------------------------------------------------- waiting

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


def _releaser(waiter):
    # A done callback that releases waiter, removable by identity.
    def release(fut):
        _release_waiter(waiter)
    return release


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures or tasks in fs; return (done, pending) sets.
    A timeout does not raise: unfinished ones are in pending."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError('expect a list of futures, not %s' % type(fs).__name__)
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError('Invalid return_when value: %s' % (return_when,))
    fs = set(fs)
    for f in fs:
        if iscoroutine(f):
            raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    loop = get_running_loop()
    return await _wait(fs, timeout, return_when, loop)


async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = len(fs)

    def _on_completion(f):
        nonlocal counter
        counter -= 1
        if (counter <= 0 or
                return_when == FIRST_COMPLETED or
                return_when == FIRST_EXCEPTION and (not f.cancelled() and
                                                    f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)
    done, pending = set(), set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


async def _cancel_and_wait(fut, loop):
    # Cancel fut and wait until it is done, without awaiting fut itself so
    # that this wait stays cancellable.
    waiter = loop.create_future()
    cb = _releaser(waiter)
    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


async def wait_for(fut, timeout):
    """Wait for the future or coroutine, at most timeout seconds: then it
    is cancelled and TimeoutError raised."""
    loop = get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    cb = _releaser(waiter)
    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(cb)
    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(cb)
            # fut must not be running once wait_for returns.
            await _cancel_and_wait(fut, loop=loop)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(cb)
        await _cancel_and_wait(fut, loop=loop)
        # The cancellation may have failed with another exception.
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        timeout_handle.cancel()


def as_completed(fs, *, timeout=None):
    """Iterate over coroutines; awaiting each gives the result of the next
    future to complete (TimeoutError past timeout). A generator, as in
    CPython: nothing happens before the first next()."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError('expect an iterable of futures, not %s' % type(fs).__name__)
    done = Queue()
    loop = get_event_loop()
    todo = set(ensure_future(f, loop=loop) for f in set(fs))
    timeout_handle = None

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)  # a dummy for _wait_for_one()
        todo.clear()

    def _on_completion(f):
        if not todo:
            return  # _on_timeout() was here first
        todo.remove(f)
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def _wait_for_one():
        f = await done.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()


class _GatheringFuture(Future):
    """The future gather() returns: cancelling it cancels the children."""

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            # Propagate the cancellation whatever return_exceptions says.
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    """Run the awaitables concurrently; the future returned gives the list
    of their results in order. The first exception is propagated unless
    return_exceptions, which puts exceptions in the list instead."""
    if not coros_or_futures:
        loop = get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer

    def _done_callback(fut):
        nonlocal nfinished
        nfinished += 1
        if outer is None or outer.done():
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if nfinished == nfuts:
            results = []
            for child in children:
                if child.cancelled():
                    res = CancelledError('' if child._cancel_message is None
                                         else child._cancel_message)
                else:
                    res = child.exception()
                    if res is None:
                        res = child.result()
                results.append(res)
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)

    arg_to_fut = {}
    children = []
    nfuts = 0
    nfinished = 0
    loop = None
    outer = None
    for arg in coros_or_futures:
        if arg not in arg_to_fut:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = _get_loop(fut)
            nfuts += 1
            arg_to_fut[arg] = fut
            fut.add_done_callback(_done_callback)
        else:
            fut = arg_to_fut[arg]  # the same awaitable twice
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    return outer


def shield(arg):
    """Wait for arg, shielding it from the cancellation of the waiter."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = _get_loop(inner)
    outer = loop.create_future()

    def _inner_done_callback(inner):
        if outer.cancelled():
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


# ---------------------------------------------------------------- timeouts

_T_CREATED = 'created'
_T_ENTERED = 'active'
_T_EXPIRING = 'expiring'
_T_EXPIRED = 'expired'
_T_EXITED = 'finished'


class Timeout:
    """Async context manager cancelling the enclosed code at a deadline;
    the cancellation leaves it as TimeoutError. Made by timeout() and
    timeout_at()."""

    def __init__(self, when):
        self._state = _T_CREATED
        self._timeout_handler = None
        self._task = None
        self._when = when

    def when(self):
        """Return the current deadline."""
        return self._when

    def reschedule(self, when):
        """Move the deadline (None: no deadline)."""
        if self._state != _T_ENTERED:
            if self._state == _T_CREATED:
                raise RuntimeError("Timeout has not been entered")
            raise RuntimeError('Cannot change state of %s Timeout' % self._state)
        self._when = when
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
        if when is None:
            self._timeout_handler = None
        else:
            loop = get_running_loop()
            if when <= loop.time():
                self._timeout_handler = loop.call_soon(self._on_timeout)
            else:
                self._timeout_handler = loop.call_at(when, self._on_timeout)

    def expired(self):
        """Did the deadline pass while the block ran?"""
        return self._state in (_T_EXPIRING, _T_EXPIRED)

    def __repr__(self):
        info = ['']
        if self._state == _T_ENTERED:
            when = round(self._when, 3) if self._when is not None else None
            info.append('when=%r' % (when,))
        return '<Timeout [%s]%s>' % (self._state, ' '.join(info))

    async def __aenter__(self):
        if self._state != _T_CREATED:
            raise RuntimeError("Timeout has already been entered")
        task = current_task()
        if task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self._state = _T_ENTERED
        self._task = task
        self._cancelling = task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if self._state == _T_EXPIRING:
            self._state = _T_EXPIRED
            if self._task.uncancel() <= self._cancelling and exc_type is CancelledError:
                # No other cancel request came: this one is ours.
                raise TimeoutError from exc_val
        elif self._state == _T_ENTERED:
            self._state = _T_EXITED
        return None

    def _on_timeout(self):
        self._task.cancel()
        self._state = _T_EXPIRING
        self._timeout_handler = None


def timeout(delay):
    """Async context manager: a deadline delay seconds from now (None:
    none)."""
    loop = get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    """Async context manager: a deadline at loop time when."""
    return Timeout(when)


# ---------------------------------------------------------------- task groups

class TaskGroup:
    """Async context manager owning tasks: leaving it waits for them all.
    The first failing task cancels the others and the body; the errors are
    raised together as an ExceptionGroup."""

    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent_task = None
        self._parent_cancel_requested = False
        self._tasks = set()
        self._errors = []
        self._base_error = None
        self._on_completed_fut = None

    def __repr__(self):
        info = ['']
        if self._tasks:
            info.append('tasks=%d' % len(self._tasks))
        if self._errors:
            info.append('errors=%d' % len(self._errors))
        if self._aborting:
            info.append('cancelling')
        elif self._entered:
            info.append('entered')
        return '<TaskGroup%s>' % ' '.join(info)

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError('TaskGroup %r has already been entered' % (self,))
        if self._loop is None:
            self._loop = get_running_loop()
        self._parent_task = current_task(self._loop)
        if self._parent_task is None:
            raise RuntimeError('TaskGroup %r cannot determine the parent task' % (self,))
        self._entered = True
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        if exc is not None and self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        propagate_cancellation_error = exc if et is CancelledError else None
        if self._parent_cancel_requested:
            if self._parent_task.uncancel() == 0:
                # No other cancellation pending: do not propagate ours.
                propagate_cancellation_error = None
        if et is not None:
            if not self._aborting:
                # The parent is being cancelled, or the body raised.
                self._abort()
        # _on_completed_fut may be cancelled again and again if the parent
        # task is, hence the loop.
        while self._tasks:
            if self._on_completed_fut is None:
                self._on_completed_fut = self._loop.create_future()
            try:
                await self._on_completed_fut
            except CancelledError as ex:
                if not self._aborting:
                    propagate_cancellation_error = ex
                    self._abort()
            self._on_completed_fut = None
        if self._base_error is not None:
            raise self._base_error
        # Other errors have priority over a CancelledError.
        if propagate_cancellation_error and not self._errors:
            raise propagate_cancellation_error
        if et is not None and et is not CancelledError:
            self._errors.append(exc)
        if self._errors:
            try:
                me = _exception_group('unhandled errors in a TaskGroup', self._errors)
                raise me from None
            finally:
                self._errors = None

    def create_task(self, coro, *, name=None, context=None):
        """Create a task in this group (like asyncio.create_task)."""
        if not self._entered:
            raise RuntimeError('TaskGroup %r has not been entered' % (self,))
        if self._exiting and not self._tasks:
            raise RuntimeError('TaskGroup %r is finished' % (self,))
        if self._aborting:
            raise RuntimeError('TaskGroup %r is shutting down' % (self,))
        task = self._loop.create_task(coro)
        if name is not None:
            task.set_name(name)
        task.add_done_callback(self._on_task_done)
        self._tasks.add(task)
        return task

    def _is_base_error(self, exc):
        return isinstance(exc, (SystemExit, KeyboardInterrupt))

    def _abort(self):
        self._aborting = True
        for t in self._tasks:
            if not t.done():
                t.cancel()

    def _on_task_done(self, task):
        self._tasks.discard(task)
        if self._on_completed_fut is not None and not self._tasks:
            if not self._on_completed_fut.done():
                self._on_completed_fut.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        if self._parent_task.done():
            self._loop.call_exception_handler({
                'message': 'Task %r has errored out but its parent task %r is already completed'
                           % (task, self._parent_task),
                'exception': exc,
                'task': task,
            })
            return
        if not self._aborting and not self._parent_cancel_requested:
            # Cancel the parent to stop the body of the `async with`; its
            # __aexit__ takes the cancellation back (uncancel).
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()


# ---------------------------------------------------------------- locks

class _LoopBoundMixin:
    _loop = None

    def _get_loop(self):
        loop = _get_running_loop()
        if self._loop is None:
            with _global_lock:
                if self._loop is None:
                    self._loop = loop
        if loop is not self._loop:
            raise RuntimeError('%r is bound to a different event loop' % (self,))
        return loop


_global_lock = threading.Lock()


class _ContextManagerMixin:
    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


def _waiters_info(extra, waiters):
    if waiters:
        return '%s, waiters:%d' % (extra, len(waiters))
    return extra


def _object_repr(obj):
    # object.__repr__ with the module CPython shows (asyncio.locks...).
    return '<%s.%s object at %#x' % (type(obj).__module__, type(obj).__qualname__, id(obj))


class Lock(_ContextManagerMixin, _LoopBoundMixin):
    """A mutex for coroutines: acquire() waits (first come, first served)
    while another coroutine holds it. Use `async with lock:`."""

    def __init__(self):
        self._waiters = None
        self._locked = False

    def __repr__(self):
        extra = 'locked' if self._locked else 'unlocked'
        return '%s [%s]>' % (_object_repr(self), _waiters_info(extra, self._waiters))

    def locked(self):
        """Return True if the lock is acquired."""
        return self._locked

    async def acquire(self):
        """Wait until the lock is free, take it and return True."""
        if not self._locked and (self._waiters is None or
                                 all(w.cancelled() for w in self._waiters)):
            self._locked = True
            return True
        if self._waiters is None:
            self._waiters = collections.deque()
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        # The finally runs before the CancelledError handler, so that a
        # cancelled waiter does not wake itself.
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        return True

    def release(self):
        """Release the lock, letting the first waiter take it."""
        if self._locked:
            self._locked = False
            self._wake_up_first()
        else:
            raise RuntimeError('Lock is not acquired.')

    def _wake_up_first(self):
        if not self._waiters:
            return
        fut = self._waiters[0]
        if not fut.done():
            fut.set_result(True)


class Event(_LoopBoundMixin):
    """A flag coroutines can wait for: set() wakes every wait()."""

    def __init__(self):
        self._waiters = collections.deque()
        self._value = False

    def __repr__(self):
        extra = 'set' if self._value else 'unset'
        return '%s [%s]>' % (_object_repr(self), _waiters_info(extra, self._waiters))

    def is_set(self):
        """Return True if the flag is set."""
        return self._value

    def set(self):
        """Set the flag, waking all waiters."""
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        """Reset the flag."""
        self._value = False

    async def wait(self):
        """Wait until the flag is set; return True."""
        if self._value:
            return True
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Condition(_ContextManagerMixin, _LoopBoundMixin):
    """A condition variable for coroutines, over a Lock."""

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = collections.deque()

    def __repr__(self):
        extra = 'locked' if self.locked() else 'unlocked'
        return '%s [%s]>' % (_object_repr(self), _waiters_info(extra, self._waiters))

    async def wait(self):
        """Release the lock, wait for a notify, take the lock back."""
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            fut = self._get_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            # The lock is taken back even if the wait is cancelled.
            cancelled = False
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError:
                    cancelled = True
            if cancelled:
                raise CancelledError

    async def wait_for(self, predicate):
        """Wait until predicate() is true; return its value."""
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up to n waiters (the lock must be held)."""
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        idx = 0
        for fut in self._waiters:
            if idx >= n:
                break
            if not fut.done():
                idx += 1
                fut.set_result(False)

    def notify_all(self):
        """Wake all waiters (the lock must be held)."""
        self.notify(len(self._waiters))


class Semaphore(_ContextManagerMixin, _LoopBoundMixin):
    """A counter acquire() decrements, waiting while it is zero, and
    release() increments."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._waiters = None
        self._value = value

    def __repr__(self):
        extra = 'locked' if self.locked() else 'unlocked, value:%s' % (self._value,)
        return '%s [%s]>' % (_object_repr(self), _waiters_info(extra, self._waiters))

    def locked(self):
        """Return True if acquire() would wait."""
        return self._value == 0 or (
            any(not w.cancelled() for w in (self._waiters or ())))

    async def acquire(self):
        """Decrement the counter, waiting while it is zero; return True."""
        if not self.locked():
            self._value -= 1
            return True
        if self._waiters is None:
            self._waiters = collections.deque()
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not fut.cancelled():
                self._value += 1
                self._wake_up_next()
            raise
        if self._value > 0:
            self._wake_up_next()
        return True

    def release(self):
        """Increment the counter, waking a waiter."""
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        if not self._waiters:
            return
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return


class BoundedSemaphore(Semaphore):
    """A Semaphore whose release() raises ValueError above the initial
    value."""

    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


_B_FILLING = 'filling'
_B_DRAINING = 'draining'
_B_RESETTING = 'resetting'
_B_BROKEN = 'broken'


class Barrier(_LoopBoundMixin):
    """Blocks parties tasks in wait() until all of them have arrived."""

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._cond = Condition()
        self._parties = parties
        self._state = _B_FILLING
        self._count = 0

    def __repr__(self):
        extra = self._state
        if not self.broken:
            extra += ', waiters:%d/%d' % (self.n_waiting, self.parties)
        return '%s [%s]>' % (_object_repr(self), extra)

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *args):
        pass

    async def wait(self):
        """Wait for the barrier; return an index from 0 to parties-1."""
        async with self._cond:
            await self._block()
            try:
                index = self._count
                self._count += 1
                if index + 1 == self._parties:
                    await self._release()
                else:
                    await self._wait()
                return index
            finally:
                self._count -= 1
                self._exit()

    async def _block(self):
        await self._cond.wait_for(
            lambda: self._state not in (_B_DRAINING, _B_RESETTING))
        if self._state == _B_BROKEN:
            raise BrokenBarrierError("Barrier aborted")

    async def _release(self):
        self._state = _B_DRAINING
        self._cond.notify_all()

    async def _wait(self):
        await self._cond.wait_for(lambda: self._state != _B_FILLING)
        if self._state in (_B_BROKEN, _B_RESETTING):
            raise BrokenBarrierError("Abort or reset of barrier")

    def _exit(self):
        if self._count == 0:
            if self._state in (_B_RESETTING, _B_DRAINING):
                self._state = _B_FILLING
            self._cond.notify_all()

    async def reset(self):
        """Reset the barrier; waiting tasks get BrokenBarrierError."""
        async with self._cond:
            if self._count > 0:
                if self._state != _B_RESETTING:
                    self._state = _B_RESETTING
            else:
                self._state = _B_FILLING
            self._cond.notify_all()

    async def abort(self):
        """Break the barrier: waiting and future waits raise
        BrokenBarrierError."""
        async with self._cond:
            self._state = _B_BROKEN
            self._cond.notify_all()

    @property
    def parties(self):
        """The number of tasks required to trip the barrier."""
        return self._parties

    @property
    def n_waiting(self):
        """The number of tasks waiting at the barrier."""
        if self._state == _B_FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        """True if the barrier is broken."""
        return self._state == _B_BROKEN


# ---------------------------------------------------------------- queues

class QueueEmpty(Exception):
    """Raised when Queue.get_nowait() is called on an empty Queue."""


class QueueFull(Exception):
    """Raised when the Queue.put_nowait() method is called on a full Queue."""


class Queue(_LoopBoundMixin):
    """A FIFO queue for coroutines; with maxsize > 0, put() waits while
    the queue is full."""

    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = collections.deque()
        self._putters = collections.deque()
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._init(maxsize)

    # Subclasses override these three.

    def _init(self, maxsize):
        self._queue = collections.deque()

    def _get(self):
        return self._queue.popleft()

    def _put(self, item):
        self._queue.append(item)

    def _wakeup_next(self, waiters):
        # Wake up the next waiter that is not cancelled.
        while waiters:
            waiter = waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                break

    def __repr__(self):
        return '<%s at %#x %s>' % (type(self).__name__, id(self), self._format())

    def __str__(self):
        return '<%s %s>' % (type(self).__name__, self._format())

    def _format(self):
        result = 'maxsize=%r' % (self._maxsize,)
        if getattr(self, '_queue', None):
            result += ' _queue=%r' % (list(self._queue),)
        if self._getters:
            result += ' _getters[%d]' % len(self._getters)
        if self._putters:
            result += ' _putters[%d]' % len(self._putters)
        if self._unfinished_tasks:
            result += ' tasks=%d' % self._unfinished_tasks
        return result

    def qsize(self):
        """Number of items in the queue."""
        return len(self._queue)

    @property
    def maxsize(self):
        """Number of items allowed in the queue."""
        return self._maxsize

    def empty(self):
        """Return True if the queue is empty."""
        return not self._queue

    def full(self):
        """Return True if there are maxsize items in the queue."""
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    async def put(self, item):
        """Put item in the queue, waiting while it is full."""
        while self.full():
            putter = self._get_loop().create_future()
            self._putters.append(putter)
            try:
                await putter
            except:
                putter.cancel()
                try:
                    self._putters.remove(putter)
                except ValueError:
                    pass  # already taken off by get_nowait()
                if not self.full() and not putter.cancelled():
                    # Woken up by get_nowait() but leaving: pass it on.
                    self._wakeup_next(self._putters)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        """Put item in the queue; QueueFull if it is full."""
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):
        """Remove and return an item, waiting while the queue is empty."""
        while self.empty():
            getter = self._get_loop().create_future()
            self._getters.append(getter)
            try:
                await getter
            except:
                getter.cancel()
                try:
                    self._getters.remove(getter)
                except ValueError:
                    pass  # already taken off by put_nowait()
                if not self.empty() and not getter.cancelled():
                    # Woken up by put_nowait() but leaving: pass it on.
                    self._wakeup_next(self._getters)
                raise
        return self.get_nowait()

    def get_nowait(self):
        """Remove and return an item; QueueEmpty if there is none."""
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wakeup_next(self._putters)
        return item

    def task_done(self):
        """Tell the queue the processing of a fetched item is complete."""
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        """Wait until every item put has been fetched and marked done."""
        if self._unfinished_tasks > 0:
            await self._finished.wait()


class PriorityQueue(Queue):
    """A Queue that retrieves entries in priority order (lowest first)."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        heapq.heappush(self._queue, item)

    def _get(self):
        return heapq.heappop(self._queue)


class LifoQueue(Queue):
    """A Queue that retrieves the most recently added entries first."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()


# ---------------------------------------------------------------- the default executor

class _PoolFuture:
    """The outcome of a call run by _ThreadPool: the part of
    concurrent.futures.Future that wrap_future() uses."""

    def __init__(self):
        self._lock = threading.Lock()
        self._state = _PENDING  # or 'RUNNING', _CANCELLED, _FINISHED
        self._result = None
        self._exception = None
        self._callbacks = []

    def cancel(self):
        with self._lock:
            if self._state == 'RUNNING' or self._state == _FINISHED:
                return False
            if self._state == _CANCELLED:
                return True
            self._state = _CANCELLED
            callbacks = self._callbacks
            self._callbacks = []
        for fn in callbacks:
            fn(self)
        return True

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state == _CANCELLED or self._state == _FINISHED

    def result(self):
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        return self._exception

    def add_done_callback(self, fn):
        with self._lock:
            if not self.done():
                self._callbacks.append(fn)
                return
        fn(self)

    def set_running_or_notify_cancel(self):
        with self._lock:
            if self._state == _CANCELLED:
                return False
            self._state = 'RUNNING'
            return True

    def _finish(self, result, exception):
        with self._lock:
            self._result = result
            self._exception = exception
            self._state = _FINISHED
            callbacks = self._callbacks
            self._callbacks = []
        for fn in callbacks:
            fn(self)


class _ThreadPool:
    """The loop's default executor: CPython's ThreadPoolExecutor in
    miniature (threads named asyncio_0, asyncio_1, ..., started while no
    thread is idle, up to min(32, cpu_count + 4))."""

    def __init__(self):
        self._max_workers = min(32, (os.cpu_count() or 1) + 4)
        self._work = collections.deque()
        self._cond = threading.Condition(threading.Lock())
        self._idle = 0
        self._threads = []
        self._shutdown = False

    def submit(self, fn, *args):
        fut = _PoolFuture()
        with self._cond:
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            self._work.append((fut, fn, args))
            self._cond.notify()
            # As ThreadPoolExecutor's idle semaphore: every finished call
            # lets one later submission go without a new thread.
            if self._idle > 0:
                self._idle -= 1
            elif len(self._threads) < self._max_workers:
                t = threading.Thread(name='asyncio_%d' % len(self._threads), target=self._worker)
                self._threads.append(t)
                t.start()
        return fut

    def _worker(self):
        while True:
            with self._cond:
                while not self._work and not self._shutdown:
                    self._cond.wait()
                if not self._work:
                    return  # shut down and nothing left to run
                fut, fn, args = self._work.popleft()
            if fut.set_running_or_notify_cancel():
                try:
                    result = fn(*args)
                except BaseException as exc:
                    fut._finish(None, exc)
                else:
                    fut._finish(result, None)
            with self._cond:
                self._idle += 1

    def shutdown(self, wait=True):
        with self._cond:
            self._shutdown = True
            self._cond.notify_all()
        if self in _pools:
            _pools.remove(self)
        if wait:
            for t in self._threads:
                t.join()


_pools = []


def _join_pools():
    # At interpreter exit, as concurrent.futures does for its pools.
    for pool in list(_pools):
        pool.shutdown(wait=True)


threading._register_atexit(_join_pools)


async def to_thread(func, *args, **kwargs):
    """Run func(*args, **kwargs) in a thread of the loop's default
    executor; return its result."""
    loop = get_running_loop()

    def func_call():
        return func(*args, **kwargs)
    return await loop.run_in_executor(None, func_call)


# ---------------------------------------------------------------- the event loop

_MIN_SCHEDULED_TIMER_HANDLES = 100
_MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5
_MAXIMUM_SELECT_TIMEOUT = 24 * 3600


class AbstractEventLoop:
    """The interface of event loops."""


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            return  # run_forever() already finished
    _get_loop(fut).stop()


class BaseEventLoop(AbstractEventLoop):
    """CPython's BaseEventLoop without I/O: callbacks, timers, tasks,
    executors and the cross-thread inbox."""

    def __init__(self):
        self._timer_cancelled_count = 0
        self._closed = False
        self._stopping = False
        self._ready = []
        self._scheduled = []
        # Callbacks sent by other threads, moved to _ready by the loop.
        self._inbox = []
        self._inbox_lock = threading.Lock()
        self._waker = _Waker()
        self._default_executor = None
        self._executor_shutdown_called = False
        self._thread_id = None
        self._clock_resolution = 1e-09
        self._exception_handler = None
        self._debug = False
        self._tasks = {}  # the live tasks of the loop (all_tasks())
        # The async generators started on this loop (the first-iteration
        # hook adds them), closed by shutdown_asyncgens; finished ones are
        # dropped when the list has doubled.
        self._asyncgens = []
        self._asyncgens_purge_at = 64
        self._asyncgens_shutdown_called = False
        # Futures whose exception may not be retrieved (_note_unretrieved).
        self._unretrieved = []
        self._unretrieved_purge_at = 64

    def __repr__(self):
        return '<%s running=%s closed=%s debug=%s>' % (
            self.__class__.__name__, self.is_running(), self.is_closed(), self.get_debug())

    def create_future(self):
        """Create a Future attached to the loop."""
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        """Schedule a coroutine; return its Task."""
        self._check_closed()
        return Task(coro, loop=self, name=name)

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if _get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    def run_forever(self):
        """Run until stop() is called."""
        self._check_closed()
        self._check_running()
        old_firstiter = _asyncgen.get_firstiter()
        try:
            self._thread_id = threading.get_ident()
            _set_running_loop(self)
            _asyncgen.set_firstiter(self._asyncgen_firstiter_hook)
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._thread_id = None
            _set_running_loop(None)
            _asyncgen.set_firstiter(old_firstiter)

    def _note_unretrieved(self, future):
        pending = self._unretrieved
        pending.append(future)
        if len(pending) >= self._unretrieved_purge_at:
            pending[:] = [f for f in pending if f._log_traceback]
            self._unretrieved_purge_at = max(64, 2 * len(pending))

    def _report_unretrieved(self):
        # "Task exception was never retrieved", which CPython logs when such
        # a future is garbage collected; here when the loop closes.
        pending = self._unretrieved
        self._unretrieved = []
        for future in pending:
            if future._log_traceback:
                future._log_traceback = False
                self.call_exception_handler({
                    'message': '%s exception was never retrieved' % type(future).__name__,
                    'exception': future._exception,
                    'future': future,
                })

    def _asyncgen_firstiter_hook(self, agen):
        if self._asyncgens_shutdown_called:
            return
        gens = self._asyncgens
        gens.append(agen)
        if len(gens) >= self._asyncgens_purge_at:
            gens[:] = [g for g in gens if g.ag_frame is not None]
            self._asyncgens_purge_at = max(64, 2 * len(gens))

    def run_until_complete(self, future):
        """Run until the future (a coroutine is wrapped in a Task) is done;
        return its result or raise its exception."""
        self._check_closed()
        self._check_running()
        future = ensure_future(future, loop=self)
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        """Stop after the callbacks already scheduled have run."""
        self._stopping = True

    def close(self):
        """Close the loop: clear its queues and shut its executor down
        without waiting."""
        if self.is_running():
            raise RuntimeError("Cannot close a running event loop")
        if self._closed:
            return
        self._report_unretrieved()
        self._closed = True
        self._ready = []
        self._scheduled = []
        self._executor_shutdown_called = True
        executor = self._default_executor
        if executor is not None:
            self._default_executor = None
            executor.shutdown(wait=False)

    def is_closed(self):
        """Return True if the loop was closed."""
        return self._closed

    def is_running(self):
        """Return True if the loop is running."""
        return self._thread_id is not None

    def time(self):
        """The loop's clock: time.monotonic()."""
        return _monotonic()

    def call_later(self, delay, callback, *args, context=None):
        """Call callback(*args) delay seconds from now; return a
        TimerHandle."""
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args)

    def call_at(self, when, callback, *args, context=None):
        """Call callback(*args) at loop time when."""
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        timer = TimerHandle(when, callback, args, self)
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def call_soon(self, callback, *args, context=None):
        """Call callback(*args) at the next iteration (FIFO order)."""
        self._check_closed()
        handle = Handle(callback, args, self)
        self._ready.append(handle)
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None):
        """call_soon() from any thread: wakes the loop."""
        self._check_closed()
        handle = Handle(callback, args, self)
        with self._inbox_lock:
            self._inbox.append(handle)
        self._waker.notify()
        return handle

    def run_in_executor(self, executor, func, *args):
        """Run func(*args) in executor (None: the default thread pool);
        return an asyncio Future for its result."""
        self._check_closed()
        if executor is None:
            executor = self._default_executor
            if self._executor_shutdown_called:
                raise RuntimeError('Executor shutdown has been called')
            if executor is None:
                executor = _ThreadPool()
                _pools.append(executor)
                self._default_executor = executor
        return wrap_future(executor.submit(func, *args), loop=self)

    def set_default_executor(self, executor):
        self._default_executor = executor

    async def shutdown_asyncgens(self):
        """Shut down all active asynchronous generators."""
        self._asyncgens_shutdown_called = True
        closing = [g for g in self._asyncgens if g.ag_frame is not None]
        self._asyncgens = []
        if not closing:
            return
        results = await gather(*[ag.aclose() for ag in closing], return_exceptions=True)
        for result, agen in zip(results, closing):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of '
                               f'asynchronous generator {agen!r}',
                    'exception': result,
                    'asyncgen': agen
                })

    async def shutdown_default_executor(self):
        """Shut the default executor down, waiting for its threads."""
        self._executor_shutdown_called = True
        if self._default_executor is None:
            return
        future = self.create_future()
        thread = threading.Thread(target=self._do_shutdown, args=(future,))
        thread.start()
        try:
            await future
        finally:
            thread.join()

    def _do_shutdown(self, future):
        try:
            self._default_executor.shutdown(wait=True)
            if not self.is_closed():
                self.call_soon_threadsafe(future.set_result, None)
        except Exception as ex:
            if not self.is_closed():
                self.call_soon_threadsafe(future.set_exception, ex)

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError('A callable object or None is expected, got %r' % (handler,))
        self._exception_handler = handler

    def default_exception_handler(self, context):
        """Report an error in a callback on stderr, as CPython's logger."""
        message = context.get('message') or 'Unhandled exception in event loop'
        lines = [message]
        for key in sorted(context):
            if key in ('message', 'exception'):
                continue
            lines.append('%s: %r' % (key, context[key]))
        exception = context.get('exception')
        if exception is not None:
            text = str(exception)
            name = type(exception).__name__
            lines.append(name + (': ' + text if text else ''))
        print('\n'.join(lines), file=sys.stderr)

    def call_exception_handler(self, context):
        """Pass context (message, exception, ...) to the exception handler."""
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                print('Exception in default exception handler', file=sys.stderr)
        else:
            try:
                self._exception_handler(self, context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self.default_exception_handler({
                    'message': 'Unhandled error in exception handler',
                    'exception': exc,
                    'context': context,
                })

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def _run_once(self):
        """One iteration: wait for the first timer or for another thread
        (not at all if callbacks are ready), move the due timers and the
        inbox to the ready list, run what was ready."""
        scheduled = self._scheduled
        sched_count = len(scheduled)
        if (sched_count > _MIN_SCHEDULED_TIMER_HANDLES and
                self._timer_cancelled_count / sched_count > _MIN_CANCELLED_TIMER_HANDLES_FRACTION):
            # Many cancelled timers: rebuild the heap without them.
            kept = []
            for handle in scheduled:
                if handle._cancelled:
                    handle._scheduled = False
                else:
                    kept.append(handle)
            heapq.heapify(kept)
            self._scheduled = scheduled = kept
            self._timer_cancelled_count = 0
        else:
            while scheduled and scheduled[0]._cancelled:
                self._timer_cancelled_count -= 1
                handle = heapq.heappop(scheduled)
                handle._scheduled = False

        if self._ready or self._stopping:
            pass  # no waiting
        elif scheduled:
            timeout = min(max(0, scheduled[0]._when - self.time()), _MAXIMUM_SELECT_TIMEOUT)
            if timeout > 0:
                # Rounded up to a whole millisecond, as CPython's
                # EpollSelector.select does for epoll_wait: timers due
                # within that millisecond then run in the same iteration,
                # as they do in CPython (three tasks sleeping 0.01 s, started
                # microseconds apart, all wake before any of them runs).
                self._waker.wait(math.ceil(timeout * 1e3) * 1e-3)
        else:
            self._waker.wait(None)
        if self._inbox:
            with self._inbox_lock:
                inbox = self._inbox
                self._inbox = []
            self._ready.extend(inbox)

        end_time = self.time() + self._clock_resolution
        while scheduled:
            handle = scheduled[0]
            if handle._when >= end_time:
                break
            handle = heapq.heappop(scheduled)
            handle._scheduled = False
            self._ready.append(handle)

        # Run what is ready now; what these callbacks schedule runs at the
        # next iteration.
        ready = self._ready
        self._ready = []
        i = 0
        n = len(ready)
        try:
            while i < n:
                handle = ready[i]
                i += 1
                if not handle._cancelled:
                    handle._run()
        finally:
            if i < n:
                # A callback raised KeyboardInterrupt or SystemExit: the
                # rest stays ready, as in CPython's deque.
                self._ready = ready[i:] + self._ready


class _UnixSelectorEventLoop(BaseEventLoop):
    """The event loop asyncio.run() creates (named as CPython's default
    loop on Unix, which its repr shows)."""


SelectorEventLoop = _UnixSelectorEventLoop


# ---------------------------------------------------------------- running

_R_CREATED = 'created'
_R_INITIALIZED = 'initialized'
_R_CLOSED = 'closed'


class Runner:
    """Context manager owning a new event loop: run() runs coroutines in it,
    leaving cancels the remaining tasks and closes it."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._state = _R_CREATED
        self._debug = debug
        self._loop_factory = loop_factory
        self._loop = None
        self._set_event_loop = False

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def close(self):
        """Shut down and close the event loop."""
        if self._state != _R_INITIALIZED:
            return
        try:
            loop = self._loop
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            if self._set_event_loop:
                set_event_loop(None)
            loop.close()
            self._loop = None
            self._state = _R_CLOSED

    def get_loop(self):
        """Return the embedded event loop."""
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        """Run a coroutine inside the embedded event loop."""
        if not iscoroutine(coro):
            raise ValueError("a coroutine was expected, got {!r}".format(coro))
        if _get_running_loop() is not None:
            raise RuntimeError("Runner.run() cannot be called from a running event loop")
        self._lazy_init()
        task = self._loop.create_task(coro)
        return self._loop.run_until_complete(task)

    def _lazy_init(self):
        if self._state == _R_CLOSED:
            raise RuntimeError("Runner is closed")
        if self._state == _R_INITIALIZED:
            return
        if self._loop_factory is None:
            self._loop = new_event_loop()
            if not self._set_event_loop:
                set_event_loop(self._loop)
                self._set_event_loop = True
        else:
            self._loop = self._loop_factory()
        if self._debug is not None:
            self._loop.set_debug(self._debug)
        self._state = _R_INITIALIZED


def run(main, *, debug=None):
    """Run the coroutine main in a new event loop, close the loop and
    return main's result."""
    if _get_running_loop() is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    with Runner(debug=debug) as runner:
        return runner.run(main)


def _cancel_all_tasks(loop):
    to_cancel = all_tasks(loop)
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
                'task': task,
            })


# ---------------------------------------------------------------- module names

def _set_module(name, *classes):
    # The submodule CPython defines each class in, which reprs and the last
    # line of a traceback show (asyncio.exceptions.CancelledError).
    for cls in classes:
        cls.__module__ = name


_set_module('asyncio.exceptions', CancelledError, InvalidStateError, BrokenBarrierError)
_set_module('asyncio.events', AbstractEventLoop, Handle, TimerHandle)
# asyncio.Future and asyncio.Task are CPython's C classes, _asyncio.Future
# and _asyncio.Task.
_set_module('_asyncio', Future, Task)
_set_module('asyncio.tasks', _GatheringFuture)
_set_module('asyncio.base_events', BaseEventLoop)
_set_module('asyncio.unix_events', _UnixSelectorEventLoop)
_set_module('asyncio.locks', Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier)
_set_module('asyncio.queues', Queue, PriorityQueue, LifoQueue, QueueEmpty, QueueFull)
_set_module('asyncio.timeouts', Timeout)
_set_module('asyncio.taskgroups', TaskGroup)
_set_module('asyncio.runners', Runner)
