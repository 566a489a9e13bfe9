# range objects
r = range(10)
print(r, range(1, 5), range(0, 10, 3), range(5, 0, -1), range(0))
print(len(r), len(range(1, 10, 3)), len(range(10, 0, -3)), len(range(5, 5)), len(range(5, 0)))
print(list(range(0, -10, -2)), list(range(-3, 3)), list(range(3, -3, -1)))
print(r[0], r[-1], r[2:5], r[::-1], r[::2], r[1:8:3], list(r[-3:]))
print(3 in r, 10 in r, -1 in r, 4 in range(0, 10, 2), 5 in range(0, 10, 2), 2.0 in r)
print(range(0, 10, 2).index(6), range(10).count(3), r == range(0, 10), range(0, 3) == range(0, 3, 1))
print(range(0) == range(5, 5), list(range(10, 0, -1)[2:5]))
print(sum(range(101)), max(range(7)), min(range(3, 9)), list(reversed(range(4))))
big = range(10**20)
print(len(big) if False else big[10**19], 10**19 + 5 in big, big[-1])
try:
    range(0, 10, 0)
except ValueError as e:
    print('ValueError:', e)
try:
    r[10]
except IndexError as e:
    print('IndexError:', e)
try:
    range(1.5)
except TypeError as e:
    print('TypeError:', e)
for i in range(2, -2, -1):
    print(i, end=' ')
print()
print(type(r), repr(range(-5, 5, 2)), bool(range(0)), bool(range(1)))
