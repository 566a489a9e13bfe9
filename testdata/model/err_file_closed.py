path = '/tmp/minipy_model_err_file_closed.txt'
import os
with open(path, 'w') as f:
    f.write('data')
os.remove(path)
f.write('more')
