# os and os.path: deterministic parts (join/basename/dirname/exists/listdir/remove)
import os
print(os.path.join('a', 'b', 'c.txt'), os.path.join('/root', 'x'), os.path.join('a', '/abs', 'b'), os.path.join('a/', 'b'), os.path.join('a', ''))
print(os.path.basename('/usr/lib/python3/file.py'), os.path.dirname('/usr/lib/python3/file.py'))
print(repr(os.path.basename('dir/')), repr(os.path.dirname('file')), os.path.dirname('/'), os.path.basename('/a/b'))
print(os.path.exists('/tmp'), os.path.exists('/tmp/minipy_no_such_file_here'))
print(type(os.getcwd()).__name__, os.getcwd().startswith('/'))
prefix = 'minipy_model_os_path_'
names = [prefix + n for n in ['b.txt', 'a.txt', 'c.log']]
for name in names:
    with open(os.path.join('/tmp', name), 'w') as f:
        f.write(name)
mine = sorted(n for n in os.listdir('/tmp') if n.startswith(prefix))
print(mine)
print([os.path.exists(os.path.join('/tmp', n)) for n in mine])
for name in mine:
    os.remove(os.path.join('/tmp', name))
print(sorted(n for n in os.listdir('/tmp') if n.startswith(prefix)), os.path.exists('/tmp/' + names[0]))
print(type(os.getpid()).__name__, os.getpid() > 0, os.cpu_count() >= 1, 'PATH' in os.environ or True)
