"""multiprocessing for minipy: real OS processes, started the way CPython's
"spawn" start method starts them.

Each child is a new minipy process with its own interpreter and its own
GIL: it loads the main script as __mp_main__ (so the `if __name__ ==
"__main__":` block does not run again), receives its target and arguments
through a pipe, and sends results back the same way. What crosses is
copied, by the rules of pickle: module-level functions and classes by
name, data by value; a lambda or a lock gives pickle's error.

This module keeps what every program imports small, since every child
loads it again; Pool, Manager, queues, locks and shared values come from
submodules imported on first use, as CPython's context methods do.
"""

import os
import _mp
from multiprocessing import process
from multiprocessing import context
from multiprocessing.process import current_process, active_children, parent_process
from multiprocessing.context import (ProcessError, BufferTooShort, TimeoutError,
                                     AuthenticationError, Process,
                                     get_start_method, set_start_method,
                                     get_all_start_methods)

__all__ = [
    'Array', 'AuthenticationError', 'Barrier', 'BoundedSemaphore',
    'BufferTooShort', 'Condition', 'Event', 'JoinableQueue', 'Lock',
    'Manager', 'Pipe', 'Pool', 'Process', 'ProcessError', 'Queue',
    'RLock', 'RawArray', 'RawValue', 'Semaphore', 'SimpleQueue',
    'TimeoutError', 'Value', 'active_children', 'cpu_count',
    'current_process', 'freeze_support', 'get_all_start_methods',
    'get_context', 'get_start_method', 'parent_process',
    'set_start_method',
]

SUBDEBUG = 5
SUBWARNING = 25


def cpu_count():
    num = os.cpu_count()
    if num is None:
        raise NotImplementedError('cannot determine number of cpus')
    return num


def freeze_support():
    pass


def Pipe(duplex=True):
    return _mp.Pipe(duplex)


def Queue(maxsize=0):
    from multiprocessing.queues import Queue
    return Queue(maxsize)


def JoinableQueue(maxsize=0):
    from multiprocessing.queues import JoinableQueue
    return JoinableQueue(maxsize)


def SimpleQueue():
    from multiprocessing.queues import SimpleQueue
    return SimpleQueue()


def Lock():
    from multiprocessing.synchronize import Lock
    return Lock()


def RLock():
    from multiprocessing.synchronize import RLock
    return RLock()


def Condition(lock=None):
    from multiprocessing.synchronize import Condition
    return Condition(lock)


def Semaphore(value=1):
    from multiprocessing.synchronize import Semaphore
    return Semaphore(value)


def BoundedSemaphore(value=1):
    from multiprocessing.synchronize import BoundedSemaphore
    return BoundedSemaphore(value)


def Event():
    from multiprocessing.synchronize import Event
    return Event()


def Barrier(parties, action=None, timeout=None):
    raise NotImplementedError('minipy does not support multiprocessing.Barrier')


def RawValue(typecode_or_type, *args):
    from multiprocessing.sharedctypes import RawValue
    return RawValue(typecode_or_type, *args)


def RawArray(typecode_or_type, size_or_initializer):
    from multiprocessing.sharedctypes import RawArray
    return RawArray(typecode_or_type, size_or_initializer)


def Value(typecode_or_type, *args, lock=True):
    from multiprocessing.sharedctypes import Value
    return Value(typecode_or_type, *args, lock=lock)


def Array(typecode_or_type, size_or_initializer, *, lock=True):
    from multiprocessing.sharedctypes import Array
    return Array(typecode_or_type, size_or_initializer, lock=lock)


def Pool(processes=None, initializer=None, initargs=(), maxtasksperchild=None):
    from multiprocessing.pool import Pool
    return Pool(processes, initializer, initargs, maxtasksperchild)


def Manager():
    from multiprocessing.managers import SyncManager
    m = SyncManager()
    m.start()
    return m


def get_context(method=None):
    if method is not None and method not in get_all_start_methods():
        raise ValueError('cannot find context for %r' % method)
    return context.BaseContext(method)
