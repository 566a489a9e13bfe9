# operator precedence torture
print(-2**2, (-2)**2, 2**-1, 2**3**2, (2**3)**2)
print(not 1 == 2, not (1 == 2), (not 1) == 2)
print(1 if 0 else 2 if 1 else 3, (1 if 0 else 2) if 0 else 3)
a, b, c = 1, 2, 2
print(a < b == c, a < b > c, a == b or b == c)
print(1 | 2 == 3, (1 | 2) == 3, 1 & 3 == 1, 1 ^ 1 == 0)
print(1 + 2 * 3, (1 + 2) * 3, 2 * 3 ** 2, -3 ** 2)
print(10 - 4 - 3, 100 / 10 / 5, 2 ** 2 ** 3, 20 // 3 * 3 + 20 % 3)
print(1 << 2 + 1, (1 << 2) + 1, 1 + 2 << 3, 6 & 3 | 8, 6 ^ 3 & 1)
print(~1 + 1, -~5, ~-5, --5, -+-5, not not 0)
print(3 > 2 and 2 > 1 or 1 / 0, 0 and 1 / 0, 1 or 1 / 0)
print(not 0 and 0, not (0 and 0), 0 or not 0)
print(2 * -3, 2 ** -2 * 4, -2 ** -2, 5 % -3 * 2)
print('a' + 'b' * 3, ('a' + 'b') * 3, 3 * 'x' + 'y')
print(1 < 2 is not None, 5 in [5] == True, (5 in [5]) == True)
print([1, 2] + [3] * 2, 7 - -7, 7 + +7)
f = lambda: 0 if False else 1 if False else 'L'
print(f(), (lambda: 1)() + 1, (lambda x: x and 'T' or 'F')(0))
x = 3
print(x * 2 if x > 2 else x / 2, x > 2 and x < 5, 0 < x < 5 < 10)
print(1 - 2 - 3 ** 2 * -1, (1 - 2 - 3) ** 2, 2 ** 0.5 * 2 ** 0.5)
print(8 >> 1 >> 1, 1 << 3 << 1, 7 & ~2, 15 & 9 ^ 3 | 64)
