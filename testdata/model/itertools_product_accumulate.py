# itertools.product and accumulate
from itertools import product, accumulate
import operator
print(list(product('ab', [1, 2])))
print(list(product([0, 1], repeat=3)))
print(len(list(product(range(3), range(4), range(5)))), list(product()), list(product([], [1])))
print([''.join(p) for p in product('xy', 'z', 'vw')])
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2], max)), list(accumulate([1, 2, 3], initial=100)), list(accumulate([])))
print(list(accumulate(['a', 'b', 'c'])), list(accumulate(range(5), lambda a, b: a - b)))
grid = [[x + y for x, y in product(range(3), range(3)) if x == r] for r in range(3)]
print(grid)
