# function composition with reduce, partial application pipelines
from functools import reduce, partial
def compose(*fns):
    return reduce(lambda f, g: lambda x: f(g(x)), fns, lambda x: x)
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7), compose(str, abs, inc)(-10))
def pipe(value, *fns):
    return reduce(lambda acc, f: f(acc), fns, value)
print(pipe('  Hello World  ', str.strip, str.lower, (lambda s: s.replace(' ', '_'))))
data = [{'n': 'a', 'v': 3}, {'n': 'b', 'v': -1}, {'n': 'c', 'v': 7}]
total = reduce(lambda acc, d: acc + max(d['v'], 0), data, 0)
print(total, reduce(lambda a, d: a if a['v'] > d['v'] else d, data)['n'])
def scale(factor, x):
    return factor * x
tripler = partial(scale, 3)
print(list(map(tripler, [1, 2, 3])), list(map(partial(scale, x=10), [1, 2])))
print(reduce(lambda acc, ch: acc * 10 + int(ch), '31415', 0))
