# with-open closes the file even when the body raises
import os
path = '/tmp/minipy_model_file_with_exception.txt'
try:
    with open(path, 'w') as f:
        f.write('partial')
        raise RuntimeError('boom inside with')
except RuntimeError as e:
    print('caught', e, '| closed:', f.closed)
with open(path) as g:
    print(repr(g.read()))
def first_line(p):
    with open(p) as h:
        return h.readline()
print(repr(first_line(path)))
try:
    with open(path) as a, open(path + '.missing') as b:
        print('never')
except FileNotFoundError as e:
    print('FileNotFoundError; first file closed:', a.closed)
os.remove(path)
print(os.path.exists(path))
