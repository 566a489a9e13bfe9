# set comprehensions, comprehension scoping rules
print({x % 4 for x in range(20)}, {x for x in [3, 1, 2, 3]})
print(sorted({w.lower() for w in ['A', 'a', 'B']}))
i = 99
s = {i * 2 for i in range(3)}
print(i, sorted(s))
k = 'keep'
d = {k: 1 for k in 'ab'}
print(k, d)
def f():
    y = 5
    return [y * j for j in range(3)]
print(f())
def g():
    return [v for v in range(3)]
print(g())
try:
    [undefined_var for _ in range(1)]
except NameError as e:
    print('NameError:', e)
try:
    print(j)
except NameError as e:
    print('NameError:', e)
vals = [1, 2, 3]
print([v for v in vals if v in vals])
