# locals(), globals(), vars() and dir() with no argument see the calling frame.
counter = 0
def bump():
    globals()["counter"] += 1
bump(); bump()
print(counter, "bump" in globals(), globals()["__name__"], locals() is globals())
print([n for n in dir() if not n.startswith("__")], sorted(k for k in vars() if not k.startswith("__")))
def f(a, b=2, *args, **kw):
    c = a + b
    def inner():
        return c + a
    print(sorted(locals()), dir())
    return inner
g = f(1)
def outer():
    x = 10
    def inner():
        y = x + 1
        return locals()
    return inner()
print(outer())
class K:
    p = 1
    q = sorted(k for k in locals() if not k.startswith("__"))
    print(sorted(k for k in vars() if not k.startswith("__")))
print(K.q)
def unbound():
    print(locals())
    late = 1
    return locals()
print(unbound())
print("%(counter)s bumps" % globals(), "{counter}".format(**globals()))
