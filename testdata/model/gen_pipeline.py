# generator pipelines
def read_lines(text):
    for line in text.splitlines():
        yield line
def strip_comments(lines):
    for line in lines:
        line = line.split('#', 1)[0].strip()
        if line:
            yield line
def parse(lines):
    for line in lines:
        if '=' in line:
            key, value = line.split('=', 1)
        else:
            key, value = line, ''
        yield key.strip(), value.strip()
def numeric(pairs):
    for k, v in pairs:
        try:
            yield k, int(v)
        except ValueError:
            yield k, v
config = """
# settings
name = demo
port = 8080   # inline comment
debug = 1

empty =
path=/usr/bin
"""
pipeline = numeric(parse(strip_comments(read_lines(config))))
for k, v in pipeline:
    print(repr(k), repr(v))
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
def naturals():
    n = 1
    while True:
        yield n
        n += 1
evens = (x for x in naturals() if x % 2 == 0)
squares = (x * x for x in evens)
print(list(take(5, squares)))
log = []
def tracer(it, name):
    for x in it:
        log.append(f'{name}:{x}')
        yield x
list(tracer(tracer(range(3), 'a'), 'b'))
print(log)
