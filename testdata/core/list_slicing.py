# list slicing, slice assignment, del of slices
a = list(range(10))
print(a[2:5], a[::-1], a[::3], a[-3:], a[8:2:-2], a[100:], a[:-100])
b = a[:]
b[2:5] = ['x']; print(b)
b[1:1] = [100, 200]; print(b)
b[:] = [1, 2, 3]; print(b)
b[len(b):] = [4, 5]; print(b)
b[::2] = ['a', 'b', 'c']; print(b)
b[-1:] = []; print(b)
try:
    b[::2] = [1]
except ValueError as e:
    print('ValueError:', e)
c = list(range(10))
del c[::2]; print(c)
del c[1:3]; print(c)
del c[-1]; print(c)
del c[:]; print(c)
d = [1, 2, 3, 4, 5]
d[1:4] = 'xy'; print(d)
d[0:0] = range(3); print(d)
e = [0] * 5
e[1:4:2] = [9, 9]; print(e)
f = [1, 2, 3]
g = f
f[:] = []
print(g, f is g)
h = [1, 2, 3, 4, 5, 6]
h[4:1:-1] = ['a', 'b', 'c']; print(h)
print(h[1:-1], h[-2:2:-1], a[5:5])
try:
    a[10]
except IndexError as e:
    print('IndexError:', e)
try:
    a[1] = a[20]
except IndexError as e:
    print('IndexError:', e)
try:
    a[20] = 1
except IndexError as e:
    print('IndexError:', e)
