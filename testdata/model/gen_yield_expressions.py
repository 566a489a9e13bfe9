# yield as an expression in various positions
def g():
    a = yield 1
    b = (yield 2) + 10
    c = [(yield 3), (yield 4)]
    yield f'a={a} b={b} c={c}'
it = g()
print(next(it), it.send('A'), it.send(5), it.send('x'), it.send('y'))
def no_value():
    x = yield
    yield x
n = no_value()
print(next(n), next(n))
def yield_in_loop_condition():
    count = 0
    while (yield count) != 'stop':
        count += 1
y = yield_in_loop_condition()
print(next(y), y.send('go'), y.send('go'), next(y, 'done') if False else y.send('go'))
try:
    y.send('stop')
except StopIteration:
    print('stopped')
def tuple_yield():
    yield 1, 2
    yield (3, 4)
print(list(tuple_yield()))
