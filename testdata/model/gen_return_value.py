# StopIteration.value and return in generators
def g():
    yield 1
    return 42
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print('value', e.value, e.args)
def g2():
    return
    yield
try:
    next(g2())
except StopIteration as e:
    print('value', e.value, e.args)
def g3():
    yield 'a'
    return ['list']
x = g3()
next(x)
try:
    x.send(None)
except StopIteration as e:
    print(e.value)
print(list(g()), [v for v in g()])
