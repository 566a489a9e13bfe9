# min/max with key and default; sum with start
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max('hello'), min('b', 'a'))
print(max([1, -5, 3], key=abs), min(['aa', 'b', 'ccc'], key=len), max(['aa', 'bb'], key=len))
print(min([], default=None), max([], default='d'), max([7], default=0))
print(max({'a': 3, 'b': 9}, key=lambda k: {'a': 3, 'b': 9}[k]), min((2, 'x'), (1, 'y')))
print(max(1, 2.5, True), min(0.0, -0.0), max(-0.0, 0.0), max([1, 1.0]), max([1.0, 1]))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([[1], [2]], []), sum(range(5), start=100))
print(sum([1.5, 2, True]), sum(()), sum([2**64, 2**64]))
try:
    max()
except TypeError as e:
    print('TypeError:', e)
try:
    min([])
except ValueError as e:
    print('ValueError:', e)
try:
    sum(['a'])
except TypeError as e:
    print('TypeError:', e)
