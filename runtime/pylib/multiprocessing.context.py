"""multiprocessing.context for minipy: the exceptions, the Process classes
and the start-method functions.

minipy has one way to start a process, CPython's "spawn" (a fresh
interpreter that loads the main script as __mp_main__). The start method
names CPython knows are accepted and remembered, so that a program that
asks for "fork" runs and prints what it printed under python3, but every
child is spawned.
"""

import _mp
from multiprocessing import process

__all__ = ()


class ProcessError(Exception):
    pass


class BufferTooShort(ProcessError):
    pass


class TimeoutError(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


class Process(process.BaseProcess):
    _start_method = None

    @staticmethod
    def _Popen(process_obj):
        return _mp.spawn(process_obj, process_obj._name, process_obj.daemon)


class SpawnProcess(process.BaseProcess):
    _start_method = 'spawn'

    @staticmethod
    def _Popen(process_obj):
        return _mp.spawn(process_obj, process_obj._name, process_obj.daemon)


_start_methods = ['fork', 'spawn', 'forkserver']
_actual_context = [None]


def get_start_method(allow_none=False):
    if _actual_context[0] is None:
        if allow_none:
            return None
        _actual_context[0] = 'spawn'
    return _actual_context[0]


def set_start_method(method, force=False):
    if _actual_context[0] is not None and not force:
        raise RuntimeError('context has already been set')
    if method is None and force:
        _actual_context[0] = None
        return
    if method not in _start_methods:
        raise ValueError('cannot find context for %r' % method)
    _actual_context[0] = method


def get_all_start_methods():
    return list(_start_methods)


def assert_spawning(obj):
    _mp.assert_spawning(obj)


class BaseContext:
    '''A start-method context: multiprocessing.get_context(method). Its
    functions are the module's; its Process class is named after the
    method (SpawnProcess, ForkProcess, ...) as in CPython, and every
    process is spawned.'''

    ProcessError = ProcessError
    BufferTooShort = BufferTooShort
    TimeoutError = TimeoutError
    AuthenticationError = AuthenticationError

    def __init__(self, method=None):
        self._name = method
        if method is None:
            self.Process = Process
        else:
            self.Process = _process_class(method)

    def get_start_method(self, allow_none=False):
        if self._name is None:
            return get_start_method(allow_none)
        return self._name

    def set_start_method(self, method, force=False):
        set_start_method(method, force)

    def get_context(self, method=None):
        import multiprocessing
        return multiprocessing.get_context(method)

    def __getattr__(self, name):
        import multiprocessing
        if name.startswith('_') or name not in multiprocessing.__all__:
            raise AttributeError(name)
        return getattr(multiprocessing, name)


class ForkProcess(SpawnProcess):
    # Spawned like every minipy process, named as CPython names it.
    _start_method = 'fork'


class ForkServerProcess(SpawnProcess):
    _start_method = 'forkserver'


def _process_class(method):
    return {'spawn': SpawnProcess, 'fork': ForkProcess,
            'forkserver': ForkServerProcess}[method]
