# functools.lru_cache
from functools import lru_cache
calls = []
@lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), len(calls))
print(fib(50), len(calls))
info = fib.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize)
@lru_cache(maxsize=2)
def sq(x):
    print('computing', x)
    return x * x
print(sq(1), sq(2), sq(1), sq(3), sq(2), sq(1))
print(sq.cache_info())
sq.cache_clear()
print(sq.cache_info().currsize, sq(3))
@lru_cache
def add(a, b=0):
    print('add', a, b)
    return a + b
print(add(1, 2), add(1, 2), add(1, b=2), add(a=1, b=2))
@lru_cache()
def halve(n):
    return n // 2
print(halve(10), halve(10), halve.cache_info())
@lru_cache(maxsize=4096)
def ways(n, coins):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])
print(ways(200, (1, 2, 5, 10, 20, 50, 100, 200)), ways.cache_info().currsize)
try:
    sq([1])
except TypeError as e:
    print('TypeError:', e)
