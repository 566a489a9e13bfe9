import os
import os.path

base = '/tmp/minipy_stdlib_os_test'
if os.path.exists(base):
    for name in sorted(os.listdir(base)):
        os.remove(os.path.join(base, name))
    os.rmdir(base)
os.mkdir(base)
for name in ['b.txt', 'a.txt', 'c.log']:
    with open(os.path.join(base, name), 'w') as f:
        f.write(name * 3)
print(sorted(os.listdir(base)))
print([n for n in sorted(os.listdir(base)) if n.endswith('.txt')])
p = os.path.join(base, 'a.txt')
print(os.path.exists(p), os.path.isfile(p), os.path.isdir(p), os.path.isdir(base), os.path.getsize(p))
print(os.path.basename(p), os.path.dirname(p) == base, os.path.splitext(p)[1], os.path.split('x/y/z.py'))
print(os.path.join('a', 'b', 'c.txt'), os.path.join('/a', '/b'), os.path.normpath('a/./b/../c'), os.path.isabs('/x'))
print(os.path.abspath('/a/b/../c'), os.path.splitext('archive.tar.gz'), os.path.splitext('.hidden'))
os.rename(p, os.path.join(base, 'z.txt'))
print(sorted(os.listdir(base)))
os.makedirs(os.path.join(base, 'sub', 'deeper'))
os.makedirs(os.path.join(base, 'sub', 'deeper'), exist_ok=True)
walked = [(os.path.relpath(d, base), sorted(ds), sorted(fs)) for d, ds, fs in os.walk(base)]
print(sorted(walked))
print(os.stat(os.path.join(base, 'b.txt')).st_size)

def err(fn):
    try:
        fn()
    except OSError as e:
        print(type(e).__name__ + ':', str(e).replace(base, 'BASE'))

err(lambda: os.mkdir(base))
err(lambda: os.rmdir(base))
err(lambda: os.remove(os.path.join(base, 'missing')))
err(lambda: os.listdir(os.path.join(base, 'b.txt')))
err(lambda: os.rename(os.path.join(base, 'missing'), os.path.join(base, 'x')))
err(lambda: os.path.getsize(os.path.join(base, 'missing')))
for d, ds, fs in sorted(os.walk(base, topdown=False)):
    pass
for name in ['b.txt', 'c.log', 'z.txt']:
    os.remove(os.path.join(base, name))
os.rmdir(os.path.join(base, 'sub', 'deeper'))
os.rmdir(os.path.join(base, 'sub'))
os.rmdir(base)
print(os.path.exists(base))
print(os.sep, os.name, repr(os.linesep), os.curdir, os.pardir)
print(type(os.getpid()).__name__, os.getpid() > 0, os.cpu_count() >= 1, os.getcwd() == os.path.abspath('.'))
print(os.environ.get('MINIPY_SURELY_UNSET_VAR'), os.getenv('MINIPY_SURELY_UNSET_VAR', 'default'))
print('PATH' in os.environ)
