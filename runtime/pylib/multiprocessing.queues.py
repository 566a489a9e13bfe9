"""multiprocessing.queues for minipy: Queue, JoinableQueue and SimpleQueue.

The work is done by _mp.Queue (runtime/mpqueue.go): a pipe, locks in
shared memory, and a feeder that writes put() items in the background, as
CPython's feeder thread does. These classes give CPython's names, checks
and messages; like CPython's, a queue reaches another process only as an
argument of a Process being started.
"""

import _mp

__all__ = ['Queue', 'SimpleQueue', 'JoinableQueue']

_PLAIN, _JOINABLE, _SIMPLE = 0, 1, 2


class Queue:

    _kind = _PLAIN

    def __init__(self, maxsize=0, *, ctx=None):
        if maxsize <= 0:
            maxsize = _mp.SEM_VALUE_MAX
        self._maxsize = maxsize
        self._q = _mp.Queue(maxsize, self._kind)
        self._closed = False

    def __getstate__(self):
        _mp.assert_spawning(self)
        return {'_maxsize': self._maxsize, '_q': self._q, '_closed': False}

    def _check_closed(self):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")

    def put(self, obj, block=True, timeout=None):
        self._check_closed()
        self._q.put(obj, block, timeout)

    def get(self, block=True, timeout=None):
        self._check_closed()
        return self._q.get(block, timeout)

    def qsize(self):
        return self._q.qsize()

    def empty(self):
        return self._q.empty()

    def full(self):
        return self._q.full()

    def get_nowait(self):
        return self.get(False)

    def put_nowait(self, obj):
        return self.put(obj, False)

    def close(self):
        self._closed = True

    def join_thread(self):
        assert self._closed, "Queue {0!r} not closed".format(self)
        self._q.join_thread()

    def cancel_join_thread(self):
        self._q.cancel_join_thread()


class JoinableQueue(Queue):

    _kind = _JOINABLE

    def task_done(self):
        self._q.task_done()

    def join(self):
        self._q.join()


class SimpleQueue:

    def __init__(self, *, ctx=None):
        self._q = _mp.Queue(0, _SIMPLE)
        self._closed = False

    def __getstate__(self):
        _mp.assert_spawning(self)
        return {'_q': self._q, '_closed': False}

    def close(self):
        self._closed = True

    def empty(self):
        return self._q.empty()

    def get(self):
        if self._closed:
            raise OSError("handle is closed")
        return self._q.get()

    def put(self, obj):
        if self._closed:
            raise OSError("handle is closed")
        self._q.put(obj)
