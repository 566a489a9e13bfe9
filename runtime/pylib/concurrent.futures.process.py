# Copyright 2009 Brian Quinlan. All Rights Reserved.
# Licensed to PSF under a Contributor Agreement.

"""Implements ProcessPoolExecutor.

CPython 3.11's design, on minipy's processes: work items wait in the
parent until a worker is free (so that cancel() works on them, and
running() becomes true as an item is handed out); at most max_workers + 1
calls are in the call queue; an executor manager thread reads the results,
starts workers on demand, and watches the workers' sentinels. A worker
that dies without being asked to (killed, crashed, os._exit) breaks the
pool: every pending future fails with BrokenProcessPool, with CPython's
message, and the pool refuses new work.
"""

__author__ = 'Brian Quinlan (brian@sweetapp.com)'

import os
import threading
import _mp
from concurrent.futures import _base
from multiprocessing import context as _context

_global_shutdown = False
_threads_wakeups = {}


def _python_exit():
    global _global_shutdown
    _global_shutdown = True
    items = list(_threads_wakeups.items())
    for _, wakeup in items:
        wakeup.wakeup()
    for t, _ in items:
        t.join()


threading._register_atexit(_python_exit)

# Controls how many more calls than processes will be queued in the call
# queue.
EXTRA_QUEUED_CALLS = 1


class _ThreadWakeup:
    # The manager thread closes the pipe (when the pool breaks or shuts
    # down) while other threads may still call wakeup() from submit,
    # shutdown or _python_exit; the lock makes "check closed, then write"
    # one step, as CPython 3.12 does, so a late wakeup never writes to a
    # closed descriptor (EBADF).
    def __init__(self):
        self._closed = False
        self._lock = threading.Lock()
        self._reader, self._writer = _mp.Pipe(duplex=False)

    def close(self):
        with self._lock:
            if not self._closed:
                self._closed = True
                self._writer.close()
                self._reader.close()

    def wakeup(self):
        with self._lock:
            if not self._closed:
                self._writer.send_bytes(b"")

    def clear(self):
        # Only the manager thread calls clear() and close(), so the pipe
        # cannot close under it; it does not take the lock because a
        # wakeup blocked on a full pipe would then deadlock with it.
        if not self._closed:
            while self._reader.poll():
                self._reader.recv_bytes()


class BrokenProcessPool(_base.BrokenExecutor):
    """
    Raised when a process in a ProcessPoolExecutor terminated abruptly
    while a future was in the running state.
    """


class _WorkItem(object):
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs


def _get_chunks(*iterables, chunksize):
    """ Iterates over zip()ed iterables in chunks. """
    items = list(zip(*iterables))
    for i in range(0, len(items), chunksize):
        yield tuple(items[i:i + chunksize])


def _process_chunk(fn, chunk):
    """ Processes a chunk of an iterable passed to map.

    Runs the function passed to map() on a chunk of the
    iterable passed to map.

    This function is run in a separate process.

    """
    return [fn(*args) for args in chunk]


def _sendback_result(result_queue, work_id, result=None, exception=None,
                     exit_pid=None):
    """Safely send back the given result or exception"""
    try:
        result_queue.put((work_id, exception, result, exit_pid))
    except BaseException as e:
        result_queue.put((work_id, e, None, exit_pid))


def _process_worker(call_queue, result_queue, initializer, initargs, max_tasks=None):
    """Evaluates calls from call_queue and places the results in result_queue.

    This worker is run in a separate process.
    """
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException as e:
            _base.LOGGER.critical('Exception in initializer:', exc=e)
            # The parent will notice that the process stopped and
            # mark the pool broken
            return
    num_tasks = 0
    exit_pid = None
    while True:
        call_item = call_queue.get(block=True)
        if call_item is None:
            # Wake up queue management thread
            result_queue.put(os.getpid())
            return

        if max_tasks is not None:
            num_tasks += 1
            if num_tasks >= max_tasks:
                exit_pid = os.getpid()

        work_id, fn, args, kwargs = call_item
        try:
            r = fn(*args, **kwargs)
        except BaseException as e:
            _sendback_result(result_queue, work_id, exception=e,
                             exit_pid=exit_pid)
        else:
            _sendback_result(result_queue, work_id, result=r,
                             exit_pid=exit_pid)
            del r

        # Liberate the resource as soon as possible, to avoid holding onto
        # open files or shared memory that is not needed anymore
        del call_item

        if exit_pid is not None:
            return


class _ExecutorManagerThread(threading.Thread):
    """Manages the communication between this process and the worker processes.

    The manager is run in a local thread.
    """

    def __init__(self, executor):
        self.executor = executor
        self.thread_wakeup = executor._executor_manager_thread_wakeup
        super().__init__()

    def run(self):
        # Main loop for the executor manager thread.
        ex = self.executor
        while True:
            self.add_call_items_to_queue()
            result_item, is_broken = self.wait_result_broken_or_wakeup()
            if is_broken:
                self.terminate_broken()
                return
            if result_item is not None:
                self.process_result_item(result_item)
            if self.is_shutting_down():
                self.flag_executor_shutting_down()
                # Only running or queued futures are left, or none.
                self.add_call_items_to_queue()
                if not ex._pending_work_items:
                    self.join_executor_internals()
                    return

    def add_call_items_to_queue(self):
        # Fills the call queue with work items that are not cancelled, up
        # to max_workers + EXTRA_QUEUED_CALLS calls.
        ex = self.executor
        while ex._in_flight < ex._max_workers + EXTRA_QUEUED_CALLS:
            with ex._shutdown_lock:
                if not ex._work_ids:
                    return
                work_id = ex._work_ids.pop(0)
            work_item = ex._pending_work_items.get(work_id)
            if work_item is None:
                continue
            if not work_item.future.set_running_or_notify_cancel():
                del ex._pending_work_items[work_id]
                continue
            try:
                ex._call_queue.put((work_id, work_item.fn, work_item.args,
                                    work_item.kwargs))
            except BaseException as e:
                # The call cannot be sent (a lambda): it fails, as in
                # CPython, where the queue's feeder thread reports it.
                del ex._pending_work_items[work_id]
                work_item.future.set_exception(e)
                continue
            ex._in_flight += 1

    def wait_result_broken_or_wakeup(self):
        ex = self.executor
        result_queue = ex._result_queue
        wakeup_reader = self.thread_wakeup._reader
        processes = list(ex._processes.values())
        ready = _mp.wait([result_queue, wakeup_reader] +
                         [p._popen for p in processes])
        if result_queue in ready:
            return result_queue.get(), False
        if wakeup_reader in ready:
            self.thread_wakeup.clear()
            return None, False
        return None, True

    def process_result_item(self, result_item):
        ex = self.executor
        if isinstance(result_item, int):
            # Clean shutdown of a worker using its PID
            p = ex._processes.pop(result_item, None)
            if p is not None:
                p.join()
            return
        work_id, exception, result, exit_pid = result_item
        ex._in_flight -= 1
        if exit_pid is not None:
            p = ex._processes.pop(exit_pid, None)
            if p is not None:
                p.join()
        work_item = ex._pending_work_items.pop(work_id, None)
        if work_item is not None and not work_item.future.done():
            if exception is not None:
                work_item.future.set_exception(exception)
            else:
                work_item.future.set_result(result)
        if exit_pid is not None:
            with ex._shutdown_lock:
                if not self.is_shutting_down():
                    ex._adjust_process_count()
        else:
            ex._idle_worker_semaphore.release()

    def is_shutting_down(self):
        return _global_shutdown or self.executor._shutdown_thread

    def terminate_broken(self):
        ex = self.executor
        with ex._shutdown_lock:
            ex._broken = ('A child process terminated abruptly, the process pool '
                          'is not usable anymore')
            ex._shutdown_thread = True
        bpe = BrokenProcessPool("A process in the process pool was "
                                "terminated abruptly while the future was "
                                "running or pending.")
        for work_id, work_item in list(ex._pending_work_items.items()):
            if not work_item.future.done():
                work_item.future.set_exception(bpe)
        ex._pending_work_items.clear()
        ex._call_queue.cancel_join_thread()
        for p in list(ex._processes.values()):
            if p.exitcode is None:
                p.terminate()
        for p in list(ex._processes.values()):
            p.join()
        ex._processes.clear()
        self.thread_wakeup.close()

    def flag_executor_shutting_down(self):
        ex = self.executor
        if ex._cancel_pending_futures:
            # Cancel the futures that no worker has been given yet.
            with ex._shutdown_lock:
                ids = ex._work_ids
                ex._work_ids = []
            for work_id in ids:
                work_item = ex._pending_work_items.pop(work_id, None)
                if work_item is not None:
                    work_item.future.cancel()
            ex._cancel_pending_futures = False

    def join_executor_internals(self):
        ex = self.executor
        processes = list(ex._processes.values())
        for p in processes:
            ex._call_queue.put(None)
        for p in processes:
            p.join()
        ex._processes.clear()
        self.thread_wakeup.close()


class ProcessPoolExecutor(_base.Executor):
    def __init__(self, max_workers=None, mp_context=None,
                 initializer=None, initargs=(), *, max_tasks_per_child=None):
        """Initializes a new ProcessPoolExecutor instance.

        Args:
            max_workers: The maximum number of processes that can be used to
                execute the given calls. If None or not given then as many
                worker processes will be created as the machine has processors.
            mp_context: A multiprocessing context to launch the workers (every
                minipy process is spawned).
            initializer: A callable used to initialize worker processes.
            initargs: A tuple of arguments to pass to the initializer.
            max_tasks_per_child: The maximum number of tasks a worker process
                can complete before it will exit and be replaced with a fresh
                worker process.
        """
        if max_workers is None:
            self._max_workers = os.cpu_count() or 1
        else:
            if max_workers <= 0:
                raise ValueError("max_workers must be greater than 0")
            self._max_workers = max_workers

        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._initializer = initializer
        self._initargs = initargs

        if max_tasks_per_child is not None:
            if not isinstance(max_tasks_per_child, int):
                raise TypeError("max_tasks_per_child must be an integer")
            elif max_tasks_per_child <= 0:
                raise ValueError("max_tasks_per_child must be >= 1")
        self._max_tasks_per_child = max_tasks_per_child

        # Management thread
        self._executor_manager_thread = None

        # Map of pids to processes
        self._processes = {}

        # Shutdown is a two-step process.
        self._shutdown_thread = False
        self._shutdown_lock = threading.Lock()
        self._idle_worker_semaphore = threading.Semaphore(0)
        self._broken = False
        self._queue_count = 0
        self._pending_work_items = {}
        self._work_ids = []
        self._in_flight = 0
        self._cancel_pending_futures = False

        self._executor_manager_thread_wakeup = _ThreadWakeup()
        self._call_queue = _mp.Queue(0, 0)
        self._result_queue = _mp.Queue(0, 0)

    def _start_executor_manager_thread(self):
        if self._executor_manager_thread is None:
            self._executor_manager_thread = _ExecutorManagerThread(self)
            self._executor_manager_thread.start()
            _threads_wakeups[self._executor_manager_thread] = \
                self._executor_manager_thread_wakeup

    def _adjust_process_count(self):
        # if there's an idle process, we don't need to spawn a new one.
        if self._idle_worker_semaphore.acquire(blocking=False):
            return

        process_count = len(self._processes)
        if process_count < self._max_workers:
            self._spawn_process()

    def _spawn_process(self):
        p = _context.SpawnProcess(
            target=_process_worker,
            args=(self._call_queue,
                  self._result_queue,
                  self._initializer,
                  self._initargs,
                  self._max_tasks_per_child))
        p.start()
        self._processes[p.pid] = p

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            if self._broken:
                raise BrokenProcessPool(self._broken)
            if self._shutdown_thread:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _global_shutdown:
                raise RuntimeError('cannot schedule new futures after '
                                   'interpreter shutdown')

            f = _base.Future()
            w = _WorkItem(f, fn, args, kwargs)

            self._pending_work_items[self._queue_count] = w
            self._work_ids.append(self._queue_count)
            self._queue_count += 1
            # Wake up queue management thread
            self._executor_manager_thread_wakeup.wakeup()

            self._adjust_process_count()
            self._start_executor_manager_thread()
            return f
    submit.__doc__ = _base.Executor.submit.__doc__

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Returns an iterator equivalent to map(fn, iter).

        Args:
            fn: A callable that will take as many arguments as there are
                passed iterables.
            timeout: The maximum number of seconds to wait. If None, then there
                is no limit on the wait time.
            chunksize: If greater than one, the iterables will be chopped into
                chunks of size chunksize and submitted to the process pool.
                If set to one, the items in the list will be sent one at a time.

        Returns:
            An iterator equivalent to: map(func, *iterables) but the calls may
            be evaluated out-of-order.

        Raises:
            TimeoutError: If the entire result iterator could not be generated
                before the given timeout.
            Exception: If fn(*args) raises for any values.
        """
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        import time
        if timeout is not None:
            end_time = timeout + time.monotonic()

        fs = [self.submit(_process_chunk, fn, chunk)
              for chunk in _get_chunks(*iterables, chunksize=chunksize)]

        def result_iterator():
            try:
                # reverse to keep finishing order
                fs.reverse()
                while fs:
                    if timeout is None:
                        chunk = _base._result_or_cancel(fs.pop())
                    else:
                        chunk = _base._result_or_cancel(fs.pop(), end_time - time.monotonic())
                    for element in chunk:
                        yield element
            finally:
                for future in fs:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._cancel_pending_futures = cancel_futures
            self._shutdown_thread = True
            if self._executor_manager_thread_wakeup is not None:
                # Wake up queue management thread
                self._executor_manager_thread_wakeup.wakeup()

        if self._executor_manager_thread is not None and wait:
            self._executor_manager_thread.join()
        # To reduce the risk of opening too many files, remove references to
        # objects that use file descriptors.
        self._executor_manager_thread = None
    shutdown.__doc__ = _base.Executor.shutdown.__doc__
