# split / rsplit / splitlines / join
s = '  a b\tc\n d  '
print(s.split(), s.split(' '), s.split(None, 1), s.rsplit(None, 1))
print('a,b,,c,'.split(','), 'a,b,,c,'.split(',', 2), 'a,b,,c,'.rsplit(',', 2))
print(''.split(), ''.split(','), '   '.split(), ' '.split(' '))
print('a--b--c'.split('--'), 'abc'.split('abc'), 'x'.split('y'))
print('1 2 3'.split(maxsplit=1), '1 2 3'.rsplit(maxsplit=1), 'a b c'.split(' ', -1))
print('one\ntwo\r\nthree\rfour'.splitlines())
print('one\ntwo\n'.splitlines(), 'x\n\ny'.splitlines(), ''.splitlines())
print('a\nb\n'.splitlines(True), 'a\nb\n'.split('\n'))
print('-'.join(['a', 'b', 'c']), ''.join([]), ', '.join('xyz'), '/'.join(('p',)))
print(' '.join(str(i) for i in range(5)))
print('.'.join(map(str, [1, 2, 3])), '\n'.join(['l1', 'l2']))
try:
    ''.join([1, 2])
except TypeError as e:
    print('TypeError:', e)
try:
    'a'.split('')
except ValueError as e:
    print('ValueError:', e)
