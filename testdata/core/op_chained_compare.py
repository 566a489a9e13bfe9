# chained comparisons evaluate each operand once
log = []
def v(x):
    log.append(x)
    return x
print(v(1) < v(2) < v(3), log)
log.clear()
print(v(3) < v(2) < v(1), log)
log.clear()
print(v(1) == v(1) != v(2), log)
print(1 < 2 <= 2 < 3 != 4 > 0)
print(1 in [1] in [[1]], 'a' not in 'bcd' not in 'x')
x = 5
print(0 <= x < 10, 10 > x >= 5, x is x is x)
print([1, 2] < [1, 2, 0] < [1, 3])
print('a' < 'b' < 'c' > 'B')
