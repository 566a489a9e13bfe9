# generator send()
def averager():
    total, n, avg = 0, 0, None
    while True:
        x = yield avg
        total += x
        n += 1
        avg = total / n
a = averager()
print(next(a))
print(a.send(10), a.send(20), a.send(60))
def echo():
    received = []
    while True:
        v = yield len(received)
        if v is None:
            break
        received.append(v)
    return received
e = echo()
print(e.send(None), e.send('a'), e.send('b'))
try:
    e.send(None)
except StopIteration as stop:
    print('returned', stop.value)
g = averager()
try:
    g.send(5)
except TypeError as err:
    print('TypeError:', err)
def running_max():
    best = None
    while True:
        v = yield best
        if best is None or v > best:
            best = v
r = running_max()
next(r)
print([r.send(v) for v in [3, 1, 4, 1, 5, 9, 2, 6]])
