"""Container datatypes: minipy's collections (a subset of CPython's).

deque, defaultdict, Counter, namedtuple, OrderedDict and ChainMap, written
in the language subset minipy runs. Reprs and error messages follow
CPython 3.11.
"""

import _argbind
import _thread

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'defaultdict', 'deque', 'namedtuple']


# ---------------------------------------------------------------- deque

class deque:
    """A list-like sequence optimized for data accesses near its endpoints.

    The items live in a ring buffer (a list whose length is a power of two):
    appends and pops at either end are O(1), and indexing is O(1).
    """

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        self._buf = [None] * 8
        self._head = 0
        self._size = 0
        # _state counts mutations so that an iterator notices them.
        self._state = 0
        # CPython's deque is thread-safe: appends and pops from either side
        # are atomic, and tutorials share one between threads without a lock.
        # Here the ring buffer is Python code, so every method that reads or
        # changes it holds this lock (re-entrant: append pops when full,
        # extend appends).
        self._lock = _thread.RLock()
        self.extend(iterable)

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen

    def _grow(self):
        buf = self._buf
        h = self._head
        self._buf = buf[h:] + buf[:h] + [None] * len(buf)
        self._head = 0

    def _items(self):
        buf = self._buf
        end = self._head + self._size
        if end <= len(buf):
            return buf[self._head:end]
        return buf[self._head:] + buf[:end - len(buf)]

    def _reset(self, items):
        cap = 8
        while cap < len(items):
            cap *= 2
        self._buf = items + [None] * (cap - len(items))
        self._head = 0
        self._size = len(items)
        self._state += 1

    def append(self, x):
        """Add an element to the right side of the deque."""
        with self._lock:
            self._state += 1
            if self._size == self._maxlen:
                if self._maxlen == 0:
                    return
                self.popleft()
            if self._size == len(self._buf):
                self._grow()
            buf = self._buf
            buf[(self._head + self._size) % len(buf)] = x
            self._size += 1

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
        with self._lock:
            self._state += 1
            if self._size == self._maxlen:
                if self._maxlen == 0:
                    return
                self.pop()
            if self._size == len(self._buf):
                self._grow()
            buf = self._buf
            self._head = (self._head - 1) % len(buf)
            buf[self._head] = x
            self._size += 1

    def pop(self):
        """Remove and return the rightmost element."""
        with self._lock:
            if self._size == 0:
                raise IndexError('pop from an empty deque')
            self._state += 1
            buf = self._buf
            i = (self._head + self._size - 1) % len(buf)
            x = buf[i]
            buf[i] = None
            self._size -= 1
            return x

    def popleft(self):
        """Remove and return the leftmost element."""
        with self._lock:
            if self._size == 0:
                raise IndexError('pop from an empty deque')
            self._state += 1
            buf = self._buf
            x = buf[self._head]
            buf[self._head] = None
            self._head = (self._head + 1) % len(buf)
            self._size -= 1
            return x

    def extend(self, iterable):
        """Extend the right side of the deque with elements from the iterable"""
        # Not under the lock: the iterable may be a generator that waits on
        # another thread; each append is atomic, as in CPython.
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def rotate(self, n=1):
        """Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."""
        with self._lock:
            if not isinstance(n, int):
                raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
            size = self._size
            if size <= 1:
                return
            n = n % size
            if n == 0:
                return
            if n <= size // 2:
                for _ in range(n):
                    self.appendleft(self.pop())
            else:
                for _ in range(size - n):
                    self.append(self.popleft())

    def clear(self):
        """Remove all elements from the deque."""
        with self._lock:
            self._reset([])

    def copy(self):
        """Return a shallow copy of a deque."""
        return deque(self, self._maxlen)

    __copy__ = copy

    def count(self, value):
        """Return number of occurrences of value."""
        with self._lock:
            return self._items().count(value)

    def index(self, value, start=0, stop=None):
        """Return first index of value. Raises ValueError if the value is not present."""
        with self._lock:
            items = self._items()
            if stop is None:
                stop = len(items)
            try:
                return items.index(value, start, stop)
            except ValueError:
                raise ValueError('%r is not in deque' % (value,)) from None

    def insert(self, index, value):
        """Insert value before index."""
        with self._lock:
            if self._size == self._maxlen:
                raise IndexError('deque already at its maximum size')
            items = self._items()
            items.insert(index, value)
            self._reset(items)

    def remove(self, value):
        """Remove first occurrence of value."""
        with self._lock:
            items = self._items()
            try:
                items.remove(value)
            except ValueError:
                raise ValueError('%r is not in deque' % (value,)) from None
            self._reset(items)

    def reverse(self):
        """Reverse *IN PLACE*"""
        with self._lock:
            items = self._items()
            items.reverse()
            self._reset(items)

    def _index(self, i):
        if not isinstance(i, int):
            raise TypeError("sequence index must be integer, not '%s'" % type(i).__name__)
        if i < 0:
            i += self._size
        if i < 0 or i >= self._size:
            raise IndexError('deque index out of range')
        return (self._head + i) % len(self._buf)

    def __getitem__(self, i):
        with self._lock:
            return self._buf[self._index(i)]

    def __setitem__(self, i, value):
        with self._lock:
            self._buf[self._index(i)] = value

    def __delitem__(self, i):
        with self._lock:
            self._index(i)
            items = self._items()
            del items[i]
            self._reset(items)

    def __len__(self):
        return self._size

    def __bool__(self):
        return self._size != 0

    def __contains__(self, value):
        return value in self._items()

    def __iter__(self):
        state = self._state
        remaining = self._size
        i = 0
        while True:
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
            if i == remaining:
                return
            yield self._buf[(self._head + i) % len(self._buf)]
            i += 1

    def __reversed__(self):
        state = self._state
        i = self._size - 1
        while True:
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
            if i < 0:
                return
            yield self._buf[(self._head + i) % len(self._buf)]
            i -= 1

    def __repr__(self):
        if self._maxlen is None:
            return 'deque(%r)' % (self._items(),)
        return 'deque(%r, maxlen=%d)' % (self._items(), self._maxlen)

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() == other._items()

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() != other._items()

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() < other._items()

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() <= other._items()

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() > other._items()

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() >= other._items()

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque' % type(other).__name__)
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        if not isinstance(n, int):
            return NotImplemented
        return deque(self._items() * n, self._maxlen)

    __rmul__ = __mul__

    def __imul__(self, n):
        if not isinstance(n, int):
            return NotImplemented
        items = self._items() * n
        if self._maxlen is not None and len(items) > self._maxlen:
            items = items[len(items) - self._maxlen:]
        self._reset(items)
        return self


# ---------------------------------------------------------------- dict subclasses

def _dict_repr(d):
    """repr of a dict's contents, without running the subclass's __repr__."""
    return repr(dict(d))


class defaultdict(dict):
    """dict subclass that calls a factory function to supply missing values"""

    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        if args or kwargs:
            dict.update(self, *args, **kwargs)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        if type(self).__setitem__ is dict.__setitem__:
            # Atomic, as CPython's C __missing__ is under its GIL: two
            # threads missing the same key both get the one value stored
            # (dd[k].append(x) from several threads loses nothing).
            return dict.setdefault(self, key, value)
        self[key] = value
        return value

    def __repr__(self):
        if self.default_factory is None:
            factory = 'None'
        else:
            factory = repr(self.default_factory)
        return '%s(%s, %s)' % (type(self).__name__, factory, _dict_repr(self))

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        dict.update(new, other)
        return new

    def __ior__(self, other):
        dict.update(self, other)
        return self


def _is_mapping(x):
    return isinstance(x, (dict, ChainMap))


# _count_lock makes Counter.update's per-element read-add-store atomic
# (re-entrant: an element's __eq__ or __hash__ may itself count).
_count_lock = _thread.RLock()


class Counter(dict):
    """Dict subclass for counting hashable items. Missing counts are 0."""

    def __init__(self, iterable=None, **kwds):
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        """Sum of the counts"""
        return sum(self.values())

    def most_common(self, n=None):
        """List the n most common elements and their counts, most common first."""
        # sorted is stable, so ties keep insertion order, as heapq.nlargest does.
        items = sorted(self.items(), key=_count_of, reverse=True)
        if n is None or n >= len(items):
            # Compared first, as heapq.nlargest does: a non-int n fails here
            # with CPython's message.
            return items
        return items[:max(n, 0)]

    def elements(self):
        """Iterator over elements repeating each as many times as its count."""
        for elem, count in self.items():
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, **kwds):
        """Like dict.update() but add counts instead of replacing them."""
        if iterable is not None:
            if _is_mapping(iterable):
                if self:
                    self_get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + self_get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                # CPython counts an iterable in C (_count_elements), so
                # threads updating one Counter lose no counts; each
                # read-add-store holds _count_lock for the same effect.
                self_get = self.get
                for elem in iterable:
                    with _count_lock:
                        self[elem] = self_get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, **kwds):
        """Like dict.update() but subtracts counts instead of replacing them."""
        if iterable is not None:
            self_get = self.get
            if _is_mapping(iterable):
                for elem, count in iterable.items():
                    self[elem] = self_get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self_get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """Return a shallow copy."""
        return type(self)(self)

    __copy__ = copy

    def __delitem__(self, elem):
        # Like dict's, but a missing element is not an error.
        dict.pop(self, elem, None)

    def __repr__(self):
        if not self:
            return '%s()' % type(self).__name__
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self)
        return '%s(%r)' % (type(self).__name__, d)

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        nonpositive = [elem for elem, count in self.items() if not count > 0]
        for elem in nonpositive:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


def _count_of(item):
    return item[1]


class OrderedDict(dict):
    """Dictionary that remembers insertion order, with move_to_end and popitem(last=)."""

    def move_to_end(self, key, last=True):
        """Move an existing element to the end (or beginning if last is false)."""
        value = dict.pop(self, key)
        if last:
            self[key] = value
            return
        rest = list(self.items())
        dict.clear(self)
        self[key] = value
        for k, v in rest:
            self[k] = v

    def popitem(self, last=True):
        """Remove and return a (key, value) pair, LIFO order if last is true or FIFO order if false."""
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            return dict.popitem(self)
        key = next(iter(self))
        return key, dict.pop(self, key)

    def __repr__(self):
        if not self:
            return '%s()' % type(self).__name__
        return '%s(%r)' % (type(self).__name__, list(self.items()))

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return len(self) == len(other) and list(self.items()) == list(other.items())
        if isinstance(other, dict):
            return dict(self) == other
        return NotImplemented

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def copy(self):
        """od.copy() -> a shallow copy of od"""
        return type(self)(self)

    __copy__ = copy

    def __reversed__(self):
        return reversed(list(self))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self)
        new.update(other)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


class ChainMap:
    """A view of several mappings as one: lookups search them in order,
    writes go to the first."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return mapping[key]
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(self._keys())

    def _keys(self):
        d = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                d[key] = None
        return d

    def __iter__(self):
        return iter(self._keys())

    def __contains__(self, key):
        for m in self.maps:
            if key in m:
                return True
        return False

    def __bool__(self):
        for m in self.maps:
            if m:
                return True
        return False

    def keys(self):
        return list(self._keys())

    def items(self):
        return [(k, self[k]) for k in self._keys()]

    def values(self):
        return [self[k] for k in self._keys()]

    def __repr__(self):
        return '%s(%s)' % (type(self).__name__, ', '.join([repr(m) for m in self.maps]))

    def copy(self):
        """New ChainMap or subclass with a new copy of maps[0] and refs to maps[1:]"""
        return type(self)(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """New ChainMap with a new map followed by all previous maps."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return type(self)(m, *self.maps)

    @property
    def parents(self):
        """New ChainMap from maps[1:]."""
        return type(self)(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r' % (key,)) from None

    def pop(self, key, *args):
        """Remove *key* from maps[0] and return its value. Raise KeyError if *key* not in maps[0]."""
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r' % (key,)) from None

    def popitem(self):
        """Remove and return an item pair from maps[0]. Raise KeyError is maps[0] is empty."""
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.') from None

    def clear(self):
        """Clear maps[0], leaving maps[1:] intact."""
        self.maps[0].clear()

    def update(self, *args, **kwargs):
        self.maps[0].update(*args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, (dict, ChainMap)):
            return dict(self.items()) == dict(other.items())
        return NotImplemented

    __hash__ = None


# ---------------------------------------------------------------- namedtuple

_KEYWORDS = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break',
    'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally',
    'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
    'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield'])


def _isidentifier(name):
    if not name or not (name[0].isalpha() or name[0] == '_'):
        return False
    for c in name:
        if not (c.isalpha() or c.isdigit() or c == '_'):
            return False
    return True


def _field_getter(index):
    def getter(self):
        return self[index]
    return getter


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = [str(name) for name in field_names]
    typename = str(typename)

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not _isidentifier(name) or name in _KEYWORDS
                    or name.startswith('_') or name in seen):
                field_names[index] = '_%d' % index
            seen.add(name)

    for name in [typename] + field_names:
        if not _isidentifier(name):
            raise ValueError('Type names and field names must be valid '
                             'identifiers: %r' % (name,))
        if name in _KEYWORDS:
            raise ValueError('Type names and field names cannot be a '
                             'keyword: %r' % (name,))

    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             '%r' % (name,))
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % (name,))
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(reversed(list(zip(reversed(field_names),
                                                reversed(defaults)))))

    fields = tuple(field_names)
    num_fields = len(fields)
    new_name = typename + '.__new__'

    class _NamedTuple(tuple):
        _fields = fields
        _field_defaults = field_defaults

        def __new__(_cls, *args, **kwargs):
            if not kwargs and len(args) == num_fields:
                return tuple.__new__(_cls, args)
            return tuple.__new__(_cls, _argbind.bind(new_name, fields, field_defaults, args, kwargs))

        @classmethod
        def _make(cls, iterable):
            result = tuple.__new__(cls, iterable)
            if len(result) != num_fields:
                raise TypeError('Expected %d arguments, got %d' % (num_fields, len(result)))
            return result

        def _replace(self, **kwds):
            result = self._make(map(kwds.pop, fields, self))
            if kwds:
                raise ValueError('Got unexpected field names: %r' % (list(kwds),))
            return result

        def __repr__(self):
            parts = []
            for i in range(num_fields):
                parts.append(fields[i] + '=' + repr(self[i]))
            return type(self).__name__ + '(' + ', '.join(parts) + ')'

        def _asdict(self):
            return dict(zip(fields, self))

        def __getnewargs__(self):
            return tuple(self)

        # CPython's namedtuple has __slots__ = () and read-only field
        # descriptors; these two methods give the same errors. A subclass
        # (which has an instance dict in CPython) may still set new names.
        def __setattr__(self, name, value):
            if name in fields:
                raise AttributeError("can't set attribute")
            if type(self) is cls:
                raise AttributeError("'%s' object has no attribute '%s'" % (typename, name))
            object.__setattr__(self, name, value)

        def __delattr__(self, name):
            if name in fields:
                raise AttributeError("can't delete attribute")
            if type(self) is cls:
                raise AttributeError("'%s' object has no attribute '%s'" % (typename, name))
            object.__delattr__(self, name)

    cls = _NamedTuple
    cls.__name__ = typename
    cls.__qualname__ = typename
    cls.__doc__ = '%s(%s)' % (typename, ', '.join(fields))
    cls.__module__ = module if module is not None else '__main__'
    for index, name in enumerate(fields):
        setattr(cls, name, property(_field_getter(index)))
    return cls
