# generator functions: lazy execution, next, StopIteration, exhaustion
def countdown(n):
    print('start')
    while n > 0:
        yield n
        n -= 1
    print('end')
g = countdown(3)
print(type(g).__name__)
print(next(g))
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', e.value)
print(list(g), next(g, 'exhausted'))
print(list(countdown(2)), sum(countdown(4)))
def empty():
    return
    yield
print(list(empty()))
def squares(n):
    for i in range(n):
        yield i * i
print([x for x in squares(5)], max(squares(4)), 9 in squares(10))
def two_yields():
    x = yield 1
    print('got', x)
    yield 2
print(list(two_yields()))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
g1, g2 = squares(3), squares(3)
print(next(g1), next(g1), next(g2), g1 is iter(g1))
