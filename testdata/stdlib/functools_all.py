import functools
from functools import reduce, partial, lru_cache, wraps, total_ordering, cmp_to_key, cache

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(max, [3], 0))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print('TypeError:', e)

p = partial(pow, 2)
print(p(10), p.func is pow, p.args, p.keywords, repr(p))
q = partial(int, base=2)
print(q('101'), repr(q), q('11', base=3))
pp = partial(partial(max, 1), 5, key=abs)
print(pp(-7), pp.args, pp.keywords)
try:
    partial(5)
except TypeError as e:
    print('TypeError:', e)

calls = []

@lru_cache(maxsize=2)
def sq(n):
    calls.append(n)
    return n * n

for n in [1, 2, 1, 3, 2, 1, 1]:
    sq(n)
print(calls, sq.cache_info())
sq.cache_clear()
print(sq.cache_info(), sq.__name__, sq.__wrapped__(4))

@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), fib.cache_info())

@lru_cache(maxsize=None)
def kw(a, b=1):
    return a + b

print(kw(1), kw(1, b=1), kw(a=1), kw(1), kw.cache_info())

@cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)

print(fact(20), fact.cache_info())

@lru_cache(maxsize=0)
def nocache(x):
    return x

nocache(1)
nocache(1)
print(nocache.cache_info())
try:
    sq([1])
except TypeError as e:
    print('TypeError:', e)

def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        print('calling', func.__name__)
        return func(*args, **kwargs)
    return wrapper

@logged
def add(a, b):
    """Add two numbers."""
    return a + b

print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__(1, 1), add.__qualname__)

@total_ordering
class Version:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.n < other.n

a, b = Version(1), Version(2)
print(a < b, a > b, a <= b, a >= b, a <= Version(1), b >= a)
try:
    a > 5
except TypeError as e:
    print('TypeError:', e)

@total_ordering
class Rev:
    def __init__(self, n):
        self.n = n

    def __gt__(self, other):
        return self.n > other.n

print(Rev(1) < Rev(2), Rev(3) >= Rev(3), Rev(3) <= Rev(2))
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print('ValueError:', e)

def cmp(a, b):
    return (a > b) - (a < b)

print(sorted([3, 1, 2], key=cmp_to_key(cmp)), sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda a, b: len(b) - len(a))))
print(functools.reduce is reduce)
