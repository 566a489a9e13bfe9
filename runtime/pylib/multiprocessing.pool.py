"""multiprocessing.pool for minipy: Pool, a set of worker processes.

CPython 3.11's design, smaller: tasks go to the workers through one
cross-process queue and results come back through another; a result
handler thread in the parent delivers them to the AsyncResult objects
(and runs the callbacks). The parent puts tasks itself, since a put never
blocks (the queue's feeder writes in the background).

Where CPython would wait forever, minipy raises: a worker that dies while
tasks are pending (killed, crashed, os._exit) fails every pending result
with WorkerLostError, and so does terminate() (and leaving a `with Pool()`
block) for results nobody has collected yet.
"""

import os
import _mp
from multiprocessing import context
from multiprocessing.context import TimeoutError

__all__ = ['Pool']

INIT = "INIT"
RUN = "RUN"
CLOSE = "CLOSE"
TERMINATE = "TERMINATE"

_job_counter = [0]


def _next_job():
    # Called with the pool's lock held.
    _job_counter[0] += 1
    return _job_counter[0] - 1


def mapstar(args):
    return list(map(*args))


def starmapstar(args):
    func = args[0]
    return [func(*a) for a in args[1]]


class MaybeEncodingError(Exception):
    """Wraps possible unpickleable errors, so they can be
    safely sent through the socket."""

    def __init__(self, exc, value):
        self.exc = repr(exc)
        self.value = repr(value)
        super().__init__(self.exc, self.value)

    def __str__(self):
        return "Error sending result: '%s'. Reason: '%s'" % (self.value,
                                                             self.exc)

    def __repr__(self):
        return "<%s: %s>" % (self.__class__.__name__, self)


class WorkerLostError(context.ProcessError):
    """minipy's: a task can no longer complete because its worker died, or
    because the pool was terminated (CPython would wait forever)."""
    pass


def worker(inqueue, outqueue, initializer=None, initargs=(), maxtasks=None):
    if (maxtasks is not None) and not (isinstance(maxtasks, int)
                                       and maxtasks >= 1):
        raise AssertionError("Maxtasks {!r} is not valid".format(maxtasks))
    if initializer is not None:
        initializer(*initargs)

    completed = 0
    while maxtasks is None or (maxtasks and completed < maxtasks):
        try:
            task = inqueue.get()
        except (EOFError, OSError):
            break

        if task is None:
            break

        job, i, func, args, kwds = task
        try:
            result = (True, func(*args, **kwds))
        except Exception as e:
            result = (False, e)
        try:
            outqueue.put((job, i, result))
        except Exception as e:
            wrapped = MaybeEncodingError(e, result[1])
            outqueue.put((job, i, (False, wrapped)))

        task = job = result = func = args = kwds = None
        completed += 1


class Pool:
    '''
    Class which supports an async version of applying functions to arguments.
    '''

    @staticmethod
    def Process(*args, **kwds):
        return context.SpawnProcess(*args, **kwds)

    def __init__(self, processes=None, initializer=None, initargs=(),
                 maxtasksperchild=None, context=None):
        import threading
        self._pool = []
        self._state = INIT
        self._lock = threading.RLock()
        self._setup_queues()
        self._wakeup_reader, self._wakeup_writer = _mp.Pipe(False)
        self._cache = {}
        self._maxtasksperchild = maxtasksperchild
        self._initializer = initializer
        self._initargs = initargs
        self._sentinels_sent = False
        self._crashes = 0   # worker deaths since the last delivered result
        self._broken = None

        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if maxtasksperchild is not None:
            if not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0:
                raise ValueError("maxtasksperchild must be a positive int or None")

        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')

        self._processes = processes
        try:
            self._repopulate_pool()
        except Exception:
            for p in self._pool:
                if p.exitcode is None:
                    p.terminate()
            for p in self._pool:
                p.join()
            raise

        # CPython runs three helper threads; name them alike so that the
        # numbers of the program's own threads match.
        threading._newname("Thread-%d")
        threading._newname("Thread-%d")
        self._result_handler = threading.Thread(target=self._handle_results)
        self._result_handler.daemon = True
        self._state = RUN
        self._result_handler.start()

    def __repr__(self):
        cls = self.__class__
        return (f'<{cls.__module__}.{cls.__qualname__} '
                f'state={self._state} '
                f'pool_size={len(self._pool)}>')

    def _setup_queues(self):
        self._inqueue = _mp.Queue(0, 0)
        self._outqueue = _mp.Queue(0, 0)

    def _wake_handler(self):
        self._wakeup_writer.send_bytes(b"")

    def _repopulate_pool(self):
        for i in range(self._processes - len(self._pool)):
            w = self.Process(target=worker,
                             args=(self._inqueue, self._outqueue,
                                   self._initializer,
                                   self._initargs,
                                   self._maxtasksperchild))
            w.name = w.name.replace('Process', 'PoolWorker')
            w.daemon = True
            w.start()
            self._pool.append(w)

    def _check_running(self):
        if self._broken:
            raise WorkerLostError(self._broken)
        if self._state != RUN:
            raise ValueError("Pool not running")

    def _new_job(self, result):
        # Checked and registered in one step: terminate() or a broken pool
        # fails every registered job, and no job may slip in after that.
        with self._lock:
            self._check_running()
            job = _next_job()
            self._cache[job] = result
        return job

    def _put_task(self, result, task):
        # A task that cannot be sent (a lambda) fails its result, as in
        # CPython, where the task handler thread catches the error.
        try:
            with self._lock:
                self._inqueue.put(task)
        except Exception as e:
            result._set(task[1], (False, e))

    # The result handler, on its own thread.

    def _handle_results(self):
        while True:
            outqueue = self._outqueue
            with self._lock:
                workers = list(self._pool)
            ready = _mp.wait([outqueue, self._wakeup_reader] +
                             [w._popen for w in workers])
            if outqueue in ready:
                try:
                    job, i, obj = outqueue.get()
                except Exception:
                    # A worker died in the middle of a message.
                    self._recover(None)
                    continue
                self._crashes = 0
                with self._lock:
                    entry = self._cache.get(job)
                if entry is not None:
                    entry._set(i, obj)
            elif self._wakeup_reader in ready:
                while self._wakeup_reader.poll():
                    self._wakeup_reader.recv_bytes()
            else:
                self._reap(workers)
            if self._state == TERMINATE:
                self._inqueue.cancel_join_thread()
                return
            if self._state == CLOSE:
                if not self._cache and not self._sentinels_sent:
                    self._sentinels_sent = True
                    with self._lock:
                        n = len(self._pool)
                    for i in range(n):
                        self._inqueue.put(None)
                if not self._pool:
                    return

    def _reap(self, workers):
        for w in workers:
            if w.exitcode is None:
                continue
            w.join()
            with self._lock:
                self._pool.remove(w)
            if w.exitcode != 0 and self._state != TERMINATE:
                self._recover(w.exitcode)
                return
        if self._state == RUN or (self._cache and self._state != TERMINATE):
            self._repopulate_pool()

    def _recover(self, exitcode):
        # A worker died: it may have held a queue's lock or left half a
        # message in a pipe, so the pool starts over with new queues and
        # new workers, and the tasks in flight fail. (The queues change
        # before the failures are reported: a caller that submits again
        # at once must reach the new workers.)
        self._crashes += 1
        with self._lock:
            workers = list(self._pool)
            self._pool = []
            self._inqueue.cancel_join_thread()
            self._setup_queues()
            lost = list(self._cache.values())
            if self._crashes >= 3:
                # Workers die before doing anything (an initializer that
                # fails, a main script that cannot load): stop respawning.
                self._state = TERMINATE
                self._broken = ('the worker processes of the pool keep dying '
                                '(last exit code %s)' % exitcode)
        for w in workers:
            if w.exitcode is None:
                w.terminate()
        for w in workers:
            w.join()
        exc = WorkerLostError('a worker process of the pool exited with code %s '
                              'while tasks were pending' % exitcode)
        for entry in lost:
            entry._fail(exc)
        self._sentinels_sent = False
        if self._state == RUN:
            self._repopulate_pool()

    def _fail_pending(self, exc):
        with self._lock:
            entries = list(self._cache.values())
        for entry in entries:
            entry._fail(exc)

    # The public API.

    def apply(self, func, args=(), kwds={}):
        '''
        Equivalent of `func(*args, **kwds)`.
        Pool must be running.
        '''
        return self.apply_async(func, args, kwds).get()

    def map(self, func, iterable, chunksize=None):
        '''
        Apply `func` to each element in `iterable`, collecting the results
        in a list that is returned.
        '''
        return self._map_async(func, iterable, mapstar, chunksize).get()

    def starmap(self, func, iterable, chunksize=None):
        '''
        Like `map()` method but the elements of the `iterable` are expected to
        be iterables as well and will be unpacked as arguments. Hence
        `func` and (a, b) becomes func(a, b).
        '''
        return self._map_async(func, iterable, starmapstar, chunksize).get()

    def starmap_async(self, func, iterable, chunksize=None, callback=None,
                      error_callback=None):
        '''
        Asynchronous version of `starmap()` method.
        '''
        return self._map_async(func, iterable, starmapstar, chunksize,
                               callback, error_callback)

    def imap(self, func, iterable, chunksize=1):
        '''
        Equivalent of `map()` -- can be MUCH slower than `Pool.map()`.
        '''
        return self._imap(IMapIterator, func, iterable, chunksize)

    def imap_unordered(self, func, iterable, chunksize=1):
        '''
        Like `imap()` method but ordering of results is arbitrary.
        '''
        return self._imap(IMapUnorderedIterator, func, iterable, chunksize)

    def _imap(self, cls, func, iterable, chunksize):
        self._check_running()
        if chunksize < 1:
            raise ValueError(
                "Chunksize must be 1+, not {0:n}".format(chunksize))
        result = cls(self)
        n = 0
        if chunksize == 1:
            for i, x in enumerate(iterable):
                self._put_task(result, (result._job, i, func, (x,), {}))
                n += 1
            result._set_length(n)
            return result
        for i, batch in enumerate(_batches(func, iterable, chunksize)):
            self._put_task(result, (result._job, i, mapstar, (batch,), {}))
            n += 1
        result._set_length(n)
        return (item for chunk in result for item in chunk)

    def apply_async(self, func, args=(), kwds={}, callback=None,
                    error_callback=None):
        '''
        Asynchronous version of `apply()` method.
        '''
        self._check_running()
        result = ApplyResult(self, callback, error_callback)
        self._put_task(result, (result._job, 0, func, args, kwds))
        return result

    def map_async(self, func, iterable, chunksize=None, callback=None,
                  error_callback=None):
        '''
        Asynchronous version of `map()` method.
        '''
        return self._map_async(func, iterable, mapstar, chunksize, callback,
                               error_callback)

    def _map_async(self, func, iterable, mapper, chunksize=None, callback=None,
                   error_callback=None):
        self._check_running()
        if not hasattr(iterable, '__len__'):
            iterable = list(iterable)

        if chunksize is None:
            chunksize, extra = divmod(len(iterable), self._processes * 4)
            if extra:
                chunksize += 1
        if len(iterable) == 0:
            chunksize = 0

        batches = list(_batches(func, iterable, chunksize)) if chunksize else []
        result = MapResult(self, chunksize, len(iterable), callback,
                           error_callback=error_callback)
        for i, batch in enumerate(batches):
            self._put_task(result, (result._job, i, mapper, (batch,), {}))
        return result

    def close(self):
        if self._state == RUN:
            self._state = CLOSE
            self._wake_handler()

    def terminate(self):
        with self._lock:
            if self._state == TERMINATE:
                return
            self._state = TERMINATE
        for p in list(self._pool):
            if p.exitcode is None:
                p.terminate()
        self._fail_pending(WorkerLostError(
            'the pool was terminated before the task completed'))
        self._inqueue.cancel_join_thread()
        self._wake_handler()

    def join(self):
        if self._state == RUN:
            raise ValueError("Pool is still running")
        elif self._state not in (CLOSE, TERMINATE):
            raise ValueError("In unknown state")
        self._result_handler.join()
        for p in list(self._pool):
            p.join()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()


def _batches(func, iterable, size):
    items = list(iterable)
    for i in range(0, len(items), size):
        yield (func, tuple(items[i:i + size]))


class ApplyResult:

    def __init__(self, pool, callback, error_callback):
        import threading
        self._pool = pool
        self._event = threading.Event()
        self._cache = pool._cache
        self._callback = callback
        self._error_callback = error_callback
        self._job = pool._new_job(self)

    def ready(self):
        return self._event.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._success

    def wait(self, timeout=None):
        self._event.wait(timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            raise TimeoutError
        if self._success:
            return self._value
        else:
            raise self._value

    def _set(self, i, obj):
        self._success, self._value = obj
        if self._callback and self._success:
            self._callback(self._value)
        if self._error_callback and not self._success:
            self._error_callback(self._value)
        self._event.set()
        self._cache.pop(self._job, None)
        self._pool = None

    def _fail(self, exc):
        if not self.ready():
            self._set(0, (False, exc))


AsyncResult = ApplyResult       # create alias -- see #17805


class MapResult(ApplyResult):

    def __init__(self, pool, chunksize, length, callback, error_callback):
        ApplyResult.__init__(self, pool, callback,
                             error_callback=error_callback)
        self._success = True
        self._value = [None] * length
        self._chunksize = chunksize
        if chunksize <= 0:
            self._number_left = 0
            self._event.set()
            self._cache.pop(self._job, None)
        else:
            self._number_left = length // chunksize + bool(length % chunksize)

    def _set(self, i, success_result):
        self._number_left -= 1
        success, result = success_result
        if success and self._success:
            self._value[i * self._chunksize:(i + 1) * self._chunksize] = result
            if self._number_left == 0:
                if self._callback:
                    self._callback(self._value)
                self._cache.pop(self._job, None)
                self._event.set()
                self._pool = None
        else:
            if not success and self._success:
                # only store first exception
                self._success = False
                self._value = result
            if self._number_left == 0:
                # only consider the result ready once all jobs are done
                if self._error_callback:
                    self._error_callback(self._value)
                self._cache.pop(self._job, None)
                self._event.set()
                self._pool = None

    def _fail(self, exc):
        if self.ready():
            return
        if self._success:
            self._success = False
            self._value = exc
        self._number_left = 0
        if self._error_callback:
            self._error_callback(self._value)
        self._cache.pop(self._job, None)
        self._event.set()
        self._pool = None


class IMapIterator:

    def __init__(self, pool):
        import threading
        from collections import deque
        self._pool = pool
        self._cond = threading.Condition(threading.Lock())
        self._cache = pool._cache
        self._items = deque()
        self._index = 0
        self._length = None
        self._unsorted = {}
        self._job = pool._new_job(self)

    def __iter__(self):
        return self

    def next(self, timeout=None):
        with self._cond:
            try:
                item = self._items.popleft()
            except IndexError:
                if self._index == self._length:
                    self._pool = None
                    raise StopIteration from None
                self._cond.wait(timeout)
                try:
                    item = self._items.popleft()
                except IndexError:
                    if self._index == self._length:
                        self._pool = None
                        raise StopIteration from None
                    raise TimeoutError from None

        success, value = item
        if success:
            return value
        raise value

    __next__ = next                    # XXX

    def _set(self, i, obj):
        with self._cond:
            if self._index == i:
                self._items.append(obj)
                self._index += 1
                while self._index in self._unsorted:
                    obj = self._unsorted.pop(self._index)
                    self._items.append(obj)
                    self._index += 1
                self._cond.notify()
            else:
                self._unsorted[i] = obj

            if self._index == self._length:
                self._cache.pop(self._job, None)
                self._pool = None

    def _set_length(self, length):
        with self._cond:
            self._length = length
            if self._index == self._length:
                self._cond.notify()
                self._cache.pop(self._job, None)
                self._pool = None

    def _fail(self, exc):
        with self._cond:
            self._unsorted = {}
            self._items.append((False, exc))
            self._index += 1
            self._length = self._index
            self._cond.notify()
            self._cache.pop(self._job, None)
            self._pool = None


class IMapUnorderedIterator(IMapIterator):

    def _set(self, i, obj):
        with self._cond:
            self._items.append(obj)
            self._index += 1
            self._cond.notify()
            if self._index == self._length:
                self._cache.pop(self._job, None)
                self._pool = None
