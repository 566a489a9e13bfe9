# starred unpacking
a, *b = [1, 2, 3, 4]; print(a, b)
*a, b = [1, 2, 3, 4]; print(a, b)
a, *b, c = 'hello'; print(a, b, c)
a, *b, c = [1, 2]; print(a, b, c)
*a, = range(3); print(a)
first, *_, last = range(10); print(first, last)
(a, *b), c = (1, 2, 3), 4; print(a, b, c)
for head, *tail in [(1, 2, 3), (4,), [5, 6]]:
    print(head, tail)
print([*range(3), *'ab', *[None]], (*[1, 2], 3), {*[1, 1, 2]})
d1 = {'a': 1, 'b': 2}
d2 = {'b': 3, 'c': 4}
print({**d1, **d2}, {**d2, **d1}, {**d1, 'a': 9}, {'a': 9, **d1})
print(*[1, 2, 3])
print(*'abc', sep='-')
x = [1, 2]
y = [*x, *x]
print(y, y is x)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print('ValueError:', e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print('ValueError:', e)
try:
    a, *b, c, d = [1, 2]
except ValueError as e:
    print('ValueError:', e)
try:
    a, b = 5
except TypeError as e:
    print('TypeError:', e)
a = b = c = []
a.append(1)
print(a, b, c)
x, y = y, x = 1, 2
print(x, y)
