# assignment expressions
data = [1, 5, 12, 3, 20]
if (n := len(data)) > 3:
    print('long', n)
print([y for x in data if (y := x * 2) > 10])
print(y)
vals = iter([3, 2, 1, 0, 5])
while (v := next(vals)) != 0:
    print('v', v)
print((a := 10) + a, a)
def f():
    if (m := 'local') == 'local':
        return m
print(f())
print([(z := i) for i in range(3)], z)
total = 0
print([total := total + x for x in [1, 2, 3]], total)
print(any((hit := w).startswith('b') for w in ['apple', 'banana', 'cherry']), hit)
