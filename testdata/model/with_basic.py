# user context managers: __enter__/__exit__ order and as-target
class Tag:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print(f'<{self.name}>')
        return self
    def __exit__(self, exc_type, exc, tb):
        print(f'</{self.name}>', exc_type)
        return False
with Tag('html') as t:
    print('  inside', t.name)
    with Tag('body'):
        print('    content')
with Tag('a') as a, Tag('b') as b:
    print('  two managers', a.name, b.name)
class ReturnsOther:
    def __enter__(self):
        return 'entered value'
    def __exit__(self, *args):
        print('exit args', args)
with ReturnsOther() as v:
    print(v)
def f():
    with Tag('func'):
        return 'returned'
print(f())
for i in range(3):
    with Tag(f'loop{i}'):
        if i == 1:
            continue
        if i == 2:
            break
        print('  body', i)
