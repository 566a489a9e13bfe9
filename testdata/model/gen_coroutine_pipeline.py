# generator-based coroutines: a push pipeline using send()
def coroutine(fn):
    def start(*args, **kwargs):
        g = fn(*args, **kwargs)
        next(g)
        return g
    return start
@coroutine
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)
@coroutine
def upper(target):
    while True:
        target.send((yield).upper())
@coroutine
def collect(into):
    try:
        while True:
            into.append((yield))
    except GeneratorExit:
        into.append('<closed>')
results = []
sink = collect(results)
pipeline = grep('py', upper(sink))
for line in ['python rocks', 'go is fast', 'pypy too', 'rust', 'happy']:
    pipeline.send(line)
sink.close()
print(results)
@coroutine
def stats():
    n, total, lo, hi = 0, 0, None, None
    while True:
        x = yield (n, total, lo, hi)
        n += 1
        total += x
        lo = x if lo is None else min(lo, x)
        hi = x if hi is None else max(hi, x)
s = stats()
for v in [5, 3, 9, 1]:
    print(s.send(v))
