# The class body stores __qualname__ in its namespace, but type() takes it
# out of the class's dict: vars(C) does not show it and instances do not
# inherit it.
class Outer:
    """doc"""
    a = 1

    class Inner:
        def m(self):
            pass

    print(__qualname__)


def f():
    class Local:
        pass
    return Local


print([k for k in vars(Outer) if k not in ("__dict__", "__weakref__")])
print([k for k in vars(Outer.Inner) if k not in ("__dict__", "__weakref__")])
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__, f().__qualname__, f())
print("__qualname__" in dir(Outer), hasattr(Outer(), "__qualname__"))
Outer.__qualname__ = "Renamed"
print(Outer.__qualname__, Outer, "__qualname__" in vars(Outer))
T = type("T", (), {"__qualname__": "X.T"})
print(T.__qualname__, T.__name__, T, list(vars(T))[:1])
try:
    class Bad:
        __qualname__ = 5
except TypeError as e:
    print(e)
try:
    Outer.Inner().__qualname__
except AttributeError as e:
    print(e)
