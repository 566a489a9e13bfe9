import itertools
from itertools import (count, islice, chain, product, cycle, repeat, accumulate, permutations,
                       combinations, combinations_with_replacement, groupby, zip_longest,
                       starmap, takewhile, dropwhile, tee, pairwise, compress, filterfalse)

c = count()
print(next(c), next(c), c)
print(list(islice(count(10, 5), 4)), list(islice(count(1.5), 3)), list(islice(count(3, -1), 4)))
print(repr(count(0, 1.0)), repr(count(2.0)), repr(count(1, 2)))
for i in count(7):
    if i > 9:
        break
    print('i', i)

print(list(islice('abcdefg', 3)), list(islice('abcdefg', 2, 5)), list(islice('abcdefg', 1, None, 2)))
print(list(islice(range(10), 0)), list(islice(range(10), 5, 2)), list(islice([], 3)), list(islice(range(10), None)))
it = iter(range(10))
print(list(islice(it, 2, 4)), next(it))

print(list(chain('ab', [1, 2], (3,))), list(chain()), list(chain.from_iterable(['xy', 'z'])))
ch = chain([1], [2, 3])
print(next(ch), next(ch), list(ch))

print(list(product('ab', range(2))))
print(list(product([1, 2], repeat=2)), list(product()), list(product([], [1])), len(list(product(range(3), repeat=3))))

cy = cycle('abc')
print([next(cy) for _ in range(7)], list(cycle([])))

print(list(repeat('x', 3)), list(repeat(1, 0)), list(repeat(1, -1)), repr(repeat('a')), repr(repeat('a', 2)))
print(list(map(pow, range(5), repeat(2))))

print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], lambda a, b: a * b)))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2], initial=100)), list(accumulate([])), list(accumulate([], initial=0)))

print(list(permutations('abc')), list(permutations(range(4), 2))[:5], list(permutations([1], 2)), list(permutations([])))
print(list(combinations('abcd', 2)), list(combinations(range(4), 3)), list(combinations('ab', 3)), list(combinations('ab', 0)))
print(list(combinations_with_replacement('abc', 2)), list(combinations_with_replacement([], 2)))

for key, group in groupby('aaabbcdda'):
    print(key, list(group))
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3])])
data = sorted(['apple', 'avocado', 'banana', 'blueberry', 'cherry'], key=lambda w: w[0])
for first, words in groupby(data, key=lambda w: w[0]):
    print(first, list(words))
groups = [(k, g) for k, g in groupby('aabb')]
print([(k, list(g)) for k, g in groups])

print(list(zip_longest('abc', [1])), list(zip_longest('ab', 'xyz', fillvalue='-')), list(zip_longest()))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
a, b = tee([1, 2, 3])
print(next(a), list(a), list(b), tee([1], 0), len(tee('abc', 3)))
print(list(pairwise('abcd')), list(pairwise('a')), list(compress('abcdef', [1, 0, 1, 0, 1, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a'])))

def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ':', e)

err(lambda: islice([], -1))
err(lambda: islice([], 1, -1))
err(lambda: islice([], 'a'))
err(lambda: islice([], -1, 3))
err(lambda: islice([], 1, 2, 0))
err(lambda: islice(5, 2))
err(lambda: list(chain(1)))
err(lambda: product(1))
err(lambda: cycle(1))
err(lambda: count('a'))
err(lambda: permutations([1], -1))
err(lambda: combinations([1], -1))
err(lambda: tee([], -1))
err(lambda: product([1], repeat=-1))
err(lambda: list(starmap(pow, [1])))
err(lambda: accumulate(1))
