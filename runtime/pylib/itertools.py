"""Functional tools for creating and using iterators: minipy's itertools.

Every function checks its arguments when called (as CPython's do) and then
returns a generator; count, repeat and chain are classes because their
reprs and chain.from_iterable are part of their interface. Their __iter__
returns a generator over the same state, so a for loop runs as a suspended
frame instead of calling __next__ for every item.

The generators are serial (_gen.serial, vm/serial.go): threads that share
one take their steps in turn, as with CPython's C iterators, instead of
getting "generator already executing".
"""

import _thread
import sys
from _gen import serial as _serial

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement',
           'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby',
           'islice', 'pairwise', 'permutations', 'product', 'repeat', 'starmap',
           'takewhile', 'tee', 'zip_longest']


def _is_number(x):
    return isinstance(x, (int, float))


class count:
    """count(start=0, step=1) --> start, start+step, start+2*step, ..."""

    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        self._n = start
        self._step = step
        # next() on a count shared by threads hands out each value once, as
        # CPython's (atomic under its GIL) does.
        self._lock = _thread.allocate_lock()

    def __iter__(self):
        return _serial(self._gen())

    def _gen(self):
        while True:
            yield self.__next__()

    def __next__(self):
        with self._lock:
            n = self._n
            self._n = n + self._step
        return n

    def __repr__(self):
        if type(self._step) is int and self._step == 1:
            return 'count(%r)' % (self._n,)
        return 'count(%r, %r)' % (self._n, self._step)


class repeat:
    """repeat(object [,times]) -> object for the specified number of times, or endlessly."""

    def __init__(self, object, times=None):
        self._obj = object
        if times is not None and times < 0:
            times = 0
        self._times = times

    def __iter__(self):
        return _serial(self._gen())

    def _gen(self):
        obj = self._obj
        if self._times is None:
            while True:
                yield obj
        while self._times > 0:
            self._times -= 1
            yield obj

    def __next__(self):
        if self._times is None:
            return self._obj
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._obj

    def __repr__(self):
        if self._times is None:
            return 'repeat(%r)' % (self._obj,)
        return 'repeat(%r, %d)' % (self._obj, self._times)


class chain:
    """chain(*iterables) --> the items of the first iterable, then of the next, ..."""

    def __init__(self, *iterables):
        self._sources = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable):
        """Alternative chain() constructor taking a single iterable argument."""
        result = cls()
        result._sources = iter(iterable)
        return result

    def __iter__(self):
        return _serial(self._gen())

    def _gen(self):
        while True:
            if self._active is None:
                try:
                    source = next(self._sources)
                except StopIteration:
                    return
                self._active = iter(source)
            for item in self._active:
                yield item
            self._active = None

    def __next__(self):
        while True:
            if self._active is None:
                self._active = iter(next(self._sources))
            try:
                return next(self._active)
            except StopIteration:
                self._active = None


def _islice_index(value, message):
    if value is None:
        return None
    if isinstance(value, int) and 0 <= value <= sys.maxsize:
        return value
    raise ValueError(message)


_STOP_MSG = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
_INDEX_MSG = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.'


def islice(*args):
    """islice(iterable, stop) or islice(iterable, start, stop[, step])"""
    if len(args) < 2:
        raise TypeError('islice expected at least 2 arguments, got %d' % len(args))
    if len(args) > 4:
        raise TypeError('islice expected at most 4 arguments, got %d' % len(args))
    start, step = 0, 1
    if len(args) == 2:
        stop = _islice_index(args[1], _STOP_MSG)
    else:
        stop = _islice_index(args[2], _STOP_MSG)
        start = _islice_index(args[1], _INDEX_MSG)
        if start is None:
            start = 0
        if len(args) == 4:
            if args[3] is not None:
                if not isinstance(args[3], int) or args[3] <= 0:
                    raise ValueError('Step for islice() must be a positive integer or None.')
                step = args[3]
    return _serial(_islice_gen(iter(args[0]), start, stop, step))


def _islice_gen(it, start, stop, step):
    # The order of next() calls is CPython's: items before start are
    # consumed lazily, and nothing past the last item returned is read.
    count = 0
    wanted = start
    while True:
        while count < wanted:
            try:
                next(it)
            except StopIteration:
                return
            count += 1
        if stop is not None and count >= stop:
            return
        try:
            item = next(it)
        except StopIteration:
            return
        count += 1
        wanted += step
        if stop is not None and wanted > stop:
            wanted = stop
        yield item


def _product_gen(pools):
    n = len(pools)
    for pool in pools:
        if not pool:
            return
    indices = [0] * n
    current = [pool[0] for pool in pools]
    yield tuple(current)
    while True:
        i = n - 1
        while i >= 0:
            indices[i] += 1
            if indices[i] < len(pools[i]):
                current[i] = pools[i][indices[i]]
                break
            indices[i] = 0
            current[i] = pools[i][0]
            i -= 1
        if i < 0:
            return
        yield tuple(current)


def product(*iterables, repeat=1):
    """Cartesian product of input iterables.  Equivalent to nested for-loops."""
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(pool) for pool in iterables] * repeat
    return _serial(_product_gen(pools))


def _cycle_gen(it):
    saved = []
    for element in it:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        for element in saved:
            yield element


def cycle(iterable):
    """Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."""
    return _serial(_cycle_gen(iter(iterable)))


def _accumulate_gen(it, func, initial):
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


def accumulate(iterable, func=None, *, initial=None):
    """Return series of accumulated sums (or other binary function results)."""
    return _serial(_accumulate_gen(iter(iterable), func, initial))


def _permutations_gen(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple([pool[i] for i in indices[:r]])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple([pool[i] for i in indices[:r]])
                break
        else:
            return


def permutations(iterable, r=None):
    """Return successive r-length permutations of elements in the iterable."""
    pool = tuple(iterable)
    if r is None:
        r = len(pool)
    elif r < 0:
        raise ValueError('r must be non-negative')
    return _serial(_permutations_gen(pool, r))


def _combinations_gen(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple([pool[i] for i in indices])
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple([pool[i] for i in indices])


def combinations(iterable, r):
    """Return successive r-length combinations of elements in the iterable."""
    pool = tuple(iterable)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _serial(_combinations_gen(pool, r))


def _cwr_gen(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple([pool[i] for i in indices])
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple([pool[i] for i in indices])


def combinations_with_replacement(iterable, r):
    """Return successive r-length combinations of elements allowing individual elements to be repeated."""
    pool = tuple(iterable)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _serial(_cwr_gen(pool, r))


def _starmap_gen(function, it):
    for args in it:
        if type(args) is not tuple:
            args = tuple(args)  # CPython's error for a non-iterable item
        yield function(*args)


def starmap(function, iterable):
    """Return an iterator whose values are function(*args) for args in the iterable."""
    return _serial(_starmap_gen(function, iter(iterable)))


def _takewhile_gen(predicate, it):
    for x in it:
        if predicate(x):
            yield x
        else:
            return


def takewhile(predicate, iterable):
    """Return successive entries from an iterable as long as the predicate evaluates to true for each entry."""
    return _serial(_takewhile_gen(predicate, iter(iterable)))


def _dropwhile_gen(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def dropwhile(predicate, iterable):
    """Drop items from the iterable while predicate(item) is true, then return every element."""
    return _serial(_dropwhile_gen(predicate, iter(iterable)))


def _filterfalse_gen(predicate, it):
    if predicate is None:
        for x in it:
            if not x:
                yield x
    else:
        for x in it:
            if not predicate(x):
                yield x


def filterfalse(predicate, iterable):
    """Return those items of iterable for which function(item) is false."""
    return _serial(_filterfalse_gen(predicate, iter(iterable)))


def _compress_gen(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def compress(data, selectors):
    """Return data elements corresponding to true selector elements."""
    return _serial(_compress_gen(iter(data), iter(selectors)))


def _pairwise_gen(it):
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b


def pairwise(iterable):
    """Return an iterator of overlapping pairs taken from the input iterator."""
    return _serial(_pairwise_gen(iter(iterable)))


def _zip_longest_gen(iterators, fillvalue):
    num_active = len(iterators)
    if not num_active:
        return
    while True:
        values = []
        for i in range(len(iterators)):
            it = iterators[i]
            try:
                value = next(it)
            except StopIteration:
                num_active -= 1
                if not num_active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)


def zip_longest(*iterables, fillvalue=None):
    """Like zip, but continues until the longest iterable is exhausted, filling with fillvalue."""
    return _serial(_zip_longest_gen([iter(it) for it in iterables], fillvalue))


def _tee_gen(iterator, link):
    # link is a shared cell [value, next_link]; every copy walks the same
    # chain, so values are read from the source once.
    while True:
        if link[1] is None:
            try:
                link[0] = next(iterator)
            except StopIteration:
                return
            link[1] = [None, None]
        value, link = link
        yield value


def tee(iterable, n=2):
    """Returns a tuple of n independent iterators."""
    if n < 0:
        raise ValueError('n must be >= 0')
    iterator = iter(iterable)
    shared = [None, None]
    return tuple([_tee_gen(iterator, shared) for _ in range(n)])


class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable"""

    def __init__(self, iterable, key=None):
        self._keyfunc = key
        self._it = iter(iterable)
        self._tgtkey = self._currkey = self._currvalue = object()
        self._id = None

    def _key(self, value):
        if self._keyfunc is None:
            return value
        return self._keyfunc(value)

    def __iter__(self):
        return self

    def __next__(self):
        self._id = object()
        while self._currkey == self._tgtkey:
            self._currvalue = next(self._it)
            self._currkey = self._key(self._currvalue)
        self._tgtkey = self._currkey
        return (self._currkey, self._grouper(self._tgtkey, self._id))

    def _grouper(self, tgtkey, id):
        while self._id is id and self._currkey == tgtkey:
            yield self._currvalue
            try:
                self._currvalue = next(self._it)
            except StopIteration:
                return
            self._currkey = self._key(self._currvalue)
