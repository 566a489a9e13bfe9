# lambda expressions
sq = lambda x: x * x
add = lambda a, b=10: a + b
print(sq(5), add(1), add(1, 2), add(b=3, a=4))
print((lambda: 'no args')(), (lambda *a: a)(1, 2), (lambda **k: sorted(k))(x=1, y=2))
print((lambda a, *, b: a - b)(10, b=3))
print(sorted([(1, 'b'), (2, 'a')], key=lambda p: p[1]))
print(list(map(lambda x: x + 1, [1, 2])), list(filter(lambda s: len(s) > 1, ['a', 'bb', 'ccc'])))
compose = lambda f, g: lambda x: f(g(x))
inc_then_sq = compose(sq, lambda x: x + 1)
print(inc_then_sq(3))
curry = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(curry(1)(2)(3))
print((lambda x: (lambda y: x + y))(1)(2))
fs = {'add': lambda a, b: a + b, 'mul': lambda a, b: a * b}
print(fs['add'](3, 4), fs['mul'](3, 4))
print((lambda x: x if x else 'falsy')(0), (lambda: None)() is None)
print(sq.__name__, type(sq).__name__, callable(sq))
