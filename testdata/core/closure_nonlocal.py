# closures, nonlocal, late binding
def counter(start=0):
    n = start
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
c1 = counter()
c2 = counter(100)
print(c1(), c1(), c1(5), c2(), c1())
def make_adders():
    return [lambda x, i=i: x + i for i in range(3)], [lambda x: x + i for i in range(3)]
early, late = make_adders()
print([f(10) for f in early], [f(10) for f in late])
def outer():
    x = 'outer'
    def mid():
        def inner():
            nonlocal x
            x = 'changed by inner'
        inner()
        return x
    r = mid()
    return r, x
print(outer())
def acc():
    total = []
    def add(v):
        total.append(v)
        return sum(total)
    return add
a = acc()
a(1); a(2)
print(a(3))
def shadow():
    x = 1
    def f():
        x = 2
        return x
    f()
    return x
print(shadow())
def fib_gen():
    a, b = 0, 1
    def nxt():
        nonlocal a, b
        r = a
        a, b = b, a + b
        return r
    return nxt
f = fib_gen()
print([f() for _ in range(10)])
def later():
    def g():
        return y
    y = 'defined after g'
    return g()
print(later())
