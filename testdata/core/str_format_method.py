# str.format with positional, keyword, index fields
print('{} {}'.format('a', 'b'), '{1} {0} {1}'.format('a', 'b'))
print('{x}-{y}'.format(x=1, y=2), '{0}{x}{1}'.format('A', 'B', x='-'))
print('{0[1]} {1[k]}'.format([10, 20], {'k': 'v'}), '{0[0][1]}'.format([[1, 2]]))
print('{:>6}|{:<6}|{:^6}'.format('ab', 'cd', 'ef'))
print('{:08.3f} {:+d} {:x} {:#o} {:b}'.format(3.14159, 5, 255, 8, 10))
print('{{literal}} {}'.format('x'), '{{}}'.format())
print('{!r} {!s}'.format('q', 'q'), '{0!r:>6}'.format('a'))
print('{:,} {:_} {:.2%}'.format(1234567, 9876543, 0.4567))
print('{0:{1}}|'.format('x', 5), '{:{w}.{p}f}'.format(3.14159, w=10, p=2))
print('{:*^11}'.format('mid'), '{:e}'.format(12345.678))
d = {'name': 'Ann', 'age': 30}
print('{name} is {age}'.format(**d), '{} and {}'.format(*['x', 'y']))
try:
    '{} {}'.format(1)
except IndexError as e:
    print('IndexError:', e)
try:
    '{missing}'.format(a=1)
except KeyError as e:
    print('KeyError:', e)
