# conditional expressions
for x in [-5, 0, 5]:
    print('neg' if x < 0 else 'zero' if x == 0 else 'pos')
print(1 if True else 1 / 0, 'b' if False else 'c')
y = [1, 2] if 0 else (3, 4)
print(y)
print((lambda v: 'even' if v % 2 == 0 else 'odd')(7))
print([('F' if i % 3 == 0 else '') + ('B' if i % 5 == 0 else '') or str(i) for i in range(1, 16)])
print(max(3, 4) if 3 > 4 else min(3, 4))
z = None
print(z.attr if z is not None else 'none')
