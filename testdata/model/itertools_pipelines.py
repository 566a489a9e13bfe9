# combining itertools: round-robin, windows, grouping by chunks
from itertools import chain, islice, cycle, count, repeat, accumulate, product
def roundrobin(*iterables):
    its = [iter(x) for x in iterables]
    while its:
        for it in list(its):
            try:
                yield next(it)
            except StopIteration:
                its.remove(it)
print(list(roundrobin('ABC', 'D', 'EF')))
def chunks(iterable, n):
    it = iter(iterable)
    while True:
        chunk = list(islice(it, n))
        if not chunk:
            return
        yield chunk
print(list(chunks(range(10), 3)))
def windows(seq, n):
    return [tuple(seq[i:i + n]) for i in range(len(seq) - n + 1)]
print(windows([1, 2, 3, 4, 5], 3))
labels = list(islice((f'{c}{n}' for c, n in zip(cycle('AB'), count(1))), 5))
print(labels)
print(list(accumulate(chain([1], repeat(2, 4)), lambda a, b: a * b)))
print(sum(1 for _ in product(range(4), repeat=3)), list(islice(chain.from_iterable(repeat('ab')), 5)))
