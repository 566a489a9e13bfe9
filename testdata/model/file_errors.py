# file errors: FileNotFoundError, reading a closed file, wrong mode
import os
try:
    open('/tmp/minipy_definitely_missing_file.txt')
except FileNotFoundError as e:
    print('FileNotFoundError:', e, '|', e.errno, e.filename, isinstance(e, OSError))
try:
    open('/tmp/minipy_missing_dir_xyz/file.txt', 'w')
except OSError as e:
    print(type(e).__name__, e.strerror)
path = '/tmp/minipy_model_file_errors.txt'
with open(path, 'w') as f:
    f.write('x')
f = open(path)
f.close()
try:
    f.read()
except ValueError as e:
    print('ValueError:', e)
with open(path) as f:
    print(repr(f.read()), repr(f.read()), repr(f.readline()))
os.remove(path)
try:
    os.remove(path)
except FileNotFoundError as e:
    print('FileNotFoundError:', e)
