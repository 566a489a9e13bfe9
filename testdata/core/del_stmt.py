# del of names, items, slices
x = 5
del x
try:
    print(x)
except NameError as e:
    print('NameError:', e)
a = [0, 1, 2, 3, 4, 5]
del a[0]; print(a)
del a[-1]; print(a)
del a[1:3]; print(a)
del a[::2]; print(a)
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']; print(d)
p, q = 1, 2
del p, q
print('p' in dir() if False else 'deleted both')
m = [[1, 2], [3, 4]]
del m[0][1]; print(m)
def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return 'UnboundLocalError: ' + str(e)
print(f())
try:
    del d['zz']
except KeyError as e:
    print('KeyError:', e)
try:
    del a[10]
except IndexError as e:
    print('IndexError:', e)
lst = [1, 2, 3]
del lst[:]
print(lst)
z = 1
del z
z = 2
print(z)
