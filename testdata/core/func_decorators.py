# function decorators: simple, with arguments, stacked
def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper() + '!'
    return wrapper
@shout
def greet(name):
    return 'hello ' + name
print(greet('ann'))
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def one():
    return 1
print(one())
log = []
def trace(label):
    def deco(fn):
        def wrapper(*a, **k):
            log.append(label + ':' + fn.__name__)
            return fn(*a, **k)
        return wrapper
    return deco
@trace('outer')
@trace('inner')
def add(a, b):
    return a + b
print(add(2, 3), log)
def bold(fn):
    return lambda: '<b>' + fn() + '</b>'
def italic(fn):
    return lambda: '<i>' + fn() + '</i>'
@bold
@italic
def text():
    return 'x'
print(text())
registry = {}
def register(fn):
    registry[fn.__name__] = fn
    return fn
@register
def alpha():
    return 'a'
@register
def beta():
    return 'b'
print(sorted(registry), registry['beta']())
calls = {'n': 0}
def count_calls(fn):
    def wrapper(*args):
        calls['n'] += 1
        return fn(*args)
    return wrapper
@count_calls
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(5), calls['n'])
def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))
print(greet.__name__, text.__name__)
