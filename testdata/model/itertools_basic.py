# itertools: count, islice, chain, repeat, cycle
from itertools import count, islice, chain, repeat, cycle
import itertools
print(list(islice(count(), 5)), list(islice(count(10, 5), 3)), list(islice(count(1.5, 0.5), 3)), list(islice(count(5, -2), 4)))
print(list(islice('abcdefg', 3)), list(islice('abcdefg', 2, 5)), list(islice('abcdefg', 1, None, 2)), list(islice(range(10), 0, 10, 3)))
print(list(chain([1, 2], 'ab', (3,))), list(chain()), list(chain.from_iterable([[1], [2, 3], []])))
print(list(repeat('x', 3)), list(repeat(0, 0)), list(islice(repeat(7), 4)), list(map(pow, range(4), repeat(2))))
print(list(islice(cycle('abc'), 7)), list(islice(cycle([1]), 3)), list(cycle([])))
c = count()
print(next(c), next(c), next(c))
for i, ch in zip(count(1), 'xyz'):
    print(i, ch)
it = iter(range(10))
print(list(islice(it, 3)), list(islice(it, 3)), next(it))
print(list(itertools.islice(itertools.count(), 2, 8, 2)))
