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
    '''Returns the number of CPUs in the system'''
    num = os.cpu_count()
    if num is None:
        raise NotImplementedError('cannot determine number of cpus')
    return num


def freeze_support():
    '''Check whether this is a fake forked process in a frozen executable.'''
    pass


def Pipe(duplex=True):
    '''Returns two connection object connected by a pipe'''
    return _mp.Pipe(duplex)


def Queue(maxsize=0):
    '''Returns a queue object'''
    from multiprocessing.queues import Queue
    return Queue(maxsize)


def JoinableQueue(maxsize=0):
    '''Returns a queue object'''
    from multiprocessing.queues import JoinableQueue
    return JoinableQueue(maxsize)


def SimpleQueue():
    '''Returns a queue object'''
    from multiprocessing.queues import SimpleQueue
    return SimpleQueue()


def Lock():
    '''Returns a non-recursive lock object'''
    from multiprocessing.synchronize import Lock
    return Lock()


def RLock():
    '''Returns a recursive lock object'''
    from multiprocessing.synchronize import RLock
    return RLock()


def Condition(lock=None):
    '''Returns a condition object'''
    from multiprocessing.synchronize import Condition
    return Condition(lock)


def Semaphore(value=1):
    '''Returns a semaphore object'''
    from multiprocessing.synchronize import Semaphore
    return Semaphore(value)


def BoundedSemaphore(value=1):
    '''Returns a bounded semaphore object'''
    from multiprocessing.synchronize import BoundedSemaphore
    return BoundedSemaphore(value)


def Event():
    '''Returns an event object'''
    from multiprocessing.synchronize import Event
    return Event()


def Barrier(parties, action=None, timeout=None):
    '''Returns a barrier object'''
    raise NotImplementedError('minipy does not support multiprocessing.Barrier')


def RawValue(typecode_or_type, *args):
    '''Returns a shared object'''
    from multiprocessing.sharedctypes import RawValue
    return RawValue(typecode_or_type, *args)


def RawArray(typecode_or_type, size_or_initializer):
    '''Returns a shared array'''
    from multiprocessing.sharedctypes import RawArray
    return RawArray(typecode_or_type, size_or_initializer)


def Value(typecode_or_type, *args, lock=True):
    '''Returns a synchronized shared object'''
    from multiprocessing.sharedctypes import Value
    return Value(typecode_or_type, *args, lock=lock)


def Array(typecode_or_type, size_or_initializer, *, lock=True):
    '''Returns a synchronized shared array'''
    from multiprocessing.sharedctypes import Array
    return Array(typecode_or_type, size_or_initializer, lock=lock)


def Pool(processes=None, initializer=None, initargs=(), maxtasksperchild=None):
    '''Returns a process pool object'''
    from multiprocessing.pool import Pool
    return Pool(processes, initializer, initargs, maxtasksperchild)


def Manager():
    '''Returns a manager associated with a running server process

    The managers methods such as `Lock()`, `Condition()` and `Queue()`
    can be used to create shared objects.
    '''
    from multiprocessing.managers import SyncManager
    m = SyncManager()
    m.start()
    return m


def get_context(method=None):
    '''Returns a context: an object with this module's functions whose
    processes carry the name of the start method (SpawnProcess-1).'''
    if method is not None and method not in get_all_start_methods():
        raise ValueError('cannot find context for %r' % method)
    return context.BaseContext(method)
