# for-loop targets: tuples, subscripts, mutation during iteration of copies
pairs = [(1, 'a'), (2, 'b')]
for num, letter in pairs:
    print(num, letter)
d = {}
for d['key'] in range(3):
    pass
print(d)
lst = [0, 0, 0]
for i, lst[i] in enumerate('xyz'):
    pass
print(lst)
for (a, b), c in [((1, 2), 3)]:
    print(a, b, c)
items = [1, 2, 3, 4]
for it in items[:]:
    if it % 2 == 0:
        items.remove(it)
print(items)
for i in range(3):
    i = 100
print(i)
for ch in 'ab':
    for ch2 in 'cd':
        print(ch + ch2, end=' ')
print()
it = iter([1, 2, 3, 4, 5])
for x in it:
    if x == 2:
        print('skip', next(it))
    print(x)
