# decorators implemented as classes; decorating methods; class decorators
class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.fn(*args, **kwargs)
@CountCalls
def square(x):
    return x * x
print(square(3), square(4), square.calls, type(square).__name__)
class Memo:
    def __init__(self, fn):
        self.fn, self.cache = fn, {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]
@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90), len(fib.cache))
def add_greeting(cls):
    cls.greet = lambda self: f'hello from {type(self).__name__}'
    return cls
@add_greeting
class Robot:
    pass
print(Robot().greet())
def validate_positive(method):
    def wrapper(self, value):
        if value <= 0:
            raise ValueError(f'{method.__name__}: {value} is not positive')
        return method(self, value)
    return wrapper
class Tank:
    def __init__(self):
        self.level = 0
    @validate_positive
    def fill(self, amount):
        self.level += amount
        return self.level
t = Tank()
print(t.fill(5), t.fill(2))
try:
    t.fill(-1)
except ValueError as e:
    print('ValueError:', e)
