# positional, keyword, defaults, *args, **kwargs, keyword-only
def f(a, b, c=3, *args, d, e=5, **kw):
    return (a, b, c, args, d, e, kw)
print(f(1, 2, d=4))
print(f(1, 2, 30, 40, 50, d=4, e=6, z=7))
print(f(b=2, a=1, d=0, y=9, x=8))
print(f(*[1, 2, 3, 4], **{'d': 'D', 'k': 'K'}))
print(f(1, *(2,), *[3], d=4, **{'e': 'E'}, **{'q': 1}))
def g(*, only):
    return only
print(g(only='kw'))
def h(*args):
    return len(args), args
print(h(), h(1), h(*range(5)), h(*'ab', *'cd'))
def k(**kwargs):
    return sorted(kwargs.items())
print(k(), k(a=1), k(**{'x': 1}, y=2))
def defaults(a, b=[], c={}):
    b.append(a)
    c[a] = len(b)
    return b, c
print(defaults(1))
print(defaults(2))
print(defaults(3, []))
def safe(a, b=None):
    if b is None:
        b = []
    b.append(a)
    return b
print(safe(1), safe(2))
x = 10
def capture(v=x):
    return v
x = 20
print(capture())
def order(a, b=2, *rest, c, d=4, **opts):
    print(a, b, rest, c, d, opts)
order(1, c=3)
order(1, 2, 3, 4, c=5, d=6, e=7)
def ret_multi():
    return 1, 'two', [3]
print(ret_multi(), type(ret_multi()))
def no_return():
    pass
print(no_return())
def early(n):
    if n > 0:
        return 'pos'
print(early(1), early(-1))
