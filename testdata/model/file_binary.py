# open() in binary mode
import os
path = '/tmp/minipy_model_file_binary.bin'
with open(path, 'wb') as f:
    print(f.write(bytes(range(8))), f.write(b'\xff\xfe'), f.write('héllo'.encode()))
with open(path, 'rb') as f:
    data = f.read()
print(data, len(data), type(data).__name__, data[0], data[-1], data[8:10])
print(data[10:].decode())
with open(path, 'rb') as f:
    print(f.read(3), f.read(2), f.read())
try:
    with open(path, 'wb') as f:
        f.write('text into binary')
except TypeError as e:
    print('TypeError:', e)
try:
    with open(path, 'w') as f:
        f.write(b'bytes into text')
except TypeError as e:
    print('TypeError:', e)
os.remove(path)
