"""multiprocessing.sharedctypes for minipy: Value, Array, RawValue and
RawArray, shared between processes for real.

The items live in shared memory (_mp.SharedArray, runtime/mpshared.go),
which every process maps: a child sees the parent's writes and the
parent the child's, with no message in between. Types are given by their
typecodes ('i', 'd', ...), converted as ctypes converts them; ctypes type
objects are not available in minipy.
"""

import _mp
from multiprocessing import synchronize

__all__ = ['RawValue', 'RawArray', 'Value', 'Array', 'copy', 'synchronized']

typecode_to_type = {
    'c': 'c_char', 'u': 'c_wchar', 'b': 'c_byte', 'B': 'c_ubyte',
    'h': 'c_short', 'H': 'c_ushort', 'i': 'c_int', 'I': 'c_uint',
    'l': 'c_long', 'L': 'c_ulong', 'q': 'c_longlong', 'Q': 'c_ulonglong',
    'f': 'c_float', 'd': 'c_double'
}


def _new_array(typecode, size):
    if not isinstance(typecode, str):
        raise TypeError('minipy supports typecodes only (such as "i" or "d"), '
                        'not %s' % type(typecode).__name__)
    if typecode not in typecode_to_type:
        raise TypeError('this type has no size')
    if typecode in ('c', 'u'):
        raise NotImplementedError('minipy does not support the typecode %r' % typecode)
    return _mp.SharedArray(typecode, size)


class _RawValue:
    # A ctypes scalar (c_int, c_double, ...) in shared memory.

    def __init__(self, store):
        self._store = store

    def __getstate__(self):
        _mp.assert_spawning(self)
        return {'_store': self._store}

    @property
    def value(self):
        return self._store[0]

    @value.setter
    def value(self, value):
        self._store[0] = value

    def __repr__(self):
        return '%s(%r)' % (self._store.ctype, self._store[0])


class _RawArray:
    # A ctypes array (c_int * n) in shared memory.

    def __init__(self, store):
        self._store = store

    def __getstate__(self):
        _mp.assert_spawning(self)
        return {'_store': self._store}

    def __len__(self):
        return len(self._store)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self._store[j] for j in range(*i.indices(len(self._store)))]
        return self._store[i]

    def __setitem__(self, i, value):
        if isinstance(i, slice):
            indices = range(*i.indices(len(self._store)))
            values = list(value)
            if len(values) != len(indices):
                raise ValueError('Can only assign sequence of same size')
            for j, v in zip(indices, values):
                self._store[j] = v
        else:
            self._store[i] = value

    def __iter__(self):
        return iter(self[:])

    def __repr__(self):
        return '<multiprocessing.sharedctypes.%s_Array_%d object at %#x>' % (
            self._store.ctype, len(self._store), id(self))


def RawValue(typecode_or_type, *args):
    '''
    Returns a ctypes object allocated from shared memory
    '''
    obj = _RawValue(_new_array(typecode_or_type, 1))
    if args:
        obj.value = args[0]
    return obj


def RawArray(typecode_or_type, size_or_initializer):
    '''
    Returns a ctypes array allocated from shared memory
    '''
    if isinstance(size_or_initializer, int):
        return _RawArray(_new_array(typecode_or_type, size_or_initializer))
    values = list(size_or_initializer)
    result = _RawArray(_new_array(typecode_or_type, len(values)))
    for i, v in enumerate(values):
        result[i] = v
    return result


def Value(typecode_or_type, *args, lock=True, ctx=None):
    '''
    Return a synchronization wrapper for a Value
    '''
    obj = RawValue(typecode_or_type, *args)
    if lock is False:
        return obj
    if lock in (True, None):
        lock = synchronize.RLock()
    if not hasattr(lock, 'acquire'):
        raise AttributeError("%r has no method 'acquire'" % lock)
    return Synchronized(obj, lock)


def Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
    '''
    Return a synchronization wrapper for a RawArray
    '''
    obj = RawArray(typecode_or_type, size_or_initializer)
    if lock is False:
        return obj
    if lock in (True, None):
        lock = synchronize.RLock()
    if not hasattr(lock, 'acquire'):
        raise AttributeError("%r has no method 'acquire'" % lock)
    return SynchronizedArray(obj, lock)


def synchronized(obj, lock=None, ctx=None):
    if isinstance(obj, _RawArray):
        return SynchronizedArray(obj, lock)
    return Synchronized(obj, lock)


class SynchronizedBase:

    def __init__(self, obj, lock=None, ctx=None):
        self._obj = obj
        if lock:
            self._lock = lock
        else:
            self._lock = synchronize.RLock()
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __getstate__(self):
        _mp.assert_spawning(self)
        return {'_obj': self._obj, '_lock': self._lock}

    def __setstate__(self, state):
        self._obj = state['_obj']
        self._lock = state['_lock']
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def get_obj(self):
        return self._obj

    def get_lock(self):
        return self._lock

    def __repr__(self):
        return '<%s wrapper for %s>' % (type(self).__name__, self._obj)


class Synchronized(SynchronizedBase):

    @property
    def value(self):
        with self._lock:
            return self._obj.value

    @value.setter
    def value(self, value):
        with self._lock:
            self._obj.value = value


class SynchronizedArray(SynchronizedBase):

    def __len__(self):
        return len(self._obj)

    def __getitem__(self, i):
        with self._lock:
            return self._obj[i]

    def __setitem__(self, i, value):
        with self._lock:
            self._obj[i] = value

    def __iter__(self):
        return iter(self[:])


def copy(obj):
    if isinstance(obj, _RawArray):
        return RawArray(obj._store.typecode, obj[:])
    return RawValue(obj._store.typecode, obj.value)
