# yield from: delegation, return values, send passthrough
def inner():
    x = yield 'i1'
    print('inner got', x)
    yield 'i2'
    return 'inner result'
def outer():
    r = yield from inner()
    print('outer received', r)
    yield from [10, 20]
    yield from range(2)
    yield from 'ab'
    return 'outer done'
g = outer()
print(next(g))
print(g.send('hello'))
print(list(g))
def flatten(x):
    if isinstance(x, (list, tuple)):
        for y in x:
            yield from flatten(y)
    else:
        yield x
print(list(flatten([1, [2, (3, [4, []]), 5], [[6]]])))
def chain(*its):
    for it in its:
        yield from it
print(list(chain('ab', [1], range(2), (x * x for x in range(3)))))
def collector():
    total = 0
    while True:
        v = yield
        if v is None:
            return total
        total += v
def driver(results):
    while True:
        r = yield from collector()
        results.append(r)
res = []
d = driver(res)
next(d)
for v in [1, 2, 3, None, 10, 20, None]:
    d.send(v)
print(res)
def gen_ret():
    yield 1
    return 'value'
def wrapper():
    v = yield from gen_ret()
    yield v
print(list(wrapper()))
