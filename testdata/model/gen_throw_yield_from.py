# throw() and close() propagate through yield from to the inner generator
def inner():
    try:
        while True:
            try:
                v = yield
                print('inner got', v)
            except KeyError as e:
                print('inner handled', repr(e))
    finally:
        print('inner finally')
def outer():
    try:
        yield from inner()
    finally:
        print('outer finally')
g = outer()
next(g)
g.send(1)
g.throw(KeyError('k'))
g.send(2)
try:
    g.throw(ValueError('unhandled'))
except ValueError as e:
    print('propagated out:', e)
print(next(g, 'exhausted'))
h = outer()
next(h)
h.close()
print('closed h')
def delegating_return():
    r = yield from (x for x in range(3))
    yield ('genexp returned', r)
print(list(delegating_return()))
