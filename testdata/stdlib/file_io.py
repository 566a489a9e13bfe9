import os

path = '/tmp/minipy_stdlib_file_io.txt'
with open(path, 'w') as f:
    print(f.write('first line\n'), f.write('second line\n'))
    f.writelines(['third\n', 'fourth'])
    print(f.closed, f.name == path, f.mode)
print(f.closed)

with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    print(repr(f.readline()), repr(f.readline(4)), repr(f.readline()))
    print(f.readlines())
with open(path, encoding='utf-8') as f:
    for n, line in enumerate(f, 1):
        print(n, line.rstrip('\n'))
with open(path, 'a') as f:
    f.write('\nappended ünïcode\n')
with open(path) as f:
    lines = f.read().splitlines()
print(len(lines), lines[-1])

with open(path, 'rb') as f:
    data = f.read()
print(type(data).__name__, len(data), data[:10])
with open(path, 'wb') as f:
    f.write(b'\x00\x01binary\r\nline\n')
with open(path, 'rb') as f:
    print(f.read(3), f.readline(), f.read())
with open(path) as f:
    print(repr(f.read()))
with open(path, 'r+') as f:
    f.seek(2)
    f.write('XY')
    f.seek(0)
    print(repr(f.read()), f.tell())

def err(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__ + ':', e)

err(lambda: open('/tmp/minipy_no_such_file.txt'))
err(lambda: open('/tmp'))
err(lambda: open(path, 'rw'))
err(lambda: open(path, 'q'))
err(lambda: open(path, encoding='bogus'))
err(lambda: open(path, 'rb', encoding='utf-8'))
f = open(path)
f.close()
err(lambda: f.read())
with open(path) as g:
    err(lambda: g.write('x'))
try:
    open('/tmp/minipy_no_such_file.txt')
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename, e.args, isinstance(e, OSError))
try:
    open('/tmp/minipy_no_such_file.txt')
except OSError as e:
    print('caught as OSError:', type(e).__name__)
os.remove(path)
print(os.path.exists(path))
