# generator throw() and close(), GeneratorExit, finally inside generators
def worker():
    try:
        while True:
            try:
                x = yield
                print('processing', x)
            except ValueError as e:
                print('handled inside:', e)
    finally:
        print('worker cleanup')
w = worker()
next(w)
w.send(1)
w.throw(ValueError('bad input'))
w.send(2)
w.close()
print('closed')
w.close()
def gen():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print('GeneratorExit seen')
        raise
g = gen()
print(next(g))
g.close()
try:
    next(g)
except StopIteration:
    print('closed generator raises StopIteration')
def not_caught():
    yield 1
    yield 2
n = not_caught()
next(n)
try:
    n.throw(KeyError('k'))
except KeyError as e:
    print('propagated', repr(e))
print(next(n, 'finished'))
def throw_value():
    try:
        yield 'first'
    except RuntimeError:
        yield 'recovered'
t = throw_value()
print(next(t), t.throw(RuntimeError), next(t, 'done'))
unstarted = not_caught()
unstarted.close()
print(list(unstarted))
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 'nope'
b = bad_close()
next(b)
try:
    b.close()
except RuntimeError as e:
    print('RuntimeError:', e)
