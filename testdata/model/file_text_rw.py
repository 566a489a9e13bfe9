# open() in text mode: write, read, readline, readlines, iteration, append
import os
path = '/tmp/minipy_model_file_text_rw.txt'
with open(path, 'w') as f:
    n = f.write('first line\n')
    f.write('second line\n')
    f.write('third, no newline')
print('wrote', n, f.closed)
with open(path) as f:
    print(repr(f.read()))
with open(path, 'r') as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open(path) as f:
    print(f.readlines())
with open(path) as f:
    for i, line in enumerate(f, 1):
        print(i, repr(line.rstrip('\n')))
with open(path, 'a') as f:
    f.write('\nappended')
with open(path) as f:
    lines = [l.strip() for l in f]
print(lines, len(lines))
with open(path, 'w') as f:
    print('via print', 42, file=f)
    print('second', end='!', file=f)
with open(path) as f:
    print(repr(f.read()))
with open(path, 'w', encoding='utf-8') as f:
    f.write('unicode: café ☕ 日本\n')
with open(path, encoding='utf-8') as f:
    s = f.read()
print(s, len(s))
with open(path, 'rb') as f:
    print(len(f.read()))
f = open(path)
print(f.read(8), f.closed)
f.close()
print(f.closed)
os.remove(path)
print(os.path.exists(path))
