'''A multi-producer, multi-consumer queue.

minipy's queue: CPython 3.11's queue.py over threading, in the language
subset minipy runs. SimpleQueue, a C type in CPython, is the pure-Python
version CPython keeps as a fallback, with a lock of its own because minipy
runs threads without a GIL by default.
'''

import threading
from collections import deque
from heapq import heappush, heappop
from time import monotonic as time

# types.GenericAlias: Queue[int] and SimpleQueue[int] are generic aliases.
_GenericAlias = type(list[int])

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'
    # CPython defines it in its C module _queue: tracebacks name it so.
    __module__ = '_queue'


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'
    pass


class Queue:
    '''Create a queue object with a given maximum size.

    If maxsize is <= 0, the queue size is infinite.
    '''

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)

        # mutex must be held whenever the queue is mutating.  All methods
        # that acquire mutex must release it before returning.  mutex
        # is shared between the three conditions, so acquiring and
        # releasing the conditions also acquires and releases mutex.
        self.mutex = threading.Lock()

        # Notify not_empty whenever an item is added to the queue; a
        # thread waiting to get is notified then.
        self.not_empty = threading.Condition(self.mutex)

        # Notify not_full whenever an item is removed from the queue;
        # a thread waiting to put is notified then.
        self.not_full = threading.Condition(self.mutex)

        # Notify all_tasks_done whenever the number of unfinished tasks
        # drops to zero; thread waiting to join() is notified to resume
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0

    __class_getitem__ = classmethod(_GenericAlias)

    def task_done(self):
        '''Indicate that a formerly enqueued task is complete.

        Used by Queue consumer threads.  For each get() used to fetch a task,
        a subsequent call to task_done() tells the queue that the processing
        on the task is complete. Raises a ValueError if called more times
        than there were items placed in the queue.
        '''
        with self.all_tasks_done:
            unfinished = self.unfinished_tasks - 1
            if unfinished <= 0:
                if unfinished < 0:
                    raise ValueError('task_done() called too many times')
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = unfinished

    def join(self):
        '''Blocks until all items in the Queue have been gotten and processed.'''
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        '''Return the approximate size of the queue (not reliable!).'''
        with self.mutex:
            return self._qsize()

    def empty(self):
        '''Return True if the queue is empty, False otherwise (not reliable!).'''
        with self.mutex:
            return not self._qsize()

    def full(self):
        '''Return True if the queue is full, False otherwise (not reliable!).'''
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        '''Put an item into the queue.

        If optional args 'block' is true and 'timeout' is None (the default),
        block if necessary until a free slot is available. If 'timeout' is
        a non-negative number, it blocks at most 'timeout' seconds and raises
        the Full exception if no free slot was available within that time.
        Otherwise ('block' is false), put an item on the queue if a free slot
        is immediately available, else raise the Full exception ('timeout'
        is ignored in that case).
        '''
        with self.not_full:
            if self.maxsize > 0:
                if not block:
                    if self._qsize() >= self.maxsize:
                        raise Full
                elif timeout is None:
                    while self._qsize() >= self.maxsize:
                        self.not_full.wait()
                elif timeout < 0:
                    raise ValueError("'timeout' must be a non-negative number")
                else:
                    endtime = time() + timeout
                    while self._qsize() >= self.maxsize:
                        remaining = endtime - time()
                        if remaining <= 0.0:
                            raise Full
                        self.not_full.wait(remaining)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        '''Remove and return an item from the queue.

        If optional args 'block' is true and 'timeout' is None (the default),
        block if necessary until an item is available. If 'timeout' is
        a non-negative number, it blocks at most 'timeout' seconds and raises
        the Empty exception if no item was available within that time.
        Otherwise ('block' is false), return an item if one is immediately
        available, else raise the Empty exception ('timeout' is ignored
        in that case).
        '''
        with self.not_empty:
            if not block:
                if not self._qsize():
                    raise Empty
            elif timeout is None:
                while not self._qsize():
                    self.not_empty.wait()
            elif timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
            else:
                endtime = time() + timeout
                while not self._qsize():
                    remaining = endtime - time()
                    if remaining <= 0.0:
                        raise Empty
                    self.not_empty.wait(remaining)
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        '''Put an item into the queue without blocking.

        Only enqueue the item if a free slot is immediately available.
        Otherwise raise the Full exception.
        '''
        return self.put(item, block=False)

    def get_nowait(self):
        '''Remove and return an item from the queue without blocking.

        Only get an item if one is immediately available. Otherwise
        raise the Empty exception.
        '''
        return self.get(block=False)

    # Override these methods to implement other queue organizations
    # (e.g. stack or priority queue).
    # These will only be called with appropriate locks held

    # Initialize the queue representation
    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    # Put a new item in the queue
    def _put(self, item):
        self.queue.append(item)

    # Get an item from the queue
    def _get(self):
        return self.queue.popleft()


class PriorityQueue(Queue):
    '''Variant of Queue that retrieves open entries in priority order (lowest first).

    Entries are typically tuples of the form:  (priority number, data).
    '''

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        heappush(self.queue, item)

    def _get(self):
        return heappop(self.queue)


class LifoQueue(Queue):
    '''Variant of Queue that retrieves most recently added entries first.'''

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    '''Simple, unbounded FIFO queue.'''

    # CPython's SimpleQueue is the C type _queue.SimpleQueue: its repr and
    # its argument errors (Argument Clinic's) say so.
    __module__ = '_queue'

    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError('SimpleQueue() takes no positional arguments')
        if kwargs:
            raise TypeError('SimpleQueue() takes no keyword arguments')
        self._queue = deque()
        self._mutex = threading.Lock()
        self._count = threading.Semaphore(0)

    def put(self, *args, **kwargs):
        '''Put the item on the queue.

        The optional 'block' and 'timeout' arguments are ignored, as this method
        never blocks.  They are provided for compatibility with the Queue class.
        '''
        item = _clinic_args('put', ('item', 'block', 'timeout'), 1, args, kwargs)[0]
        with self._mutex:
            self._queue.append(item)
        self._count.release()

    def get(self, *args, **kwargs):
        '''Remove and return an item from the queue.

        If optional args 'block' is true and 'timeout' is None (the default),
        block if necessary until an item is available. If 'timeout' is
        a non-negative number, it blocks at most 'timeout' seconds and raises
        the Empty exception if no item was available within that time.
        Otherwise ('block' is false), return an item if one is immediately
        available, else raise the Empty exception ('timeout' is ignored
        in that case).
        '''
        block, timeout = _clinic_args('get', ('block', 'timeout'), 0, args, kwargs)
        block = True if block is _MISSING else bool(block)
        if timeout is _MISSING:
            timeout = None
        if not block:
            timeout = 0  # C: a non-blocking get ignores (never converts) timeout
        elif timeout is not None:
            timeout = _seconds(timeout)
            if timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
        if timeout is None:
            got = self._count.acquire()
        elif timeout == 0:
            got = self._count.acquire(False)
        else:
            got = self._count.acquire(True, timeout)
        if not got:
            raise Empty
        with self._mutex:
            return self._queue.popleft()

    def put_nowait(self, *args, **kwargs):
        '''Put an item into the queue without blocking.

        This is exactly equivalent to `put(item, block=False)` and is only provided
        for compatibility with the Queue class.
        '''
        item = _clinic_args('put_nowait', ('item',), 1, args, kwargs)[0]
        return self.put(item, block=False)

    def get_nowait(self, *args, **kwargs):
        '''Remove and return an item from the queue without blocking.

        Only get an item if one is immediately available. Otherwise
        raise the Empty exception.
        '''
        if args:
            raise TypeError('get_nowait() takes no arguments')
        # CPython 3.11's C get_nowait ignores keyword arguments.
        return self.get(block=False)

    def empty(self, *args):
        '''Return True if the queue is empty, False otherwise (not reliable!).'''
        _no_args('SimpleQueue.empty', args)
        with self._mutex:
            return len(self._queue) == 0

    def qsize(self, *args):
        '''Return the approximate size of the queue (not reliable!).'''
        _no_args('SimpleQueue.qsize', args)
        with self._mutex:
            return len(self._queue)


# _MISSING marks a parameter that the caller did not pass.
_MISSING = object()


def _clinic_args(fname, params, nrequired, args, kwargs):
    """Bind args and kwargs to params as CPython's Argument Clinic does for
    the C SimpleQueue's methods, with its error messages; an unpassed
    optional parameter is _MISSING."""
    nparams = len(params)
    given = len(args) + len(kwargs)
    if given > nparams:
        raise TypeError('%s() takes at most %d argument%s (%d given)'
                        % (fname, nparams, '' if nparams == 1 else 's', given))
    values = list(args) + [_MISSING] * (nparams - len(args))
    left = dict(kwargs)
    for i in range(len(args), nparams):
        if params[i] in left:
            values[i] = left.pop(params[i])
    for i in range(nrequired):
        if values[i] is _MISSING:
            raise TypeError("%s() missing required argument '%s' (pos %d)" % (fname, params[i], i + 1))
    for key in left:
        if key in params:
            raise TypeError("argument for %s() given by name ('%s') and position (%d)"
                            % (fname, key, params.index(key) + 1))
        raise TypeError("'%s' is an invalid keyword argument for %s()" % (key, fname))
    return values


def _no_args(fname, args):
    if args:
        raise TypeError('%s() takes no arguments (%d given)' % (fname, len(args)))


def _seconds(obj):
    """A timeout converted as CPython's _PyTime_FromSecondsObject does."""
    if isinstance(obj, float):
        if obj != obj:
            raise ValueError('Invalid value NaN (not a number)')
        if not -9223372036.854775 <= obj <= 9223372036.854775:
            raise OverflowError('timestamp out of range for platform time_t')
        return obj
    if not hasattr(type(obj), '__index__'):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(obj).__name__)
    n = obj.__index__()
    if not -9223372036 <= n <= 9223372036:
        raise OverflowError('timestamp too large to convert to C _PyTime_t')
    return n
